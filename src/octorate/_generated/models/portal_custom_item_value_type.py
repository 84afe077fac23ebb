from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.portal_custom_item_value_type_fallback import PortalCustomItemValueTypeFallback
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.portal_custom_item_value_type_portal_values import (
        PortalCustomItemValueTypePortalValues,
    )
    from ..models.portal_custom_item_value_type_values import PortalCustomItemValueTypeValues


T = TypeVar("T", bound="PortalCustomItemValueType")


@_attrs_define
class PortalCustomItemValueType:
    """Holidu option to setup the value as fixed or per person

    Attributes:
        values (PortalCustomItemValueTypeValues | Unset):
        fallback (PortalCustomItemValueTypeFallback | Unset):
        portal_values (PortalCustomItemValueTypePortalValues | Unset):
    """

    values: PortalCustomItemValueTypeValues | Unset = UNSET
    fallback: PortalCustomItemValueTypeFallback | Unset = UNSET
    portal_values: PortalCustomItemValueTypePortalValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values.to_dict()

        fallback: str | Unset = UNSET
        if not isinstance(self.fallback, Unset):
            fallback = self.fallback.value

        portal_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.portal_values, Unset):
            portal_values = self.portal_values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if values is not UNSET:
            field_dict["values"] = values
        if fallback is not UNSET:
            field_dict["fallback"] = fallback
        if portal_values is not UNSET:
            field_dict["portalValues"] = portal_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _values = d.pop("values", UNSET)
        values: PortalCustomItemValueTypeValues | Unset
        if isinstance(_values, Unset):
            values = UNSET
        else:
            values = PortalCustomItemValueTypeValues.from_dict(_values)

        _fallback = d.pop("fallback", UNSET)
        fallback: PortalCustomItemValueTypeFallback | Unset
        if isinstance(_fallback, Unset):
            fallback = UNSET
        else:
            fallback = enum_member(PortalCustomItemValueTypeFallback, _fallback)

        _portal_values = d.pop("portalValues", UNSET)
        portal_values: PortalCustomItemValueTypePortalValues | Unset
        if isinstance(_portal_values, Unset):
            portal_values = UNSET
        else:
            portal_values = PortalCustomItemValueTypePortalValues.from_dict(_portal_values)

        portal_custom_item_value_type = cls(
            values=values,
            fallback=fallback,
            portal_values=portal_values,
        )

        portal_custom_item_value_type.additional_properties = d
        return portal_custom_item_value_type

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


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.portal_custom_item_value_type_portal_values import (
    PortalCustomItemValueTypePortalValues,  # noqa: E402
)
from ..models.portal_custom_item_value_type_values import PortalCustomItemValueTypeValues  # noqa: E402
