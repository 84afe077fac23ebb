from enum import StrEnum


class GetInvoicesDateType(StrEnum):
    ALL = "ALL"
    LAST_SIXTY_DAYS = "LAST_SIXTY_DAYS"
    LAST_SIX_MONTHS = "LAST_SIX_MONTHS"
    LAST_THREE_MONTHS = "LAST_THREE_MONTHS"
    LAST_TWO_YEARS = "LAST_TWO_YEARS"
    MONTH = "MONTH"
    PREVIOUS_MONTH = "PREVIOUS_MONTH"
    PREVIOUS_YEAR = "PREVIOUS_YEAR"
    THIS_YEAR = "THIS_YEAR"
    TODAY = "TODAY"
    YESTERDAY = "YESTERDAY"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "GetInvoicesDateType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
