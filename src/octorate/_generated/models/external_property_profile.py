from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.external_property_profile_host_location import ExternalPropertyProfileHostLocation
from ..types import UNSET, Unset, enum_member, parse_datetime

T = TypeVar("T", bound="ExternalPropertyProfile")


@_attrs_define
class ExternalPropertyProfile:
    """External Property Profile

    Attributes:
        host_location (ExternalPropertyProfileHostLocation | Unset):
        name_or_company (str | Unset):
        renting_date (datetime.datetime | Unset):
        renovating_date (datetime.datetime | Unset):
        built_date (datetime.datetime | Unset):
        is_company_profile (bool | Unset):
        photo_uri (str | Unset):
    """

    host_location: ExternalPropertyProfileHostLocation | Unset = UNSET
    name_or_company: str | Unset = UNSET
    renting_date: datetime.datetime | Unset = UNSET
    renovating_date: datetime.datetime | Unset = UNSET
    built_date: datetime.datetime | Unset = UNSET
    is_company_profile: bool | Unset = UNSET
    photo_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host_location: str | Unset = UNSET
        if not isinstance(self.host_location, Unset):
            host_location = self.host_location.value

        name_or_company = self.name_or_company

        renting_date: str | Unset = UNSET
        if not isinstance(self.renting_date, Unset):
            renting_date = self.renting_date.isoformat()

        renovating_date: str | Unset = UNSET
        if not isinstance(self.renovating_date, Unset):
            renovating_date = self.renovating_date.isoformat()

        built_date: str | Unset = UNSET
        if not isinstance(self.built_date, Unset):
            built_date = self.built_date.isoformat()

        is_company_profile = self.is_company_profile

        photo_uri = self.photo_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if host_location is not UNSET:
            field_dict["hostLocation"] = host_location
        if name_or_company is not UNSET:
            field_dict["nameOrCompany"] = name_or_company
        if renting_date is not UNSET:
            field_dict["rentingDate"] = renting_date
        if renovating_date is not UNSET:
            field_dict["renovatingDate"] = renovating_date
        if built_date is not UNSET:
            field_dict["builtDate"] = built_date
        if is_company_profile is not UNSET:
            field_dict["isCompanyProfile"] = is_company_profile
        if photo_uri is not UNSET:
            field_dict["photoUri"] = photo_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _host_location = d.pop("hostLocation", UNSET)
        host_location: ExternalPropertyProfileHostLocation | Unset
        if isinstance(_host_location, Unset):
            host_location = UNSET
        else:
            host_location = enum_member(ExternalPropertyProfileHostLocation, _host_location)

        name_or_company = d.pop("nameOrCompany", UNSET)

        _renting_date = d.pop("rentingDate", UNSET)
        renting_date: datetime.datetime | Unset
        if isinstance(_renting_date, Unset):
            renting_date = UNSET
        else:
            renting_date = parse_datetime(_renting_date)

        _renovating_date = d.pop("renovatingDate", UNSET)
        renovating_date: datetime.datetime | Unset
        if isinstance(_renovating_date, Unset):
            renovating_date = UNSET
        else:
            renovating_date = parse_datetime(_renovating_date)

        _built_date = d.pop("builtDate", UNSET)
        built_date: datetime.datetime | Unset
        if isinstance(_built_date, Unset):
            built_date = UNSET
        else:
            built_date = parse_datetime(_built_date)

        is_company_profile = d.pop("isCompanyProfile", UNSET)

        photo_uri = d.pop("photoUri", UNSET)

        external_property_profile = cls(
            host_location=host_location,
            name_or_company=name_or_company,
            renting_date=renting_date,
            renovating_date=renovating_date,
            built_date=built_date,
            is_company_profile=is_company_profile,
            photo_uri=photo_uri,
        )

        external_property_profile.additional_properties = d
        return external_property_profile

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
