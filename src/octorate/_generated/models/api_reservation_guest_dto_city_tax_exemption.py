from enum import StrEnum


class ApiReservationGuestDTOCityTaxExemption(StrEnum):
    DISABLED_HELPER = "DISABLED_HELPER"
    DRIVER = "DRIVER"
    EMERGENCY = "EMERGENCY"
    EXEMPTION_WORKERS = "EXEMPTION_WORKERS"
    FAMILY_CAREGIVER = "FAMILY_CAREGIVER"
    FESTIVALS = "FESTIVALS"
    FREQUENT_GUEST = "FREQUENT_GUEST"
    GENDER_VIOLENCE = "GENDER_VIOLENCE"
    HANDICAPPED = "HANDICAPPED"
    HOSPITALISED = "HOSPITALISED"
    HOSPITAL_HELPER = "HOSPITAL_HELPER"
    HOTEL_WORKERS = "HOTEL_WORKERS"
    INTERNATIONAL_PROTECTION = "INTERNATIONAL_PROTECTION"
    LONG_STAY = "LONG_STAY"
    LOW_SEASON = "LOW_SEASON"
    OTHER = "OTHER"
    PATIENT_PARENT = "PATIENT_PARENT"
    PET_CARE = "PET_CARE"
    POLICE = "POLICE"
    PORTAL_PAID = "PORTAL_PAID"
    RESIDENCE_REASON = "RESIDENCE_REASON"
    SEPARATED_PARENT = "SEPARATED_PARENT"
    SPIRITUAL_RETREAT = "SPIRITUAL_RETREAT"
    STUDY_RELATED = "STUDY_RELATED"
    TOO_OLD = "TOO_OLD"
    TOO_YOUNG_RANGE1 = "TOO_YOUNG_RANGE1"
    TOO_YOUNG_RANGE2 = "TOO_YOUNG_RANGE2"
    TURIST_GUIDE = "TURIST_GUIDE"
    WANT_NOT_PAY = "WANT_NOT_PAY"
    WORK_STAY = "WORK_STAY"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ApiReservationGuestDTOCityTaxExemption | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
