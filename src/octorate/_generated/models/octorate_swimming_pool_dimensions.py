from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.octorate_swimming_pool_dimensions_unit import OctorateSwimmingPoolDimensionsUnit
from ..types import UNSET, Unset, enum_member


@_attrs_define
class OctorateSwimmingPoolDimensions(LazyModel):
    """
    Attributes:
        length (float | Unset):
        width (float | Unset):
        depth_min (float | Unset):
        depth_max (float | Unset):
        unit (OctorateSwimmingPoolDimensionsUnit | Unset):
    """

    length: float | Unset = UNSET
    width: float | Unset = UNSET
    depth_min: float | Unset = UNSET
    depth_max: float | Unset = UNSET
    unit: OctorateSwimmingPoolDimensionsUnit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        length = self.length

        width = self.width

        depth_min = self.depth_min

        depth_max = self.depth_max

        unit: str | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if length is not UNSET:
            field_dict["length"] = length
        if width is not UNSET:
            field_dict["width"] = width
        if depth_min is not UNSET:
            field_dict["depthMin"] = depth_min
        if depth_max is not UNSET:
            field_dict["depthMax"] = depth_max
        if unit is not UNSET:
            field_dict["unit"] = unit

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


def _load_length(d: Mapping[str, Any]) -> float | Unset:
    return d.get("length", UNSET)


def _load_width(d: Mapping[str, Any]) -> float | Unset:
    return d.get("width", UNSET)


def _load_depth_min(d: Mapping[str, Any]) -> float | Unset:
    return d.get("depthMin", UNSET)


def _load_depth_max(d: Mapping[str, Any]) -> float | Unset:
    return d.get("depthMax", UNSET)


def _load_unit(d: Mapping[str, Any]) -> OctorateSwimmingPoolDimensionsUnit | Unset:
    _unit = d.get("unit", UNSET)
    unit: OctorateSwimmingPoolDimensionsUnit | Unset
    if isinstance(_unit, Unset):
        unit = UNSET
    else:
        unit = enum_member(OctorateSwimmingPoolDimensionsUnit, _unit)

    return unit


_KNOWN_KEYS = frozenset(
    (
        "length",
        "width",
        "depthMin",
        "depthMax",
        "unit",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(
    self: OctorateSwimmingPoolDimensions, d: Mapping[str, Any], seen: Container[str]
) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "length" not in seen:
        _set(self, "length", d.get("length", UNSET))
    if "width" not in seen:
        _set(self, "width", d.get("width", UNSET))
    if "depth_min" not in seen:
        _set(self, "depth_min", d.get("depthMin", UNSET))
    if "depth_max" not in seen:
        _set(self, "depth_max", d.get("depthMax", UNSET))
    if "unit" not in seen:
        _unit = d.get("unit", UNSET)
        unit: OctorateSwimmingPoolDimensionsUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = enum_member(OctorateSwimmingPoolDimensionsUnit, _unit)

        _set(self, "unit", unit)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctorateSwimmingPoolDimensions._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "length": _load_length,
        "width": _load_width,
        "depth_min": _load_depth_min,
        "depth_max": _load_depth_max,
        "unit": _load_unit,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "length": "length",
        "width": "width",
        "depth_min": "depthMin",
        "depth_max": "depthMax",
        "unit": "unit",
    },
)
