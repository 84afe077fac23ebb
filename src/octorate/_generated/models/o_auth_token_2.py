from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="OAuthToken2")


@_attrs_define
class OAuthToken2:
    """
    Attributes:
        access_token (str | Unset): This token have a short expiration. We expect that on network you normally transit
            this token.
        refresh_token (str | Unset): The token that you should crypt and use the less possible. This token doesn't have
            an expiration
        expires_in (int | Unset):
        expire_date (datetime.datetime | Unset): DEPRECATED: Use expires_in. After that date, you should use the refresh
            token to obtain a new access_token
        token_type (str | Unset):
        accessToken (str | Unset):
    """

    access_token: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    expires_in: int | Unset = UNSET
    expire_date: datetime.datetime | Unset = UNSET
    token_type: str | Unset = UNSET
    accessToken: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        refresh_token = self.refresh_token

        expires_in = self.expires_in

        expire_date: str | Unset = UNSET
        if not isinstance(self.expire_date, Unset):
            expire_date = self.expire_date.isoformat()

        token_type = self.token_type

        accessToken = self.accessToken

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_token is not UNSET:
            field_dict["access_token"] = access_token
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if expire_date is not UNSET:
            field_dict["expireDate"] = expire_date
        if token_type is not UNSET:
            field_dict["token_type"] = token_type
        if accessToken is not UNSET:
            field_dict["accessToken"] = accessToken

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("access_token", UNSET)

        refresh_token = d.pop("refresh_token", UNSET)

        expires_in = d.pop("expires_in", UNSET)

        _expire_date = d.pop("expireDate", UNSET)
        expire_date: datetime.datetime | Unset
        if isinstance(_expire_date, Unset):
            expire_date = UNSET
        else:
            expire_date = parse_datetime(_expire_date)

        token_type = d.pop("token_type", UNSET)

        accessToken = d.pop("accessToken", UNSET)

        o_auth_token_2 = cls(
            access_token=access_token,
            refresh_token=refresh_token,
            expires_in=expires_in,
            expire_date=expire_date,
            token_type=token_type,
            accessToken=accessToken,
        )

        o_auth_token_2.additional_properties = d
        return o_auth_token_2

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
