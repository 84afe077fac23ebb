from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlaceInterface")


@_attrs_define
class PlaceInterface:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        civic_number = d.pop("civicNumber", UNSET)

        zip_code = d.pop("zipCode", UNSET)

        district_name = d.pop("districtName", UNSET)

        zoom = d.pop("zoom", UNSET)

        additional_information = d.pop("additionalInformation", UNSET)

        phone2 = d.pop("phone2", UNSET)

        phone_prefix = d.pop("phonePrefix", UNSET)

        country_alpha_2 = d.pop("countryAlpha2", UNSET)

        first_locality = d.pop("firstLocality", UNSET)

        phone = d.pop("phone", UNSET)

        city = d.pop("city", UNSET)

        locality = d.pop("locality", UNSET)

        address = d.pop("address", UNSET)

        place_interface = cls(
            latitude=latitude,
            longitude=longitude,
            civic_number=civic_number,
            zip_code=zip_code,
            district_name=district_name,
            zoom=zoom,
            additional_information=additional_information,
            phone2=phone2,
            phone_prefix=phone_prefix,
            country_alpha_2=country_alpha_2,
            first_locality=first_locality,
            phone=phone,
            city=city,
            locality=locality,
            address=address,
        )

        place_interface.additional_properties = d
        return place_interface

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
