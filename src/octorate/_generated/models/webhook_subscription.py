from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_subscription_type import WebhookSubscriptionType
from ..types import UNSET, Unset, enum_member, parse_datetime

T = TypeVar("T", bound="WebhookSubscription")


@_attrs_define
class WebhookSubscription:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        api_member = d.pop("apiMember", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: WebhookSubscriptionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(WebhookSubscriptionType, _type_)

        _create_time = d.pop("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        _process_time = d.pop("processTime", UNSET)
        process_time: datetime.datetime | Unset
        if isinstance(_process_time, Unset):
            process_time = UNSET
        else:
            process_time = parse_datetime(_process_time)

        endpoint = d.pop("endpoint", UNSET)

        priority = d.pop("priority", UNSET)

        enabled = d.pop("enabled", UNSET)

        webhook_subscription = cls(
            id=id,
            api_member=api_member,
            type_=type_,
            create_time=create_time,
            process_time=process_time,
            endpoint=endpoint,
            priority=priority,
            enabled=enabled,
        )

        webhook_subscription.additional_properties = d
        return webhook_subscription

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
