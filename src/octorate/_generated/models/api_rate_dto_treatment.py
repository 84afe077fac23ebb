from enum import StrEnum


class ApiRateDTOTreatment(StrEnum):
    ALL_INCLUSIVE = "ALL_INCLUSIVE"
    BREAKFAST = "BREAKFAST"
    FULL_BOARD = "FULL_BOARD"
    FULL_BOARD_LIGHT = "FULL_BOARD_LIGHT"
    HALF_BOARD = "HALF_BOARD"
    INSURANCE = "INSURANCE"
    NOT_REFUNDABLE = "NOT_REFUNDABLE"
    OTHER = "OTHER"
    ROOM_ONLY = "ROOM_ONLY"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ApiRateDTOTreatment | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
