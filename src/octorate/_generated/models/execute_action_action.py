from enum import StrEnum


class ExecuteActionAction(StrEnum):
    COMMIT_MAPPING_AS_COMPLETED = "COMMIT_MAPPING_AS_COMPLETED"
    EMAIL_HELP_CUSTOMER = "EMAIL_HELP_CUSTOMER"
    IMPORT_CALENDAR = "IMPORT_CALENDAR"
    IMPORT_RESA_DECREMENT_AVAIL = "IMPORT_RESA_DECREMENT_AVAIL"
    IMPORT_RESERVATIONS = "IMPORT_RESERVATIONS"
    IMPORT_ROOMS = "IMPORT_ROOMS"
    IMPORT_ROOMS_PMS = "IMPORT_ROOMS_PMS"
    MARK_CONNECTED = "MARK_CONNECTED"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ExecuteActionAction | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
