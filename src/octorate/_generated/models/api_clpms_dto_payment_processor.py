from enum import StrEnum


class ApiClpmsDTOPaymentProcessor(StrEnum):
    ADDONPAYMENTS = "ADDONPAYMENTS"
    AZUL = "AZUL"
    CMI = "CMI"
    DUMMY_PROCESSOR = "DUMMY_PROCESSOR"
    MERCADOPAGO = "MERCADOPAGO"
    NEXI = "NEXI"
    NONE = "NONE"
    NOT_USED_ASIAPAY_PAYDOLLAR = "NOT_USED_ASIAPAY_PAYDOLLAR"
    NOT_USED_ASIAPAY_PESOPAY = "NOT_USED_ASIAPAY_PESOPAY"
    NOT_USED_ASIAPAY_SIAMPAY = "NOT_USED_ASIAPAY_SIAMPAY"
    NOT_USED_OPAYO = "NOT_USED_OPAYO"
    NOT_USED_PAYWAY = "NOT_USED_PAYWAY"
    PAYBYPAGO = "PAYBYPAGO"
    PAYULATAM = "PAYULATAM"
    REDSYS = "REDSYS"
    STRIPE = "STRIPE"
    STRIPE_CARD_PRESENTED = "STRIPE_CARD_PRESENTED"
    SYSPAY = "SYSPAY"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ApiClpmsDTOPaymentProcessor | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
