from enum import StrEnum


class ExternalRoomDescriptorType(StrEnum):
    BACKYARD = "BACKYARD"
    BASEMENT = "BASEMENT"
    BATHROOM = "BATHROOM"
    BEDROOM = "BEDROOM"
    COMMON_SPACE = "COMMON_SPACE"
    COMMON_SPACES = "COMMON_SPACES"
    DINING_ROOM = "DINING_ROOM"
    ENTRANCE_TO_HOME = "ENTRANCE_TO_HOME"
    EXTERIOR = "EXTERIOR"
    FAMILY_ROOM = "FAMILY_ROOM"
    FRONT_YARD = "FRONT_YARD"
    FULL_BATHROOM = "FULL_BATHROOM"
    GARAGE = "GARAGE"
    GYM = "GYM"
    HALF_BATHROOM = "HALF_BATHROOM"
    HOT_TUB = "HOT_TUB"
    KITCHEN = "KITCHEN"
    KITCHENETTE = "KITCHENETTE"
    LAUNDRY_ROOM = "LAUNDRY_ROOM"
    LIVING_ROOM = "LIVING_ROOM"
    OFFICE = "OFFICE"
    OTHER = "OTHER"
    OUTDOOR_COMMON_AREA = "OUTDOOR_COMMON_AREA"
    OUTDOOR_SPACE = "OUTDOOR_SPACE"
    PATIO = "PATIO"
    POOL = "POOL"
    RECREATION_AREA = "RECREATION_AREA"
    STUDIO = "STUDIO"
    STUDY = "STUDY"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ExternalRoomDescriptorType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
