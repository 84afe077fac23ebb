from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_user_ref_type import ApiUserRefType
from ..types import UNSET, Unset, enum_member


@_attrs_define
class ApiUserRef(LazyModel):
    """User performing this operation

    Attributes:
        id (int | Unset):
        username (str | Unset):
        firstname (str | Unset):
        lastname (str | Unset):
        codpromo (str | Unset):
        type_ (ApiUserRefType | Unset):
    """

    id: int | Unset = UNSET
    username: str | Unset = UNSET
    firstname: str | Unset = UNSET
    lastname: str | Unset = UNSET
    codpromo: str | Unset = UNSET
    type_: ApiUserRefType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        id = self.id

        username = self.username

        firstname = self.firstname

        lastname = self.lastname

        codpromo = self.codpromo

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if username is not UNSET:
            field_dict["username"] = username
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if codpromo is not UNSET:
            field_dict["codpromo"] = codpromo
        if type_ is not UNSET:
            field_dict["type"] = type_

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


def _load_username(d: Mapping[str, Any]) -> str | Unset:
    return d.get("username", UNSET)


def _load_firstname(d: Mapping[str, Any]) -> str | Unset:
    return d.get("firstname", UNSET)


def _load_lastname(d: Mapping[str, Any]) -> str | Unset:
    return d.get("lastname", UNSET)


def _load_codpromo(d: Mapping[str, Any]) -> str | Unset:
    return d.get("codpromo", UNSET)


def _load_type_(d: Mapping[str, Any]) -> ApiUserRefType | Unset:
    _type_ = d.get("type", UNSET)
    type_: ApiUserRefType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = enum_member(ApiUserRefType, _type_)

    return type_


_KNOWN_KEYS = frozenset(
    (
        "id",
        "username",
        "firstname",
        "lastname",
        "codpromo",
        "type",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiUserRef, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "username" not in seen:
        _set(self, "username", d.get("username", UNSET))
    if "firstname" not in seen:
        _set(self, "firstname", d.get("firstname", UNSET))
    if "lastname" not in seen:
        _set(self, "lastname", d.get("lastname", UNSET))
    if "codpromo" not in seen:
        _set(self, "codpromo", d.get("codpromo", UNSET))
    if "type_" not in seen:
        _type_ = d.get("type", UNSET)
        type_: ApiUserRefType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(ApiUserRefType, _type_)

        _set(self, "type_", type_)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiUserRef._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "id": _load_id,
        "username": _load_username,
        "firstname": _load_firstname,
        "lastname": _load_lastname,
        "codpromo": _load_codpromo,
        "type_": _load_type_,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "id": "id",
        "username": "username",
        "firstname": "firstname",
        "lastname": "lastname",
        "codpromo": "codpromo",
        "type_": "type",
    },
)
