from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_sub_room_bed_bed_type import ApiSubRoomBedBedType
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="ApiSubRoomBed")


@_attrs_define
class ApiSubRoomBed:
    """
    Attributes:
        quantity (int | Unset):
        bed_type (ApiSubRoomBedBedType | Unset):
        id (int | Unset):
        parent_id (int | Unset):
    """

    quantity: int | Unset = UNSET
    bed_type: ApiSubRoomBedBedType | Unset = UNSET
    id: int | Unset = UNSET
    parent_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        bed_type: str | Unset = UNSET
        if not isinstance(self.bed_type, Unset):
            bed_type = self.bed_type.value

        id = self.id

        parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if bed_type is not UNSET:
            field_dict["bedType"] = bed_type
        if id is not UNSET:
            field_dict["id"] = id
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quantity = d.pop("quantity", UNSET)

        _bed_type = d.pop("bedType", UNSET)
        bed_type: ApiSubRoomBedBedType | Unset
        if isinstance(_bed_type, Unset):
            bed_type = UNSET
        else:
            bed_type = enum_member(ApiSubRoomBedBedType, _bed_type)

        id = d.pop("id", UNSET)

        parent_id = d.pop("parentId", UNSET)

        api_sub_room_bed = cls(
            quantity=quantity,
            bed_type=bed_type,
            id=id,
            parent_id=parent_id,
        )

        api_sub_room_bed.additional_properties = d
        return api_sub_room_bed

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
