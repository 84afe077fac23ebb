from enum import StrEnum


class OctorateFrenchTaxDetailsNatureId(StrEnum):
    ID_1 = "ID_1"
    ID_2 = "ID_2"
    ID_3 = "ID_3"
    ID_4 = "ID_4"
    ID_5 = "ID_5"
    ID_6 = "ID_6"
    ID_7 = "ID_7"
    ID_8 = "ID_8"
    ID_9 = "ID_9"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "OctorateFrenchTaxDetailsNatureId | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
