from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ReservationStreamDay")


@_attrs_define
class ReservationStreamDay:
    """
    Attributes:
        day (datetime.datetime | Unset):
        price (float | Unset):
        price_discount (float | Unset):
        tax_included (bool | Unset):
        rate_plan_correction (float | Unset):
    """

    day: datetime.datetime | Unset = UNSET
    price: float | Unset = UNSET
    price_discount: float | Unset = UNSET
    tax_included: bool | Unset = UNSET
    rate_plan_correction: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day: str | Unset = UNSET
        if not isinstance(self.day, Unset):
            day = self.day.isoformat()

        price = self.price

        price_discount = self.price_discount

        tax_included = self.tax_included

        rate_plan_correction = self.rate_plan_correction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if day is not UNSET:
            field_dict["day"] = day
        if price is not UNSET:
            field_dict["price"] = price
        if price_discount is not UNSET:
            field_dict["priceDiscount"] = price_discount
        if tax_included is not UNSET:
            field_dict["taxIncluded"] = tax_included
        if rate_plan_correction is not UNSET:
            field_dict["ratePlanCorrection"] = rate_plan_correction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _day = d.pop("day", UNSET)
        day: datetime.datetime | Unset
        if isinstance(_day, Unset):
            day = UNSET
        else:
            day = parse_datetime(_day)

        price = d.pop("price", UNSET)

        price_discount = d.pop("priceDiscount", UNSET)

        tax_included = d.pop("taxIncluded", UNSET)

        rate_plan_correction = d.pop("ratePlanCorrection", UNSET)

        reservation_stream_day = cls(
            day=day,
            price=price,
            price_discount=price_discount,
            tax_included=tax_included,
            rate_plan_correction=rate_plan_correction,
        )

        reservation_stream_day.additional_properties = d
        return reservation_stream_day

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
