from enum import StrEnum


class ApiExtraProductModel(StrEnum):
    ADULTSDAY = "ADULTSDAY"
    BOOKING = "BOOKING"
    CHILDREN = "CHILDREN"
    CHILDRENDAY = "CHILDRENDAY"
    DAY = "DAY"
    PERSON = "PERSON"
    PERSONBOOKING = "PERSONBOOKING"
    PERSONDAY = "PERSONDAY"
    PERSONWEEK = "PERSONWEEK"
    QUANTITY = "QUANTITY"
    QUANTITYDAY = "QUANTITYDAY"
    WEEK = "WEEK"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ApiExtraProductModel | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
