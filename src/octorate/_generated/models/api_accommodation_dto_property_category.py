from enum import StrEnum


class ApiAccommodationDTOPropertyCategory(StrEnum):
    APARTMENT = "APARTMENT"
    BEDBREAKFAST = "BEDBREAKFAST"
    BOUTIQUE = "BOUTIQUE"
    CABIN_OR_BUNGALOW = "CABIN_OR_BUNGALOW"
    CAMPER = "CAMPER"
    CAMPGROUND = "CAMPGROUND"
    CASTLE = "CASTLE"
    CHALET = "CHALET"
    FARMHOUSE = "FARMHOUSE"
    GUESTHOUSE = "GUESTHOUSE"
    HOSTEL = "HOSTEL"
    HOTEL = "HOTEL"
    HOUSE = "HOUSE"
    OTHER = "OTHER"
    PRIVATE_RESIDENCE = "PRIVATE_RESIDENCE"
    VILLA = "VILLA"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ApiAccommodationDTOPropertyCategory | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
