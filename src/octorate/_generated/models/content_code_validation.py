from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentCodeValidation")


@_attrs_define
class ContentCodeValidation:
    """
    Attributes:
        required_parking_info (bool | Unset):
        required_internet_info (bool | Unset):
    """

    required_parking_info: bool | Unset = UNSET
    required_internet_info: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        required_parking_info = self.required_parking_info

        required_internet_info = self.required_internet_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if required_parking_info is not UNSET:
            field_dict["requiredParkingInfo"] = required_parking_info
        if required_internet_info is not UNSET:
            field_dict["requiredInternetInfo"] = required_internet_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        required_parking_info = d.pop("requiredParkingInfo", UNSET)

        required_internet_info = d.pop("requiredInternetInfo", UNSET)

        content_code_validation = cls(
            required_parking_info=required_parking_info,
            required_internet_info=required_internet_info,
        )

        content_code_validation.additional_properties = d
        return content_code_validation

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
