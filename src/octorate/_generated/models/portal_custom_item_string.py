from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.portal_custom_item_string_portal_values import PortalCustomItemStringPortalValues
    from ..models.portal_custom_item_string_values import PortalCustomItemStringValues


T = TypeVar("T", bound="PortalCustomItemString")


@_attrs_define
class PortalCustomItemString:
    """
    Attributes:
        values (PortalCustomItemStringValues | Unset):
        fallback (str | Unset):
        portal_values (PortalCustomItemStringPortalValues | Unset):
    """

    values: PortalCustomItemStringValues | Unset = UNSET
    fallback: str | Unset = UNSET
    portal_values: PortalCustomItemStringPortalValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values.to_dict()

        fallback = self.fallback

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
        values: PortalCustomItemStringValues | Unset
        if isinstance(_values, Unset):
            values = UNSET
        else:
            values = PortalCustomItemStringValues.from_dict(_values)

        fallback = d.pop("fallback", UNSET)

        _portal_values = d.pop("portalValues", UNSET)
        portal_values: PortalCustomItemStringPortalValues | Unset
        if isinstance(_portal_values, Unset):
            portal_values = UNSET
        else:
            portal_values = PortalCustomItemStringPortalValues.from_dict(_portal_values)

        portal_custom_item_string = cls(
            values=values,
            fallback=fallback,
            portal_values=portal_values,
        )

        portal_custom_item_string.additional_properties = d
        return portal_custom_item_string

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
from ..models.portal_custom_item_string_portal_values import PortalCustomItemStringPortalValues  # noqa: E402
from ..models.portal_custom_item_string_values import PortalCustomItemStringValues  # noqa: E402
