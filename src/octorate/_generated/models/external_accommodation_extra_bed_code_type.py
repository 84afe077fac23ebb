from enum import StrEnum


class ExternalAccommodationExtraBedCodeType(StrEnum):
    ACCOMMODATION_CATEGORY = "ACCOMMODATION_CATEGORY"
    BATHROOM_LOCATION = "BATHROOM_LOCATION"
    BEDROOM_TYPE = "BEDROOM_TYPE"
    BED_TYPE = "BED_TYPE"
    BOOKING_ACCEPTED_GUESTS = "BOOKING_ACCEPTED_GUESTS"
    BREAKFAST = "BREAKFAST"
    CANCEL_POLICY = "CANCEL_POLICY"
    CANCEL_POLICY_DEPOSIT = "CANCEL_POLICY_DEPOSIT"
    CHARGE_TYPE = "CHARGE_TYPE"
    CITY_TAX_CATEGORY = "CITY_TAX_CATEGORY"
    CITY_TAX_NATURE = "CITY_TAX_NATURE"
    CONTACT_LANGUAGE = "CONTACT_LANGUAGE"
    CONTACT_TYPE = "CONTACT_TYPE"
    EXTRABED_GUEST_TYPE = "EXTRABED_GUEST_TYPE"
    FEE_PERSONAL = "FEE_PERSONAL"
    FEE_TAX = "FEE_TAX"
    IMAGE_TAGS = "IMAGE_TAGS"
    INTERNET_CONNECTION_COVERAGE = "INTERNET_CONNECTION_COVERAGE"
    INTERNET_CONNECTION_TYPES = "INTERNET_CONNECTION_TYPES"
    LANGUAGES = "LANGUAGES"
    LISTING_EXPECTATION = "LISTING_EXPECTATION"
    PARKING_TYPE = "PARKING_TYPE"
    PAYMENTS_CARD = "PAYMENTS_CARD"
    PHOTO_TYPE = "PHOTO_TYPE"
    PRODUCT_BENEFIT = "PRODUCT_BENEFIT"
    PROPERTY_CHECKIN_METHOD = "PROPERTY_CHECKIN_METHOD"
    RATE_OFFER = "RATE_OFFER"
    ROOM_AMENITY = "ROOM_AMENITY"
    ROOM_CATEGORY = "ROOM_CATEGORY"
    ROOM_CLASS = "ROOM_CLASS"
    ROOM_NAMING = "ROOM_NAMING"
    SERVICE = "SERVICE"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ExternalAccommodationExtraBedCodeType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
