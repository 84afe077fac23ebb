from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.octorate_amount import OctorateAmount
    from ..models.octorate_child_age import OctorateChildAge


T = TypeVar("T", bound="OctorateConfiguration")


@_attrs_define
class OctorateConfiguration:
    """
    Attributes:
        amount (OctorateAmount | Unset):
        child_ages (list[OctorateChildAge] | Unset):
        excluded (bool | Unset):
    """

    amount: OctorateAmount | Unset = UNSET
    child_ages: list[OctorateChildAge] | Unset = UNSET
    excluded: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        child_ages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.child_ages, Unset):
            child_ages = []
            for child_ages_item_data in self.child_ages:
                child_ages_item = child_ages_item_data.to_dict()
                child_ages.append(child_ages_item)

        excluded = self.excluded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if child_ages is not UNSET:
            field_dict["childAges"] = child_ages
        if excluded is not UNSET:
            field_dict["excluded"] = excluded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _amount = d.pop("amount", UNSET)
        amount: OctorateAmount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = OctorateAmount.from_dict(_amount)

        _child_ages = d.pop("childAges", UNSET)
        child_ages: list[OctorateChildAge] | Unset = UNSET
        if _child_ages is not UNSET:
            child_ages = []
            for child_ages_item_data in _child_ages:
                child_ages_item = OctorateChildAge.from_dict(child_ages_item_data)

                child_ages.append(child_ages_item)

        excluded = d.pop("excluded", UNSET)

        octorate_configuration = cls(
            amount=amount,
            child_ages=child_ages,
            excluded=excluded,
        )

        octorate_configuration.additional_properties = d
        return octorate_configuration

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
from ..models.octorate_amount import OctorateAmount  # noqa: E402
from ..models.octorate_child_age import OctorateChildAge  # noqa: E402
