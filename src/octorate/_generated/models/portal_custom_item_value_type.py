from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.portal_custom_item_value_type_fallback import PortalCustomItemValueTypeFallback
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.portal_custom_item_value_type_portal_values import (
        PortalCustomItemValueTypePortalValues,
    )
    from ..models.portal_custom_item_value_type_values import PortalCustomItemValueTypeValues


@_attrs_define
class PortalCustomItemValueType(LazyModel):
    """Holidu option to setup the value as fixed or per person

    Attributes:
        values (PortalCustomItemValueTypeValues | Unset):
        fallback (PortalCustomItemValueTypeFallback | Unset):
        portal_values (PortalCustomItemValueTypePortalValues | Unset):
    """

    values: PortalCustomItemValueTypeValues | Unset = UNSET
    fallback: PortalCustomItemValueTypeFallback | Unset = UNSET
    portal_values: PortalCustomItemValueTypePortalValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_values(d: Mapping[str, Any]) -> PortalCustomItemValueTypeValues | Unset:
    _values = d.get("values", UNSET)
    values: PortalCustomItemValueTypeValues | Unset
    if isinstance(_values, Unset):
        values = UNSET
    else:
        values = PortalCustomItemValueTypeValues._from_json(_values)

    return values


def _load_fallback(d: Mapping[str, Any]) -> PortalCustomItemValueTypeFallback | Unset:
    _fallback = d.get("fallback", UNSET)
    fallback: PortalCustomItemValueTypeFallback | Unset
    if isinstance(_fallback, Unset):
        fallback = UNSET
    else:
        fallback = enum_member(PortalCustomItemValueTypeFallback, _fallback)

    return fallback


def _load_portal_values(d: Mapping[str, Any]) -> PortalCustomItemValueTypePortalValues | Unset:
    _portal_values = d.get("portalValues", UNSET)
    portal_values: PortalCustomItemValueTypePortalValues | Unset
    if isinstance(_portal_values, Unset):
        portal_values = UNSET
    else:
        portal_values = PortalCustomItemValueTypePortalValues._from_json(_portal_values)

    return portal_values


_KNOWN_KEYS = frozenset(
    (
        "values",
        "fallback",
        "portalValues",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: PortalCustomItemValueType, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "values" not in seen:
        _values = d.get("values", UNSET)
        values: PortalCustomItemValueTypeValues | Unset
        if isinstance(_values, Unset):
            values = UNSET
        else:
            values = PortalCustomItemValueTypeValues._from_json(_values)

        _set(self, "values", values)
    if "fallback" not in seen:
        _fallback = d.get("fallback", UNSET)
        fallback: PortalCustomItemValueTypeFallback | Unset
        if isinstance(_fallback, Unset):
            fallback = UNSET
        else:
            fallback = enum_member(PortalCustomItemValueTypeFallback, _fallback)

        _set(self, "fallback", fallback)
    if "portal_values" not in seen:
        _portal_values = d.get("portalValues", UNSET)
        portal_values: PortalCustomItemValueTypePortalValues | Unset
        if isinstance(_portal_values, Unset):
            portal_values = UNSET
        else:
            portal_values = PortalCustomItemValueTypePortalValues._from_json(_portal_values)

        _set(self, "portal_values", portal_values)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


PortalCustomItemValueType._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "values": _load_values,
        "fallback": _load_fallback,
        "portal_values": _load_portal_values,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "values",
        "portal_values",
        "additional_properties",
    ),
    keys={
        "values": "values",
        "fallback": "fallback",
        "portal_values": "portalValues",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.portal_custom_item_value_type_portal_values import (
    PortalCustomItemValueTypePortalValues,  # noqa: E402
)
from ..models.portal_custom_item_value_type_values import PortalCustomItemValueTypeValues  # noqa: E402
