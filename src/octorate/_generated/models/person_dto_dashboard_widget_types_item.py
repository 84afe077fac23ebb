from enum import StrEnum


class PersonDTODashboardWidgetTypesItem(StrEnum):
    AVERAGE_DAILY_RATE = "AVERAGE_DAILY_RATE"
    BOOKING_VIEWS_ROOMS = "BOOKING_VIEWS_ROOMS"
    COMPARE_WEEKS = "COMPARE_WEEKS"
    CONVERSION_RATE = "CONVERSION_RATE"
    MOST_BOOKED_DAYS = "MOST_BOOKED_DAYS"
    RESERVATION_DAY_BEFORE = "RESERVATION_DAY_BEFORE"
    RESERVATION_DIRECT_INDIRECT = "RESERVATION_DIRECT_INDIRECT"
    RESERVATION_LENGHT_STAY = "RESERVATION_LENGHT_STAY"
    RESERVATION_PER_CHANNEL = "RESERVATION_PER_CHANNEL"
    RESERVATION_PRICE_CHANNEL = "RESERVATION_PRICE_CHANNEL"
    REVIEW_CATEGORY_TAGS = "REVIEW_CATEGORY_TAGS"
    REVIEW_STATS = "REVIEW_STATS"
    RMS_DIRECT_VS_INDIRECT = "RMS_DIRECT_VS_INDIRECT"
    RMS_PACE_COMPARISON = "RMS_PACE_COMPARISON"
    RMS_REVENUE_BY_SOURCE_MONTH = "RMS_REVENUE_BY_SOURCE_MONTH"
    RMS_YESTERDAY_MOST_BOOKED = "RMS_YESTERDAY_MOST_BOOKED"
    YESTERDAY_RESERVATION = "YESTERDAY_RESERVATION"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "PersonDTODashboardWidgetTypesItem | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
