from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_user_ref_type import ApiUserRefType
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="ApiUserRef")


@_attrs_define
class ApiUserRef:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        username = d.pop("username", UNSET)

        firstname = d.pop("firstname", UNSET)

        lastname = d.pop("lastname", UNSET)

        codpromo = d.pop("codpromo", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ApiUserRefType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(ApiUserRefType, _type_)

        api_user_ref = cls(
            id=id,
            username=username,
            firstname=firstname,
            lastname=lastname,
            codpromo=codpromo,
            type_=type_,
        )

        api_user_ref.additional_properties = d
        return api_user_ref

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
