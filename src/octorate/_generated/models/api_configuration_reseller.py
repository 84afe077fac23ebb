from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class ApiConfigurationReseller(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_reseller(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("reseller", UNSET)


def _load_perm_upgrade(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("permUpgrade", UNSET)


def _load_perm_owners(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("permOwners", UNSET)


def _load_reseller_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("resellerName", UNSET)


def _load_reseller_email(d: Mapping[str, Any]) -> str | Unset:
    return d.get("resellerEmail", UNSET)


def _load_cod_promo(d: Mapping[str, Any]) -> str | Unset:
    return d.get("codPromo", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "reseller",
        "permUpgrade",
        "permOwners",
        "resellerName",
        "resellerEmail",
        "codPromo",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiConfigurationReseller, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "reseller" not in seen:
        _set(self, "reseller", d.get("reseller", UNSET))
    if "perm_upgrade" not in seen:
        _set(self, "perm_upgrade", d.get("permUpgrade", UNSET))
    if "perm_owners" not in seen:
        _set(self, "perm_owners", d.get("permOwners", UNSET))
    if "reseller_name" not in seen:
        _set(self, "reseller_name", d.get("resellerName", UNSET))
    if "reseller_email" not in seen:
        _set(self, "reseller_email", d.get("resellerEmail", UNSET))
    if "cod_promo" not in seen:
        _set(self, "cod_promo", d.get("codPromo", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiConfigurationReseller._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "reseller": _load_reseller,
        "perm_upgrade": _load_perm_upgrade,
        "perm_owners": _load_perm_owners,
        "reseller_name": _load_reseller_name,
        "reseller_email": _load_reseller_email,
        "cod_promo": _load_cod_promo,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "reseller": "reseller",
        "perm_upgrade": "permUpgrade",
        "perm_owners": "permOwners",
        "reseller_name": "resellerName",
        "reseller_email": "resellerEmail",
        "cod_promo": "codPromo",
    },
)
