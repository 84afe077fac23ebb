from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiRoomAmenityDTO")


@_attrs_define
class ApiRoomAmenityDTO:
    """
    Attributes:
        id (int | Unset): The id of this room amenity
        room_id (int | Unset): The id of the room
        amenity_id (int | Unset): The id of the amenity
        details (str | Unset): Details of this room amenity
        title (str | Unset): Title
    """

    id: int | Unset = UNSET
    room_id: int | Unset = UNSET
    amenity_id: int | Unset = UNSET
    details: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        room_id = self.room_id

        amenity_id = self.amenity_id

        details = self.details

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if room_id is not UNSET:
            field_dict["roomId"] = room_id
        if amenity_id is not UNSET:
            field_dict["amenityId"] = amenity_id
        if details is not UNSET:
            field_dict["details"] = details
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        room_id = d.pop("roomId", UNSET)

        amenity_id = d.pop("amenityId", UNSET)

        details = d.pop("details", UNSET)

        title = d.pop("title", UNSET)

        api_room_amenity_dto = cls(
            id=id,
            room_id=room_id,
            amenity_id=amenity_id,
            details=details,
            title=title,
        )

        api_room_amenity_dto.additional_properties = d
        return api_room_amenity_dto

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
