from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class ContentCodeValidation(LazyModel):
    """
    Attributes:
        required_parking_info (bool | Unset):
        required_internet_info (bool | Unset):
    """

    required_parking_info: bool | Unset = UNSET
    required_internet_info: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        required_parking_info = self.required_parking_info

        required_internet_info = self.required_internet_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if required_parking_info is not UNSET:
            field_dict["requiredParkingInfo"] = required_parking_info
        if required_internet_info is not UNSET:
            field_dict["requiredInternetInfo"] = required_internet_info

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


def _load_required_parking_info(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("requiredParkingInfo", UNSET)


def _load_required_internet_info(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("requiredInternetInfo", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "requiredParkingInfo",
        "requiredInternetInfo",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ContentCodeValidation, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "required_parking_info" not in seen:
        _set(self, "required_parking_info", d.get("requiredParkingInfo", UNSET))
    if "required_internet_info" not in seen:
        _set(self, "required_internet_info", d.get("requiredInternetInfo", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ContentCodeValidation._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "required_parking_info": _load_required_parking_info,
        "required_internet_info": _load_required_internet_info,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "required_parking_info": "requiredParkingInfo",
        "required_internet_info": "requiredInternetInfo",
    },
)
