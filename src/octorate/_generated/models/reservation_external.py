from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReservationExternal")


@_attrs_define
class ReservationExternal:
    """
    Attributes:
        id (int | Unset):
        channel_id (str | Unset):
        property_id (str | Unset):
        octorate_id (str | Unset):
        room (str | Unset):
    """

    id: int | Unset = UNSET
    channel_id: str | Unset = UNSET
    property_id: str | Unset = UNSET
    octorate_id: str | Unset = UNSET
    room: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        channel_id = self.channel_id

        property_id = self.property_id

        octorate_id = self.octorate_id

        room = self.room

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if channel_id is not UNSET:
            field_dict["channelId"] = channel_id
        if property_id is not UNSET:
            field_dict["propertyId"] = property_id
        if octorate_id is not UNSET:
            field_dict["octorateId"] = octorate_id
        if room is not UNSET:
            field_dict["room"] = room

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        channel_id = d.pop("channelId", UNSET)

        property_id = d.pop("propertyId", UNSET)

        octorate_id = d.pop("octorateId", UNSET)

        room = d.pop("room", UNSET)

        reservation_external = cls(
            id=id,
            channel_id=channel_id,
            property_id=property_id,
            octorate_id=octorate_id,
            room=room,
        )

        reservation_external.additional_properties = d
        return reservation_external

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
