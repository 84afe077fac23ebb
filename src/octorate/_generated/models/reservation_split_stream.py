from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset, parse_datetime


@_attrs_define
class ReservationSplitStream(LazyModel):
    """
    Attributes:
        id (int | Unset):
        codice (str | Unset):
        split_date (datetime.datetime | Unset):
        split_room_id (int | Unset):
    """

    id: int | Unset = UNSET
    codice: str | Unset = UNSET
    split_date: datetime.datetime | Unset = UNSET
    split_room_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        id = self.id

        codice = self.codice

        split_date: str | Unset = UNSET
        if not isinstance(self.split_date, Unset):
            split_date = self.split_date.isoformat()

        split_room_id = self.split_room_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if codice is not UNSET:
            field_dict["codice"] = codice
        if split_date is not UNSET:
            field_dict["splitDate"] = split_date
        if split_room_id is not UNSET:
            field_dict["splitRoomId"] = split_room_id

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


def _load_codice(d: Mapping[str, Any]) -> str | Unset:
    return d.get("codice", UNSET)


def _load_split_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _split_date = d.get("splitDate", UNSET)
    split_date: datetime.datetime | Unset
    if isinstance(_split_date, Unset):
        split_date = UNSET
    else:
        split_date = parse_datetime(_split_date)

    return split_date


def _load_split_room_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("splitRoomId", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "id",
        "codice",
        "splitDate",
        "splitRoomId",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ReservationSplitStream, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "codice" not in seen:
        _set(self, "codice", d.get("codice", UNSET))
    if "split_date" not in seen:
        _split_date = d.get("splitDate", UNSET)
        split_date: datetime.datetime | Unset
        if isinstance(_split_date, Unset):
            split_date = UNSET
        else:
            split_date = parse_datetime(_split_date)

        _set(self, "split_date", split_date)
    if "split_room_id" not in seen:
        _set(self, "split_room_id", d.get("splitRoomId", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ReservationSplitStream._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "id": _load_id,
        "codice": _load_codice,
        "split_date": _load_split_date,
        "split_room_id": _load_split_room_id,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "id": "id",
        "codice": "codice",
        "split_date": "splitDate",
        "split_room_id": "splitRoomId",
    },
)
