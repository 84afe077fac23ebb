from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_listing_place_dto import ApiListingPlaceDTO


T = TypeVar("T", bound="ApiRoomManagementDTO")


@_attrs_define
class ApiRoomManagementDTO:
    """
    Attributes:
        room_ids (list[int] | Unset): The rooms to move, copy or run rules
        destination_accommodation_id (str | Unset): The destination accommodation. Empty if new structure
        new_accommodation_name (str | Unset): The new accommodation name
        new_accommodation_place (ApiListingPlaceDTO | Unset): The location of this listing
    """

    room_ids: list[int] | Unset = UNSET
    destination_accommodation_id: str | Unset = UNSET
    new_accommodation_name: str | Unset = UNSET
    new_accommodation_place: ApiListingPlaceDTO | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room_ids: list[int] | Unset = UNSET
        if not isinstance(self.room_ids, Unset):
            room_ids = self.room_ids

        destination_accommodation_id = self.destination_accommodation_id

        new_accommodation_name = self.new_accommodation_name

        new_accommodation_place: dict[str, Any] | Unset = UNSET
        if not isinstance(self.new_accommodation_place, Unset):
            new_accommodation_place = self.new_accommodation_place.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if room_ids is not UNSET:
            field_dict["roomIds"] = room_ids
        if destination_accommodation_id is not UNSET:
            field_dict["destinationAccommodationId"] = destination_accommodation_id
        if new_accommodation_name is not UNSET:
            field_dict["newAccommodationName"] = new_accommodation_name
        if new_accommodation_place is not UNSET:
            field_dict["newAccommodationPlace"] = new_accommodation_place

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        room_ids = cast(list[int], d.pop("roomIds", UNSET))

        destination_accommodation_id = d.pop("destinationAccommodationId", UNSET)

        new_accommodation_name = d.pop("newAccommodationName", UNSET)

        _new_accommodation_place = d.pop("newAccommodationPlace", UNSET)
        new_accommodation_place: ApiListingPlaceDTO | Unset
        if isinstance(_new_accommodation_place, Unset):
            new_accommodation_place = UNSET
        else:
            new_accommodation_place = ApiListingPlaceDTO.from_dict(_new_accommodation_place)

        api_room_management_dto = cls(
            room_ids=room_ids,
            destination_accommodation_id=destination_accommodation_id,
            new_accommodation_name=new_accommodation_name,
            new_accommodation_place=new_accommodation_place,
        )

        api_room_management_dto.additional_properties = d
        return api_room_management_dto

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
from ..models.api_listing_place_dto import ApiListingPlaceDTO  # noqa: E402
