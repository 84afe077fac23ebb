from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.webhook_subscription_type import WebhookSubscriptionType
from ..types import UNSET, Unset, enum_member, parse_datetime


@_attrs_define
class WebhookSubscription(LazyModel):
    """
    Attributes:
        id (int | Unset):
        api_member (int | Unset):
        type_ (WebhookSubscriptionType | Unset):
        create_time (datetime.datetime | Unset):
        process_time (datetime.datetime | Unset):
        endpoint (str | Unset):
        priority (int | Unset):
        enabled (bool | Unset):
    """

    id: int | Unset = UNSET
    api_member: int | Unset = UNSET
    type_: WebhookSubscriptionType | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    process_time: datetime.datetime | Unset = UNSET
    endpoint: str | Unset = UNSET
    priority: int | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        id = self.id

        api_member = self.api_member

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        process_time: str | Unset = UNSET
        if not isinstance(self.process_time, Unset):
            process_time = self.process_time.isoformat()

        endpoint = self.endpoint

        priority = self.priority

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if api_member is not UNSET:
            field_dict["apiMember"] = api_member
        if type_ is not UNSET:
            field_dict["type"] = type_
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if process_time is not UNSET:
            field_dict["processTime"] = process_time
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if priority is not UNSET:
            field_dict["priority"] = priority
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

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


def _load_api_member(d: Mapping[str, Any]) -> int | Unset:
    return d.get("apiMember", UNSET)


def _load_type_(d: Mapping[str, Any]) -> WebhookSubscriptionType | Unset:
    _type_ = d.get("type", UNSET)
    type_: WebhookSubscriptionType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = enum_member(WebhookSubscriptionType, _type_)

    return type_


def _load_create_time(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _create_time = d.get("createTime", UNSET)
    create_time: datetime.datetime | Unset
    if isinstance(_create_time, Unset):
        create_time = UNSET
    else:
        create_time = parse_datetime(_create_time)

    return create_time


def _load_process_time(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _process_time = d.get("processTime", UNSET)
    process_time: datetime.datetime | Unset
    if isinstance(_process_time, Unset):
        process_time = UNSET
    else:
        process_time = parse_datetime(_process_time)

    return process_time


def _load_endpoint(d: Mapping[str, Any]) -> str | Unset:
    return d.get("endpoint", UNSET)


def _load_priority(d: Mapping[str, Any]) -> int | Unset:
    return d.get("priority", UNSET)


def _load_enabled(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("enabled", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "id",
        "apiMember",
        "type",
        "createTime",
        "processTime",
        "endpoint",
        "priority",
        "enabled",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: WebhookSubscription, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "api_member" not in seen:
        _set(self, "api_member", d.get("apiMember", UNSET))
    if "type_" not in seen:
        _type_ = d.get("type", UNSET)
        type_: WebhookSubscriptionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(WebhookSubscriptionType, _type_)

        _set(self, "type_", type_)
    if "create_time" not in seen:
        _create_time = d.get("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        _set(self, "create_time", create_time)
    if "process_time" not in seen:
        _process_time = d.get("processTime", UNSET)
        process_time: datetime.datetime | Unset
        if isinstance(_process_time, Unset):
            process_time = UNSET
        else:
            process_time = parse_datetime(_process_time)

        _set(self, "process_time", process_time)
    if "endpoint" not in seen:
        _set(self, "endpoint", d.get("endpoint", UNSET))
    if "priority" not in seen:
        _set(self, "priority", d.get("priority", UNSET))
    if "enabled" not in seen:
        _set(self, "enabled", d.get("enabled", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


WebhookSubscription._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "id": _load_id,
        "api_member": _load_api_member,
        "type_": _load_type_,
        "create_time": _load_create_time,
        "process_time": _load_process_time,
        "endpoint": _load_endpoint,
        "priority": _load_priority,
        "enabled": _load_enabled,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "id": "id",
        "api_member": "apiMember",
        "type_": "type",
        "create_time": "createTime",
        "process_time": "processTime",
        "endpoint": "endpoint",
        "priority": "priority",
        "enabled": "enabled",
    },
)
