from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.octorate_french_tax_details_category_id import OctorateFrenchTaxDetailsCategoryId
from ..models.octorate_french_tax_details_nature_id import OctorateFrenchTaxDetailsNatureId
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="OctorateFrenchTaxDetails")


@_attrs_define
class OctorateFrenchTaxDetails:
    """French tax details

    Attributes:
        category_id (OctorateFrenchTaxDetailsCategoryId | Unset):
        nature_id (OctorateFrenchTaxDetailsNatureId | Unset):
        declare_revenue (bool | Unset):
        has_vat (bool | Unset):
        registered_in_rcs (bool | Unset):
    """

    category_id: OctorateFrenchTaxDetailsCategoryId | Unset = UNSET
    nature_id: OctorateFrenchTaxDetailsNatureId | Unset = UNSET
    declare_revenue: bool | Unset = UNSET
    has_vat: bool | Unset = UNSET
    registered_in_rcs: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category_id: str | Unset = UNSET
        if not isinstance(self.category_id, Unset):
            category_id = self.category_id.value

        nature_id: str | Unset = UNSET
        if not isinstance(self.nature_id, Unset):
            nature_id = self.nature_id.value

        declare_revenue = self.declare_revenue

        has_vat = self.has_vat

        registered_in_rcs = self.registered_in_rcs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category_id is not UNSET:
            field_dict["categoryId"] = category_id
        if nature_id is not UNSET:
            field_dict["natureId"] = nature_id
        if declare_revenue is not UNSET:
            field_dict["declareRevenue"] = declare_revenue
        if has_vat is not UNSET:
            field_dict["hasVat"] = has_vat
        if registered_in_rcs is not UNSET:
            field_dict["registeredInRcs"] = registered_in_rcs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _category_id = d.pop("categoryId", UNSET)
        category_id: OctorateFrenchTaxDetailsCategoryId | Unset
        if isinstance(_category_id, Unset):
            category_id = UNSET
        else:
            category_id = enum_member(OctorateFrenchTaxDetailsCategoryId, _category_id)

        _nature_id = d.pop("natureId", UNSET)
        nature_id: OctorateFrenchTaxDetailsNatureId | Unset
        if isinstance(_nature_id, Unset):
            nature_id = UNSET
        else:
            nature_id = enum_member(OctorateFrenchTaxDetailsNatureId, _nature_id)

        declare_revenue = d.pop("declareRevenue", UNSET)

        has_vat = d.pop("hasVat", UNSET)

        registered_in_rcs = d.pop("registeredInRcs", UNSET)

        octorate_french_tax_details = cls(
            category_id=category_id,
            nature_id=nature_id,
            declare_revenue=declare_revenue,
            has_vat=has_vat,
            registered_in_rcs=registered_in_rcs,
        )

        octorate_french_tax_details.additional_properties = d
        return octorate_french_tax_details

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
