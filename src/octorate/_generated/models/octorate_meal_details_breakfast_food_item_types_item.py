from enum import StrEnum


class OctorateMealDetailsBreakfastFoodItemTypesItem(StrEnum):
    A_LA_CARTE = "A_LA_CARTE"
    BREAD = "BREAD"
    BUTTER = "BUTTER"
    CEREAL = "CEREAL"
    CHAMPAGNE = "CHAMPAGNE"
    CHEESE = "CHEESE"
    COFFEE = "COFFEE"
    COLD_MEAT = "COLD_MEAT"
    COOKED_MEAL = "COOKED_MEAL"
    EGGS = "EGGS"
    FRUITS = "FRUITS"
    HOT_CHOCOLATE = "HOT_CHOCOLATE"
    JAM = "JAM"
    JUICE = "JUICE"
    LOCAL_SPECIALITY = "LOCAL_SPECIALITY"
    PANCAKES = "PANCAKES"
    PASTRIES = "PASTRIES"
    TEA = "TEA"
    YOGURT = "YOGURT"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "OctorateMealDetailsBreakfastFoodItemTypesItem | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
