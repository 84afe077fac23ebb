from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset, parse_datetime


@_attrs_define
class ReservationStreamExtra(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_price(d: Mapping[str, Any]) -> float | Unset:
    return d.get("price", UNSET)


def _load_quantity(d: Mapping[str, Any]) -> int | Unset:
    return d.get("quantity", UNSET)


def _load_manual(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("manual", UNSET)


def _load_octorate_product_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("octorateProductId", UNSET)


def _load_octorate_extra_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("octorateExtraId", UNSET)


def _load_production_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _production_date = d.get("productionDate", UNSET)
    production_date: datetime.datetime | Unset
    if isinstance(_production_date, Unset):
        production_date = UNSET
    else:
        production_date = parse_datetime(_production_date)

    return production_date


def _load_group(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("group", UNSET)


def _load_reference(d: Mapping[str, Any]) -> str | Unset:
    return d.get("reference", UNSET)


def _load_day(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _day = d.get("day", UNSET)
    day: datetime.datetime | Unset
    if isinstance(_day, Unset):
        day = UNSET
    else:
        day = parse_datetime(_day)

    return day


_KNOWN_KEYS = frozenset(
    (
        "price",
        "quantity",
        "manual",
        "octorateProductId",
        "octorateExtraId",
        "productionDate",
        "group",
        "reference",
        "day",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ReservationStreamExtra, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "price" not in seen:
        _set(self, "price", d.get("price", UNSET))
    if "quantity" not in seen:
        _set(self, "quantity", d.get("quantity", UNSET))
    if "manual" not in seen:
        _set(self, "manual", d.get("manual", UNSET))
    if "octorate_product_id" not in seen:
        _set(self, "octorate_product_id", d.get("octorateProductId", UNSET))
    if "octorate_extra_id" not in seen:
        _set(self, "octorate_extra_id", d.get("octorateExtraId", UNSET))
    if "production_date" not in seen:
        _production_date = d.get("productionDate", UNSET)
        production_date: datetime.datetime | Unset
        if isinstance(_production_date, Unset):
            production_date = UNSET
        else:
            production_date = parse_datetime(_production_date)

        _set(self, "production_date", production_date)
    if "group" not in seen:
        _set(self, "group", d.get("group", UNSET))
    if "reference" not in seen:
        _set(self, "reference", d.get("reference", UNSET))
    if "day" not in seen:
        _day = d.get("day", UNSET)
        day: datetime.datetime | Unset
        if isinstance(_day, Unset):
            day = UNSET
        else:
            day = parse_datetime(_day)

        _set(self, "day", day)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ReservationStreamExtra._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "price": _load_price,
        "quantity": _load_quantity,
        "manual": _load_manual,
        "octorate_product_id": _load_octorate_product_id,
        "octorate_extra_id": _load_octorate_extra_id,
        "production_date": _load_production_date,
        "group": _load_group,
        "reference": _load_reference,
        "day": _load_day,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "price": "price",
        "quantity": "quantity",
        "manual": "manual",
        "octorate_product_id": "octorateProductId",
        "octorate_extra_id": "octorateExtraId",
        "production_date": "productionDate",
        "group": "group",
        "reference": "reference",
        "day": "day",
    },
)
