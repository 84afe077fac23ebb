from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr, redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.o_auth_identity import OAuthIdentity


@_attrs_define
class ApiAccommodationResponse(LazyModel):
    """
    Attributes:
        status (str | Unset):
        codice (list[str] | Unset):
        refresh_token (str | Unset):
        refresh_properties (list[str] | Unset):
        identity (OAuthIdentity | Unset):
        ids (str | Unset):
    """

    status: str | Unset = UNSET
    codice: list[str] | Unset = UNSET
    refresh_token: str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)
    refresh_properties: list[str] | Unset = UNSET
    identity: OAuthIdentity | Unset = UNSET
    ids: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        status = self.status

        codice: list[str] | Unset = UNSET
        if not isinstance(self.codice, Unset):
            codice = self.codice

        refresh_token = self.refresh_token

        refresh_properties: list[str] | Unset = UNSET
        if not isinstance(self.refresh_properties, Unset):
            refresh_properties = self.refresh_properties

        identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identity, Unset):
            identity = self.identity.to_dict()

        ids = self.ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if codice is not UNSET:
            field_dict["codice"] = codice
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if refresh_properties is not UNSET:
            field_dict["refresh_properties"] = refresh_properties
        if identity is not UNSET:
            field_dict["identity"] = identity
        if ids is not UNSET:
            field_dict["ids"] = ids

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


def _load_status(d: Mapping[str, Any]) -> str | Unset:
    return d.get("status", UNSET)


def _load_codice(d: Mapping[str, Any]) -> list[str] | Unset:
    codice = cast(list[str], d.get("codice", UNSET))

    return codice


def _load_refresh_token(d: Mapping[str, Any]) -> str | Unset:
    return d.get("refresh_token", UNSET)


def _load_refresh_properties(d: Mapping[str, Any]) -> list[str] | Unset:
    refresh_properties = cast(list[str], d.get("refresh_properties", UNSET))

    return refresh_properties


def _load_identity(d: Mapping[str, Any]) -> OAuthIdentity | Unset:
    _identity = d.get("identity", UNSET)
    identity: OAuthIdentity | Unset
    if isinstance(_identity, Unset):
        identity = UNSET
    else:
        identity = OAuthIdentity._from_json(_identity)

    return identity


def _load_ids(d: Mapping[str, Any]) -> str | Unset:
    return d.get("ids", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "status",
        "codice",
        "refresh_token",
        "refresh_properties",
        "identity",
        "ids",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiAccommodationResponse, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "status" not in seen:
        _set(self, "status", d.get("status", UNSET))
    if "codice" not in seen:
        codice = cast(list[str], d.get("codice", UNSET))

        _set(self, "codice", codice)
    if "refresh_token" not in seen:
        _set(self, "refresh_token", d.get("refresh_token", UNSET))
    if "refresh_properties" not in seen:
        refresh_properties = cast(list[str], d.get("refresh_properties", UNSET))

        _set(self, "refresh_properties", refresh_properties)
    if "identity" not in seen:
        _identity = d.get("identity", UNSET)
        identity: OAuthIdentity | Unset
        if isinstance(_identity, Unset):
            identity = UNSET
        else:
            identity = OAuthIdentity._from_json(_identity)

        _set(self, "identity", identity)
    if "ids" not in seen:
        _set(self, "ids", d.get("ids", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiAccommodationResponse._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "status": _load_status,
        "codice": _load_codice,
        "refresh_token": _load_refresh_token,
        "refresh_properties": _load_refresh_properties,
        "identity": _load_identity,
        "ids": _load_ids,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "codice",
        "refresh_properties",
        "identity",
        "additional_properties",
    ),
    keys={
        "status": "status",
        "codice": "codice",
        "refresh_token": "refresh_token",
        "refresh_properties": "refresh_properties",
        "identity": "identity",
        "ids": "ids",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.o_auth_identity import OAuthIdentity  # noqa: E402
