from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="PoliceAccountDTO")


@_attrs_define
class PoliceAccountDTO:
    """The police account of the accommodation

    Attributes:
        codice (str | Unset): The codice Example: 999999.
        ws_code (str | Unset): The ws code
        send_id (int | Unset): The send id
        autorun (bool | Unset): The autorun flag
        valid (bool | Unset): The valid flag
        group_guest (bool | Unset): The groupGuest flag
        group_guest_by_room (bool | Unset): The groupGuestByRoom flag
        last_cron (datetime.datetime | Unset): The last cron run timestamp
    """

    codice: str | Unset = UNSET
    ws_code: str | Unset = UNSET
    send_id: int | Unset = UNSET
    autorun: bool | Unset = UNSET
    valid: bool | Unset = UNSET
    group_guest: bool | Unset = UNSET
    group_guest_by_room: bool | Unset = UNSET
    last_cron: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        codice = self.codice

        ws_code = self.ws_code

        send_id = self.send_id

        autorun = self.autorun

        valid = self.valid

        group_guest = self.group_guest

        group_guest_by_room = self.group_guest_by_room

        last_cron: str | Unset = UNSET
        if not isinstance(self.last_cron, Unset):
            last_cron = self.last_cron.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if codice is not UNSET:
            field_dict["codice"] = codice
        if ws_code is not UNSET:
            field_dict["wsCode"] = ws_code
        if send_id is not UNSET:
            field_dict["sendId"] = send_id
        if autorun is not UNSET:
            field_dict["autorun"] = autorun
        if valid is not UNSET:
            field_dict["valid"] = valid
        if group_guest is not UNSET:
            field_dict["groupGuest"] = group_guest
        if group_guest_by_room is not UNSET:
            field_dict["groupGuestByRoom"] = group_guest_by_room
        if last_cron is not UNSET:
            field_dict["lastCron"] = last_cron

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        codice = d.pop("codice", UNSET)

        ws_code = d.pop("wsCode", UNSET)

        send_id = d.pop("sendId", UNSET)

        autorun = d.pop("autorun", UNSET)

        valid = d.pop("valid", UNSET)

        group_guest = d.pop("groupGuest", UNSET)

        group_guest_by_room = d.pop("groupGuestByRoom", UNSET)

        _last_cron = d.pop("lastCron", UNSET)
        last_cron: datetime.datetime | Unset
        if isinstance(_last_cron, Unset):
            last_cron = UNSET
        else:
            last_cron = parse_datetime(_last_cron)

        police_account_dto = cls(
            codice=codice,
            ws_code=ws_code,
            send_id=send_id,
            autorun=autorun,
            valid=valid,
            group_guest=group_guest,
            group_guest_by_room=group_guest_by_room,
            last_cron=last_cron,
        )

        police_account_dto.additional_properties = d
        return police_account_dto

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
