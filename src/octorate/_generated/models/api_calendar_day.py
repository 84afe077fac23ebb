from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class ApiCalendarDay(LazyModel):
    """List of daily values

    Attributes:
        date (datetime.date | Unset): Date of reference
        availability (int | Unset): availability value
        close_to_arrival (bool | Unset): This day is close on arrival
        bookable (bool | Unset): If true means that this day is bookable
        close_to_departure (bool | Unset): This day is close on departure
        price (float | Unset):
        stop_sells (bool | Unset): Stop selling on external channels
        min_stay (int | Unset): Minimum stay
        max_stay (int | Unset): Maximum stay
        cut_off_days (int | Unset):
        object_ (str | Unset):
    """

    date: datetime.date | Unset = UNSET
    availability: int | Unset = UNSET
    close_to_arrival: bool | Unset = UNSET
    bookable: bool | Unset = UNSET
    close_to_departure: bool | Unset = UNSET
    price: float | Unset = UNSET
    stop_sells: bool | Unset = UNSET
    min_stay: int | Unset = UNSET
    max_stay: int | Unset = UNSET
    cut_off_days: int | Unset = UNSET
    object_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        availability = self.availability

        close_to_arrival = self.close_to_arrival

        bookable = self.bookable

        close_to_departure = self.close_to_departure

        price = self.price

        stop_sells = self.stop_sells

        min_stay = self.min_stay

        max_stay = self.max_stay

        cut_off_days = self.cut_off_days

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if availability is not UNSET:
            field_dict["availability"] = availability
        if close_to_arrival is not UNSET:
            field_dict["closeToArrival"] = close_to_arrival
        if bookable is not UNSET:
            field_dict["bookable"] = bookable
        if close_to_departure is not UNSET:
            field_dict["closeToDeparture"] = close_to_departure
        if price is not UNSET:
            field_dict["price"] = price
        if stop_sells is not UNSET:
            field_dict["stopSells"] = stop_sells
        if min_stay is not UNSET:
            field_dict["minStay"] = min_stay
        if max_stay is not UNSET:
            field_dict["maxStay"] = max_stay
        if cut_off_days is not UNSET:
            field_dict["cutOffDays"] = cut_off_days
        if object_ is not UNSET:
            field_dict["object"] = object_

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


def _load_date(d: Mapping[str, Any]) -> datetime.date | Unset:
    _date = d.get("date", UNSET)
    date: datetime.date | Unset
    if isinstance(_date, Unset):
        date = UNSET
    else:
        date = datetime.date.fromisoformat(_date)

    return date


def _load_availability(d: Mapping[str, Any]) -> int | Unset:
    return d.get("availability", UNSET)


def _load_close_to_arrival(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("closeToArrival", UNSET)


def _load_bookable(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("bookable", UNSET)


def _load_close_to_departure(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("closeToDeparture", UNSET)


def _load_price(d: Mapping[str, Any]) -> float | Unset:
    return d.get("price", UNSET)


def _load_stop_sells(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("stopSells", UNSET)


def _load_min_stay(d: Mapping[str, Any]) -> int | Unset:
    return d.get("minStay", UNSET)


def _load_max_stay(d: Mapping[str, Any]) -> int | Unset:
    return d.get("maxStay", UNSET)


def _load_cut_off_days(d: Mapping[str, Any]) -> int | Unset:
    return d.get("cutOffDays", UNSET)


def _load_object_(d: Mapping[str, Any]) -> str | Unset:
    return d.get("object", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "date",
        "availability",
        "closeToArrival",
        "bookable",
        "closeToDeparture",
        "price",
        "stopSells",
        "minStay",
        "maxStay",
        "cutOffDays",
        "object",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiCalendarDay, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "date" not in seen:
        _date = d.get("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        _set(self, "date", date)
    if "availability" not in seen:
        _set(self, "availability", d.get("availability", UNSET))
    if "close_to_arrival" not in seen:
        _set(self, "close_to_arrival", d.get("closeToArrival", UNSET))
    if "bookable" not in seen:
        _set(self, "bookable", d.get("bookable", UNSET))
    if "close_to_departure" not in seen:
        _set(self, "close_to_departure", d.get("closeToDeparture", UNSET))
    if "price" not in seen:
        _set(self, "price", d.get("price", UNSET))
    if "stop_sells" not in seen:
        _set(self, "stop_sells", d.get("stopSells", UNSET))
    if "min_stay" not in seen:
        _set(self, "min_stay", d.get("minStay", UNSET))
    if "max_stay" not in seen:
        _set(self, "max_stay", d.get("maxStay", UNSET))
    if "cut_off_days" not in seen:
        _set(self, "cut_off_days", d.get("cutOffDays", UNSET))
    if "object_" not in seen:
        _set(self, "object_", d.get("object", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiCalendarDay._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "date": _load_date,
        "availability": _load_availability,
        "close_to_arrival": _load_close_to_arrival,
        "bookable": _load_bookable,
        "close_to_departure": _load_close_to_departure,
        "price": _load_price,
        "stop_sells": _load_stop_sells,
        "min_stay": _load_min_stay,
        "max_stay": _load_max_stay,
        "cut_off_days": _load_cut_off_days,
        "object_": _load_object_,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "date": "date",
        "availability": "availability",
        "close_to_arrival": "closeToArrival",
        "bookable": "bookable",
        "close_to_departure": "closeToDeparture",
        "price": "price",
        "stop_sells": "stopSells",
        "min_stay": "minStay",
        "max_stay": "maxStay",
        "cut_off_days": "cutOffDays",
        "object_": "object",
    },
)
