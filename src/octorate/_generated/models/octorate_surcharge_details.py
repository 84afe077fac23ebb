from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.octorate_surcharge_details_surcharge_type import OctorateSurchargeDetailsSurchargeType
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="OctorateSurchargeDetails")


@_attrs_define
class OctorateSurchargeDetails:
    """Surcharge details

    Attributes:
        surcharge_type (OctorateSurchargeDetailsSurchargeType | Unset):
    """

    surcharge_type: OctorateSurchargeDetailsSurchargeType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        surcharge_type: str | Unset = UNSET
        if not isinstance(self.surcharge_type, Unset):
            surcharge_type = self.surcharge_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if surcharge_type is not UNSET:
            field_dict["surchargeType"] = surcharge_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _surcharge_type = d.pop("surchargeType", UNSET)
        surcharge_type: OctorateSurchargeDetailsSurchargeType | Unset
        if isinstance(_surcharge_type, Unset):
            surcharge_type = UNSET
        else:
            surcharge_type = enum_member(OctorateSurchargeDetailsSurchargeType, _surcharge_type)

        octorate_surcharge_details = cls(
            surcharge_type=surcharge_type,
        )

        octorate_surcharge_details.additional_properties = d
        return octorate_surcharge_details

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
