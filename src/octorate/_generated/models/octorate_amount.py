from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.octorate_amount_base_item import OctorateAmountBaseItem
from ..models.octorate_amount_mode import OctorateAmountMode
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="OctorateAmount")


@_attrs_define
class OctorateAmount:
    """
    Attributes:
        value (float | Unset):
        base (list[OctorateAmountBaseItem] | Unset):
        mode (OctorateAmountMode | Unset):
    """

    value: float | Unset = UNSET
    base: list[OctorateAmountBaseItem] | Unset = UNSET
    mode: OctorateAmountMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value", UNSET)

        _base = d.pop("base", UNSET)
        base: list[OctorateAmountBaseItem] | Unset = UNSET
        if _base is not UNSET:
            base = []
            for base_item_data in _base:
                base_item = enum_member(OctorateAmountBaseItem, base_item_data)

                base.append(base_item)

        _mode = d.pop("mode", UNSET)
        mode: OctorateAmountMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = enum_member(OctorateAmountMode, _mode)

        octorate_amount = cls(
            value=value,
            base=base,
            mode=mode,
        )

        octorate_amount.additional_properties = d
        return octorate_amount

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
