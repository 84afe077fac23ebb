from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class PlaceInterface(LazyModel):
    """Place information

    Attributes:
        latitude (float | Unset):
        longitude (float | Unset):
        civic_number (str | Unset):
        zip_code (str | Unset):
        district_name (str | Unset):
        zoom (int | Unset):
        additional_information (str | Unset):
        phone2 (str | Unset):
        phone_prefix (str | Unset):
        country_alpha_2 (str | Unset):
        first_locality (str | Unset):
        phone (str | Unset):
        city (str | Unset):
        locality (str | Unset):
        address (str | Unset):
    """

    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    civic_number: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    district_name: str | Unset = UNSET
    zoom: int | Unset = UNSET
    additional_information: str | Unset = UNSET
    phone2: str | Unset = UNSET
    phone_prefix: str | Unset = UNSET
    country_alpha_2: str | Unset = UNSET
    first_locality: str | Unset = UNSET
    phone: str | Unset = UNSET
    city: str | Unset = UNSET
    locality: str | Unset = UNSET
    address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        latitude = self.latitude

        longitude = self.longitude

        civic_number = self.civic_number

        zip_code = self.zip_code

        district_name = self.district_name

        zoom = self.zoom

        additional_information = self.additional_information

        phone2 = self.phone2

        phone_prefix = self.phone_prefix

        country_alpha_2 = self.country_alpha_2

        first_locality = self.first_locality

        phone = self.phone

        city = self.city

        locality = self.locality

        address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if civic_number is not UNSET:
            field_dict["civicNumber"] = civic_number
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        if district_name is not UNSET:
            field_dict["districtName"] = district_name
        if zoom is not UNSET:
            field_dict["zoom"] = zoom
        if additional_information is not UNSET:
            field_dict["additionalInformation"] = additional_information
        if phone2 is not UNSET:
            field_dict["phone2"] = phone2
        if phone_prefix is not UNSET:
            field_dict["phonePrefix"] = phone_prefix
        if country_alpha_2 is not UNSET:
            field_dict["countryAlpha2"] = country_alpha_2
        if first_locality is not UNSET:
            field_dict["firstLocality"] = first_locality
        if phone is not UNSET:
            field_dict["phone"] = phone
        if city is not UNSET:
            field_dict["city"] = city
        if locality is not UNSET:
            field_dict["locality"] = locality
        if address is not UNSET:
            field_dict["address"] = address

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


def _load_latitude(d: Mapping[str, Any]) -> float | Unset:
    return d.get("latitude", UNSET)


def _load_longitude(d: Mapping[str, Any]) -> float | Unset:
    return d.get("longitude", UNSET)


def _load_civic_number(d: Mapping[str, Any]) -> str | Unset:
    return d.get("civicNumber", UNSET)


def _load_zip_code(d: Mapping[str, Any]) -> str | Unset:
    return d.get("zipCode", UNSET)


def _load_district_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("districtName", UNSET)


def _load_zoom(d: Mapping[str, Any]) -> int | Unset:
    return d.get("zoom", UNSET)


def _load_additional_information(d: Mapping[str, Any]) -> str | Unset:
    return d.get("additionalInformation", UNSET)


def _load_phone2(d: Mapping[str, Any]) -> str | Unset:
    return d.get("phone2", UNSET)


def _load_phone_prefix(d: Mapping[str, Any]) -> str | Unset:
    return d.get("phonePrefix", UNSET)


def _load_country_alpha_2(d: Mapping[str, Any]) -> str | Unset:
    return d.get("countryAlpha2", UNSET)


def _load_first_locality(d: Mapping[str, Any]) -> str | Unset:
    return d.get("firstLocality", UNSET)


def _load_phone(d: Mapping[str, Any]) -> str | Unset:
    return d.get("phone", UNSET)


def _load_city(d: Mapping[str, Any]) -> str | Unset:
    return d.get("city", UNSET)


def _load_locality(d: Mapping[str, Any]) -> str | Unset:
    return d.get("locality", UNSET)


def _load_address(d: Mapping[str, Any]) -> str | Unset:
    return d.get("address", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "latitude",
        "longitude",
        "civicNumber",
        "zipCode",
        "districtName",
        "zoom",
        "additionalInformation",
        "phone2",
        "phonePrefix",
        "countryAlpha2",
        "firstLocality",
        "phone",
        "city",
        "locality",
        "address",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: PlaceInterface, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "latitude" not in seen:
        _set(self, "latitude", d.get("latitude", UNSET))
    if "longitude" not in seen:
        _set(self, "longitude", d.get("longitude", UNSET))
    if "civic_number" not in seen:
        _set(self, "civic_number", d.get("civicNumber", UNSET))
    if "zip_code" not in seen:
        _set(self, "zip_code", d.get("zipCode", UNSET))
    if "district_name" not in seen:
        _set(self, "district_name", d.get("districtName", UNSET))
    if "zoom" not in seen:
        _set(self, "zoom", d.get("zoom", UNSET))
    if "additional_information" not in seen:
        _set(self, "additional_information", d.get("additionalInformation", UNSET))
    if "phone2" not in seen:
        _set(self, "phone2", d.get("phone2", UNSET))
    if "phone_prefix" not in seen:
        _set(self, "phone_prefix", d.get("phonePrefix", UNSET))
    if "country_alpha_2" not in seen:
        _set(self, "country_alpha_2", d.get("countryAlpha2", UNSET))
    if "first_locality" not in seen:
        _set(self, "first_locality", d.get("firstLocality", UNSET))
    if "phone" not in seen:
        _set(self, "phone", d.get("phone", UNSET))
    if "city" not in seen:
        _set(self, "city", d.get("city", UNSET))
    if "locality" not in seen:
        _set(self, "locality", d.get("locality", UNSET))
    if "address" not in seen:
        _set(self, "address", d.get("address", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


PlaceInterface._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "latitude": _load_latitude,
        "longitude": _load_longitude,
        "civic_number": _load_civic_number,
        "zip_code": _load_zip_code,
        "district_name": _load_district_name,
        "zoom": _load_zoom,
        "additional_information": _load_additional_information,
        "phone2": _load_phone2,
        "phone_prefix": _load_phone_prefix,
        "country_alpha_2": _load_country_alpha_2,
        "first_locality": _load_first_locality,
        "phone": _load_phone,
        "city": _load_city,
        "locality": _load_locality,
        "address": _load_address,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "latitude": "latitude",
        "longitude": "longitude",
        "civic_number": "civicNumber",
        "zip_code": "zipCode",
        "district_name": "districtName",
        "zoom": "zoom",
        "additional_information": "additionalInformation",
        "phone2": "phone2",
        "phone_prefix": "phonePrefix",
        "country_alpha_2": "countryAlpha2",
        "first_locality": "firstLocality",
        "phone": "phone",
        "city": "city",
        "locality": "locality",
        "address": "address",
    },
)
