from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.octorate_brazil_tax_details_tax_payer_number_type import (
    OctorateBrazilTaxDetailsTaxPayerNumberType,
)
from ..types import UNSET, Unset, enum_member


@_attrs_define
class OctorateBrazilTaxDetails(LazyModel):
    """
    Attributes:
        tax_payer_number (str | Unset):
        tax_payer_number_type (OctorateBrazilTaxDetailsTaxPayerNumberType | Unset):
        city_hall_id (str | Unset):
        email (str | Unset):
    """

    tax_payer_number: str | Unset = UNSET
    tax_payer_number_type: OctorateBrazilTaxDetailsTaxPayerNumberType | Unset = UNSET
    city_hall_id: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        tax_payer_number = self.tax_payer_number

        tax_payer_number_type: str | Unset = UNSET
        if not isinstance(self.tax_payer_number_type, Unset):
            tax_payer_number_type = self.tax_payer_number_type.value

        city_hall_id = self.city_hall_id

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tax_payer_number is not UNSET:
            field_dict["taxPayerNumber"] = tax_payer_number
        if tax_payer_number_type is not UNSET:
            field_dict["taxPayerNumberType"] = tax_payer_number_type
        if city_hall_id is not UNSET:
            field_dict["cityHallId"] = city_hall_id
        if email is not UNSET:
            field_dict["email"] = email

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


def _load_tax_payer_number(d: Mapping[str, Any]) -> str | Unset:
    return d.get("taxPayerNumber", UNSET)


def _load_tax_payer_number_type(
    d: Mapping[str, Any],
) -> OctorateBrazilTaxDetailsTaxPayerNumberType | Unset:
    _tax_payer_number_type = d.get("taxPayerNumberType", UNSET)
    tax_payer_number_type: OctorateBrazilTaxDetailsTaxPayerNumberType | Unset
    if isinstance(_tax_payer_number_type, Unset):
        tax_payer_number_type = UNSET
    else:
        tax_payer_number_type = enum_member(
            OctorateBrazilTaxDetailsTaxPayerNumberType, _tax_payer_number_type
        )

    return tax_payer_number_type


def _load_city_hall_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("cityHallId", UNSET)


def _load_email(d: Mapping[str, Any]) -> str | Unset:
    return d.get("email", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "taxPayerNumber",
        "taxPayerNumberType",
        "cityHallId",
        "email",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: OctorateBrazilTaxDetails, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "tax_payer_number" not in seen:
        _set(self, "tax_payer_number", d.get("taxPayerNumber", UNSET))
    if "tax_payer_number_type" not in seen:
        _tax_payer_number_type = d.get("taxPayerNumberType", UNSET)
        tax_payer_number_type: OctorateBrazilTaxDetailsTaxPayerNumberType | Unset
        if isinstance(_tax_payer_number_type, Unset):
            tax_payer_number_type = UNSET
        else:
            tax_payer_number_type = enum_member(
                OctorateBrazilTaxDetailsTaxPayerNumberType, _tax_payer_number_type
            )

        _set(self, "tax_payer_number_type", tax_payer_number_type)
    if "city_hall_id" not in seen:
        _set(self, "city_hall_id", d.get("cityHallId", UNSET))
    if "email" not in seen:
        _set(self, "email", d.get("email", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctorateBrazilTaxDetails._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "tax_payer_number": _load_tax_payer_number,
        "tax_payer_number_type": _load_tax_payer_number_type,
        "city_hall_id": _load_city_hall_id,
        "email": _load_email,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "tax_payer_number": "taxPayerNumber",
        "tax_payer_number_type": "taxPayerNumberType",
        "city_hall_id": "cityHallId",
        "email": "email",
    },
)
