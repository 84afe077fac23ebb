from enum import StrEnum


class ApiRoomDTORoomCategory(StrEnum):
    ACCESIBLE = "ACCESIBLE"
    APARTMENT = "APARTMENT"
    CABANA = "CABANA"
    CONNECTING = "CONNECTING"
    DELUXE = "DELUXE"
    DOUBLE_DOUBLE = "DOUBLE_DOUBLE"
    HOLLYWOOD_TWIN = "HOLLYWOOD_TWIN"
    JOINT = "JOINT"
    KING = "KING"
    PENTHOUSE = "PENTHOUSE"
    QUEEN = "QUEEN"
    SINGLE = "SINGLE"
    STANDARD = "STANDARD"
    STUDIO = "STUDIO"
    SUITE = "SUITE"
    TWIN = "TWIN"
    VILLA = "VILLA"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ApiRoomDTORoomCategory | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
