from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.o_auth_resource_api_permission_level_item import OAuthResourceApiPermissionLevelItem
from ..types import UNSET, Unset, enum_member, parse_datetime


@_attrs_define
class OAuthResource(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_codice(d: Mapping[str, Any]) -> str | Unset:
    return d.get("codice", UNSET)


def _load_identity_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("identityId", UNSET)


def _load_create_time(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _create_time = d.get("createTime", UNSET)
    create_time: datetime.datetime | Unset
    if isinstance(_create_time, Unset):
        create_time = UNSET
    else:
        create_time = parse_datetime(_create_time)

    return create_time


def _load_api_permission_level(
    d: Mapping[str, Any],
) -> list[OAuthResourceApiPermissionLevelItem] | Unset:
    _api_permission_level = d.get("apiPermissionLevel", UNSET)
    api_permission_level: list[OAuthResourceApiPermissionLevelItem] | Unset = UNSET
    if _api_permission_level is not UNSET:
        api_permission_level = []
        for api_permission_level_item_data in _api_permission_level:
            api_permission_level_item = enum_member(
                OAuthResourceApiPermissionLevelItem, api_permission_level_item_data
            )

            api_permission_level.append(api_permission_level_item)

    return api_permission_level


_KNOWN_KEYS = frozenset(
    (
        "id",
        "codice",
        "identityId",
        "createTime",
        "apiPermissionLevel",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: OAuthResource, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "codice" not in seen:
        _set(self, "codice", d.get("codice", UNSET))
    if "identity_id" not in seen:
        _set(self, "identity_id", d.get("identityId", UNSET))
    if "create_time" not in seen:
        _create_time = d.get("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        _set(self, "create_time", create_time)
    if "api_permission_level" not in seen:
        _api_permission_level = d.get("apiPermissionLevel", UNSET)
        api_permission_level: list[OAuthResourceApiPermissionLevelItem] | Unset = UNSET
        if _api_permission_level is not UNSET:
            api_permission_level = []
            for api_permission_level_item_data in _api_permission_level:
                api_permission_level_item = enum_member(
                    OAuthResourceApiPermissionLevelItem, api_permission_level_item_data
                )

                api_permission_level.append(api_permission_level_item)

        _set(self, "api_permission_level", api_permission_level)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OAuthResource._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "id": _load_id,
        "codice": _load_codice,
        "identity_id": _load_identity_id,
        "create_time": _load_create_time,
        "api_permission_level": _load_api_permission_level,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "api_permission_level",
        "additional_properties",
    ),
    keys={
        "id": "id",
        "codice": "codice",
        "identity_id": "identityId",
        "create_time": "createTime",
        "api_permission_level": "apiPermissionLevel",
    },
)
