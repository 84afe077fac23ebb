from enum import StrEnum


class ExternalListingRoomClass(StrEnum):
    BASIC = "BASIC"
    BUSINESS = "BUSINESS"
    CITY = "CITY"
    CLASSIC = "CLASSIC"
    CLUB = "CLUB"
    COMFORT = "COMFORT"
    DELUXE = "DELUXE"
    DESIGN = "DESIGN"
    ECONOMY = "ECONOMY"
    ELITE = "ELITE"
    EXCLUSIVE = "EXCLUSIVE"
    EXECUTIVE = "EXECUTIVE"
    FAMILY = "FAMILY"
    GALLERY = "GALLERY"
    GRAND = "GRAND"
    HONEYMOON = "HONEYMOON"
    JUNIOR = "JUNIOR"
    LUXURY = "LUXURY"
    PANORAMIC = "PANORAMIC"
    PREMIER = "PREMIER"
    PREMIUM = "PREMIUM"
    PRESIDENTIAL = "PRESIDENTIAL"
    ROMANTIC = "ROMANTIC"
    SENIOR = "SENIOR"
    SIGNATURE = "SIGNATURE"
    STANDARD = "STANDARD"
    SUPERIOR = "SUPERIOR"
    TRADITIONAL = "TRADITIONAL"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ExternalListingRoomClass | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
