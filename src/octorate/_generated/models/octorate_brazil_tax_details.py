from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.octorate_brazil_tax_details_tax_payer_number_type import (
    OctorateBrazilTaxDetailsTaxPayerNumberType,
)
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="OctorateBrazilTaxDetails")


@_attrs_define
class OctorateBrazilTaxDetails:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tax_payer_number = d.pop("taxPayerNumber", UNSET)

        _tax_payer_number_type = d.pop("taxPayerNumberType", UNSET)
        tax_payer_number_type: OctorateBrazilTaxDetailsTaxPayerNumberType | Unset
        if isinstance(_tax_payer_number_type, Unset):
            tax_payer_number_type = UNSET
        else:
            tax_payer_number_type = enum_member(
                OctorateBrazilTaxDetailsTaxPayerNumberType, _tax_payer_number_type
            )

        city_hall_id = d.pop("cityHallId", UNSET)

        email = d.pop("email", UNSET)

        octorate_brazil_tax_details = cls(
            tax_payer_number=tax_payer_number,
            tax_payer_number_type=tax_payer_number_type,
            city_hall_id=city_hall_id,
            email=email,
        )

        octorate_brazil_tax_details.additional_properties = d
        return octorate_brazil_tax_details

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
