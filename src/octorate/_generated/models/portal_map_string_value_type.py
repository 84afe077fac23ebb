from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.portal_map_string_value_type_additional_property import (
    PortalMapStringValueTypeAdditionalProperty,
)
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="PortalMapStringValueType")


@_attrs_define
class PortalMapStringValueType:
    """
    Attributes:
        empty (bool | Unset):
    """

    empty: bool | Unset = UNSET
    additional_properties: dict[str, PortalMapStringValueTypeAdditionalProperty] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        empty = self.empty

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.value

        field_dict.update({})
        if empty is not UNSET:
            field_dict["empty"] = empty

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        empty = d.pop("empty", UNSET)

        portal_map_string_value_type = cls(
            empty=empty,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = enum_member(PortalMapStringValueTypeAdditionalProperty, prop_dict)

            additional_properties[prop_name] = additional_property

        portal_map_string_value_type.additional_properties = additional_properties
        return portal_map_string_value_type

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> PortalMapStringValueTypeAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: PortalMapStringValueTypeAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
