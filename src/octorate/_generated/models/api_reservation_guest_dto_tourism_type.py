from enum import StrEnum


class ApiReservationGuestDTOTourismType(StrEnum):
    AMUSEMENT_PARK = "AMUSEMENT_PARK"
    ART = "ART"
    BEACH_RESORT = "BEACH_RESORT"
    CONFERENCE = "CONFERENCE"
    CYCLETURISM = "CYCLETURISM"
    EDUCATIONAL = "EDUCATIONAL"
    EXCURSION_HIKING = "EXCURSION_HIKING"
    EXHIBITION = "EXHIBITION"
    FOODWINE = "FOODWINE"
    FRIENDS = "FRIENDS"
    HEALTH = "HEALTH"
    HOLIDAY = "HOLIDAY"
    NOT_SPECIFIED = "NOT_SPECIFIED"
    OTHER = "OTHER"
    PROFESSIONAL = "PROFESSIONAL"
    RELIGIOUS = "RELIGIOUS"
    SCHOLAR = "SCHOLAR"
    SHOPPING = "SHOPPING"
    SOCIAL = "SOCIAL"
    SPORTIVE = "SPORTIVE"
    THERMAL = "THERMAL"
    TRANSIT = "TRANSIT"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ApiReservationGuestDTOTourismType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
