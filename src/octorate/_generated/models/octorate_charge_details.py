from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.octorate_charge_details_frequency import OctorateChargeDetailsFrequency
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="OctorateChargeDetails")


@_attrs_define
class OctorateChargeDetails:
    """
    Attributes:
        price (float | Unset):
        frequency (OctorateChargeDetailsFrequency | Unset):
    """

    price: float | Unset = UNSET
    frequency: OctorateChargeDetailsFrequency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price = self.price

        frequency: str | Unset = UNSET
        if not isinstance(self.frequency, Unset):
            frequency = self.frequency.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price is not UNSET:
            field_dict["price"] = price
        if frequency is not UNSET:
            field_dict["frequency"] = frequency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        price = d.pop("price", UNSET)

        _frequency = d.pop("frequency", UNSET)
        frequency: OctorateChargeDetailsFrequency | Unset
        if isinstance(_frequency, Unset):
            frequency = UNSET
        else:
            frequency = enum_member(OctorateChargeDetailsFrequency, _frequency)

        octorate_charge_details = cls(
            price=price,
            frequency=frequency,
        )

        octorate_charge_details.additional_properties = d
        return octorate_charge_details

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
