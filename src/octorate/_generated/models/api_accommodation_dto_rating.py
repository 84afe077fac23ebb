from enum import StrEnum


class ApiAccommodationDTORating(StrEnum):
    NONE = "NONE"
    STAR1 = "STAR1"
    STAR1S = "STAR1S"
    STAR2 = "STAR2"
    STAR2S = "STAR2S"
    STAR3 = "STAR3"
    STAR3S = "STAR3S"
    STAR4 = "STAR4"
    STAR4S = "STAR4S"
    STAR5 = "STAR5"
    STAR5L = "STAR5L"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ApiAccommodationDTORating | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
