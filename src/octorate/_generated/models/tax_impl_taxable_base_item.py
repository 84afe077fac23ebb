from enum import StrEnum


class TaxImplTaxableBaseItem(StrEnum):
    CITY_TAX = "CITY_TAX"
    CLEANING_COST_NET = "CLEANING_COST_NET"
    COMMISSION = "COMMISSION"
    EXTRA_NET = "EXTRA_NET"
    EXTRA_TAX = "EXTRA_TAX"
    RATE_PLAN_CORRECTION = "RATE_PLAN_CORRECTION"
    ROOM_BASE_NET = "ROOM_BASE_NET"
    ROOM_TAX = "ROOM_TAX"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "TaxImplTaxableBaseItem | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
