from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class OctoratePropertyCheckinLocation(LazyModel):
    """
    Attributes:
        off_location (bool | Unset):
        address (str | Unset):
        city (str | Unset):
        zip_ (str | Unset):
        place_id (str | Unset):
    """

    off_location: bool | Unset = UNSET
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    zip_: str | Unset = UNSET
    place_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        off_location = self.off_location

        address = self.address

        city = self.city

        zip_ = self.zip_

        place_id = self.place_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if off_location is not UNSET:
            field_dict["offLocation"] = off_location
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if place_id is not UNSET:
            field_dict["placeId"] = place_id

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


def _load_off_location(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("offLocation", UNSET)


def _load_address(d: Mapping[str, Any]) -> str | Unset:
    return d.get("address", UNSET)


def _load_city(d: Mapping[str, Any]) -> str | Unset:
    return d.get("city", UNSET)


def _load_zip_(d: Mapping[str, Any]) -> str | Unset:
    return d.get("zip", UNSET)


def _load_place_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("placeId", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "offLocation",
        "address",
        "city",
        "zip",
        "placeId",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(
    self: OctoratePropertyCheckinLocation, d: Mapping[str, Any], seen: Container[str]
) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "off_location" not in seen:
        _set(self, "off_location", d.get("offLocation", UNSET))
    if "address" not in seen:
        _set(self, "address", d.get("address", UNSET))
    if "city" not in seen:
        _set(self, "city", d.get("city", UNSET))
    if "zip_" not in seen:
        _set(self, "zip_", d.get("zip", UNSET))
    if "place_id" not in seen:
        _set(self, "place_id", d.get("placeId", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctoratePropertyCheckinLocation._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "off_location": _load_off_location,
        "address": _load_address,
        "city": _load_city,
        "zip_": _load_zip_,
        "place_id": _load_place_id,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "off_location": "offLocation",
        "address": "address",
        "city": "city",
        "zip_": "zip",
        "place_id": "placeId",
    },
)
