from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_sub_room_type import ApiSubRoomType
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.api_sub_room_bathroom import ApiSubRoomBathroom
    from ..models.api_sub_room_bed import ApiSubRoomBed
    from ..models.api_sub_room_configuration import ApiSubRoomConfiguration


T = TypeVar("T", bound="ApiSubRoom")


@_attrs_define
class ApiSubRoom:
    """The list of the subrooms of this room

    Attributes:
        room_id (int | Unset):
        sub_room_configurations (list[ApiSubRoomConfiguration] | Unset):
        max_guests (int | Unset):
        sub_room_bathroom (ApiSubRoomBathroom | Unset):
        room_number (int | Unset):
        sub_room_beds (list[ApiSubRoomBed] | Unset):
        private_space (bool | Unset):
        id (int | Unset):
        type_ (ApiSubRoomType | Unset):
    """

    room_id: int | Unset = UNSET
    sub_room_configurations: list[ApiSubRoomConfiguration] | Unset = UNSET
    max_guests: int | Unset = UNSET
    sub_room_bathroom: ApiSubRoomBathroom | Unset = UNSET
    room_number: int | Unset = UNSET
    sub_room_beds: list[ApiSubRoomBed] | Unset = UNSET
    private_space: bool | Unset = UNSET
    id: int | Unset = UNSET
    type_: ApiSubRoomType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room_id = self.room_id

        sub_room_configurations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_room_configurations, Unset):
            sub_room_configurations = []
            for sub_room_configurations_item_data in self.sub_room_configurations:
                sub_room_configurations_item = sub_room_configurations_item_data.to_dict()
                sub_room_configurations.append(sub_room_configurations_item)

        max_guests = self.max_guests

        sub_room_bathroom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sub_room_bathroom, Unset):
            sub_room_bathroom = self.sub_room_bathroom.to_dict()

        room_number = self.room_number

        sub_room_beds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_room_beds, Unset):
            sub_room_beds = []
            for sub_room_beds_item_data in self.sub_room_beds:
                sub_room_beds_item = sub_room_beds_item_data.to_dict()
                sub_room_beds.append(sub_room_beds_item)

        private_space = self.private_space

        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if room_id is not UNSET:
            field_dict["roomId"] = room_id
        if sub_room_configurations is not UNSET:
            field_dict["subRoomConfigurations"] = sub_room_configurations
        if max_guests is not UNSET:
            field_dict["maxGuests"] = max_guests
        if sub_room_bathroom is not UNSET:
            field_dict["subRoomBathroom"] = sub_room_bathroom
        if room_number is not UNSET:
            field_dict["roomNumber"] = room_number
        if sub_room_beds is not UNSET:
            field_dict["subRoomBeds"] = sub_room_beds
        if private_space is not UNSET:
            field_dict["privateSpace"] = private_space
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        room_id = d.pop("roomId", UNSET)

        _sub_room_configurations = d.pop("subRoomConfigurations", UNSET)
        sub_room_configurations: list[ApiSubRoomConfiguration] | Unset = UNSET
        if _sub_room_configurations is not UNSET:
            sub_room_configurations = []
            for sub_room_configurations_item_data in _sub_room_configurations:
                sub_room_configurations_item = ApiSubRoomConfiguration.from_dict(
                    sub_room_configurations_item_data
                )

                sub_room_configurations.append(sub_room_configurations_item)

        max_guests = d.pop("maxGuests", UNSET)

        _sub_room_bathroom = d.pop("subRoomBathroom", UNSET)
        sub_room_bathroom: ApiSubRoomBathroom | Unset
        if isinstance(_sub_room_bathroom, Unset):
            sub_room_bathroom = UNSET
        else:
            sub_room_bathroom = ApiSubRoomBathroom.from_dict(_sub_room_bathroom)

        room_number = d.pop("roomNumber", UNSET)

        _sub_room_beds = d.pop("subRoomBeds", UNSET)
        sub_room_beds: list[ApiSubRoomBed] | Unset = UNSET
        if _sub_room_beds is not UNSET:
            sub_room_beds = []
            for sub_room_beds_item_data in _sub_room_beds:
                sub_room_beds_item = ApiSubRoomBed.from_dict(sub_room_beds_item_data)

                sub_room_beds.append(sub_room_beds_item)

        private_space = d.pop("privateSpace", UNSET)

        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ApiSubRoomType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(ApiSubRoomType, _type_)

        api_sub_room = cls(
            room_id=room_id,
            sub_room_configurations=sub_room_configurations,
            max_guests=max_guests,
            sub_room_bathroom=sub_room_bathroom,
            room_number=room_number,
            sub_room_beds=sub_room_beds,
            private_space=private_space,
            id=id,
            type_=type_,
        )

        api_sub_room.additional_properties = d
        return api_sub_room

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
from ..models.api_sub_room_bathroom import ApiSubRoomBathroom  # noqa: E402
from ..models.api_sub_room_bed import ApiSubRoomBed  # noqa: E402
from ..models.api_sub_room_configuration import ApiSubRoomConfiguration  # noqa: E402
