from enum import StrEnum


class ExternalReservationConfInstantBookingCategory(StrEnum):
    EVERYONE = "everyone"
    GUESTS_WITH_VERIFIED_IDENTITY = "guests_with_verified_identity"
    OFF = "off"
    WELL_REVIEWED_GUESTS = "well_reviewed_guests"
    WELL_REVIEWED_GUESTS_WITH_VERIFIED_IDENTITY = "well_reviewed_guests_with_verified_identity"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ExternalReservationConfInstantBookingCategory | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
