from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.portal_names import PortalNames
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.language_map import LanguageMap
    from ..models.portal_language_map_portal_values import PortalLanguageMapPortalValues
    from ..models.portal_language_map_values import PortalLanguageMapValues


@_attrs_define
class PortalLanguageMap(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_fallback(d: Mapping[str, Any]) -> LanguageMap | Unset:
    _fallback = d.get("fallback", UNSET)
    fallback: LanguageMap | Unset
    if isinstance(_fallback, Unset):
        fallback = UNSET
    else:
        fallback = LanguageMap._from_json(_fallback)

    return fallback


def _load_values(d: Mapping[str, Any]) -> PortalLanguageMapValues | Unset:
    _values = d.get("values", UNSET)
    values: PortalLanguageMapValues | Unset
    if isinstance(_values, Unset):
        values = UNSET
    else:
        values = PortalLanguageMapValues._from_json(_values)

    return values


def _load_current_selector(d: Mapping[str, Any]) -> PortalNames | Unset:
    _current_selector = d.get("currentSelector", UNSET)
    current_selector: PortalNames | Unset
    if isinstance(_current_selector, Unset):
        current_selector = UNSET
    else:
        current_selector = enum_member(PortalNames, _current_selector)

    return current_selector


def _load_portal_values(d: Mapping[str, Any]) -> PortalLanguageMapPortalValues | Unset:
    _portal_values = d.get("portalValues", UNSET)
    portal_values: PortalLanguageMapPortalValues | Unset
    if isinstance(_portal_values, Unset):
        portal_values = UNSET
    else:
        portal_values = PortalLanguageMapPortalValues._from_json(_portal_values)

    return portal_values


def _load_current_value(d: Mapping[str, Any]) -> LanguageMap | Unset:
    _current_value = d.get("currentValue", UNSET)
    current_value: LanguageMap | Unset
    if isinstance(_current_value, Unset):
        current_value = UNSET
    else:
        current_value = LanguageMap._from_json(_current_value)

    return current_value


_KNOWN_KEYS = frozenset(
    (
        "fallback",
        "values",
        "currentSelector",
        "portalValues",
        "currentValue",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: PortalLanguageMap, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "fallback" not in seen:
        _fallback = d.get("fallback", UNSET)
        fallback: LanguageMap | Unset
        if isinstance(_fallback, Unset):
            fallback = UNSET
        else:
            fallback = LanguageMap._from_json(_fallback)

        _set(self, "fallback", fallback)
    if "values" not in seen:
        _values = d.get("values", UNSET)
        values: PortalLanguageMapValues | Unset
        if isinstance(_values, Unset):
            values = UNSET
        else:
            values = PortalLanguageMapValues._from_json(_values)

        _set(self, "values", values)
    if "current_selector" not in seen:
        _current_selector = d.get("currentSelector", UNSET)
        current_selector: PortalNames | Unset
        if isinstance(_current_selector, Unset):
            current_selector = UNSET
        else:
            current_selector = enum_member(PortalNames, _current_selector)

        _set(self, "current_selector", current_selector)
    if "portal_values" not in seen:
        _portal_values = d.get("portalValues", UNSET)
        portal_values: PortalLanguageMapPortalValues | Unset
        if isinstance(_portal_values, Unset):
            portal_values = UNSET
        else:
            portal_values = PortalLanguageMapPortalValues._from_json(_portal_values)

        _set(self, "portal_values", portal_values)
    if "current_value" not in seen:
        _current_value = d.get("currentValue", UNSET)
        current_value: LanguageMap | Unset
        if isinstance(_current_value, Unset):
            current_value = UNSET
        else:
            current_value = LanguageMap._from_json(_current_value)

        _set(self, "current_value", current_value)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


PortalLanguageMap._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "fallback": _load_fallback,
        "values": _load_values,
        "current_selector": _load_current_selector,
        "portal_values": _load_portal_values,
        "current_value": _load_current_value,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "fallback",
        "values",
        "portal_values",
        "current_value",
        "additional_properties",
    ),
    keys={
        "fallback": "fallback",
        "values": "values",
        "current_selector": "currentSelector",
        "portal_values": "portalValues",
        "current_value": "currentValue",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.language_map import LanguageMap  # noqa: E402
from ..models.portal_language_map_portal_values import PortalLanguageMapPortalValues  # noqa: E402
from ..models.portal_language_map_values import PortalLanguageMapValues  # noqa: E402
