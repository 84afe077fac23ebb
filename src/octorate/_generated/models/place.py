from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.country_code import CountryCode
from ..models.place_place_type import PlacePlaceType
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.place_place_name import PlacePlaceName


T = TypeVar("T", bound="Place")


@_attrs_define
class Place:
    """Information related to the place

    Attributes:
        id (int | Unset):
        place_type (PlacePlaceType | Unset):
        address (str | Unset):
        city (str | Unset):
        locality (str | Unset):
        zip_code (str | Unset):
        country (CountryCode | Unset): ISO 3166-1 alpha-2 country code, as Octorate lists them.
        phone (str | Unset):
        latitude (float | Unset):
        longitude (float | Unset):
        zoom (int | Unset): Default zoom for this property on the map
        civic_number (str | Unset):
        additional_information (str | Unset):
        codice (str | Unset):
        district_name (str | Unset):
        full_address (str | Unset):
        country_alpha_2 (str | Unset):
        place_name (PlacePlaceName | Unset):  Example: {'EN': 'These are the LanguageMap value in English!'}.
        phone2 (str | Unset):
        phone_prefix (str | Unset):
        first_locality (str | Unset):
    """

    id: int | Unset = UNSET
    place_type: PlacePlaceType | Unset = UNSET
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    locality: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    country: CountryCode | Unset = UNSET
    phone: str | Unset = UNSET
    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    zoom: int | Unset = UNSET
    civic_number: str | Unset = UNSET
    additional_information: str | Unset = UNSET
    codice: str | Unset = UNSET
    district_name: str | Unset = UNSET
    full_address: str | Unset = UNSET
    country_alpha_2: str | Unset = UNSET
    place_name: PlacePlaceName | Unset = UNSET
    phone2: str | Unset = UNSET
    phone_prefix: str | Unset = UNSET
    first_locality: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        place_type: str | Unset = UNSET
        if not isinstance(self.place_type, Unset):
            place_type = self.place_type.value

        address = self.address

        city = self.city

        locality = self.locality

        zip_code = self.zip_code

        country: str | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.value

        phone = self.phone

        latitude = self.latitude

        longitude = self.longitude

        zoom = self.zoom

        civic_number = self.civic_number

        additional_information = self.additional_information

        codice = self.codice

        district_name = self.district_name

        full_address = self.full_address

        country_alpha_2 = self.country_alpha_2

        place_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.place_name, Unset):
            place_name = self.place_name.to_dict()

        phone2 = self.phone2

        phone_prefix = self.phone_prefix

        first_locality = self.first_locality

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if place_type is not UNSET:
            field_dict["placeType"] = place_type
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if locality is not UNSET:
            field_dict["locality"] = locality
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        if country is not UNSET:
            field_dict["country"] = country
        if phone is not UNSET:
            field_dict["phone"] = phone
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if zoom is not UNSET:
            field_dict["zoom"] = zoom
        if civic_number is not UNSET:
            field_dict["civicNumber"] = civic_number
        if additional_information is not UNSET:
            field_dict["additionalInformation"] = additional_information
        if codice is not UNSET:
            field_dict["codice"] = codice
        if district_name is not UNSET:
            field_dict["districtName"] = district_name
        if full_address is not UNSET:
            field_dict["fullAddress"] = full_address
        if country_alpha_2 is not UNSET:
            field_dict["countryAlpha2"] = country_alpha_2
        if place_name is not UNSET:
            field_dict["placeName"] = place_name
        if phone2 is not UNSET:
            field_dict["phone2"] = phone2
        if phone_prefix is not UNSET:
            field_dict["phonePrefix"] = phone_prefix
        if first_locality is not UNSET:
            field_dict["firstLocality"] = first_locality

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _place_type = d.pop("placeType", UNSET)
        place_type: PlacePlaceType | Unset
        if isinstance(_place_type, Unset):
            place_type = UNSET
        else:
            place_type = enum_member(PlacePlaceType, _place_type)

        address = d.pop("address", UNSET)

        city = d.pop("city", UNSET)

        locality = d.pop("locality", UNSET)

        zip_code = d.pop("zipCode", UNSET)

        _country = d.pop("country", UNSET)
        country: CountryCode | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = enum_member(CountryCode, _country)

        phone = d.pop("phone", UNSET)

        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        zoom = d.pop("zoom", UNSET)

        civic_number = d.pop("civicNumber", UNSET)

        additional_information = d.pop("additionalInformation", UNSET)

        codice = d.pop("codice", UNSET)

        district_name = d.pop("districtName", UNSET)

        full_address = d.pop("fullAddress", UNSET)

        country_alpha_2 = d.pop("countryAlpha2", UNSET)

        _place_name = d.pop("placeName", UNSET)
        place_name: PlacePlaceName | Unset
        if isinstance(_place_name, Unset):
            place_name = UNSET
        else:
            place_name = PlacePlaceName.from_dict(_place_name)

        phone2 = d.pop("phone2", UNSET)

        phone_prefix = d.pop("phonePrefix", UNSET)

        first_locality = d.pop("firstLocality", UNSET)

        place = cls(
            id=id,
            place_type=place_type,
            address=address,
            city=city,
            locality=locality,
            zip_code=zip_code,
            country=country,
            phone=phone,
            latitude=latitude,
            longitude=longitude,
            zoom=zoom,
            civic_number=civic_number,
            additional_information=additional_information,
            codice=codice,
            district_name=district_name,
            full_address=full_address,
            country_alpha_2=country_alpha_2,
            place_name=place_name,
            phone2=phone2,
            phone_prefix=phone_prefix,
            first_locality=first_locality,
        )

        place.additional_properties = d
        return place

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.place_place_name import PlacePlaceName  # noqa: E402
