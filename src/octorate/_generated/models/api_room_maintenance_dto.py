from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_room_maintenance_dto_frequency import ApiRoomMaintenanceDTOFrequency
from ..types import UNSET, Unset, enum_member, parse_datetime

if TYPE_CHECKING:
    from ..models.attachment_dto import AttachmentDTO


T = TypeVar("T", bound="ApiRoomMaintenanceDTO")


@_attrs_define
class ApiRoomMaintenanceDTO:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        room_id = d.pop("roomId", UNSET)

        _create_time = d.pop("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = parse_datetime(_start_date)

        _frequency = d.pop("frequency", UNSET)
        frequency: ApiRoomMaintenanceDTOFrequency | Unset
        if isinstance(_frequency, Unset):
            frequency = UNSET
        else:
            frequency = enum_member(ApiRoomMaintenanceDTOFrequency, _frequency)

        user = d.pop("user", UNSET)

        _completed_date = d.pop("completedDate", UNSET)
        completed_date: datetime.datetime | Unset
        if isinstance(_completed_date, Unset):
            completed_date = UNSET
        else:
            completed_date = parse_datetime(_completed_date)

        _attachment = d.pop("attachment", UNSET)
        attachment: AttachmentDTO | Unset
        if isinstance(_attachment, Unset):
            attachment = UNSET
        else:
            attachment = AttachmentDTO.from_dict(_attachment)

        _send_date = d.pop("sendDate", UNSET)
        send_date: datetime.datetime | Unset
        if isinstance(_send_date, Unset):
            send_date = UNSET
        else:
            send_date = parse_datetime(_send_date)

        api_room_maintenance_dto = cls(
            id=id,
            room_id=room_id,
            create_time=create_time,
            title=title,
            description=description,
            start_date=start_date,
            frequency=frequency,
            user=user,
            completed_date=completed_date,
            attachment=attachment,
            send_date=send_date,
        )

        api_room_maintenance_dto.additional_properties = d
        return api_room_maintenance_dto

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
from ..models.attachment_dto import AttachmentDTO  # noqa: E402
