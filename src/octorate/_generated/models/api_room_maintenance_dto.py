from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_room_maintenance_dto_frequency import ApiRoomMaintenanceDTOFrequency
from ..types import UNSET, Unset, enum_member, parse_datetime

if TYPE_CHECKING:
    from ..models.attachment_dto import AttachmentDTO


@_attrs_define
class ApiRoomMaintenanceDTO(LazyModel):
    """The room maintenances of this room

    Attributes:
        id (int | Unset): Unique identifier of this Room Maintenance
        room_id (int | Unset): The identifier of the room for the maintenance
        create_time (datetime.datetime | Unset): The creation date of this rule
        title (str | Unset): The title of this Room Maintenance
        description (str | Unset): The description of this Room Maintenance
        start_date (datetime.datetime | Unset): The start date of this Room Maintenance
        frequency (ApiRoomMaintenanceDTOFrequency | Unset): The frequency of this Room Maintenance (NONE, MONTHLY,
            YEARLY)
        user (int | Unset): The user who complete this Room Maintenance
        completed_date (datetime.datetime | Unset): The completed date of this Room Maintenance
        attachment (AttachmentDTO | Unset): Attachment DTO
        send_date (datetime.datetime | Unset): The send date of this Room Maintenance
    """

    id: int | Unset = UNSET
    room_id: int | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    frequency: ApiRoomMaintenanceDTOFrequency | Unset = UNSET
    user: int | Unset = UNSET
    completed_date: datetime.datetime | Unset = UNSET
    attachment: AttachmentDTO | Unset = UNSET
    send_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        id = self.id

        room_id = self.room_id

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        title = self.title

        description = self.description

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        frequency: str | Unset = UNSET
        if not isinstance(self.frequency, Unset):
            frequency = self.frequency.value

        user = self.user

        completed_date: str | Unset = UNSET
        if not isinstance(self.completed_date, Unset):
            completed_date = self.completed_date.isoformat()

        attachment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachment, Unset):
            attachment = self.attachment.to_dict()

        send_date: str | Unset = UNSET
        if not isinstance(self.send_date, Unset):
            send_date = self.send_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if room_id is not UNSET:
            field_dict["roomId"] = room_id
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if user is not UNSET:
            field_dict["user"] = user
        if completed_date is not UNSET:
            field_dict["completedDate"] = completed_date
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
        if send_date is not UNSET:
            field_dict["sendDate"] = send_date

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


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_room_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("roomId", UNSET)


def _load_create_time(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _create_time = d.get("createTime", UNSET)
    create_time: datetime.datetime | Unset
    if isinstance(_create_time, Unset):
        create_time = UNSET
    else:
        create_time = parse_datetime(_create_time)

    return create_time


def _load_title(d: Mapping[str, Any]) -> str | Unset:
    return d.get("title", UNSET)


def _load_description(d: Mapping[str, Any]) -> str | Unset:
    return d.get("description", UNSET)


def _load_start_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _start_date = d.get("startDate", UNSET)
    start_date: datetime.datetime | Unset
    if isinstance(_start_date, Unset):
        start_date = UNSET
    else:
        start_date = parse_datetime(_start_date)

    return start_date


def _load_frequency(d: Mapping[str, Any]) -> ApiRoomMaintenanceDTOFrequency | Unset:
    _frequency = d.get("frequency", UNSET)
    frequency: ApiRoomMaintenanceDTOFrequency | Unset
    if isinstance(_frequency, Unset):
        frequency = UNSET
    else:
        frequency = enum_member(ApiRoomMaintenanceDTOFrequency, _frequency)

    return frequency


def _load_user(d: Mapping[str, Any]) -> int | Unset:
    return d.get("user", UNSET)


def _load_completed_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _completed_date = d.get("completedDate", UNSET)
    completed_date: datetime.datetime | Unset
    if isinstance(_completed_date, Unset):
        completed_date = UNSET
    else:
        completed_date = parse_datetime(_completed_date)

    return completed_date


def _load_attachment(d: Mapping[str, Any]) -> AttachmentDTO | Unset:
    _attachment = d.get("attachment", UNSET)
    attachment: AttachmentDTO | Unset
    if isinstance(_attachment, Unset):
        attachment = UNSET
    else:
        attachment = AttachmentDTO._from_json(_attachment)

    return attachment


def _load_send_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _send_date = d.get("sendDate", UNSET)
    send_date: datetime.datetime | Unset
    if isinstance(_send_date, Unset):
        send_date = UNSET
    else:
        send_date = parse_datetime(_send_date)

    return send_date


_KNOWN_KEYS = frozenset(
    (
        "id",
        "roomId",
        "createTime",
        "title",
        "description",
        "startDate",
        "frequency",
        "user",
        "completedDate",
        "attachment",
        "sendDate",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiRoomMaintenanceDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "room_id" not in seen:
        _set(self, "room_id", d.get("roomId", UNSET))
    if "create_time" not in seen:
        _create_time = d.get("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        _set(self, "create_time", create_time)
    if "title" not in seen:
        _set(self, "title", d.get("title", UNSET))
    if "description" not in seen:
        _set(self, "description", d.get("description", UNSET))
    if "start_date" not in seen:
        _start_date = d.get("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = parse_datetime(_start_date)

        _set(self, "start_date", start_date)
    if "frequency" not in seen:
        _frequency = d.get("frequency", UNSET)
        frequency: ApiRoomMaintenanceDTOFrequency | Unset
        if isinstance(_frequency, Unset):
            frequency = UNSET
        else:
            frequency = enum_member(ApiRoomMaintenanceDTOFrequency, _frequency)

        _set(self, "frequency", frequency)
    if "user" not in seen:
        _set(self, "user", d.get("user", UNSET))
    if "completed_date" not in seen:
        _completed_date = d.get("completedDate", UNSET)
        completed_date: datetime.datetime | Unset
        if isinstance(_completed_date, Unset):
            completed_date = UNSET
        else:
            completed_date = parse_datetime(_completed_date)

        _set(self, "completed_date", completed_date)
    if "attachment" not in seen:
        _attachment = d.get("attachment", UNSET)
        attachment: AttachmentDTO | Unset
        if isinstance(_attachment, Unset):
            attachment = UNSET
        else:
            attachment = AttachmentDTO._from_json(_attachment)

        _set(self, "attachment", attachment)
    if "send_date" not in seen:
        _send_date = d.get("sendDate", UNSET)
        send_date: datetime.datetime | Unset
        if isinstance(_send_date, Unset):
            send_date = UNSET
        else:
            send_date = parse_datetime(_send_date)

        _set(self, "send_date", send_date)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiRoomMaintenanceDTO._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "id": _load_id,
        "room_id": _load_room_id,
        "create_time": _load_create_time,
        "title": _load_title,
        "description": _load_description,
        "start_date": _load_start_date,
        "frequency": _load_frequency,
        "user": _load_user,
        "completed_date": _load_completed_date,
        "attachment": _load_attachment,
        "send_date": _load_send_date,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "attachment",
        "additional_properties",
    ),
    keys={
        "id": "id",
        "room_id": "roomId",
        "create_time": "createTime",
        "title": "title",
        "description": "description",
        "start_date": "startDate",
        "frequency": "frequency",
        "user": "user",
        "completed_date": "completedDate",
        "attachment": "attachment",
        "send_date": "sendDate",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.attachment_dto import AttachmentDTO  # noqa: E402
