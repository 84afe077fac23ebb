from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr, redacted_repr
from ..types import UNSET, Unset


@_attrs_define
class TokenBody(LazyModel):
    """
    Attributes:
        client_id (str): The client_id is a public identifier for apps
        client_secret (str): The client_secret is a secret known only to the application and octorate It is critical
            that developers never include their client_secret in public (mobile or browser-based) apps.
        code (str): Once the user has been redirect back to your site, you will find this param in the url (GET PARAMS).
            Please at this stage use 'code''
        redirect_uri (str): Should be whitelisted by octorate. Use always the same through the same flow
        grant_type (str): please use 'code' Default: 'code'.
        code_challenge (str | Unset): Used as alternative to client_secret when the application is a Single Page
            Application and does not have a backend
    """

    client_id: str
    client_secret: str = _attrs_field(repr=redacted_repr)
    code: str = _attrs_field(repr=redacted_repr)
    redirect_uri: str
    grant_type: str = "code"
    code_challenge: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        client_id = self.client_id

        client_secret = self.client_secret

        code = self.code

        redirect_uri = self.redirect_uri

        grant_type = self.grant_type

        code_challenge = self.code_challenge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "client_secret": client_secret,
                "code": code,
                "redirect_uri": redirect_uri,
                "grant_type": grant_type,
            }
        )
        if code_challenge is not UNSET:
            field_dict["code_challenge"] = code_challenge

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


def _load_client_id(d: Mapping[str, Any]) -> str:
    return d["client_id"]


def _load_client_secret(d: Mapping[str, Any]) -> str:
    return d["client_secret"]


def _load_code(d: Mapping[str, Any]) -> str:
    return d["code"]


def _load_redirect_uri(d: Mapping[str, Any]) -> str:
    return d["redirect_uri"]


def _load_grant_type(d: Mapping[str, Any]) -> str:
    return d["grant_type"]


def _load_code_challenge(d: Mapping[str, Any]) -> str | Unset:
    return d.get("code_challenge", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "client_id",
        "client_secret",
        "code",
        "redirect_uri",
        "grant_type",
        "code_challenge",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: TokenBody, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "client_id" not in seen:
        _set(self, "client_id", d["client_id"])
    if "client_secret" not in seen:
        _set(self, "client_secret", d["client_secret"])
    if "code" not in seen:
        _set(self, "code", d["code"])
    if "redirect_uri" not in seen:
        _set(self, "redirect_uri", d["redirect_uri"])
    if "grant_type" not in seen:
        _set(self, "grant_type", d["grant_type"])
    if "code_challenge" not in seen:
        _set(self, "code_challenge", d.get("code_challenge", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


TokenBody._octorate_fields = FieldTable(
    required=frozenset(
        (
            "client_id",
            "client_secret",
            "code",
            "redirect_uri",
            "grant_type",
        )
    ),
    loaders={
        "client_id": _load_client_id,
        "client_secret": _load_client_secret,
        "code": _load_code,
        "redirect_uri": _load_redirect_uri,
        "grant_type": _load_grant_type,
        "code_challenge": _load_code_challenge,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "client_id": "client_id",
        "client_secret": "client_secret",
        "code": "code",
        "redirect_uri": "redirect_uri",
        "grant_type": "grant_type",
        "code_challenge": "code_challenge",
    },
)
