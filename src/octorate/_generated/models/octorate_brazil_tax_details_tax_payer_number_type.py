from enum import StrEnum


class OctorateBrazilTaxDetailsTaxPayerNumberType(StrEnum):
    CNPJ = "CNPJ"
    CPF = "CPF"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "OctorateBrazilTaxDetailsTaxPayerNumberType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
