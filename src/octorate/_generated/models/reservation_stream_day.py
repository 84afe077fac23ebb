from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset, parse_datetime


@_attrs_define
class ReservationStreamDay(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_day(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _day = d.get("day", UNSET)
    day: datetime.datetime | Unset
    if isinstance(_day, Unset):
        day = UNSET
    else:
        day = parse_datetime(_day)

    return day


def _load_price(d: Mapping[str, Any]) -> float | Unset:
    return d.get("price", UNSET)


def _load_price_discount(d: Mapping[str, Any]) -> float | Unset:
    return d.get("priceDiscount", UNSET)


def _load_tax_included(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("taxIncluded", UNSET)


def _load_rate_plan_correction(d: Mapping[str, Any]) -> float | Unset:
    return d.get("ratePlanCorrection", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "day",
        "price",
        "priceDiscount",
        "taxIncluded",
        "ratePlanCorrection",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ReservationStreamDay, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "day" not in seen:
        _day = d.get("day", UNSET)
        day: datetime.datetime | Unset
        if isinstance(_day, Unset):
            day = UNSET
        else:
            day = parse_datetime(_day)

        _set(self, "day", day)
    if "price" not in seen:
        _set(self, "price", d.get("price", UNSET))
    if "price_discount" not in seen:
        _set(self, "price_discount", d.get("priceDiscount", UNSET))
    if "tax_included" not in seen:
        _set(self, "tax_included", d.get("taxIncluded", UNSET))
    if "rate_plan_correction" not in seen:
        _set(self, "rate_plan_correction", d.get("ratePlanCorrection", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ReservationStreamDay._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "day": _load_day,
        "price": _load_price,
        "price_discount": _load_price_discount,
        "tax_included": _load_tax_included,
        "rate_plan_correction": _load_rate_plan_correction,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "day": "day",
        "price": "price",
        "price_discount": "priceDiscount",
        "tax_included": "taxIncluded",
        "rate_plan_correction": "ratePlanCorrection",
    },
)
