from enum import StrEnum


class ExternalListingAirbnbPropertyType(StrEnum):
    APARTHOTEL = "aparthotel"
    APARTMENT = "apartment"
    BARN = "barn"
    BNB = "bnb"
    BOAT = "boat"
    BOUTIQUE_HOTEL = "boutique_hotel"
    BUNGALOW = "bungalow"
    CABIN = "cabin"
    CAMPSITE = "campsite"
    CASA_PARTICULAR = "casa_particular"
    CASTLE = "castle"
    CAVE = "cave"
    CHALET = "chalet"
    CONDOMINIUM = "condominium"
    COTTAGE = "cottage"
    CYCLADIC_HOUSE = "cycladic_house"
    DAMMUSO = "dammuso"
    DOME_HOUSE = "dome_house"
    EARTHHOUSE = "earthhouse"
    FARM_STAY = "farm_stay"
    GUESTHOUSE = "guesthouse"
    GUEST_SUITE = "guest_suite"
    HERITAGE_HOTEL = "heritage_hotel"
    HOSTEL = "hostel"
    HOTEL = "hotel"
    HOUSE = "house"
    HOUSEBOAT = "houseboat"
    HUT = "hut"
    IGLOO = "igloo"
    ISLAND = "island"
    LIGHTHOUSE = "lighthouse"
    LODGE = "lodge"
    LOFT = "loft"
    MINSU = "minsu"
    PENSION = "pension"
    PLANE = "plane"
    RESORT = "resort"
    RV = "rv"
    RYOKAN = "ryokan"
    SERVICED_APARTMENT = "serviced_apartment"
    SHEPHERDS_HUT = "shepherds_hut"
    TENT = "tent"
    TINY_HOUSE = "tiny_house"
    TIPI = "tipi"
    TOWNHOUSE = "townhouse"
    TRAIN = "train"
    TREEHOUSE = "treehouse"
    TRULLO = "trullo"
    VILLA = "villa"
    WINDMILL = "windmill"
    YURT = "yurt"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "ExternalListingAirbnbPropertyType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
