from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr, redacted_repr
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.o_auth_resource import OAuthResource


@_attrs_define
class OAuthIdentity(LazyModel):
    """
    Attributes:
        id (int | Unset):
        api_id (int | Unset):
        refresh_token (str | Unset):
        access_token (str | Unset):
        expire_time (datetime.datetime | Unset):
        resources (list[OAuthResource] | Unset):
        user_id (int | Unset):
        create_time (datetime.datetime | Unset):
        allowed_address (str | Unset):
        guest_id (int | Unset):
    """

    id: int | Unset = UNSET
    api_id: int | Unset = UNSET
    refresh_token: str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)
    access_token: str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)
    expire_time: datetime.datetime | Unset = UNSET
    resources: list[OAuthResource] | Unset = UNSET
    user_id: int | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    allowed_address: str | Unset = UNSET
    guest_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        id = self.id

        api_id = self.api_id

        refresh_token = self.refresh_token

        access_token = self.access_token

        expire_time: str | Unset = UNSET
        if not isinstance(self.expire_time, Unset):
            expire_time = self.expire_time.isoformat()

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        user_id = self.user_id

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        allowed_address = self.allowed_address

        guest_id = self.guest_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if api_id is not UNSET:
            field_dict["apiId"] = api_id
        if refresh_token is not UNSET:
            field_dict["refreshToken"] = refresh_token
        if access_token is not UNSET:
            field_dict["accessToken"] = access_token
        if expire_time is not UNSET:
            field_dict["expireTime"] = expire_time
        if resources is not UNSET:
            field_dict["resources"] = resources
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if allowed_address is not UNSET:
            field_dict["allowedAddress"] = allowed_address
        if guest_id is not UNSET:
            field_dict["guestId"] = guest_id

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


def _load_api_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("apiId", UNSET)


def _load_refresh_token(d: Mapping[str, Any]) -> str | Unset:
    return d.get("refreshToken", UNSET)


def _load_access_token(d: Mapping[str, Any]) -> str | Unset:
    return d.get("accessToken", UNSET)


def _load_expire_time(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _expire_time = d.get("expireTime", UNSET)
    expire_time: datetime.datetime | Unset
    if isinstance(_expire_time, Unset):
        expire_time = UNSET
    else:
        expire_time = parse_datetime(_expire_time)

    return expire_time


def _load_resources(d: Mapping[str, Any]) -> list[OAuthResource] | Unset:
    _resources = d.get("resources", UNSET)
    resources: list[OAuthResource] | Unset = UNSET
    if _resources is not UNSET:
        resources = OAuthResource._from_json_list(_resources)

    return resources


def _load_user_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("userId", UNSET)


def _load_create_time(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _create_time = d.get("createTime", UNSET)
    create_time: datetime.datetime | Unset
    if isinstance(_create_time, Unset):
        create_time = UNSET
    else:
        create_time = parse_datetime(_create_time)

    return create_time


def _load_allowed_address(d: Mapping[str, Any]) -> str | Unset:
    return d.get("allowedAddress", UNSET)


def _load_guest_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("guestId", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "id",
        "apiId",
        "refreshToken",
        "accessToken",
        "expireTime",
        "resources",
        "userId",
        "createTime",
        "allowedAddress",
        "guestId",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: OAuthIdentity, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "api_id" not in seen:
        _set(self, "api_id", d.get("apiId", UNSET))
    if "refresh_token" not in seen:
        _set(self, "refresh_token", d.get("refreshToken", UNSET))
    if "access_token" not in seen:
        _set(self, "access_token", d.get("accessToken", UNSET))
    if "expire_time" not in seen:
        _expire_time = d.get("expireTime", UNSET)
        expire_time: datetime.datetime | Unset
        if isinstance(_expire_time, Unset):
            expire_time = UNSET
        else:
            expire_time = parse_datetime(_expire_time)

        _set(self, "expire_time", expire_time)
    if "resources" not in seen:
        _resources = d.get("resources", UNSET)
        resources: list[OAuthResource] | Unset = UNSET
        if _resources is not UNSET:
            resources = OAuthResource._from_json_list(_resources)

        _set(self, "resources", resources)
    if "user_id" not in seen:
        _set(self, "user_id", d.get("userId", UNSET))
    if "create_time" not in seen:
        _create_time = d.get("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        _set(self, "create_time", create_time)
    if "allowed_address" not in seen:
        _set(self, "allowed_address", d.get("allowedAddress", UNSET))
    if "guest_id" not in seen:
        _set(self, "guest_id", d.get("guestId", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OAuthIdentity._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "id": _load_id,
        "api_id": _load_api_id,
        "refresh_token": _load_refresh_token,
        "access_token": _load_access_token,
        "expire_time": _load_expire_time,
        "resources": _load_resources,
        "user_id": _load_user_id,
        "create_time": _load_create_time,
        "allowed_address": _load_allowed_address,
        "guest_id": _load_guest_id,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "resources",
        "additional_properties",
    ),
    keys={
        "id": "id",
        "api_id": "apiId",
        "refresh_token": "refreshToken",
        "access_token": "accessToken",
        "expire_time": "expireTime",
        "resources": "resources",
        "user_id": "userId",
        "create_time": "createTime",
        "allowed_address": "allowedAddress",
        "guest_id": "guestId",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.o_auth_resource import OAuthResource  # noqa: E402
