from enum import StrEnum


class FindReservationsStatus(StrEnum):
    ACTIVE = "ACTIVE"
    CANCELLED = "CANCELLED"
    COMPLETED = "COMPLETED"
    CONFIRMED = "CONFIRMED"
    DEPOSIT_IN_WAITING = "DEPOSIT_IN_WAITING"
    DEPOSIT_NOT_MANAGED = "DEPOSIT_NOT_MANAGED"
    EXPIREDMESSAGE = "EXPIREDMESSAGE"
    NEWMESSAGE = "NEWMESSAGE"
    NOCOMPLETED = "NOCOMPLETED"
    NOROOM = "NOROOM"
    NOT_INVOICED = "NOT_INVOICED"
    PROPOSAL = "PROPOSAL"
    PROPOSAL_EXPIRED = "PROPOSAL_EXPIRED"
    TO_REVIEW = "TO_REVIEW"
    WAITING = "WAITING"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "FindReservationsStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
