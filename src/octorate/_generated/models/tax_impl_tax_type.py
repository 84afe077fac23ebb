from enum import StrEnum


class TaxImplTaxType(StrEnum):
    HOTEL_TAX = "HOTEL_TAX"
    LODGING_TAX = "LODGING_TAX"
    ROOM_TAX = "ROOM_TAX"
    SALES_TAX = "SALES_TAX"
    TOURIST_FEE = "TOURIST_FEE"
    TOURIST_TAX = "TOURIST_TAX"
    TRANSIENT_OCCUPANCY_TAX = "TRANSIENT_OCCUPANCY_TAX"
    VAT_GST_TAX = "VAT_GST_TAX"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "TaxImplTaxType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
