from enum import StrEnum


class OAuthResourceApiPermissionLevelItem(StrEnum):
    ACCOMMODATION_READ = "ACCOMMODATION_READ"
    ACCOMMODATION_WRITE = "ACCOMMODATION_WRITE"
    CALENDAR_READ = "CALENDAR_READ"
    CALENDAR_WRITE = "CALENDAR_WRITE"
    CONNECTION_READ = "CONNECTION_READ"
    CONNECTION_WRITE = "CONNECTION_WRITE"
    CONTENT_READ = "CONTENT_READ"
    CONTENT_WRITE = "CONTENT_WRITE"
    CREDIT_CARD_READ = "CREDIT_CARD_READ"
    CREDIT_CARD_WRITE = "CREDIT_CARD_WRITE"
    PORTAL_READ = "PORTAL_READ"
    PORTAL_WRITE = "PORTAL_WRITE"
    PRODUCT_READ = "PRODUCT_READ"
    PRODUCT_WRITE = "PRODUCT_WRITE"
    RESERVATION_READ = "RESERVATION_READ"
    RESERVATION_SENTITIVE_READ = "RESERVATION_SENTITIVE_READ"
    RESERVATION_SENTITIVE_WRITE = "RESERVATION_SENTITIVE_WRITE"
    RESERVATION_WRITE = "RESERVATION_WRITE"
    WEBHOOK_WRITE = "WEBHOOK_WRITE"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "OAuthResourceApiPermissionLevelItem | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
