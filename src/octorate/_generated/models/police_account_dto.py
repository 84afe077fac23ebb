from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset, parse_datetime


@_attrs_define
class PoliceAccountDTO(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_codice(d: Mapping[str, Any]) -> str | Unset:
    return d.get("codice", UNSET)


def _load_ws_code(d: Mapping[str, Any]) -> str | Unset:
    return d.get("wsCode", UNSET)


def _load_send_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("sendId", UNSET)


def _load_autorun(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("autorun", UNSET)


def _load_valid(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("valid", UNSET)


def _load_group_guest(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("groupGuest", UNSET)


def _load_group_guest_by_room(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("groupGuestByRoom", UNSET)


def _load_last_cron(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _last_cron = d.get("lastCron", UNSET)
    last_cron: datetime.datetime | Unset
    if isinstance(_last_cron, Unset):
        last_cron = UNSET
    else:
        last_cron = parse_datetime(_last_cron)

    return last_cron


_KNOWN_KEYS = frozenset(
    (
        "codice",
        "wsCode",
        "sendId",
        "autorun",
        "valid",
        "groupGuest",
        "groupGuestByRoom",
        "lastCron",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: PoliceAccountDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "codice" not in seen:
        _set(self, "codice", d.get("codice", UNSET))
    if "ws_code" not in seen:
        _set(self, "ws_code", d.get("wsCode", UNSET))
    if "send_id" not in seen:
        _set(self, "send_id", d.get("sendId", UNSET))
    if "autorun" not in seen:
        _set(self, "autorun", d.get("autorun", UNSET))
    if "valid" not in seen:
        _set(self, "valid", d.get("valid", UNSET))
    if "group_guest" not in seen:
        _set(self, "group_guest", d.get("groupGuest", UNSET))
    if "group_guest_by_room" not in seen:
        _set(self, "group_guest_by_room", d.get("groupGuestByRoom", UNSET))
    if "last_cron" not in seen:
        _last_cron = d.get("lastCron", UNSET)
        last_cron: datetime.datetime | Unset
        if isinstance(_last_cron, Unset):
            last_cron = UNSET
        else:
            last_cron = parse_datetime(_last_cron)

        _set(self, "last_cron", last_cron)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


PoliceAccountDTO._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "codice": _load_codice,
        "ws_code": _load_ws_code,
        "send_id": _load_send_id,
        "autorun": _load_autorun,
        "valid": _load_valid,
        "group_guest": _load_group_guest,
        "group_guest_by_room": _load_group_guest_by_room,
        "last_cron": _load_last_cron,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "codice": "codice",
        "ws_code": "wsCode",
        "send_id": "sendId",
        "autorun": "autorun",
        "valid": "valid",
        "group_guest": "groupGuest",
        "group_guest_by_room": "groupGuestByRoom",
        "last_cron": "lastCron",
    },
)
