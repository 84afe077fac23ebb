from enum import StrEnum


class ExternalRateRestrictionRateMealTypeItem(StrEnum):
    ALL_INCLUSIVE = "ALL_INCLUSIVE"
    AMERICAN = "AMERICAN"
    BED_AND_BREAKFAST = "BED_AND_BREAKFAST"
    BREAKFAST = "BREAKFAST"
    BUFFET_BREAKFAST = "BUFFET_BREAKFAST"
    CARRIBBEAN_BREAKFAST = "CARRIBBEAN_BREAKFAST"
    CONTINENTAL_BREAKFAST = "CONTINENTAL_BREAKFAST"
    DINNER = "DINNER"
    ENGLISH_BREAKFAST = "ENGLISH_BREAKFAST"
    EUROPEAN = "EUROPEAN"
    FAMILY_PLAN = "FAMILY_PLAN"
    FULL_BOARD = "FULL_BOARD"
    FULL_BREAKFAST = "FULL_BREAKFAST"
    HALF_BOARD = "HALF_BOARD"
    LUNCH = "LUNCH"
    ROOM_ONLY = "ROOM_ONLY"
    SELF_CATERING = "SELF_CATERING"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ExternalRateRestrictionRateMealTypeItem | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
