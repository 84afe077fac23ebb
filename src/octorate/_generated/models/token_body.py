from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenBody")


@_attrs_define
class TokenBody:
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
    client_secret: str
    code: str
    redirect_uri: str
    grant_type: str = "code"
    code_challenge: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        client_secret = d.pop("client_secret")

        code = d.pop("code")

        redirect_uri = d.pop("redirect_uri")

        grant_type = d.pop("grant_type")

        code_challenge = d.pop("code_challenge", UNSET)

        token_body = cls(
            client_id=client_id,
            client_secret=client_secret,
            code=code,
            redirect_uri=redirect_uri,
            grant_type=grant_type,
            code_challenge=code_challenge,
        )

        token_body.additional_properties = d
        return token_body

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
