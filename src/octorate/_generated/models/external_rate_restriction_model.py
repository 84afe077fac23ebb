from enum import StrEnum


class ExternalRateRestrictionModel(StrEnum):
    ACCESS_CODE = "ACCESS_CODE"
    ADVANCE_DAYS = "ADVANCE_DAYS"
    DATE_RANGE = "DATE_RANGE"
    LENGTH_OF_STAY = "LENGTH_OF_STAY"
    MEAL = "MEAL"
    NO_RESTRICTED = "NO_RESTRICTED"
    OCCUPANCY = "OCCUPANCY"
    SELL_STAY_RANGE = "SELL_STAY_RANGE"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ExternalRateRestrictionModel | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
