from enum import StrEnum


class DerivedRuleReferenceType(StrEnum):
    ACCOMMODATION = "ACCOMMODATION"
    ANNUAL_REPORT = "ANNUAL_REPORT"
    CONTENT_PROCESS = "CONTENT_PROCESS"
    GENERIC = "GENERIC"
    INVOICE = "INVOICE"
    INVOICE_ITEM = "INVOICE_ITEM"
    PAYMENT = "PAYMENT"
    PAYOFF = "PAYOFF"
    PAY_STEP = "PAY_STEP"
    PERSON = "PERSON"
    PORTALCONNECTION = "PORTALCONNECTION"
    RESERVATION = "RESERVATION"
    ROOM = "ROOM"
    ROOMPORTAL = "ROOMPORTAL"
    USER = "USER"
    VERSION = "VERSION"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "DerivedRuleReferenceType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
