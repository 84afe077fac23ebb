from enum import StrEnum


class ExternalFeeAirbnbFeeType(StrEnum):
    PASS_THROUGH_AIR_CONDITIONING_FEE = "PASS_THROUGH_AIR_CONDITIONING_FEE"
    PASS_THROUGH_CLEANING_FEE = "PASS_THROUGH_CLEANING_FEE"
    PASS_THROUGH_COMMUNITY_FEE = "PASS_THROUGH_COMMUNITY_FEE"
    PASS_THROUGH_ELECTRICITY_FEE = "PASS_THROUGH_ELECTRICITY_FEE"
    PASS_THROUGH_HEATING_FEE = "PASS_THROUGH_HEATING_FEE"
    PASS_THROUGH_LINEN_FEE = "PASS_THROUGH_LINEN_FEE"
    PASS_THROUGH_MANAGEMENT_FEE = "PASS_THROUGH_MANAGEMENT_FEE"
    PASS_THROUGH_PET_FEE = "PASS_THROUGH_PET_FEE"
    PASS_THROUGH_RESORT_FEE = "PASS_THROUGH_RESORT_FEE"
    PASS_THROUGH_SECURITY_DEPOSIT = "PASS_THROUGH_SECURITY_DEPOSIT"
    PASS_THROUGH_SHORT_TERM_CLEANING_FEE = "PASS_THROUGH_SHORT_TERM_CLEANING_FEE"
    PASS_THROUGH_UTILITY_FEE = "PASS_THROUGH_UTILITY_FEE"
    PASS_THROUGH_WATER_FEE = "PASS_THROUGH_WATER_FEE"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ExternalFeeAirbnbFeeType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
