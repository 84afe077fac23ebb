from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CalendarBulkValues")


@_attrs_define
class CalendarBulkValues:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        availability = d.pop("availability", UNSET)

        price = d.pop("price", UNSET)

        minstay = d.pop("minstay", UNSET)

        maxstay = d.pop("maxstay", UNSET)

        stop_sells = d.pop("stopSells", UNSET)

        close_to_arrival = d.pop("closeToArrival", UNSET)

        close_to_departure = d.pop("closeToDeparture", UNSET)

        cut_off_days = d.pop("cutOffDays", UNSET)

        calendar_bulk_values = cls(
            availability=availability,
            price=price,
            minstay=minstay,
            maxstay=maxstay,
            stop_sells=stop_sells,
            close_to_arrival=close_to_arrival,
            close_to_departure=close_to_departure,
            cut_off_days=cut_off_days,
        )

        calendar_bulk_values.additional_properties = d
        return calendar_bulk_values

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
