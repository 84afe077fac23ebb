from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ApiExternalRoomDTO")


@_attrs_define
class ApiExternalRoomDTO:
    """
    Attributes:
        room_name (str): Parsed room name from Octorate
        room_id (str): Parsed room id from Octorate
        occupancy (int): Occupancy provided by the portal
        id (int | Unset): The octorate ID of this external room
        rate_name (str | Unset): Parsed rate name from octorate
        rate_id (str | Unset): Parsed rate id from octorate
        manageable (bool | Unset): If not manageable, this rate is provide to you to inform you of the existence, but it
            cannot be used from channel managers Default: True.
        pms_room (bool | Unset): If true this room describe a pms room (the 101,102,103 room of type double) inside the
            portal Default: False.
        create_time (datetime.datetime | Unset): When this room was imported in octorate
        reference_id (str | Unset): External reference ID. This is the id provided by the portal
    """

    room_name: str
    room_id: str
    occupancy: int
    id: int | Unset = UNSET
    rate_name: str | Unset = UNSET
    rate_id: str | Unset = UNSET
    manageable: bool | Unset = True
    pms_room: bool | Unset = False
    create_time: datetime.datetime | Unset = UNSET
    reference_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room_name = self.room_name

        room_id = self.room_id

        occupancy = self.occupancy

        id = self.id

        rate_name = self.rate_name

        rate_id = self.rate_id

        manageable = self.manageable

        pms_room = self.pms_room

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        reference_id = self.reference_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roomName": room_name,
                "roomId": room_id,
                "occupancy": occupancy,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if rate_name is not UNSET:
            field_dict["rateName"] = rate_name
        if rate_id is not UNSET:
            field_dict["rateId"] = rate_id
        if manageable is not UNSET:
            field_dict["manageable"] = manageable
        if pms_room is not UNSET:
            field_dict["pmsRoom"] = pms_room
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        room_name = d.pop("roomName")

        room_id = d.pop("roomId")

        occupancy = d.pop("occupancy")

        id = d.pop("id", UNSET)

        rate_name = d.pop("rateName", UNSET)

        rate_id = d.pop("rateId", UNSET)

        manageable = d.pop("manageable", UNSET)

        pms_room = d.pop("pmsRoom", UNSET)

        _create_time = d.pop("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        reference_id = d.pop("referenceId", UNSET)

        api_external_room_dto = cls(
            room_name=room_name,
            room_id=room_id,
            occupancy=occupancy,
            id=id,
            rate_name=rate_name,
            rate_id=rate_id,
            manageable=manageable,
            pms_room=pms_room,
            create_time=create_time,
            reference_id=reference_id,
        )

        api_external_room_dto.additional_properties = d
        return api_external_room_dto

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
