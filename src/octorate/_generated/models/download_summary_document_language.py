from enum import StrEnum


class DownloadSummaryDocumentLanguage(StrEnum):
    CA = "CA"
    DE = "DE"
    EL = "EL"
    EN = "EN"
    ES = "ES"
    FR = "FR"
    IT = "IT"
    JA = "JA"
    NL = "NL"
    PT = "PT"
    RO = "RO"
    RU = "RU"
    TR = "TR"
    ZH = "ZH"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "DownloadSummaryDocumentLanguage | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
