from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr, redacted_repr
from ..types import UNSET, Unset, parse_datetime


@_attrs_define
class OAuthToken2(LazyModel):
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

    access_token: str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)
    refresh_token: str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)
    expires_in: int | Unset = UNSET
    expire_date: datetime.datetime | Unset = UNSET
    token_type: str | Unset = UNSET
    accessToken: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_access_token(d: Mapping[str, Any]) -> str | Unset:
    return d.get("access_token", UNSET)


def _load_refresh_token(d: Mapping[str, Any]) -> str | Unset:
    return d.get("refresh_token", UNSET)


def _load_expires_in(d: Mapping[str, Any]) -> int | Unset:
    return d.get("expires_in", UNSET)


def _load_expire_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _expire_date = d.get("expireDate", UNSET)
    expire_date: datetime.datetime | Unset
    if isinstance(_expire_date, Unset):
        expire_date = UNSET
    else:
        expire_date = parse_datetime(_expire_date)

    return expire_date


def _load_token_type(d: Mapping[str, Any]) -> str | Unset:
    return d.get("token_type", UNSET)


def _load_accessToken(d: Mapping[str, Any]) -> str | Unset:
    return d.get("accessToken", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "access_token",
        "refresh_token",
        "expires_in",
        "expireDate",
        "token_type",
        "accessToken",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: OAuthToken2, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "access_token" not in seen:
        _set(self, "access_token", d.get("access_token", UNSET))
    if "refresh_token" not in seen:
        _set(self, "refresh_token", d.get("refresh_token", UNSET))
    if "expires_in" not in seen:
        _set(self, "expires_in", d.get("expires_in", UNSET))
    if "expire_date" not in seen:
        _expire_date = d.get("expireDate", UNSET)
        expire_date: datetime.datetime | Unset
        if isinstance(_expire_date, Unset):
            expire_date = UNSET
        else:
            expire_date = parse_datetime(_expire_date)

        _set(self, "expire_date", expire_date)
    if "token_type" not in seen:
        _set(self, "token_type", d.get("token_type", UNSET))
    if "accessToken" not in seen:
        _set(self, "accessToken", d.get("accessToken", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OAuthToken2._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "access_token": _load_access_token,
        "refresh_token": _load_refresh_token,
        "expires_in": _load_expires_in,
        "expire_date": _load_expire_date,
        "token_type": _load_token_type,
        "accessToken": _load_accessToken,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "access_token": "access_token",
        "refresh_token": "refresh_token",
        "expires_in": "expires_in",
        "expire_date": "expireDate",
        "token_type": "token_type",
        "accessToken": "accessToken",
    },
)
