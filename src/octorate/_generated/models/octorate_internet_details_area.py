from enum import StrEnum


class OctorateInternetDetailsArea(StrEnum):
    ALL_ROOMS = "ALL_ROOMS"
    BUSINESS_CENTER = "BUSINESS_CENTER"
    ENTIRE_PROPERTY = "ENTIRE_PROPERTY"
    PUBLIC_AREAS = "PUBLIC_AREAS"
    SOME_ROOMS = "SOME_ROOMS"
    UNKNOWN_COVERAGE = "UNKNOWN_COVERAGE"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "OctorateInternetDetailsArea | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
