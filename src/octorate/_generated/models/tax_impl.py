from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_impl_tax_amount_type import TaxImplTaxAmountType
from ..models.tax_impl_tax_type import TaxImplTaxType
from ..models.tax_impl_taxable_base_item import TaxImplTaxableBaseItem
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.tax_exemption_impl import TaxExemptionImpl


T = TypeVar("T", bound="TaxImpl")


@_attrs_define
class TaxImpl:
    """Tax model to send to portal

    Attributes:
        tax_type (TaxImplTaxType | Unset):
        taxable_base (list[TaxImplTaxableBaseItem] | Unset):
        tax_amount (float | Unset):
        tax_amount_type (TaxImplTaxAmountType | Unset):
        business_tax_id (str | Unset):
        registration_id (str | Unset):
        exemptions (list[TaxExemptionImpl] | Unset):
        portal_name (str | Unset):
        readonly (bool | Unset):
        selected (bool | Unset):
    """

    tax_type: TaxImplTaxType | Unset = UNSET
    taxable_base: list[TaxImplTaxableBaseItem] | Unset = UNSET
    tax_amount: float | Unset = UNSET
    tax_amount_type: TaxImplTaxAmountType | Unset = UNSET
    business_tax_id: str | Unset = UNSET
    registration_id: str | Unset = UNSET
    exemptions: list[TaxExemptionImpl] | Unset = UNSET
    portal_name: str | Unset = UNSET
    readonly: bool | Unset = UNSET
    selected: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_type: str | Unset = UNSET
        if not isinstance(self.tax_type, Unset):
            tax_type = self.tax_type.value

        taxable_base: list[str] | Unset = UNSET
        if not isinstance(self.taxable_base, Unset):
            taxable_base = []
            for taxable_base_item_data in self.taxable_base:
                taxable_base_item = taxable_base_item_data.value
                taxable_base.append(taxable_base_item)

        tax_amount = self.tax_amount

        tax_amount_type: str | Unset = UNSET
        if not isinstance(self.tax_amount_type, Unset):
            tax_amount_type = self.tax_amount_type.value

        business_tax_id = self.business_tax_id

        registration_id = self.registration_id

        exemptions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exemptions, Unset):
            exemptions = []
            for exemptions_item_data in self.exemptions:
                exemptions_item = exemptions_item_data.to_dict()
                exemptions.append(exemptions_item)

        portal_name = self.portal_name

        readonly = self.readonly

        selected = self.selected

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax_type is not UNSET:
            field_dict["taxType"] = tax_type
        if taxable_base is not UNSET:
            field_dict["taxableBase"] = taxable_base
        if tax_amount is not UNSET:
            field_dict["taxAmount"] = tax_amount
        if tax_amount_type is not UNSET:
            field_dict["taxAmountType"] = tax_amount_type
        if business_tax_id is not UNSET:
            field_dict["businessTaxId"] = business_tax_id
        if registration_id is not UNSET:
            field_dict["registrationId"] = registration_id
        if exemptions is not UNSET:
            field_dict["exemptions"] = exemptions
        if portal_name is not UNSET:
            field_dict["portalName"] = portal_name
        if readonly is not UNSET:
            field_dict["readonly"] = readonly
        if selected is not UNSET:
            field_dict["selected"] = selected

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _tax_type = d.pop("taxType", UNSET)
        tax_type: TaxImplTaxType | Unset
        if isinstance(_tax_type, Unset):
            tax_type = UNSET
        else:
            tax_type = enum_member(TaxImplTaxType, _tax_type)

        _taxable_base = d.pop("taxableBase", UNSET)
        taxable_base: list[TaxImplTaxableBaseItem] | Unset = UNSET
        if _taxable_base is not UNSET:
            taxable_base = []
            for taxable_base_item_data in _taxable_base:
                taxable_base_item = enum_member(TaxImplTaxableBaseItem, taxable_base_item_data)

                taxable_base.append(taxable_base_item)

        tax_amount = d.pop("taxAmount", UNSET)

        _tax_amount_type = d.pop("taxAmountType", UNSET)
        tax_amount_type: TaxImplTaxAmountType | Unset
        if isinstance(_tax_amount_type, Unset):
            tax_amount_type = UNSET
        else:
            tax_amount_type = enum_member(TaxImplTaxAmountType, _tax_amount_type)

        business_tax_id = d.pop("businessTaxId", UNSET)

        registration_id = d.pop("registrationId", UNSET)

        _exemptions = d.pop("exemptions", UNSET)
        exemptions: list[TaxExemptionImpl] | Unset = UNSET
        if _exemptions is not UNSET:
            exemptions = []
            for exemptions_item_data in _exemptions:
                exemptions_item = TaxExemptionImpl.from_dict(exemptions_item_data)

                exemptions.append(exemptions_item)

        portal_name = d.pop("portalName", UNSET)

        readonly = d.pop("readonly", UNSET)

        selected = d.pop("selected", UNSET)

        tax_impl = cls(
            tax_type=tax_type,
            taxable_base=taxable_base,
            tax_amount=tax_amount,
            tax_amount_type=tax_amount_type,
            business_tax_id=business_tax_id,
            registration_id=registration_id,
            exemptions=exemptions,
            portal_name=portal_name,
            readonly=readonly,
            selected=selected,
        )

        tax_impl.additional_properties = d
        return tax_impl

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
from ..models.tax_exemption_impl import TaxExemptionImpl  # noqa: E402
