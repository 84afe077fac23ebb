from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.external_property_profile_host_location import ExternalPropertyProfileHostLocation
from ..types import UNSET, Unset, enum_member, parse_datetime


@_attrs_define
class ExternalPropertyProfile(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_host_location(d: Mapping[str, Any]) -> ExternalPropertyProfileHostLocation | Unset:
    _host_location = d.get("hostLocation", UNSET)
    host_location: ExternalPropertyProfileHostLocation | Unset
    if isinstance(_host_location, Unset):
        host_location = UNSET
    else:
        host_location = enum_member(ExternalPropertyProfileHostLocation, _host_location)

    return host_location


def _load_name_or_company(d: Mapping[str, Any]) -> str | Unset:
    return d.get("nameOrCompany", UNSET)


def _load_renting_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _renting_date = d.get("rentingDate", UNSET)
    renting_date: datetime.datetime | Unset
    if isinstance(_renting_date, Unset):
        renting_date = UNSET
    else:
        renting_date = parse_datetime(_renting_date)

    return renting_date


def _load_renovating_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _renovating_date = d.get("renovatingDate", UNSET)
    renovating_date: datetime.datetime | Unset
    if isinstance(_renovating_date, Unset):
        renovating_date = UNSET
    else:
        renovating_date = parse_datetime(_renovating_date)

    return renovating_date


def _load_built_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _built_date = d.get("builtDate", UNSET)
    built_date: datetime.datetime | Unset
    if isinstance(_built_date, Unset):
        built_date = UNSET
    else:
        built_date = parse_datetime(_built_date)

    return built_date


def _load_is_company_profile(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("isCompanyProfile", UNSET)


def _load_photo_uri(d: Mapping[str, Any]) -> str | Unset:
    return d.get("photoUri", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "hostLocation",
        "nameOrCompany",
        "rentingDate",
        "renovatingDate",
        "builtDate",
        "isCompanyProfile",
        "photoUri",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ExternalPropertyProfile, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "host_location" not in seen:
        _host_location = d.get("hostLocation", UNSET)
        host_location: ExternalPropertyProfileHostLocation | Unset
        if isinstance(_host_location, Unset):
            host_location = UNSET
        else:
            host_location = enum_member(ExternalPropertyProfileHostLocation, _host_location)

        _set(self, "host_location", host_location)
    if "name_or_company" not in seen:
        _set(self, "name_or_company", d.get("nameOrCompany", UNSET))
    if "renting_date" not in seen:
        _renting_date = d.get("rentingDate", UNSET)
        renting_date: datetime.datetime | Unset
        if isinstance(_renting_date, Unset):
            renting_date = UNSET
        else:
            renting_date = parse_datetime(_renting_date)

        _set(self, "renting_date", renting_date)
    if "renovating_date" not in seen:
        _renovating_date = d.get("renovatingDate", UNSET)
        renovating_date: datetime.datetime | Unset
        if isinstance(_renovating_date, Unset):
            renovating_date = UNSET
        else:
            renovating_date = parse_datetime(_renovating_date)

        _set(self, "renovating_date", renovating_date)
    if "built_date" not in seen:
        _built_date = d.get("builtDate", UNSET)
        built_date: datetime.datetime | Unset
        if isinstance(_built_date, Unset):
            built_date = UNSET
        else:
            built_date = parse_datetime(_built_date)

        _set(self, "built_date", built_date)
    if "is_company_profile" not in seen:
        _set(self, "is_company_profile", d.get("isCompanyProfile", UNSET))
    if "photo_uri" not in seen:
        _set(self, "photo_uri", d.get("photoUri", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ExternalPropertyProfile._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "host_location": _load_host_location,
        "name_or_company": _load_name_or_company,
        "renting_date": _load_renting_date,
        "renovating_date": _load_renovating_date,
        "built_date": _load_built_date,
        "is_company_profile": _load_is_company_profile,
        "photo_uri": _load_photo_uri,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "host_location": "hostLocation",
        "name_or_company": "nameOrCompany",
        "renting_date": "rentingDate",
        "renovating_date": "renovatingDate",
        "built_date": "builtDate",
        "is_company_profile": "isCompanyProfile",
        "photo_uri": "photoUri",
    },
)
