from enum import StrEnum


class OctorateRestaurantDetailsOpenForMealsItem(StrEnum):
    BREAKFAST = "BREAKFAST"
    BRUNCH = "BRUNCH"
    COCKTAIL_HOUR = "COCKTAIL_HOUR"
    DINNER = "DINNER"
    HIGH_TEA = "HIGH_TEA"
    LUNCH = "LUNCH"
    UNKNOWN_OPEN_FOR_MEALS = "UNKNOWN_OPEN_FOR_MEALS"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "OctorateRestaurantDetailsOpenForMealsItem | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
