from enum import StrEnum


class ChatThreadAttributeDTOType(StrEnum):
    AIRBNB_BOOKING_DETAILS = "AIRBNB_BOOKING_DETAILS"
    AI_ASSISTANCE_THREAD = "AI_ASSISTANCE_THREAD"
    TEST_BOOKING_DETAILS = "TEST_BOOKING_DETAILS"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ChatThreadAttributeDTOType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
