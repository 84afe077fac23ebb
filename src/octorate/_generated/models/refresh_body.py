from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr, redacted_repr
from ..types import UNSET, Unset


@_attrs_define
class RefreshBody(LazyModel):
    """
    Attributes:
        client_id (str | Unset): The client_id is a public identifier for apps
        client_secret (str | Unset):
        refresh_token (str | Unset): The previously granted refresh token. If you don't know what's this or where
            recover it check the authentication tutorial
        notes (str | Unset):
    """

    client_id: str | Unset = UNSET
    client_secret: str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)
    refresh_token: str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        client_id = self.client_id

        client_secret = self.client_secret

        refresh_token = self.refresh_token

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if notes is not UNSET:
            field_dict["notes"] = notes

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


def _load_client_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("client_id", UNSET)


def _load_client_secret(d: Mapping[str, Any]) -> str | Unset:
    return d.get("client_secret", UNSET)


def _load_refresh_token(d: Mapping[str, Any]) -> str | Unset:
    return d.get("refresh_token", UNSET)


def _load_notes(d: Mapping[str, Any]) -> str | Unset:
    return d.get("notes", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "client_id",
        "client_secret",
        "refresh_token",
        "notes",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: RefreshBody, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "client_id" not in seen:
        _set(self, "client_id", d.get("client_id", UNSET))
    if "client_secret" not in seen:
        _set(self, "client_secret", d.get("client_secret", UNSET))
    if "refresh_token" not in seen:
        _set(self, "refresh_token", d.get("refresh_token", UNSET))
    if "notes" not in seen:
        _set(self, "notes", d.get("notes", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


RefreshBody._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "client_id": _load_client_id,
        "client_secret": _load_client_secret,
        "refresh_token": _load_refresh_token,
        "notes": _load_notes,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "client_id": "client_id",
        "client_secret": "client_secret",
        "refresh_token": "refresh_token",
        "notes": "notes",
    },
)
