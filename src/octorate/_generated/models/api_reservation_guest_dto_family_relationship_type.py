from enum import StrEnum


class ApiReservationGuestDTOFamilyRelationshipType(StrEnum):
    BROTHER = "BROTHER"
    BROTHER_IN_LAW = "BROTHER_IN_LAW"
    CHILD_GUARDIAN = "CHILD_GUARDIAN"
    FATHER_IN_LAW = "FATHER_IN_LAW"
    FATHER_OR_MOTHER = "FATHER_OR_MOTHER"
    GRANDFATHER = "GRANDFATHER"
    GRANDSON = "GRANDSON"
    GREAT_GRANDFATHER = "GREAT_GRANDFATHER"
    GREAT_GRANDSON = "GREAT_GRANDSON"
    NEPHEW = "NEPHEW"
    OTHER = "OTHER"
    SON = "SON"
    SON_IN_LAW_OR_DAUGHTER_IN_LAW = "SON_IN_LAW_OR_DAUGHTER_IN_LAW"
    SPOUSE = "SPOUSE"
    UNCLE = "UNCLE"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ApiReservationGuestDTOFamilyRelationshipType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
