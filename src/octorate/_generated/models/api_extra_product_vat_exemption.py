from enum import StrEnum


class ApiExtraProductVatExemption(StrEnum):
    IT_ART15 = "IT_ART15"
    IT_ITEM_EXCLUDED = "IT_ITEM_EXCLUDED"
    IT_ITEM_EXCLUDED_N_2_2 = "IT_ITEM_EXCLUDED_N_2_2"
    IT_NO_VAT_1 = "IT_NO_VAT_1"
    IT_NO_VAT_2 = "IT_NO_VAT_2"
    IT_NO_VAT_3 = "IT_NO_VAT_3"
    IT_NO_VAT_4 = "IT_NO_VAT_4"
    IT_NO_VAT_5 = "IT_NO_VAT_5"
    IT_NO_VAT_6 = "IT_NO_VAT_6"
    IT_REGIME_MARGINE = "IT_REGIME_MARGINE"
    IT_REVERSE_CHANGE = "IT_REVERSE_CHANGE"
    IT_REVERSE_CHANGE_1 = "IT_REVERSE_CHANGE_1"
    IT_REVERSE_CHANGE_2 = "IT_REVERSE_CHANGE_2"
    IT_REVERSE_CHANGE_3 = "IT_REVERSE_CHANGE_3"
    IT_REVERSE_CHANGE_4 = "IT_REVERSE_CHANGE_4"
    IT_REVERSE_CHANGE_5 = "IT_REVERSE_CHANGE_5"
    IT_REVERSE_CHANGE_6 = "IT_REVERSE_CHANGE_6"
    IT_REVERSE_CHANGE_7 = "IT_REVERSE_CHANGE_7"
    IT_REVERSE_CHANGE_8 = "IT_REVERSE_CHANGE_8"
    IT_REVERSE_CHANGE_9 = "IT_REVERSE_CHANGE_9"
    IT_SPECIAL_GUEST = "IT_SPECIAL_GUEST"
    IT_VAT_EU = "IT_VAT_EU"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ApiExtraProductVatExemption | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
