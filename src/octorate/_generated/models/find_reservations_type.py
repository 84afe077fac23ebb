from enum import StrEnum


class FindReservationsType(StrEnum):
    ACTIVE = "ACTIVE"
    CANCELLATION = "CANCELLATION"
    CHECKIN = "CHECKIN"
    CHECKOUT = "CHECKOUT"
    CREATETIME = "CREATETIME"
    IN_HOUSE = "IN_HOUSE"
    MODIFIED = "MODIFIED"
    MODIFIED_BETWEEN = "MODIFIED_BETWEEN"
    NEWLY = "NEWLY"
    NEXT3ARRIVALS = "NEXT3ARRIVALS"
    NEXT7ARRIVALS = "NEXT7ARRIVALS"
    NO_CHECKOUT = "NO_CHECKOUT"
    STAY = "STAY"
    TODAYARRIVALS = "TODAYARRIVALS"
    TODAYDEPARTURES = "TODAYDEPARTURES"
    TOMORROWARRIVALS = "TOMORROWARRIVALS"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "FindReservationsType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
