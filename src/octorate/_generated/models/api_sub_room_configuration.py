from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_sub_room_bed import ApiSubRoomBed


T = TypeVar("T", bound="ApiSubRoomConfiguration")


@_attrs_define
class ApiSubRoomConfiguration:
    """
    Attributes:
        sub_room_beds (list[ApiSubRoomBed] | Unset):
        sub_room_id (int | Unset):
        default_configuration (bool | Unset):
        id (int | Unset):
    """

    sub_room_beds: list[ApiSubRoomBed] | Unset = UNSET
    sub_room_id: int | Unset = UNSET
    default_configuration: bool | Unset = UNSET
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sub_room_beds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_room_beds, Unset):
            sub_room_beds = []
            for sub_room_beds_item_data in self.sub_room_beds:
                sub_room_beds_item = sub_room_beds_item_data.to_dict()
                sub_room_beds.append(sub_room_beds_item)

        sub_room_id = self.sub_room_id

        default_configuration = self.default_configuration

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sub_room_beds is not UNSET:
            field_dict["subRoomBeds"] = sub_room_beds
        if sub_room_id is not UNSET:
            field_dict["subRoomId"] = sub_room_id
        if default_configuration is not UNSET:
            field_dict["defaultConfiguration"] = default_configuration
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _sub_room_beds = d.pop("subRoomBeds", UNSET)
        sub_room_beds: list[ApiSubRoomBed] | Unset = UNSET
        if _sub_room_beds is not UNSET:
            sub_room_beds = []
            for sub_room_beds_item_data in _sub_room_beds:
                sub_room_beds_item = ApiSubRoomBed.from_dict(sub_room_beds_item_data)

                sub_room_beds.append(sub_room_beds_item)

        sub_room_id = d.pop("subRoomId", UNSET)

        default_configuration = d.pop("defaultConfiguration", UNSET)

        id = d.pop("id", UNSET)

        api_sub_room_configuration = cls(
            sub_room_beds=sub_room_beds,
            sub_room_id=sub_room_id,
            default_configuration=default_configuration,
            id=id,
        )

        api_sub_room_configuration.additional_properties = d
        return api_sub_room_configuration

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
from ..models.api_sub_room_bed import ApiSubRoomBed  # noqa: E402
