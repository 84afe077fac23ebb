from enum import StrEnum


class OctorateChargeDetailsFrequency(StrEnum):
    PER_DAY = "PER_DAY"
    PER_HALF_HOUR = "PER_HALF_HOUR"
    PER_HOUR = "PER_HOUR"
    PER_MINUTE = "PER_MINUTE"
    PER_STAY = "PER_STAY"
    PER_WEEK = "PER_WEEK"
    UNKNOWN_FREQUENCY = "UNKNOWN_FREQUENCY"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "OctorateChargeDetailsFrequency | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
