from enum import StrEnum


class ExternalTaskType(StrEnum):
    ADDITIONAL_REQUESTS = "ADDITIONAL_REQUESTS"
    GATHER_TOWELS = "GATHER_TOWELS"
    LOCK_UP = "LOCK_UP"
    RETURN_KEYS = "RETURN_KEYS"
    THROW_TRASH = "THROW_TRASH"
    TURN_THINGS_OFF = "TURN_THINGS_OFF"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ExternalTaskType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
