from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.calendar_bulk_values import CalendarBulkValues


T = TypeVar("T", bound="CalendarBulkRequest")


@_attrs_define
class CalendarBulkRequest:
    """
    Attributes:
        room (int | Unset): The Octorate's room id to update.
        date_from (datetime.date | Unset): The first date to change in calendar (inclusive). Date must be in format
            yyyy-mm-dd.
        date_to (datetime.date | Unset): The last date to change in calendar (inclusive). Date must be in format yyyy-
            mm-dd.
        values (CalendarBulkValues | Unset):
    """

    room: int | Unset = UNSET
    date_from: datetime.date | Unset = UNSET
    date_to: datetime.date | Unset = UNSET
    values: CalendarBulkValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room = self.room

        date_from: str | Unset = UNSET
        if not isinstance(self.date_from, Unset):
            date_from = self.date_from.isoformat()

        date_to: str | Unset = UNSET
        if not isinstance(self.date_to, Unset):
            date_to = self.date_to.isoformat()

        values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if room is not UNSET:
            field_dict["room"] = room
        if date_from is not UNSET:
            field_dict["dateFrom"] = date_from
        if date_to is not UNSET:
            field_dict["dateTo"] = date_to
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        room = d.pop("room", UNSET)

        _date_from = d.pop("dateFrom", UNSET)
        date_from: datetime.date | Unset
        if isinstance(_date_from, Unset):
            date_from = UNSET
        else:
            date_from = datetime.date.fromisoformat(_date_from)

        _date_to = d.pop("dateTo", UNSET)
        date_to: datetime.date | Unset
        if isinstance(_date_to, Unset):
            date_to = UNSET
        else:
            date_to = datetime.date.fromisoformat(_date_to)

        _values = d.pop("values", UNSET)
        values: CalendarBulkValues | Unset
        if isinstance(_values, Unset):
            values = UNSET
        else:
            values = CalendarBulkValues.from_dict(_values)

        calendar_bulk_request = cls(
            room=room,
            date_from=date_from,
            date_to=date_to,
            values=values,
        )

        calendar_bulk_request.additional_properties = d
        return calendar_bulk_request

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


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.calendar_bulk_values import CalendarBulkValues  # noqa: E402
