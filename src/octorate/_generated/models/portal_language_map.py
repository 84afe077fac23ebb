from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.portal_names import PortalNames
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.language_map import LanguageMap
    from ..models.portal_language_map_portal_values import PortalLanguageMapPortalValues
    from ..models.portal_language_map_values import PortalLanguageMapValues


T = TypeVar("T", bound="PortalLanguageMap")


@_attrs_define
class PortalLanguageMap:
    """
    Example:
        {'fallback': {'EN': "This is the LanguageMap value in English! It's used when a portal value is not available"},
            'values': {'AIRBNB': {'IT': 'This is a value in italian!'}, 'HOMEAWAY': {'ES': 'This is a value in Spanish!'},
            'BOOKING': {'EN': 'This is a value for a LanguageMap  in English!', 'IT': 'This is a value in italian!'}}}

    Attributes:
        fallback (LanguageMap | Unset):  Example: {'EN': 'These are the LanguageMap value in English!'}.
        values (PortalLanguageMapValues | Unset):
        current_selector (PortalNames | Unset):  Example: AIRBNB.
        portal_values (PortalLanguageMapPortalValues | Unset):
        current_value (LanguageMap | Unset):  Example: {'EN': 'These are the LanguageMap value in English!'}.
    """

    fallback: LanguageMap | Unset = UNSET
    values: PortalLanguageMapValues | Unset = UNSET
    current_selector: PortalNames | Unset = UNSET
    portal_values: PortalLanguageMapPortalValues | Unset = UNSET
    current_value: LanguageMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fallback: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fallback, Unset):
            fallback = self.fallback.to_dict()

        values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values.to_dict()

        current_selector: str | Unset = UNSET
        if not isinstance(self.current_selector, Unset):
            current_selector = self.current_selector.value

        portal_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.portal_values, Unset):
            portal_values = self.portal_values.to_dict()

        current_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_value, Unset):
            current_value = self.current_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fallback is not UNSET:
            field_dict["fallback"] = fallback
        if values is not UNSET:
            field_dict["values"] = values
        if current_selector is not UNSET:
            field_dict["currentSelector"] = current_selector
        if portal_values is not UNSET:
            field_dict["portalValues"] = portal_values
        if current_value is not UNSET:
            field_dict["currentValue"] = current_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _fallback = d.pop("fallback", UNSET)
        fallback: LanguageMap | Unset
        if isinstance(_fallback, Unset):
            fallback = UNSET
        else:
            fallback = LanguageMap.from_dict(_fallback)

        _values = d.pop("values", UNSET)
        values: PortalLanguageMapValues | Unset
        if isinstance(_values, Unset):
            values = UNSET
        else:
            values = PortalLanguageMapValues.from_dict(_values)

        _current_selector = d.pop("currentSelector", UNSET)
        current_selector: PortalNames | Unset
        if isinstance(_current_selector, Unset):
            current_selector = UNSET
        else:
            current_selector = enum_member(PortalNames, _current_selector)

        _portal_values = d.pop("portalValues", UNSET)
        portal_values: PortalLanguageMapPortalValues | Unset
        if isinstance(_portal_values, Unset):
            portal_values = UNSET
        else:
            portal_values = PortalLanguageMapPortalValues.from_dict(_portal_values)

        _current_value = d.pop("currentValue", UNSET)
        current_value: LanguageMap | Unset
        if isinstance(_current_value, Unset):
            current_value = UNSET
        else:
            current_value = LanguageMap.from_dict(_current_value)

        portal_language_map = cls(
            fallback=fallback,
            values=values,
            current_selector=current_selector,
            portal_values=portal_values,
            current_value=current_value,
        )

        portal_language_map.additional_properties = d
        return portal_language_map

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
from ..models.language_map import LanguageMap  # noqa: E402
from ..models.portal_language_map_portal_values import PortalLanguageMapPortalValues  # noqa: E402
from ..models.portal_language_map_values import PortalLanguageMapValues  # noqa: E402
