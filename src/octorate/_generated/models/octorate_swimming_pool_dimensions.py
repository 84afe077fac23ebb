from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.octorate_swimming_pool_dimensions_unit import OctorateSwimmingPoolDimensionsUnit
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="OctorateSwimmingPoolDimensions")


@_attrs_define
class OctorateSwimmingPoolDimensions:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        length = d.pop("length", UNSET)

        width = d.pop("width", UNSET)

        depth_min = d.pop("depthMin", UNSET)

        depth_max = d.pop("depthMax", UNSET)

        _unit = d.pop("unit", UNSET)
        unit: OctorateSwimmingPoolDimensionsUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = enum_member(OctorateSwimmingPoolDimensionsUnit, _unit)

        octorate_swimming_pool_dimensions = cls(
            length=length,
            width=width,
            depth_min=depth_min,
            depth_max=depth_max,
            unit=unit,
        )

        octorate_swimming_pool_dimensions.additional_properties = d
        return octorate_swimming_pool_dimensions

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
