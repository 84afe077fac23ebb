from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.octorate_amount_base_item import OctorateAmountBaseItem
from ..models.octorate_amount_mode import OctorateAmountMode
from ..types import UNSET, Unset, enum_member


@_attrs_define
class OctorateAmount(LazyModel):
    """
    Attributes:
        value (float | Unset):
        base (list[OctorateAmountBaseItem] | Unset):
        mode (OctorateAmountMode | Unset):
    """

    value: float | Unset = UNSET
    base: list[OctorateAmountBaseItem] | Unset = UNSET
    mode: OctorateAmountMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        value = self.value

        base: list[str] | Unset = UNSET
        if not isinstance(self.base, Unset):
            base = []
            for base_item_data in self.base:
                base_item = base_item_data.value
                base.append(base_item)

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if base is not UNSET:
            field_dict["base"] = base
        if mode is not UNSET:
            field_dict["mode"] = mode

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


def _load_value(d: Mapping[str, Any]) -> float | Unset:
    return d.get("value", UNSET)


def _load_base(d: Mapping[str, Any]) -> list[OctorateAmountBaseItem] | Unset:
    _base = d.get("base", UNSET)
    base: list[OctorateAmountBaseItem] | Unset = UNSET
    if _base is not UNSET:
        base = []
        for base_item_data in _base:
            base_item = enum_member(OctorateAmountBaseItem, base_item_data)

            base.append(base_item)

    return base


def _load_mode(d: Mapping[str, Any]) -> OctorateAmountMode | Unset:
    _mode = d.get("mode", UNSET)
    mode: OctorateAmountMode | Unset
    if isinstance(_mode, Unset):
        mode = UNSET
    else:
        mode = enum_member(OctorateAmountMode, _mode)

    return mode


_KNOWN_KEYS = frozenset(
    (
        "value",
        "base",
        "mode",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: OctorateAmount, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "value" not in seen:
        _set(self, "value", d.get("value", UNSET))
    if "base" not in seen:
        _base = d.get("base", UNSET)
        base: list[OctorateAmountBaseItem] | Unset = UNSET
        if _base is not UNSET:
            base = []
            for base_item_data in _base:
                base_item = enum_member(OctorateAmountBaseItem, base_item_data)

                base.append(base_item)

        _set(self, "base", base)
    if "mode" not in seen:
        _mode = d.get("mode", UNSET)
        mode: OctorateAmountMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = enum_member(OctorateAmountMode, _mode)

        _set(self, "mode", mode)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctorateAmount._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "value": _load_value,
        "base": _load_base,
        "mode": _load_mode,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "base",
        "additional_properties",
    ),
    keys={
        "value": "value",
        "base": "base",
        "mode": "mode",
    },
)
