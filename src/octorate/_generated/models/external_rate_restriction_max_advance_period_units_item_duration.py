from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalRateRestrictionMaxAdvancePeriodUnitsItemDuration")


@_attrs_define
class ExternalRateRestrictionMaxAdvancePeriodUnitsItemDuration:
    """
    Attributes:
        seconds (int | Unset):
        zero (bool | Unset):
        nano (int | Unset):
        negative (bool | Unset):
        positive (bool | Unset):
    """

    seconds: int | Unset = UNSET
    zero: bool | Unset = UNSET
    nano: int | Unset = UNSET
    negative: bool | Unset = UNSET
    positive: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seconds = self.seconds

        zero = self.zero

        nano = self.nano

        negative = self.negative

        positive = self.positive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if seconds is not UNSET:
            field_dict["seconds"] = seconds
        if zero is not UNSET:
            field_dict["zero"] = zero
        if nano is not UNSET:
            field_dict["nano"] = nano
        if negative is not UNSET:
            field_dict["negative"] = negative
        if positive is not UNSET:
            field_dict["positive"] = positive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        seconds = d.pop("seconds", UNSET)

        zero = d.pop("zero", UNSET)

        nano = d.pop("nano", UNSET)

        negative = d.pop("negative", UNSET)

        positive = d.pop("positive", UNSET)

        external_rate_restriction_max_advance_period_units_item_duration = cls(
            seconds=seconds,
            zero=zero,
            nano=nano,
            negative=negative,
            positive=positive,
        )

        external_rate_restriction_max_advance_period_units_item_duration.additional_properties = d
        return external_rate_restriction_max_advance_period_units_item_duration

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
