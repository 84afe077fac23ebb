from enum import StrEnum


class ApiReservationPaymentDTOStatus(StrEnum):
    ERROR_REFUNDABLE_FAILED = "ERROR_REFUNDABLE_FAILED"
    ERROR_RETRY = "ERROR_RETRY"
    EXPIRED_PRE_AUTH = "EXPIRED_PRE_AUTH"
    NORMAL = "NORMAL"
    PAYSTEP_REFUNDABLE_KEPT = "PAYSTEP_REFUNDABLE_KEPT"
    WAITING_AUTHENTICATION = "WAITING_AUTHENTICATION"
    WAITING_PAYSTEP = "WAITING_PAYSTEP"
    WAITING_PRE_AUTH = "WAITING_PRE_AUTH"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ApiReservationPaymentDTOStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
