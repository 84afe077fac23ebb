from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class ApiNetworkInfo(LazyModel):
    """Network details

    Attributes:
        access_network (str | Unset): Access network name
        access_root (bool | Unset): Is this the access network root?
        access_enabled (bool | Unset): is this enabled?
    """

    access_network: str | Unset = UNSET
    access_root: bool | Unset = UNSET
    access_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        access_network = self.access_network

        access_root = self.access_root

        access_enabled = self.access_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_network is not UNSET:
            field_dict["accessNetwork"] = access_network
        if access_root is not UNSET:
            field_dict["accessRoot"] = access_root
        if access_enabled is not UNSET:
            field_dict["accessEnabled"] = access_enabled

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


def _load_access_network(d: Mapping[str, Any]) -> str | Unset:
    return d.get("accessNetwork", UNSET)


def _load_access_root(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("accessRoot", UNSET)


def _load_access_enabled(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("accessEnabled", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "accessNetwork",
        "accessRoot",
        "accessEnabled",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiNetworkInfo, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "access_network" not in seen:
        _set(self, "access_network", d.get("accessNetwork", UNSET))
    if "access_root" not in seen:
        _set(self, "access_root", d.get("accessRoot", UNSET))
    if "access_enabled" not in seen:
        _set(self, "access_enabled", d.get("accessEnabled", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiNetworkInfo._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "access_network": _load_access_network,
        "access_root": _load_access_root,
        "access_enabled": _load_access_enabled,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "access_network": "accessNetwork",
        "access_root": "accessRoot",
        "access_enabled": "accessEnabled",
    },
)
