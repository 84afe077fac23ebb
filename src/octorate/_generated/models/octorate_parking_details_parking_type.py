from enum import StrEnum


class OctorateParkingDetailsParkingType(StrEnum):
    PARKING_GARAGE = "PARKING_GARAGE"
    PARKING_LOT = "PARKING_LOT"
    STREET_PARKING = "STREET_PARKING"
    UNKNOWN_PARKING_TYPE = "UNKNOWN_PARKING_TYPE"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "OctorateParkingDetailsParkingType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
