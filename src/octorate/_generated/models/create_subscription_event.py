from enum import StrEnum


class CreateSubscriptionEvent(StrEnum):
    CHAT_MESSAGE_RECEIVED = "CHAT_MESSAGE_RECEIVED"
    CONTENT_NOTIFICATION = "CONTENT_NOTIFICATION"
    CONTENT_PUSH = "CONTENT_PUSH"
    PORTAL_SUBSCRIPTION_CALENDAR = "PORTAL_SUBSCRIPTION_CALENDAR"
    RESERVATION_CANCELLED = "RESERVATION_CANCELLED"
    RESERVATION_CHANGE = "RESERVATION_CHANGE"
    RESERVATION_CONFIRMED = "RESERVATION_CONFIRMED"
    RESERVATION_CREATED = "RESERVATION_CREATED"
    XXX_NOT_USED_PORTAL_PROCESS_FAILED = "XXX_NOT_USED_PORTAL_PROCESS_FAILED"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "CreateSubscriptionEvent | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
