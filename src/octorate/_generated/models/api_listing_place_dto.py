from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.country_code import CountryCode
from ..types import UNSET, Unset, enum_member


@_attrs_define
class ApiListingPlaceDTO(LazyModel):
    """The location of this listing

    Attributes:
        address (str | Unset):
        civic_number (str | Unset):
        city (str | Unset):
        locality (str | Unset):
        district_name (str | Unset):
        country (CountryCode | Unset): ISO 3166-1 alpha-2 country code, as Octorate lists them.
        latitude (float | Unset):
        longitude (float | Unset):
        zoom (int | Unset):
        phone (str | Unset):
        zip_code (str | Unset):
        additional_information (str | Unset):
        country_alpha_2 (str | Unset):
        phone2 (str | Unset):
        phone_prefix (str | Unset):
        first_locality (str | Unset):
    """

    address: str | Unset = UNSET
    civic_number: str | Unset = UNSET
    city: str | Unset = UNSET
    locality: str | Unset = UNSET
    district_name: str | Unset = UNSET
    country: CountryCode | Unset = UNSET
    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    zoom: int | Unset = UNSET
    phone: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    additional_information: str | Unset = UNSET
    country_alpha_2: str | Unset = UNSET
    phone2: str | Unset = UNSET
    phone_prefix: str | Unset = UNSET
    first_locality: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        address = self.address

        civic_number = self.civic_number

        city = self.city

        locality = self.locality

        district_name = self.district_name

        country: str | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.value

        latitude = self.latitude

        longitude = self.longitude

        zoom = self.zoom

        phone = self.phone

        zip_code = self.zip_code

        additional_information = self.additional_information

        country_alpha_2 = self.country_alpha_2

        phone2 = self.phone2

        phone_prefix = self.phone_prefix

        first_locality = self.first_locality

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if civic_number is not UNSET:
            field_dict["civicNumber"] = civic_number
        if city is not UNSET:
            field_dict["city"] = city
        if locality is not UNSET:
            field_dict["locality"] = locality
        if district_name is not UNSET:
            field_dict["districtName"] = district_name
        if country is not UNSET:
            field_dict["country"] = country
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if zoom is not UNSET:
            field_dict["zoom"] = zoom
        if phone is not UNSET:
            field_dict["phone"] = phone
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        if additional_information is not UNSET:
            field_dict["additionalInformation"] = additional_information
        if country_alpha_2 is not UNSET:
            field_dict["countryAlpha2"] = country_alpha_2
        if phone2 is not UNSET:
            field_dict["phone2"] = phone2
        if phone_prefix is not UNSET:
            field_dict["phonePrefix"] = phone_prefix
        if first_locality is not UNSET:
            field_dict["firstLocality"] = first_locality

        return field_dict

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


_set = object.__setattr__

# Field loaders: each turns the raw JSON object into one attribute's value, the first time
# that attribute is read (see octorate._hooks.LazyModel).


def _load_address(d: Mapping[str, Any]) -> str | Unset:
    return d.get("address", UNSET)


def _load_civic_number(d: Mapping[str, Any]) -> str | Unset:
    return d.get("civicNumber", UNSET)


def _load_city(d: Mapping[str, Any]) -> str | Unset:
    return d.get("city", UNSET)


def _load_locality(d: Mapping[str, Any]) -> str | Unset:
    return d.get("locality", UNSET)


def _load_district_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("districtName", UNSET)


def _load_country(d: Mapping[str, Any]) -> CountryCode | Unset:
    _country = d.get("country", UNSET)
    country: CountryCode | Unset
    if isinstance(_country, Unset):
        country = UNSET
    else:
        country = enum_member(CountryCode, _country)

    return country


def _load_latitude(d: Mapping[str, Any]) -> float | Unset:
    return d.get("latitude", UNSET)


def _load_longitude(d: Mapping[str, Any]) -> float | Unset:
    return d.get("longitude", UNSET)


def _load_zoom(d: Mapping[str, Any]) -> int | Unset:
    return d.get("zoom", UNSET)


