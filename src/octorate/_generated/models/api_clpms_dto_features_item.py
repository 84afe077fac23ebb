from enum import StrEnum


class ApiClpmsDTOFeaturesItem(StrEnum):
    BE_PREVIEW = "BE_PREVIEW"
    CHANNEL_MAMAGER_BETA_FUNCTIONS = "CHANNEL_MAMAGER_BETA_FUNCTIONS"
    E_INVOICE = "E_INVOICE"
    IMPORTANT_CUSTOMER = "IMPORTANT_CUSTOMER"
    NEW_PAGE_RESERVATION_ADD = "NEW_PAGE_RESERVATION_ADD"
    PAYMENT_PREVIEW = "PAYMENT_PREVIEW"
    PLANNING = "PLANNING"
    SPECIAL_AGREEMENT_API = "SPECIAL_AGREEMENT_API"
    VACATION_RENTAL_CREATION_WIZARD = "VACATION_RENTAL_CREATION_WIZARD"
    WEBSITE_PREVIEWS = "WEBSITE_PREVIEWS"
    XXX_FISCAL_PRINTER_IMPORT = "XXX_FISCAL_PRINTER_IMPORT"
    XXX_NOT_USED_CALENDAR = "XXX_NOT_USED_CALENDAR"
    XXX_NOT_USED_CONTENT_PREVIEW = "XXX_NOT_USED_CONTENT_PREVIEW"
    XXX_NOT_USED_COPY_ROOMS = "XXX_NOT_USED_COPY_ROOMS"
    XXX_NOT_USED_NEW_MATCHED_ROOMS = "XXX_NOT_USED_NEW_MATCHED_ROOMS"
    XXX_NOT_USED_NEW_PAGE_RESERVATION = "XXX_NOT_USED_NEW_PAGE_RESERVATION"
    XXX_NOT_USED_OCTODAY = "XXX_NOT_USED_OCTODAY"
    XXX_NOT_USED_PMS_ADVANCED = "XXX_NOT_USED_PMS_ADVANCED"
    XXX_NOT_USED_PREMIER = "XXX_NOT_USED_PREMIER"
    XXX_NOT_USED_RMS_PREVIEW = "XXX_NOT_USED_RMS_PREVIEW"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ApiClpmsDTOFeaturesItem | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
