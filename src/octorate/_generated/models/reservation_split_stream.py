from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ReservationSplitStream")


@_attrs_define
class ReservationSplitStream:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        codice = d.pop("codice", UNSET)

        _split_date = d.pop("splitDate", UNSET)
        split_date: datetime.datetime | Unset
        if isinstance(_split_date, Unset):
            split_date = UNSET
        else:
            split_date = parse_datetime(_split_date)

        split_room_id = d.pop("splitRoomId", UNSET)

        reservation_split_stream = cls(
            id=id,
            codice=codice,
            split_date=split_date,
            split_room_id=split_room_id,
        )

        reservation_split_stream.additional_properties = d
        return reservation_split_stream

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