def _load_phone(d: Mapping[str, Any]) -> str | Unset:
    return d.get("phone", UNSET)


def _load_zip_code(d: Mapping[str, Any]) -> str | Unset:
    return d.get("zipCode", UNSET)


def _load_additional_information(d: Mapping[str, Any]) -> str | Unset:
    return d.get("additionalInformation", UNSET)


def _load_country_alpha_2(d: Mapping[str, Any]) -> str | Unset:
    return d.get("countryAlpha2", UNSET)


def _load_phone2(d: Mapping[str, Any]) -> str | Unset:
    return d.get("phone2", UNSET)


def _load_phone_prefix(d: Mapping[str, Any]) -> str | Unset:
    return d.get("phonePrefix", UNSET)


def _load_first_locality(d: Mapping[str, Any]) -> str | Unset:
    return d.get("firstLocality", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "address",
        "civicNumber",
        "city",
        "locality",
        "districtName",
        "country",
        "latitude",
        "longitude",
        "zoom",
        "phone",
        "zipCode",
        "additionalInformation",
        "countryAlpha2",
        "phone2",
        "phonePrefix",
        "firstLocality",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiListingPlaceDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "address" not in seen:
        _set(self, "address", d.get("address", UNSET))
    if "civic_number" not in seen:
        _set(self, "civic_number", d.get("civicNumber", UNSET))
    if "city" not in seen:
        _set(self, "city", d.get("city", UNSET))
    if "locality" not in seen:
        _set(self, "locality", d.get("locality", UNSET))
    if "district_name" not in seen:
        _set(self, "district_name", d.get("districtName", UNSET))
    if "country" not in seen:
        _country = d.get("country", UNSET)
        country: CountryCode | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = enum_member(CountryCode, _country)

        _set(self, "country", country)
    if "latitude" not in seen:
        _set(self, "latitude", d.get("latitude", UNSET))
    if "longitude" not in seen:
        _set(self, "longitude", d.get("longitude", UNSET))
    if "zoom" not in seen:
        _set(self, "zoom", d.get("zoom", UNSET))
    if "phone" not in seen:
        _set(self, "phone", d.get("phone", UNSET))
    if "zip_code" not in seen:
        _set(self, "zip_code", d.get("zipCode", UNSET))
    if "additional_information" not in seen:
        _set(self, "additional_information", d.get("additionalInformation", UNSET))
    if "country_alpha_2" not in seen:
        _set(self, "country_alpha_2", d.get("countryAlpha2", UNSET))
    if "phone2" not in seen:
        _set(self, "phone2", d.get("phone2", UNSET))
    if "phone_prefix" not in seen:
        _set(self, "phone_prefix", d.get("phonePrefix", UNSET))
    if "first_locality" not in seen:
        _set(self, "first_locality", d.get("firstLocality", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiListingPlaceDTO._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "address": _load_address,
        "civic_number": _load_civic_number,
        "city": _load_city,
        "locality": _load_locality,
        "district_name": _load_district_name,
        "country": _load_country,
        "latitude": _load_latitude,
        "longitude": _load_longitude,
        "zoom": _load_zoom,
        "phone": _load_phone,
        "zip_code": _load_zip_code,
        "additional_information": _load_additional_information,
        "country_alpha_2": _load_country_alpha_2,
        "phone2": _load_phone2,
        "phone_prefix": _load_phone_prefix,
        "first_locality": _load_first_locality,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "address": "address",
        "civic_number": "civicNumber",
        "city": "city",
        "locality": "locality",
        "district_name": "districtName",
        "country": "country",
        "latitude": "latitude",
        "longitude": "longitude",
        "zoom": "zoom",
        "phone": "phone",
        "zip_code": "zipCode",
        "additional_information": "additionalInformation",
        "country_alpha_2": "countryAlpha2",
        "phone2": "phone2",
        "phone_prefix": "phonePrefix",
        "first_locality": "firstLocality",
    },
)
