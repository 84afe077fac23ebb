from enum import StrEnum


class OctorateRestaurantDetailsCuisinesItem(StrEnum):
    AFRICAN = "AFRICAN"
    AMERICAN = "AMERICAN"
    ARGENTINIAN = "ARGENTINIAN"
    ASIAN = "ASIAN"
    AUSTRALIAN = "AUSTRALIAN"
    AUSTRIAN = "AUSTRIAN"
    BELGIAN = "BELGIAN"
    BRAZILIAN = "BRAZILIAN"
    BRITISH = "BRITISH"
    CAJUN_CREOLE = "CAJUN_CREOLE"
    CAMBODIAN = "CAMBODIAN"
    CANTONESE = "CANTONESE"
    CARIBBEAN = "CARIBBEAN"
    CATALAN = "CATALAN"
    CHINESE = "CHINESE"
    CROATIAN = "CROATIAN"
    DUTCH = "DUTCH"
    ETHIOPIAN = "ETHIOPIAN"
    EUROPEAN = "EUROPEAN"
    FRENCH = "FRENCH"
    GERMAN = "GERMAN"
    GREEK = "GREEK"
    GRILL_BBQ = "GRILL_BBQ"
    HUNGARIAN = "HUNGARIAN"
    INDIAN = "INDIAN"
    INDONESIAN = "INDONESIAN"
    INTERNATIONAL = "INTERNATIONAL"
    IRISH = "IRISH"
    ITALIAN = "ITALIAN"
    JAPANESE = "JAPANESE"
    KOREAN = "KOREAN"
    LATIN_AMERICAN = "LATIN_AMERICAN"
    LOCAL = "LOCAL"
    MALAYSIAN = "MALAYSIAN"
    MEDITERRANEAN = "MEDITERRANEAN"
    MEXICAN = "MEXICAN"
    MIDDLE_EASTERN = "MIDDLE_EASTERN"
    MOROCCAN = "MOROCCAN"
    NEPALESE = "NEPALESE"
    PERUVIAN = "PERUVIAN"
    PIZZA = "PIZZA"
    POLISH = "POLISH"
    PORTUGUESE = "PORTUGUESE"
    RUSSIAN = "RUSSIAN"
    SCOTTISH = "SCOTTISH"
    SEAFOOD = "SEAFOOD"
    SICHUAN = "SICHUAN"
    SINGAPOREAN = "SINGAPOREAN"
    SOUTH_AFRICAN = "SOUTH_AFRICAN"
    SPANISH = "SPANISH"
    STEAKHOUSE = "STEAKHOUSE"
    SUSHI = "SUSHI"
    TEXMEX = "TEXMEX"
    THAI = "THAI"
    TURKISH = "TURKISH"
    UNKNOWN_CUISINE = "UNKNOWN_CUISINE"
    VIETNAMESE = "VIETNAMESE"

    def __str__(self) -> str:
        return str(self.value)

    def is_known(self) -> bool:
        """False for a value this client version was not generated with."""
        return self._name_ in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "OctorateRestaurantDetailsCuisinesItem | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
