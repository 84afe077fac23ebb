from enum import StrEnum


class ChatMessageAttributeDTOType(StrEnum):
    AI_SKIP_DISABLE = "AI_SKIP_DISABLE"
    APP_NOTIFIED = "APP_NOTIFIED"
    ERROR_MESSAGE = "ERROR_MESSAGE"
    HIDE_SYSTEM_MESSAGE_TO = "HIDE_SYSTEM_MESSAGE_TO"
    LANGUAGE = "LANGUAGE"
    MAIL_TEMPLATE_ID = "MAIL_TEMPLATE_ID"
    MESSAGES_LABEL_NAME = "MESSAGES_LABEL_NAME"
    MOBILE_PHONE = "MOBILE_PHONE"
    OTA_FLOW_DIRECTION = "OTA_FLOW_DIRECTION"
    REFER = "REFER"
    TEXT = "TEXT"
    TRANSLATION_MAP = "TRANSLATION_MAP"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ChatMessageAttributeDTOType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
