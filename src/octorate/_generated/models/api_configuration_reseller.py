from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiConfigurationReseller")


@_attrs_define
class ApiConfigurationReseller:
    """Information about the linked reseller account. If you are a reseller of Octorate, contact Octorate to have your
    account linked.

        Attributes:
            reseller (bool | Unset): Describe if this api is linked to a reseller account (blue area)
            perm_upgrade (bool | Unset): Describe if reseller menu is active for all users
            perm_owners (bool | Unset): Describe if this reseller is handling property owners
            reseller_name (str | Unset): The name of this reseller
            reseller_email (str | Unset): The reseller email
            cod_promo (str | Unset): Code that can be used to join accommodation by commercial
    """

    reseller: bool | Unset = UNSET
    perm_upgrade: bool | Unset = UNSET
    perm_owners: bool | Unset = UNSET
    reseller_name: str | Unset = UNSET
    reseller_email: str | Unset = UNSET
    cod_promo: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reseller = self.reseller

        perm_upgrade = self.perm_upgrade

        perm_owners = self.perm_owners

        reseller_name = self.reseller_name

        reseller_email = self.reseller_email

        cod_promo = self.cod_promo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reseller is not UNSET:
            field_dict["reseller"] = reseller
        if perm_upgrade is not UNSET:
            field_dict["permUpgrade"] = perm_upgrade
        if perm_owners is not UNSET:
            field_dict["permOwners"] = perm_owners
        if reseller_name is not UNSET:
            field_dict["resellerName"] = reseller_name
        if reseller_email is not UNSET:
            field_dict["resellerEmail"] = reseller_email
        if cod_promo is not UNSET:
            field_dict["codPromo"] = cod_promo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reseller = d.pop("reseller", UNSET)

        perm_upgrade = d.pop("permUpgrade", UNSET)

        perm_owners = d.pop("permOwners", UNSET)

        reseller_name = d.pop("resellerName", UNSET)

        reseller_email = d.pop("resellerEmail", UNSET)

        cod_promo = d.pop("codPromo", UNSET)

        api_configuration_reseller = cls(
            reseller=reseller,
            perm_upgrade=perm_upgrade,
            perm_owners=perm_owners,
            reseller_name=reseller_name,
            reseller_email=reseller_email,
            cod_promo=cod_promo,
        )

        api_configuration_reseller.additional_properties = d
        return api_configuration_reseller

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
