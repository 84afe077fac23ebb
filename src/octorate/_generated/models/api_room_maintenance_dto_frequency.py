from enum import StrEnum


class ApiRoomMaintenanceDTOFrequency(StrEnum):
    DAILY = "DAILY"
    EASTER = "EASTER"
    EVERY_N_DAYS = "EVERY_N_DAYS"
    LAST_WEEKDAY_OF_MONTH = "LAST_WEEKDAY_OF_MONTH"
    MONTHLY = "MONTHLY"
    NONE = "NONE"
    QUARTELY = "QUARTELY"
    SAME_DAYWEEK_OF_MONTH = "SAME_DAYWEEK_OF_MONTH"
    WEEKLY = "WEEKLY"
    WEEKLY_ON = "WEEKLY_ON"
    YEARLY = "YEARLY"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ApiRoomMaintenanceDTOFrequency | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
