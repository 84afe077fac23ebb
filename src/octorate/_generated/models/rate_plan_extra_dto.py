from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset, parse_datetime


@_attrs_define
class RatePlanExtraDTO(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


_set = object.__setattr__

# Field loaders: each turns the raw JSON object into one attribute's value, the first time
# that attribute is read (see octorate._hooks.LazyModel).


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_rate_plan_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("ratePlanId", UNSET)


def _load_product_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("productId", UNSET)


def _load_quantity(d: Mapping[str, Any]) -> int | Unset:
    return d.get("quantity", UNSET)


def _load_price(d: Mapping[str, Any]) -> float | Unset:
    return d.get("price", UNSET)


def _load_date(d: Mapping[str, Any]) -> datetime.date | Unset:
    _date = d.get("date", UNSET)
    date: datetime.date | Unset
    if isinstance(_date, Unset):
        date = UNSET
    else:
        date = datetime.date.fromisoformat(_date)

    return date


def _load_create_time(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _create_time = d.get("createTime", UNSET)
    create_time: datetime.datetime | Unset
    if isinstance(_create_time, Unset):
        create_time = UNSET
    else:
        create_time = parse_datetime(_create_time)

    return create_time


def _load_mandatory(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("mandatory", UNSET)


def _load_apply_on_first_day(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("applyOnFirstDay", UNSET)


def _load_accommodation_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("accommodationId", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "id",
        "ratePlanId",
        "productId",
        "quantity",
        "price",
        "date",
        "createTime",
        "mandatory",
        "applyOnFirstDay",
        "accommodationId",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: RatePlanExtraDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "rate_plan_id" not in seen:
        _set(self, "rate_plan_id", d.get("ratePlanId", UNSET))
    if "product_id" not in seen:
        _set(self, "product_id", d.get("productId", UNSET))
    if "quantity" not in seen:
        _set(self, "quantity", d.get("quantity", UNSET))
    if "price" not in seen:
        _set(self, "price", d.get("price", UNSET))
    if "date" not in seen:
        _date = d.get("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        _set(self, "date", date)
    if "create_time" not in seen:
        _create_time = d.get("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        _set(self, "create_time", create_time)
    if "mandatory" not in seen:
        _set(self, "mandatory", d.get("mandatory", UNSET))
    if "apply_on_first_day" not in seen:
        _set(self, "apply_on_first_day", d.get("applyOnFirstDay", UNSET))
    if "accommodation_id" not in seen:
        _set(self, "accommodation_id", d.get("accommodationId", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


RatePlanExtraDTO._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "id": _load_id,
        "rate_plan_id": _load_rate_plan_id,
        "product_id": _load_product_id,
        "quantity": _load_quantity,
        "price": _load_price,
        "date": _load_date,
        "create_time": _load_create_time,
        "mandatory": _load_mandatory,
        "apply_on_first_day": _load_apply_on_first_day,
        "accommodation_id": _load_accommodation_id,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "id": "id",
        "rate_plan_id": "ratePlanId",
        "product_id": "productId",
        "quantity": "quantity",
        "price": "price",
        "date": "date",
        "create_time": "createTime",
        "mandatory": "mandatory",
        "apply_on_first_day": "applyOnFirstDay",
        "accommodation_id": "accommodationId",
    },
)
