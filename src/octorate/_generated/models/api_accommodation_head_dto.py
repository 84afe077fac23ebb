from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.country_code import CountryCode
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="ApiAccommodationHeadDTO")


@_attrs_define
class ApiAccommodationHeadDTO:
    """The customer head of this accommodation

    Attributes:
        id (int | Unset): Reference inside our system
        given_name (str | Unset): The given name
        family_name (str | Unset): The family name
        country (CountryCode | Unset): ISO 3166-1 alpha-2 country code, as Octorate lists them.
    """

    id: int | Unset = UNSET
    given_name: str | Unset = UNSET
    family_name: str | Unset = UNSET
    country: CountryCode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        given_name = self.given_name

        family_name = self.family_name

        country: str | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if given_name is not UNSET:
            field_dict["givenName"] = given_name
        if family_name is not UNSET:
            field_dict["familyName"] = family_name
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        given_name = d.pop("givenName", UNSET)

        family_name = d.pop("familyName", UNSET)

        _country = d.pop("country", UNSET)
        country: CountryCode | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = enum_member(CountryCode, _country)

        api_accommodation_head_dto = cls(
            id=id,
            given_name=given_name,
            family_name=family_name,
            country=country,
        )

        api_accommodation_head_dto.additional_properties = d
        return api_accommodation_head_dto

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
