from enum import StrEnum


class ExternalRoomDescriptorLocation(StrEnum):
    DOWN_THE_HALL = "DOWN_THE_HALL"
    ENSUITE = "ENSUITE"
    INSIDE_THE_UNIT = "INSIDE_THE_UNIT"
    IN_THE_HALLWAY = "IN_THE_HALLWAY"
    NEXT_DOOR = "NEXT_DOOR"
    OPPOSITE_THE_ROOM = "OPPOSITE_THE_ROOM"
    OTHER = "OTHER"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ExternalRoomDescriptorLocation | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
