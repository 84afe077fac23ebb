from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_sub_room_bathroom_location import ApiSubRoomBathroomLocation
from ..models.api_sub_room_bathroom_type import ApiSubRoomBathroomType
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="ApiSubRoomBathroom")


@_attrs_define
class ApiSubRoomBathroom:
    """
    Attributes:
        half_bathroom (bool | Unset):
        private_space (bool | Unset):
        bathtub_present (bool | Unset):
        shower_present (bool | Unset):
        sub_room_id (int | Unset):
        location (ApiSubRoomBathroomLocation | Unset):
        id (int | Unset):
        type_ (ApiSubRoomBathroomType | Unset):
    """

    half_bathroom: bool | Unset = UNSET
    private_space: bool | Unset = UNSET
    bathtub_present: bool | Unset = UNSET
    shower_present: bool | Unset = UNSET
    sub_room_id: int | Unset = UNSET
    location: ApiSubRoomBathroomLocation | Unset = UNSET
    id: int | Unset = UNSET
    type_: ApiSubRoomBathroomType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        half_bathroom = self.half_bathroom

        private_space = self.private_space

        bathtub_present = self.bathtub_present

        shower_present = self.shower_present

        sub_room_id = self.sub_room_id

        location: str | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.value

        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if half_bathroom is not UNSET:
            field_dict["halfBathroom"] = half_bathroom
        if private_space is not UNSET:
            field_dict["privateSpace"] = private_space
        if bathtub_present is not UNSET:
            field_dict["bathtubPresent"] = bathtub_present
        if shower_present is not UNSET:
            field_dict["showerPresent"] = shower_present
        if sub_room_id is not UNSET:
            field_dict["subRoomId"] = sub_room_id
        if location is not UNSET:
            field_dict["location"] = location
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        half_bathroom = d.pop("halfBathroom", UNSET)

        private_space = d.pop("privateSpace", UNSET)

        bathtub_present = d.pop("bathtubPresent", UNSET)

        shower_present = d.pop("showerPresent", UNSET)

        sub_room_id = d.pop("subRoomId", UNSET)

        _location = d.pop("location", UNSET)
        location: ApiSubRoomBathroomLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = enum_member(ApiSubRoomBathroomLocation, _location)

        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ApiSubRoomBathroomType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(ApiSubRoomBathroomType, _type_)

        api_sub_room_bathroom = cls(
            half_bathroom=half_bathroom,
            private_space=private_space,
            bathtub_present=bathtub_present,
            shower_present=shower_present,
            sub_room_id=sub_room_id,
            location=location,
            id=id,
            type_=type_,
        )

        api_sub_room_bathroom.additional_properties = d
        return api_sub_room_bathroom

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
