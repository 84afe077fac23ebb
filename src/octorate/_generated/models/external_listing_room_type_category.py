from enum import StrEnum


class ExternalListingRoomTypeCategory(StrEnum):
    APARTMENT = "Apartment"
    BED_IN_DORMITORY = "Bed_in_Dormitory"
    BUNGALOW = "Bungalow"
    CABIN = "Cabin"
    CHALET = "Chalet"
    CONDO = "Condo"
    COTTAGE = "Cottage"
    DORMITORY_ROOM = "Dormitory_room"
    DOUBLE = "Double"
    DOUBLE_OR_TWIN = "Double_Or_Twin"
    DOUBLE_ROOM_SINGLE_USE = "Double_Room_Single_Use"
    DUPLEX = "Duplex"
    FAMILY = "Family"
    HOLIDAY_HOME = "Holiday_home"
    LOFT = "Loft"
    MOBILE_HOME = "Mobile_home"
    QUADRUPLE = "Quadruple"
    SINGLE = "Single"
    STUDIO = "Studio"
    SUITE = "Suite"
    TENT = "Tent"
    TOWNHOME = "Townhome"
    TREEHOUSE = "TreeHouse"
    TRIPLE = "Triple"
    TWIN = "Twin"
    VILLA = "Villa"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ExternalListingRoomTypeCategory | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
