from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiNetworkInfo")


@_attrs_define
class ApiNetworkInfo:
    """Network details

    Attributes:
        access_network (str | Unset): Access network name
        access_root (bool | Unset): Is this the access network root?
        access_enabled (bool | Unset): is this enabled?
    """

    access_network: str | Unset = UNSET
    access_root: bool | Unset = UNSET
    access_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_network = d.pop("accessNetwork", UNSET)

        access_root = d.pop("accessRoot", UNSET)

        access_enabled = d.pop("accessEnabled", UNSET)

        api_network_info = cls(
            access_network=access_network,
            access_root=access_root,
            access_enabled=access_enabled,
        )

        api_network_info.additional_properties = d
        return api_network_info

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
