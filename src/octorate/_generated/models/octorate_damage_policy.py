from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.octorate_damage_policy_collection_mode import OctorateDamagePolicyCollectionMode
from ..models.octorate_damage_policy_collection_when import OctorateDamagePolicyCollectionWhen
from ..models.octorate_damage_policy_policy_type import OctorateDamagePolicyPolicyType
from ..models.octorate_damage_policy_return_mode import OctorateDamagePolicyReturnMode
from ..models.octorate_damage_policy_return_when import OctorateDamagePolicyReturnWhen
from ..types import UNSET, Unset, enum_member


@_attrs_define
class OctorateDamagePolicy(LazyModel):
    """External damage policy

    Attributes:
        amount (float | Unset):
        currency (str | Unset):
        policy_type (OctorateDamagePolicyPolicyType | Unset):
        damage_programme_terms_agreed (bool | Unset):
        collection_mode (OctorateDamagePolicyCollectionMode | Unset):
        collection_when (OctorateDamagePolicyCollectionWhen | Unset):
        return_mode (OctorateDamagePolicyReturnMode | Unset):
        return_when (OctorateDamagePolicyReturnWhen | Unset):
    """

    amount: float | Unset = UNSET
    currency: str | Unset = UNSET
    policy_type: OctorateDamagePolicyPolicyType | Unset = UNSET
    damage_programme_terms_agreed: bool | Unset = UNSET
    collection_mode: OctorateDamagePolicyCollectionMode | Unset = UNSET
    collection_when: OctorateDamagePolicyCollectionWhen | Unset = UNSET
    return_mode: OctorateDamagePolicyReturnMode | Unset = UNSET
    return_when: OctorateDamagePolicyReturnWhen | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        amount = self.amount

        currency = self.currency

        policy_type: str | Unset = UNSET
        if not isinstance(self.policy_type, Unset):
            policy_type = self.policy_type.value

        damage_programme_terms_agreed = self.damage_programme_terms_agreed

        collection_mode: str | Unset = UNSET
        if not isinstance(self.collection_mode, Unset):
            collection_mode = self.collection_mode.value

        collection_when: str | Unset = UNSET
        if not isinstance(self.collection_when, Unset):
            collection_when = self.collection_when.value

        return_mode: str | Unset = UNSET
        if not isinstance(self.return_mode, Unset):
            return_mode = self.return_mode.value

        return_when: str | Unset = UNSET
        if not isinstance(self.return_when, Unset):
            return_when = self.return_when.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if policy_type is not UNSET:
            field_dict["policyType"] = policy_type
        if damage_programme_terms_agreed is not UNSET:
            field_dict["damageProgrammeTermsAgreed"] = damage_programme_terms_agreed
        if collection_mode is not UNSET:
            field_dict["collectionMode"] = collection_mode
        if collection_when is not UNSET:
            field_dict["collectionWhen"] = collection_when
        if return_mode is not UNSET:
            field_dict["returnMode"] = return_mode
        if return_when is not UNSET:
            field_dict["returnWhen"] = return_when

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


def _load_amount(d: Mapping[str, Any]) -> float | Unset:
    return d.get("amount", UNSET)


def _load_currency(d: Mapping[str, Any]) -> str | Unset:
    return d.get("currency", UNSET)


def _load_policy_type(d: Mapping[str, Any]) -> OctorateDamagePolicyPolicyType | Unset:
    _policy_type = d.get("policyType", UNSET)
    policy_type: OctorateDamagePolicyPolicyType | Unset
    if isinstance(_policy_type, Unset):
        policy_type = UNSET
    else:
        policy_type = enum_member(OctorateDamagePolicyPolicyType, _policy_type)

    return policy_type


