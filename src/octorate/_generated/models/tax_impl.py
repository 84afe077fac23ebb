from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.tax_impl_tax_amount_type import TaxImplTaxAmountType
from ..models.tax_impl_tax_type import TaxImplTaxType
from ..models.tax_impl_taxable_base_item import TaxImplTaxableBaseItem
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.tax_exemption_impl import TaxExemptionImpl


@_attrs_define
class TaxImpl(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_tax_type(d: Mapping[str, Any]) -> TaxImplTaxType | Unset:
    _tax_type = d.get("taxType", UNSET)
    tax_type: TaxImplTaxType | Unset
    if isinstance(_tax_type, Unset):
        tax_type = UNSET
    else:
        tax_type = enum_member(TaxImplTaxType, _tax_type)

    return tax_type


def _load_taxable_base(d: Mapping[str, Any]) -> list[TaxImplTaxableBaseItem] | Unset:
    _taxable_base = d.get("taxableBase", UNSET)
    taxable_base: list[TaxImplTaxableBaseItem] | Unset = UNSET
    if _taxable_base is not UNSET:
        taxable_base = []
        for taxable_base_item_data in _taxable_base:
            taxable_base_item = enum_member(TaxImplTaxableBaseItem, taxable_base_item_data)

            taxable_base.append(taxable_base_item)

    return taxable_base


def _load_tax_amount(d: Mapping[str, Any]) -> float | Unset:
    return d.get("taxAmount", UNSET)


def _load_tax_amount_type(d: Mapping[str, Any]) -> TaxImplTaxAmountType | Unset:
    _tax_amount_type = d.get("taxAmountType", UNSET)
    tax_amount_type: TaxImplTaxAmountType | Unset
    if isinstance(_tax_amount_type, Unset):
        tax_amount_type = UNSET
    else:
        tax_amount_type = enum_member(TaxImplTaxAmountType, _tax_amount_type)

    return tax_amount_type


def _load_business_tax_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("businessTaxId", UNSET)


def _load_registration_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("registrationId", UNSET)


def _load_exemptions(d: Mapping[str, Any]) -> list[TaxExemptionImpl] | Unset:
    _exemptions = d.get("exemptions", UNSET)
    exemptions: list[TaxExemptionImpl] | Unset = UNSET
    if _exemptions is not UNSET:
        exemptions = TaxExemptionImpl._from_json_list(_exemptions)

    return exemptions


def _load_portal_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("portalName", UNSET)


def _load_readonly(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("readonly", UNSET)


def _load_selected(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("selected", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "taxType",
        "taxableBase",
        "taxAmount",
        "taxAmountType",
        "businessTaxId",
        "registrationId",
        "exemptions",
        "portalName",
        "readonly",
        "selected",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: TaxImpl, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "tax_type" not in seen:
        _tax_type = d.get("taxType", UNSET)
        tax_type: TaxImplTaxType | Unset
        if isinstance(_tax_type, Unset):
            tax_type = UNSET
        else:
            tax_type = enum_member(TaxImplTaxType, _tax_type)

        _set(self, "tax_type", tax_type)
    if "taxable_base" not in seen:
        _taxable_base = d.get("taxableBase", UNSET)
        taxable_base: list[TaxImplTaxableBaseItem] | Unset = UNSET
        if _taxable_base is not UNSET:
            taxable_base = []
            for taxable_base_item_data in _taxable_base:
                taxable_base_item = enum_member(TaxImplTaxableBaseItem, taxable_base_item_data)

                taxable_base.append(taxable_base_item)

        _set(self, "taxable_base", taxable_base)
    if "tax_amount" not in seen:
        _set(self, "tax_amount", d.get("taxAmount", UNSET))
    if "tax_amount_type" not in seen:
        _tax_amount_type = d.get("taxAmountType", UNSET)
        tax_amount_type: TaxImplTaxAmountType | Unset
        if isinstance(_tax_amount_type, Unset):
            tax_amount_type = UNSET
        else:
            tax_amount_type = enum_member(TaxImplTaxAmountType, _tax_amount_type)

        _set(self, "tax_amount_type", tax_amount_type)
    if "business_tax_id" not in seen:
        _set(self, "business_tax_id", d.get("businessTaxId", UNSET))
    if "registration_id" not in seen:
        _set(self, "registration_id", d.get("registrationId", UNSET))
    if "exemptions" not in seen:
        _exemptions = d.get("exemptions", UNSET)
        exemptions: list[TaxExemptionImpl] | Unset = UNSET
        if _exemptions is not UNSET:
            exemptions = TaxExemptionImpl._from_json_list(_exemptions)

        _set(self, "exemptions", exemptions)
    if "portal_name" not in seen:
        _set(self, "portal_name", d.get("portalName", UNSET))
    if "readonly" not in seen:
        _set(self, "readonly", d.get("readonly", UNSET))
    if "selected" not in seen:
        _set(self, "selected", d.get("selected", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


TaxImpl._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "tax_type": _load_tax_type,
        "taxable_base": _load_taxable_base,
        "tax_amount": _load_tax_amount,
        "tax_amount_type": _load_tax_amount_type,
        "business_tax_id": _load_business_tax_id,
        "registration_id": _load_registration_id,
        "exemptions": _load_exemptions,
        "portal_name": _load_portal_name,
        "readonly": _load_readonly,
        "selected": _load_selected,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "taxable_base",
        "exemptions",
        "additional_properties",
    ),
    keys={
        "tax_type": "taxType",
        "taxable_base": "taxableBase",
        "tax_amount": "taxAmount",
        "tax_amount_type": "taxAmountType",
        "business_tax_id": "businessTaxId",
        "registration_id": "registrationId",
        "exemptions": "exemptions",
        "portal_name": "portalName",
        "readonly": "readonly",
        "selected": "selected",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.tax_exemption_impl import TaxExemptionImpl  # noqa: E402
