from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.country_code import CountryCode
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="ApiListingPlaceDTO")


@_attrs_define
class ApiListingPlaceDTO:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        civic_number = d.pop("civicNumber", UNSET)

        city = d.pop("city", UNSET)

        locality = d.pop("locality", UNSET)

        district_name = d.pop("districtName", UNSET)

        _country = d.pop("country", UNSET)
        country: CountryCode | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = enum_member(CountryCode, _country)

        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        zoom = d.pop("zoom", UNSET)

        phone = d.pop("phone", UNSET)

        zip_code = d.pop("zipCode", UNSET)

        additional_information = d.pop("additionalInformation", UNSET)

        country_alpha_2 = d.pop("countryAlpha2", UNSET)

        phone2 = d.pop("phone2", UNSET)

        phone_prefix = d.pop("phonePrefix", UNSET)

        first_locality = d.pop("firstLocality", UNSET)

        api_listing_place_dto = cls(
            address=address,
            civic_number=civic_number,
            city=city,
            locality=locality,
            district_name=district_name,
            country=country,
            latitude=latitude,
            longitude=longitude,
            zoom=zoom,
            phone=phone,
            zip_code=zip_code,
            additional_information=additional_information,
            country_alpha_2=country_alpha_2,
            phone2=phone2,
            phone_prefix=phone_prefix,
            first_locality=first_locality,
        )

        api_listing_place_dto.additional_properties = d
        return api_listing_place_dto

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
