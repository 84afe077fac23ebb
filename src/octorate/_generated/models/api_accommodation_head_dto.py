from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.country_code import CountryCode
from ..types import UNSET, Unset, enum_member


@_attrs_define
class ApiAccommodationHeadDTO(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_given_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("givenName", UNSET)


def _load_family_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("familyName", UNSET)


def _load_country(d: Mapping[str, Any]) -> CountryCode | Unset:
    _country = d.get("country", UNSET)
    country: CountryCode | Unset
    if isinstance(_country, Unset):
        country = UNSET
    else:
        country = enum_member(CountryCode, _country)

    return country


_KNOWN_KEYS = frozenset(
    (
        "id",
        "givenName",
        "familyName",
        "country",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiAccommodationHeadDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "given_name" not in seen:
        _set(self, "given_name", d.get("givenName", UNSET))
    if "family_name" not in seen:
        _set(self, "family_name", d.get("familyName", UNSET))
    if "country" not in seen:
        _country = d.get("country", UNSET)
        country: CountryCode | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = enum_member(CountryCode, _country)

        _set(self, "country", country)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiAccommodationHeadDTO._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "id": _load_id,
        "given_name": _load_given_name,
        "family_name": _load_family_name,
        "country": _load_country,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "id": "id",
        "given_name": "givenName",
        "family_name": "familyName",
        "country": "country",
    },
)
