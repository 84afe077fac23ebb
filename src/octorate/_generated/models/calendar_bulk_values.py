from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class CalendarBulkValues(LazyModel):
    """
    Attributes:
        availability (int | Unset):
        price (float | Unset):
        minstay (int | Unset):
        maxstay (int | Unset):
        stop_sells (bool | Unset):
        close_to_arrival (bool | Unset):
        close_to_departure (bool | Unset):
        cut_off_days (int | Unset):
    """

    availability: int | Unset = UNSET
    price: float | Unset = UNSET
    minstay: int | Unset = UNSET
    maxstay: int | Unset = UNSET
    stop_sells: bool | Unset = UNSET
    close_to_arrival: bool | Unset = UNSET
    close_to_departure: bool | Unset = UNSET
    cut_off_days: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        availability = self.availability

        price = self.price

        minstay = self.minstay

        maxstay = self.maxstay

        stop_sells = self.stop_sells

        close_to_arrival = self.close_to_arrival

        close_to_departure = self.close_to_departure

        cut_off_days = self.cut_off_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if availability is not UNSET:
            field_dict["availability"] = availability
        if price is not UNSET:
            field_dict["price"] = price
        if minstay is not UNSET:
            field_dict["minstay"] = minstay
        if maxstay is not UNSET:
            field_dict["maxstay"] = maxstay
        if stop_sells is not UNSET:
            field_dict["stopSells"] = stop_sells
        if close_to_arrival is not UNSET:
            field_dict["closeToArrival"] = close_to_arrival
        if close_to_departure is not UNSET:
            field_dict["closeToDeparture"] = close_to_departure
        if cut_off_days is not UNSET:
            field_dict["cutOffDays"] = cut_off_days

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


def _load_availability(d: Mapping[str, Any]) -> int | Unset:
    return d.get("availability", UNSET)


def _load_price(d: Mapping[str, Any]) -> float | Unset:
    return d.get("price", UNSET)


def _load_minstay(d: Mapping[str, Any]) -> int | Unset:
    return d.get("minstay", UNSET)


def _load_maxstay(d: Mapping[str, Any]) -> int | Unset:
    return d.get("maxstay", UNSET)


def _load_stop_sells(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("stopSells", UNSET)


def _load_close_to_arrival(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("closeToArrival", UNSET)


def _load_close_to_departure(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("closeToDeparture", UNSET)


def _load_cut_off_days(d: Mapping[str, Any]) -> int | Unset:
    return d.get("cutOffDays", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "availability",
        "price",
        "minstay",
        "maxstay",
        "stopSells",
        "closeToArrival",
        "closeToDeparture",
        "cutOffDays",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: CalendarBulkValues, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "availability" not in seen:
        _set(self, "availability", d.get("availability", UNSET))
    if "price" not in seen:
        _set(self, "price", d.get("price", UNSET))
    if "minstay" not in seen:
        _set(self, "minstay", d.get("minstay", UNSET))
    if "maxstay" not in seen:
        _set(self, "maxstay", d.get("maxstay", UNSET))
    if "stop_sells" not in seen:
        _set(self, "stop_sells", d.get("stopSells", UNSET))
    if "close_to_arrival" not in seen:
        _set(self, "close_to_arrival", d.get("closeToArrival", UNSET))
    if "close_to_departure" not in seen:
        _set(self, "close_to_departure", d.get("closeToDeparture", UNSET))
    if "cut_off_days" not in seen:
        _set(self, "cut_off_days", d.get("cutOffDays", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


CalendarBulkValues._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "availability": _load_availability,
        "price": _load_price,
        "minstay": _load_minstay,
        "maxstay": _load_maxstay,
        "stop_sells": _load_stop_sells,
        "close_to_arrival": _load_close_to_arrival,
        "close_to_departure": _load_close_to_departure,
        "cut_off_days": _load_cut_off_days,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "availability": "availability",
        "price": "price",
        "minstay": "minstay",
        "maxstay": "maxstay",
        "stop_sells": "stopSells",
        "close_to_arrival": "closeToArrival",
        "close_to_departure": "closeToDeparture",
        "cut_off_days": "cutOffDays",
    },
)
