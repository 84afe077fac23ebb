from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.octorate_swimming_pool_dimensions import OctorateSwimmingPoolDimensions


T = TypeVar("T", bound="OctorateKidsPoolDetails")


@_attrs_define
class OctorateKidsPoolDetails:
    """Kids pool details

    Attributes:
        swimming_pool_dimensions (OctorateSwimmingPoolDimensions | Unset):
        shallow_end (bool | Unset):
    """

    swimming_pool_dimensions: OctorateSwimmingPoolDimensions | Unset = UNSET
    shallow_end: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        swimming_pool_dimensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.swimming_pool_dimensions, Unset):
            swimming_pool_dimensions = self.swimming_pool_dimensions.to_dict()

        shallow_end = self.shallow_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if swimming_pool_dimensions is not UNSET:
            field_dict["swimmingPoolDimensions"] = swimming_pool_dimensions
        if shallow_end is not UNSET:
            field_dict["shallowEnd"] = shallow_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _swimming_pool_dimensions = d.pop("swimmingPoolDimensions", UNSET)
        swimming_pool_dimensions: OctorateSwimmingPoolDimensions | Unset
        if isinstance(_swimming_pool_dimensions, Unset):
            swimming_pool_dimensions = UNSET
        else:
            swimming_pool_dimensions = OctorateSwimmingPoolDimensions.from_dict(
                _swimming_pool_dimensions
            )

        shallow_end = d.pop("shallowEnd", UNSET)

        octorate_kids_pool_details = cls(
            swimming_pool_dimensions=swimming_pool_dimensions,
            shallow_end=shallow_end,
        )

        octorate_kids_pool_details.additional_properties = d
        return octorate_kids_pool_details

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
from ..models.octorate_swimming_pool_dimensions import OctorateSwimmingPoolDimensions  # noqa: E402
