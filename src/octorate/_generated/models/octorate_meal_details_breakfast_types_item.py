from enum import StrEnum


class OctorateMealDetailsBreakfastTypesItem(StrEnum):
    AMERICAN = "AMERICAN"
    ASIAN = "ASIAN"
    A_LA_CARTE = "A_LA_CARTE"
    BREAKFAST_TO_GO = "BREAKFAST_TO_GO"
    BUFFET = "BUFFET"
    CONTINENTAL = "CONTINENTAL"
    FULL_ENGLISH = "FULL_ENGLISH"
    GLUTEN_FREE = "GLUTEN_FREE"
    HALAL = "HALAL"
    ITALIAN = "ITALIAN"
    KOSHER = "KOSHER"
    VEGAN = "VEGAN"
    VEGETARIAN = "VEGETARIAN"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "OctorateMealDetailsBreakfastTypesItem | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
