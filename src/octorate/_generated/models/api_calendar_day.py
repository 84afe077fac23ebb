from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiCalendarDay")


@_attrs_define
class ApiCalendarDay:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        availability = d.pop("availability", UNSET)

        close_to_arrival = d.pop("closeToArrival", UNSET)

        bookable = d.pop("bookable", UNSET)

        close_to_departure = d.pop("closeToDeparture", UNSET)

        price = d.pop("price", UNSET)

        stop_sells = d.pop("stopSells", UNSET)

        min_stay = d.pop("minStay", UNSET)

        max_stay = d.pop("maxStay", UNSET)

        cut_off_days = d.pop("cutOffDays", UNSET)

        object_ = d.pop("object", UNSET)

        api_calendar_day = cls(
            date=date,
            availability=availability,
            close_to_arrival=close_to_arrival,
            bookable=bookable,
            close_to_departure=close_to_departure,
            price=price,
            stop_sells=stop_sells,
            min_stay=min_stay,
            max_stay=max_stay,
            cut_off_days=cut_off_days,
            object_=object_,
        )

        api_calendar_day.additional_properties = d
        return api_calendar_day

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
