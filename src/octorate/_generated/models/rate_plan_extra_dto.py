from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="RatePlanExtraDTO")


@_attrs_define
class RatePlanExtraDTO:
    """DTO for RatePlanExtra entity

    Attributes:
        id (int | Unset): Unique identifier of the RatePlanExtra Example: 123.
        rate_plan_id (int | Unset): ID of the RatePlan associated with the extra Example: 42.
        product_id (int | Unset): ID of the Product (extra) Example: 88.
        quantity (int | Unset): Quantity of the extra Example: 2.
        price (float | Unset): Total price for the extra Example: 15.0.
        date (datetime.date | Unset): Date when the extra is applied
        create_time (datetime.datetime | Unset): Creation time of the entry
        mandatory (bool | Unset): Indicates whether the extra is mandatory Example: True.
        apply_on_first_day (bool | Unset): Whether the extra is applied only on the first day Example: False.
        accommodation_id (str | Unset): Accommodation code to which the extra belongs Example: ROME1234.
    """

    id: int | Unset = UNSET
    rate_plan_id: int | Unset = UNSET
    product_id: int | Unset = UNSET
    quantity: int | Unset = UNSET
    price: float | Unset = UNSET
    date: datetime.date | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    mandatory: bool | Unset = UNSET
    apply_on_first_day: bool | Unset = UNSET
    accommodation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        rate_plan_id = self.rate_plan_id

        product_id = self.product_id

        quantity = self.quantity

        price = self.price

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        mandatory = self.mandatory

        apply_on_first_day = self.apply_on_first_day

        accommodation_id = self.accommodation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if rate_plan_id is not UNSET:
            field_dict["ratePlanId"] = rate_plan_id
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price
        if date is not UNSET:
            field_dict["date"] = date
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if mandatory is not UNSET:
            field_dict["mandatory"] = mandatory
        if apply_on_first_day is not UNSET:
            field_dict["applyOnFirstDay"] = apply_on_first_day
        if accommodation_id is not UNSET:
            field_dict["accommodationId"] = accommodation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        rate_plan_id = d.pop("ratePlanId", UNSET)

        product_id = d.pop("productId", UNSET)

        quantity = d.pop("quantity", UNSET)

        price = d.pop("price", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        _create_time = d.pop("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        mandatory = d.pop("mandatory", UNSET)

        apply_on_first_day = d.pop("applyOnFirstDay", UNSET)

        accommodation_id = d.pop("accommodationId", UNSET)

        rate_plan_extra_dto = cls(
            id=id,
            rate_plan_id=rate_plan_id,
            product_id=product_id,
            quantity=quantity,
            price=price,
            date=date,
            create_time=create_time,
            mandatory=mandatory,
            apply_on_first_day=apply_on_first_day,
            accommodation_id=accommodation_id,
        )

        rate_plan_extra_dto.additional_properties = d
        return rate_plan_extra_dto

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
