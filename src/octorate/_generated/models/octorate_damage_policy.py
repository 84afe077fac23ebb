from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.octorate_damage_policy_collection_mode import OctorateDamagePolicyCollectionMode
from ..models.octorate_damage_policy_collection_when import OctorateDamagePolicyCollectionWhen
from ..models.octorate_damage_policy_policy_type import OctorateDamagePolicyPolicyType
from ..models.octorate_damage_policy_return_mode import OctorateDamagePolicyReturnMode
from ..models.octorate_damage_policy_return_when import OctorateDamagePolicyReturnWhen
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="OctorateDamagePolicy")


@_attrs_define
class OctorateDamagePolicy:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        currency = d.pop("currency", UNSET)

        _policy_type = d.pop("policyType", UNSET)
        policy_type: OctorateDamagePolicyPolicyType | Unset
        if isinstance(_policy_type, Unset):
            policy_type = UNSET
        else:
            policy_type = enum_member(OctorateDamagePolicyPolicyType, _policy_type)

        damage_programme_terms_agreed = d.pop("damageProgrammeTermsAgreed", UNSET)

        _collection_mode = d.pop("collectionMode", UNSET)
        collection_mode: OctorateDamagePolicyCollectionMode | Unset
        if isinstance(_collection_mode, Unset):
            collection_mode = UNSET
        else:
            collection_mode = enum_member(OctorateDamagePolicyCollectionMode, _collection_mode)

        _collection_when = d.pop("collectionWhen", UNSET)
        collection_when: OctorateDamagePolicyCollectionWhen | Unset
        if isinstance(_collection_when, Unset):
            collection_when = UNSET
        else:
            collection_when = enum_member(OctorateDamagePolicyCollectionWhen, _collection_when)

        _return_mode = d.pop("returnMode", UNSET)
        return_mode: OctorateDamagePolicyReturnMode | Unset
        if isinstance(_return_mode, Unset):
            return_mode = UNSET
        else:
            return_mode = enum_member(OctorateDamagePolicyReturnMode, _return_mode)

        _return_when = d.pop("returnWhen", UNSET)
        return_when: OctorateDamagePolicyReturnWhen | Unset
        if isinstance(_return_when, Unset):
            return_when = UNSET
        else:
            return_when = enum_member(OctorateDamagePolicyReturnWhen, _return_when)

        octorate_damage_policy = cls(
            amount=amount,
            currency=currency,
            policy_type=policy_type,
            damage_programme_terms_agreed=damage_programme_terms_agreed,
            collection_mode=collection_mode,
            collection_when=collection_when,
            return_mode=return_mode,
            return_when=return_when,
        )

        octorate_damage_policy.additional_properties = d
        return octorate_damage_policy

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
