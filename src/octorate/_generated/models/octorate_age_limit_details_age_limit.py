from enum import StrEnum


class OctorateAgeLimitDetailsAgeLimit(StrEnum):
    AGE_1 = "AGE_1"
    AGE_10 = "AGE_10"
    AGE_11 = "AGE_11"
    AGE_12 = "AGE_12"
    AGE_2 = "AGE_2"
    AGE_3 = "AGE_3"
    AGE_4 = "AGE_4"
    AGE_5 = "AGE_5"
    AGE_6 = "AGE_6"
    AGE_7 = "AGE_7"
    AGE_8 = "AGE_8"
    AGE_9 = "AGE_9"
    NO_RESTRICTION = "NO_RESTRICTION"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "OctorateAgeLimitDetailsAgeLimit | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
