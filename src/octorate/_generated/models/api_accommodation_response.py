from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.o_auth_identity import OAuthIdentity


T = TypeVar("T", bound="ApiAccommodationResponse")


@_attrs_define
class ApiAccommodationResponse:
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
    refresh_token: str | Unset = UNSET
    refresh_properties: list[str] | Unset = UNSET
    identity: OAuthIdentity | Unset = UNSET
    ids: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        codice = cast(list[str], d.pop("codice", UNSET))

        refresh_token = d.pop("refresh_token", UNSET)

        refresh_properties = cast(list[str], d.pop("refresh_properties", UNSET))

        _identity = d.pop("identity", UNSET)
        identity: OAuthIdentity | Unset
        if isinstance(_identity, Unset):
            identity = UNSET
        else:
            identity = OAuthIdentity.from_dict(_identity)

        ids = d.pop("ids", UNSET)

        api_accommodation_response = cls(
            status=status,
            codice=codice,
            refresh_token=refresh_token,
            refresh_properties=refresh_properties,
            identity=identity,
            ids=ids,
        )

        api_accommodation_response.additional_properties = d
        return api_accommodation_response

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


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.o_auth_identity import OAuthIdentity  # noqa: E402
