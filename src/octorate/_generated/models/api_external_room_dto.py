from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset, parse_datetime


@_attrs_define
class ApiExternalRoomDTO(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_room_name(d: Mapping[str, Any]) -> str:
    return d["roomName"]


def _load_room_id(d: Mapping[str, Any]) -> str:
    return d["roomId"]


def _load_occupancy(d: Mapping[str, Any]) -> int:
    return d["occupancy"]


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_rate_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("rateName", UNSET)


def _load_rate_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("rateId", UNSET)


def _load_manageable(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("manageable", UNSET)


def _load_pms_room(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("pmsRoom", UNSET)


def _load_create_time(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _create_time = d.get("createTime", UNSET)
    create_time: datetime.datetime | Unset
    if isinstance(_create_time, Unset):
        create_time = UNSET
    else:
        create_time = parse_datetime(_create_time)

    return create_time


def _load_reference_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("referenceId", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "roomName",
        "roomId",
        "occupancy",
        "id",
        "rateName",
        "rateId",
        "manageable",
        "pmsRoom",
        "createTime",
        "referenceId",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiExternalRoomDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "room_name" not in seen:
        _set(self, "room_name", d["roomName"])
    if "room_id" not in seen:
        _set(self, "room_id", d["roomId"])
    if "occupancy" not in seen:
        _set(self, "occupancy", d["occupancy"])
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "rate_name" not in seen:
        _set(self, "rate_name", d.get("rateName", UNSET))
    if "rate_id" not in seen:
        _set(self, "rate_id", d.get("rateId", UNSET))
    if "manageable" not in seen:
        _set(self, "manageable", d.get("manageable", UNSET))
    if "pms_room" not in seen:
        _set(self, "pms_room", d.get("pmsRoom", UNSET))
    if "create_time" not in seen:
        _create_time = d.get("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        _set(self, "create_time", create_time)
    if "reference_id" not in seen:
        _set(self, "reference_id", d.get("referenceId", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiExternalRoomDTO._octorate_fields = FieldTable(
    required=frozenset(
        (
            "roomName",
            "roomId",
            "occupancy",
        )
    ),
    loaders={
        "room_name": _load_room_name,
        "room_id": _load_room_id,
        "occupancy": _load_occupancy,
        "id": _load_id,
        "rate_name": _load_rate_name,
        "rate_id": _load_rate_id,
        "manageable": _load_manageable,
        "pms_room": _load_pms_room,
        "create_time": _load_create_time,
        "reference_id": _load_reference_id,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "room_name": "roomName",
        "room_id": "roomId",
        "occupancy": "occupancy",
        "id": "id",
        "rate_name": "rateName",
        "rate_id": "rateId",
        "manageable": "manageable",
        "pms_room": "pmsRoom",
        "create_time": "createTime",
        "reference_id": "referenceId",
    },
)
