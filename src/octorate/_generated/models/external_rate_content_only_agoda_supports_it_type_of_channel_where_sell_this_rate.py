from enum import StrEnum


class ExternalRateContentOnlyAgodaSupportsItTypeOfChannelWhereSellThisRate(StrEnum):
    CHINA_ONLY = "CHINA_ONLY"
    CORPORATE = "CORPORATE"
    LOCALS_DOMESTIC_ONLY = "LOCALS_DOMESTIC_ONLY"
    MOBILE_ONLY = "MOBILE_ONLY"
    OPAQUE_TRAVEL_PRIVATE = "OPAQUE_TRAVEL_PRIVATE"
    PACKAGE = "PACKAGE"
    PRIVATE_SALE = "PRIVATE_SALE"
    RETAIL = "RETAIL"
    VIP_AFFILIATION = "VIP_AFFILIATION"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "ExternalRateContentOnlyAgodaSupportsItTypeOfChannelWhereSellThisRate | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
