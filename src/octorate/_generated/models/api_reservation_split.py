from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_accommodation_light import ApiAccommodationLight
    from ..models.api_object_light import ApiObjectLight


@_attrs_define
class ApiReservationSplit(LazyModel):
    """Split of this reservation. The object contained here contains the original reference of this reservation (i.e.
    portal id, room and accommodation)Applied When some PM choose to move the reservation. <br/>Keep care! Moving the
    reservation on another room will affect only the visualization. <br/>All the Octorate process will stay on the
    original accommodation/room (i.e. police send, voucher, invoicing, etc...)

        Attributes:
            split_room (ApiObjectLight | Unset): Original connection of this reservation
            split_accommodation (ApiAccommodationLight | Unset): Original accommodation this reservation was assigned
            connection (ApiObjectLight | Unset): Original connection of this reservation
            split_start (datetime.date | Unset): Split starting date. Date in ISO FORMAT. This will end in the next split
                date or the end of the reservation.
    """

    split_room: ApiObjectLight | Unset = UNSET
    split_accommodation: ApiAccommodationLight | Unset = UNSET
    connection: ApiObjectLight | Unset = UNSET
    split_start: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        split_room: dict[str, Any] | Unset = UNSET
        if not isinstance(self.split_room, Unset):
            split_room = self.split_room.to_dict()

        split_accommodation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.split_accommodation, Unset):
            split_accommodation = self.split_accommodation.to_dict()

        connection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connection, Unset):
            connection = self.connection.to_dict()

        split_start: str | Unset = UNSET
        if not isinstance(self.split_start, Unset):
            split_start = self.split_start.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if split_room is not UNSET:
            field_dict["splitRoom"] = split_room
        if split_accommodation is not UNSET:
            field_dict["splitAccommodation"] = split_accommodation
        if connection is not UNSET:
            field_dict["connection"] = connection
        if split_start is not UNSET:
            field_dict["splitStart"] = split_start

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


def _load_split_room(d: Mapping[str, Any]) -> ApiObjectLight | Unset:
    _split_room = d.get("splitRoom", UNSET)
    split_room: ApiObjectLight | Unset
    if isinstance(_split_room, Unset):
        split_room = UNSET
    else:
        split_room = ApiObjectLight._from_json(_split_room)

    return split_room


def _load_split_accommodation(d: Mapping[str, Any]) -> ApiAccommodationLight | Unset:
    _split_accommodation = d.get("splitAccommodation", UNSET)
    split_accommodation: ApiAccommodationLight | Unset
    if isinstance(_split_accommodation, Unset):
        split_accommodation = UNSET
    else:
        split_accommodation = ApiAccommodationLight._from_json(_split_accommodation)

    return split_accommodation


def _load_connection(d: Mapping[str, Any]) -> ApiObjectLight | Unset:
    _connection = d.get("connection", UNSET)
    connection: ApiObjectLight | Unset
    if isinstance(_connection, Unset):
        connection = UNSET
    else:
        connection = ApiObjectLight._from_json(_connection)

    return connection


def _load_split_start(d: Mapping[str, Any]) -> datetime.date | Unset:
    _split_start = d.get("splitStart", UNSET)
    split_start: datetime.date | Unset
    if isinstance(_split_start, Unset):
        split_start = UNSET
    else:
        split_start = datetime.date.fromisoformat(_split_start)

    return split_start


_KNOWN_KEYS = frozenset(
    (
        "splitRoom",
        "splitAccommodation",
        "connection",
        "splitStart",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiReservationSplit, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "split_room" not in seen:
        _split_room = d.get("splitRoom", UNSET)
        split_room: ApiObjectLight | Unset
        if isinstance(_split_room, Unset):
            split_room = UNSET
        else:
            split_room = ApiObjectLight._from_json(_split_room)

        _set(self, "split_room", split_room)
    if "split_accommodation" not in seen:
        _split_accommodation = d.get("splitAccommodation", UNSET)
        split_accommodation: ApiAccommodationLight | Unset
        if isinstance(_split_accommodation, Unset):
            split_accommodation = UNSET
        else:
            split_accommodation = ApiAccommodationLight._from_json(_split_accommodation)

        _set(self, "split_accommodation", split_accommodation)
    if "connection" not in seen:
        _connection = d.get("connection", UNSET)
        connection: ApiObjectLight | Unset
        if isinstance(_connection, Unset):
            connection = UNSET
        else:
            connection = ApiObjectLight._from_json(_connection)

        _set(self, "connection", connection)
    if "split_start" not in seen:
        _split_start = d.get("splitStart", UNSET)
        split_start: datetime.date | Unset
        if isinstance(_split_start, Unset):
            split_start = UNSET
        else:
            split_start = datetime.date.fromisoformat(_split_start)

        _set(self, "split_start", split_start)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiReservationSplit._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "split_room": _load_split_room,
        "split_accommodation": _load_split_accommodation,
        "connection": _load_connection,
        "split_start": _load_split_start,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "split_room",
        "split_accommodation",
        "connection",
        "additional_properties",
    ),
    keys={
        "split_room": "splitRoom",
        "split_accommodation": "splitAccommodation",
        "connection": "connection",
        "split_start": "splitStart",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_accommodation_light import ApiAccommodationLight  # noqa: E402
from ..models.api_object_light import ApiObjectLight  # noqa: E402
