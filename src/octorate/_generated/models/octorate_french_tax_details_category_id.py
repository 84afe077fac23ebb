from enum import StrEnum


class OctorateFrenchTaxDetailsCategoryId(StrEnum):
    ID_100 = "ID_100"
    ID_11 = "ID_11"
    ID_12 = "ID_12"
    ID_13 = "ID_13"
    ID_14 = "ID_14"
    ID_15 = "ID_15"
    ID_16 = "ID_16"
    ID_17 = "ID_17"
    ID_18 = "ID_18"
    ID_19 = "ID_19"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "OctorateFrenchTaxDetailsCategoryId | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
