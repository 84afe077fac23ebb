from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.calendar_bulk_values import CalendarBulkValues


@_attrs_define
class CalendarBulkRequest(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_room(d: Mapping[str, Any]) -> int | Unset:
    return d.get("room", UNSET)


def _load_date_from(d: Mapping[str, Any]) -> datetime.date | Unset:
    _date_from = d.get("dateFrom", UNSET)
    date_from: datetime.date | Unset
    if isinstance(_date_from, Unset):
        date_from = UNSET
    else:
        date_from = datetime.date.fromisoformat(_date_from)

    return date_from


def _load_date_to(d: Mapping[str, Any]) -> datetime.date | Unset:
    _date_to = d.get("dateTo", UNSET)
    date_to: datetime.date | Unset
    if isinstance(_date_to, Unset):
        date_to = UNSET
    else:
        date_to = datetime.date.fromisoformat(_date_to)

    return date_to


def _load_values(d: Mapping[str, Any]) -> CalendarBulkValues | Unset:
    _values = d.get("values", UNSET)
    values: CalendarBulkValues | Unset
    if isinstance(_values, Unset):
        values = UNSET
    else:
        values = CalendarBulkValues._from_json(_values)

    return values


_KNOWN_KEYS = frozenset(
    (
        "room",
        "dateFrom",
        "dateTo",
        "values",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: CalendarBulkRequest, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "room" not in seen:
        _set(self, "room", d.get("room", UNSET))
    if "date_from" not in seen:
        _date_from = d.get("dateFrom", UNSET)
        date_from: datetime.date | Unset
        if isinstance(_date_from, Unset):
            date_from = UNSET
        else:
            date_from = datetime.date.fromisoformat(_date_from)

        _set(self, "date_from", date_from)
    if "date_to" not in seen:
        _date_to = d.get("dateTo", UNSET)
        date_to: datetime.date | Unset
        if isinstance(_date_to, Unset):
            date_to = UNSET
        else:
            date_to = datetime.date.fromisoformat(_date_to)

        _set(self, "date_to", date_to)
    if "values" not in seen:
        _values = d.get("values", UNSET)
        values: CalendarBulkValues | Unset
        if isinstance(_values, Unset):
            values = UNSET
        else:
            values = CalendarBulkValues._from_json(_values)

        _set(self, "values", values)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


CalendarBulkRequest._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "room": _load_room,
        "date_from": _load_date_from,
        "date_to": _load_date_to,
        "values": _load_values,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "values",
        "additional_properties",
    ),
    keys={
        "room": "room",
        "date_from": "dateFrom",
        "date_to": "dateTo",
        "values": "values",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.calendar_bulk_values import CalendarBulkValues  # noqa: E402
