from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.o_auth_resource_api_permission_level_item import OAuthResourceApiPermissionLevelItem
from ..types import UNSET, Unset, enum_member, parse_datetime

T = TypeVar("T", bound="OAuthResource")


@_attrs_define
class OAuthResource:
    """
    Attributes:
        id (int | Unset):
        codice (str | Unset):
        identity_id (int | Unset):
        create_time (datetime.datetime | Unset):
        api_permission_level (list[OAuthResourceApiPermissionLevelItem] | Unset):
    """

    id: int | Unset = UNSET
    codice: str | Unset = UNSET
    identity_id: int | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    api_permission_level: list[OAuthResourceApiPermissionLevelItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        codice = self.codice

        identity_id = self.identity_id

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        api_permission_level: list[str] | Unset = UNSET
        if not isinstance(self.api_permission_level, Unset):
            api_permission_level = []
            for api_permission_level_item_data in self.api_permission_level:
                api_permission_level_item = api_permission_level_item_data.value
                api_permission_level.append(api_permission_level_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if codice is not UNSET:
            field_dict["codice"] = codice
        if identity_id is not UNSET:
            field_dict["identityId"] = identity_id
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if api_permission_level is not UNSET:
            field_dict["apiPermissionLevel"] = api_permission_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        codice = d.pop("codice", UNSET)

        identity_id = d.pop("identityId", UNSET)

        _create_time = d.pop("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        _api_permission_level = d.pop("apiPermissionLevel", UNSET)
        api_permission_level: list[OAuthResourceApiPermissionLevelItem] | Unset = UNSET
        if _api_permission_level is not UNSET:
            api_permission_level = []
            for api_permission_level_item_data in _api_permission_level:
                api_permission_level_item = enum_member(
                    OAuthResourceApiPermissionLevelItem, api_permission_level_item_data
                )

                api_permission_level.append(api_permission_level_item)

        o_auth_resource = cls(
            id=id,
            codice=codice,
            identity_id=identity_id,
            create_time=create_time,
            api_permission_level=api_permission_level,
        )

        o_auth_resource.additional_properties = d
        return o_auth_resource

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
