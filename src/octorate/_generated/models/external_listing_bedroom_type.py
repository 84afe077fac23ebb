from enum import StrEnum


class ExternalListingBedroomType(StrEnum):
    BEDROOM_1 = "BEDROOM_1"
    BEDROOM_2 = "BEDROOM_2"
    BEDROOM_3 = "BEDROOM_3"
    BEDROOM_4 = "BEDROOM_4"
    BEDROOM_5 = "BEDROOM_5"
    BEDROOM_6 = "BEDROOM_6"
    BEDROOM_MAN = "BEDROOM_MAN"
    BEDROOM_MIXED = "BEDROOM_MIXED"
    BEDROOM_N = "BEDROOM_N"
    BEDROOM_WOMEN = "BEDROOM_WOMEN"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ExternalListingBedroomType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
