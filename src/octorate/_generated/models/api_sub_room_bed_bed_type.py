from enum import StrEnum


class ApiSubRoomBedBedType(StrEnum):
    AIR_MATTRES = "AIR_MATTRES"
    BUNK = "BUNK"
    COUCH = "COUCH"
    CRIB = "CRIB"
    DOUBLE = "DOUBLE"
    FEMALE_CAPSULE = "FEMALE_CAPSULE"
    FLOOR_MATTRESS = "FLOOR_MATTRESS"
    HAMMOCK = "HAMMOCK"
    KING = "KING"
    MALE_CAPSULE = "MALE_CAPSULE"
    QUEEN = "QUEEN"
    SINGLE = "SINGLE"
    SOFA = "SOFA"
    TODDLER = "TODDLER"
    TWIN = "TWIN"
    WATER = "WATER"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ApiSubRoomBedBedType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
