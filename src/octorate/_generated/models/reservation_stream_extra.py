from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ReservationStreamExtra")


@_attrs_define
class ReservationStreamExtra:
    """
    Attributes:
        price (float | Unset):
        quantity (int | Unset):
        manual (bool | Unset):
        octorate_product_id (int | Unset):
        octorate_extra_id (int | Unset):
        production_date (datetime.datetime | Unset):
        group (bool | Unset):
        reference (str | Unset):
        day (datetime.datetime | Unset):
    """

    price: float | Unset = UNSET
    quantity: int | Unset = UNSET
    manual: bool | Unset = UNSET
    octorate_product_id: int | Unset = UNSET
    octorate_extra_id: int | Unset = UNSET
    production_date: datetime.datetime | Unset = UNSET
    group: bool | Unset = UNSET
    reference: str | Unset = UNSET
    day: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price = self.price

        quantity = self.quantity

        manual = self.manual

        octorate_product_id = self.octorate_product_id

        octorate_extra_id = self.octorate_extra_id

        production_date: str | Unset = UNSET
        if not isinstance(self.production_date, Unset):
            production_date = self.production_date.isoformat()

        group = self.group

        reference = self.reference

        day: str | Unset = UNSET
        if not isinstance(self.day, Unset):
            day = self.day.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if manual is not UNSET:
            field_dict["manual"] = manual
        if octorate_product_id is not UNSET:
            field_dict["octorateProductId"] = octorate_product_id
        if octorate_extra_id is not UNSET:
            field_dict["octorateExtraId"] = octorate_extra_id
        if production_date is not UNSET:
            field_dict["productionDate"] = production_date
        if group is not UNSET:
            field_dict["group"] = group
        if reference is not UNSET:
            field_dict["reference"] = reference
        if day is not UNSET:
            field_dict["day"] = day

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        price = d.pop("price", UNSET)

        quantity = d.pop("quantity", UNSET)

        manual = d.pop("manual", UNSET)

        octorate_product_id = d.pop("octorateProductId", UNSET)

        octorate_extra_id = d.pop("octorateExtraId", UNSET)

        _production_date = d.pop("productionDate", UNSET)
        production_date: datetime.datetime | Unset
        if isinstance(_production_date, Unset):
            production_date = UNSET
        else:
            production_date = parse_datetime(_production_date)

        group = d.pop("group", UNSET)

        reference = d.pop("reference", UNSET)

        _day = d.pop("day", UNSET)
        day: datetime.datetime | Unset
        if isinstance(_day, Unset):
            day = UNSET
        else:
            day = parse_datetime(_day)

        reservation_stream_extra = cls(
            price=price,
            quantity=quantity,
            manual=manual,
            octorate_product_id=octorate_product_id,
            octorate_extra_id=octorate_extra_id,
            production_date=production_date,
            group=group,
            reference=reference,
            day=day,
        )

        reservation_stream_extra.additional_properties = d
        return reservation_stream_extra

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