def _load_damage_programme_terms_agreed(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("damageProgrammeTermsAgreed", UNSET)


def _load_collection_mode(d: Mapping[str, Any]) -> OctorateDamagePolicyCollectionMode | Unset:
    _collection_mode = d.get("collectionMode", UNSET)
    collection_mode: OctorateDamagePolicyCollectionMode | Unset
    if isinstance(_collection_mode, Unset):
        collection_mode = UNSET
    else:
        collection_mode = enum_member(OctorateDamagePolicyCollectionMode, _collection_mode)

    return collection_mode


def _load_collection_when(d: Mapping[str, Any]) -> OctorateDamagePolicyCollectionWhen | Unset:
    _collection_when = d.get("collectionWhen", UNSET)
    collection_when: OctorateDamagePolicyCollectionWhen | Unset
    if isinstance(_collection_when, Unset):
        collection_when = UNSET
    else:
        collection_when = enum_member(OctorateDamagePolicyCollectionWhen, _collection_when)

    return collection_when


def _load_return_mode(d: Mapping[str, Any]) -> OctorateDamagePolicyReturnMode | Unset:
    _return_mode = d.get("returnMode", UNSET)
    return_mode: OctorateDamagePolicyReturnMode | Unset
    if isinstance(_return_mode, Unset):
        return_mode = UNSET
    else:
        return_mode = enum_member(OctorateDamagePolicyReturnMode, _return_mode)

    return return_mode


def _load_return_when(d: Mapping[str, Any]) -> OctorateDamagePolicyReturnWhen | Unset:
    _return_when = d.get("returnWhen", UNSET)
    return_when: OctorateDamagePolicyReturnWhen | Unset
    if isinstance(_return_when, Unset):
        return_when = UNSET
    else:
        return_when = enum_member(OctorateDamagePolicyReturnWhen, _return_when)

    return return_when


_KNOWN_KEYS = frozenset(
    (
        "amount",
        "currency",
        "policyType",
        "damageProgrammeTermsAgreed",
        "collectionMode",
        "collectionWhen",
        "returnMode",
        "returnWhen",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: OctorateDamagePolicy, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "amount" not in seen:
        _set(self, "amount", d.get("amount", UNSET))
    if "currency" not in seen:
        _set(self, "currency", d.get("currency", UNSET))
    if "policy_type" not in seen:
        _policy_type = d.get("policyType", UNSET)
        policy_type: OctorateDamagePolicyPolicyType | Unset
        if isinstance(_policy_type, Unset):
            policy_type = UNSET
        else:
            policy_type = enum_member(OctorateDamagePolicyPolicyType, _policy_type)

        _set(self, "policy_type", policy_type)
    if "damage_programme_terms_agreed" not in seen:
        _set(self, "damage_programme_terms_agreed", d.get("damageProgrammeTermsAgreed", UNSET))
    if "collection_mode" not in seen:
        _collection_mode = d.get("collectionMode", UNSET)
        collection_mode: OctorateDamagePolicyCollectionMode | Unset
        if isinstance(_collection_mode, Unset):
            collection_mode = UNSET
        else:
            collection_mode = enum_member(OctorateDamagePolicyCollectionMode, _collection_mode)

        _set(self, "collection_mode", collection_mode)
    if "collection_when" not in seen:
        _collection_when = d.get("collectionWhen", UNSET)
        collection_when: OctorateDamagePolicyCollectionWhen | Unset
        if isinstance(_collection_when, Unset):
            collection_when = UNSET
        else:
            collection_when = enum_member(OctorateDamagePolicyCollectionWhen, _collection_when)

        _set(self, "collection_when", collection_when)
    if "return_mode" not in seen:
        _return_mode = d.get("returnMode", UNSET)
        return_mode: OctorateDamagePolicyReturnMode | Unset
        if isinstance(_return_mode, Unset):
            return_mode = UNSET
        else:
            return_mode = enum_member(OctorateDamagePolicyReturnMode, _return_mode)

        _set(self, "return_mode", return_mode)
    if "return_when" not in seen:
        _return_when = d.get("returnWhen", UNSET)
        return_when: OctorateDamagePolicyReturnWhen | Unset
        if isinstance(_return_when, Unset):
            return_when = UNSET
        else:
            return_when = enum_member(OctorateDamagePolicyReturnWhen, _return_when)

        _set(self, "return_when", return_when)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctorateDamagePolicy._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "amount": _load_amount,
        "currency": _load_currency,
        "policy_type": _load_policy_type,
        "damage_programme_terms_agreed": _load_damage_programme_terms_agreed,
        "collection_mode": _load_collection_mode,
        "collection_when": _load_collection_when,
        "return_mode": _load_return_mode,
        "return_when": _load_return_when,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "amount": "amount",
        "currency": "currency",
        "policy_type": "policyType",
        "damage_programme_terms_agreed": "damageProgrammeTermsAgreed",
        "collection_mode": "collectionMode",
        "collection_when": "collectionWhen",
        "return_mode": "returnMode",
        "return_when": "returnWhen",
    },
)
