from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.octorate_french_tax_details_category_id import OctorateFrenchTaxDetailsCategoryId
from ..models.octorate_french_tax_details_nature_id import OctorateFrenchTaxDetailsNatureId
from ..types import UNSET, Unset, enum_member


@_attrs_define
class OctorateFrenchTaxDetails(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_category_id(d: Mapping[str, Any]) -> OctorateFrenchTaxDetailsCategoryId | Unset:
    _category_id = d.get("categoryId", UNSET)
    category_id: OctorateFrenchTaxDetailsCategoryId | Unset
    if isinstance(_category_id, Unset):
        category_id = UNSET
    else:
        category_id = enum_member(OctorateFrenchTaxDetailsCategoryId, _category_id)

    return category_id


def _load_nature_id(d: Mapping[str, Any]) -> OctorateFrenchTaxDetailsNatureId | Unset:
    _nature_id = d.get("natureId", UNSET)
    nature_id: OctorateFrenchTaxDetailsNatureId | Unset
    if isinstance(_nature_id, Unset):
        nature_id = UNSET
    else:
        nature_id = enum_member(OctorateFrenchTaxDetailsNatureId, _nature_id)

    return nature_id


def _load_declare_revenue(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("declareRevenue", UNSET)


def _load_has_vat(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("hasVat", UNSET)


def _load_registered_in_rcs(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("registeredInRcs", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "categoryId",
        "natureId",
        "declareRevenue",
        "hasVat",
        "registeredInRcs",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: OctorateFrenchTaxDetails, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "category_id" not in seen:
        _category_id = d.get("categoryId", UNSET)
        category_id: OctorateFrenchTaxDetailsCategoryId | Unset
        if isinstance(_category_id, Unset):
            category_id = UNSET
        else:
            category_id = enum_member(OctorateFrenchTaxDetailsCategoryId, _category_id)

        _set(self, "category_id", category_id)
    if "nature_id" not in seen:
        _nature_id = d.get("natureId", UNSET)
        nature_id: OctorateFrenchTaxDetailsNatureId | Unset
        if isinstance(_nature_id, Unset):
            nature_id = UNSET
        else:
            nature_id = enum_member(OctorateFrenchTaxDetailsNatureId, _nature_id)

        _set(self, "nature_id", nature_id)
    if "declare_revenue" not in seen:
        _set(self, "declare_revenue", d.get("declareRevenue", UNSET))
    if "has_vat" not in seen:
        _set(self, "has_vat", d.get("hasVat", UNSET))
    if "registered_in_rcs" not in seen:
        _set(self, "registered_in_rcs", d.get("registeredInRcs", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctorateFrenchTaxDetails._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "category_id": _load_category_id,
        "nature_id": _load_nature_id,
        "declare_revenue": _load_declare_revenue,
        "has_vat": _load_has_vat,
        "registered_in_rcs": _load_registered_in_rcs,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "category_id": "categoryId",
        "nature_id": "natureId",
        "declare_revenue": "declareRevenue",
        "has_vat": "hasVat",
        "registered_in_rcs": "registeredInRcs",
    },
)
