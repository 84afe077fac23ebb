from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.o_auth_resource import OAuthResource


T = TypeVar("T", bound="OAuthIdentity")


@_attrs_define
class OAuthIdentity:
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
    refresh_token: str | Unset = UNSET
    access_token: str | Unset = UNSET
    expire_time: datetime.datetime | Unset = UNSET
    resources: list[OAuthResource] | Unset = UNSET
    user_id: int | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    allowed_address: str | Unset = UNSET
    guest_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        api_id = d.pop("apiId", UNSET)

        refresh_token = d.pop("refreshToken", UNSET)

        access_token = d.pop("accessToken", UNSET)

        _expire_time = d.pop("expireTime", UNSET)
        expire_time: datetime.datetime | Unset
        if isinstance(_expire_time, Unset):
            expire_time = UNSET
        else:
            expire_time = parse_datetime(_expire_time)

        _resources = d.pop("resources", UNSET)
        resources: list[OAuthResource] | Unset = UNSET
        if _resources is not UNSET:
            resources = []
            for resources_item_data in _resources:
                resources_item = OAuthResource.from_dict(resources_item_data)

                resources.append(resources_item)

        user_id = d.pop("userId", UNSET)

        _create_time = d.pop("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        allowed_address = d.pop("allowedAddress", UNSET)

        guest_id = d.pop("guestId", UNSET)

        o_auth_identity = cls(
            id=id,
            api_id=api_id,
            refresh_token=refresh_token,
            access_token=access_token,
            expire_time=expire_time,
            resources=resources,
            user_id=user_id,
            create_time=create_time,
            allowed_address=allowed_address,
            guest_id=guest_id,
        )

        o_auth_identity.additional_properties = d
        return o_auth_identity

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
from ..models.o_auth_resource import OAuthResource  # noqa: E402
