from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiInvoiceOptionsDTO")


@_attrs_define
class ApiInvoiceOptionsDTO:
    """The invoice options of this accommodation

    Attributes:
        id (int | Unset): Reference inside our system
        accommodation_id (str | Unset): The id of the accommodation Example: 999999.
        treasury_active (bool | Unset): true if the integration with the treasury is active
        split_commission_property_manager (bool | Unset): True if I have to break Property Manager Commission
    """

    id: int | Unset = UNSET
    accommodation_id: str | Unset = UNSET
    treasury_active: bool | Unset = UNSET
    split_commission_property_manager: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        accommodation_id = self.accommodation_id

        treasury_active = self.treasury_active

        split_commission_property_manager = self.split_commission_property_manager

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if accommodation_id is not UNSET:
            field_dict["accommodationId"] = accommodation_id
        if treasury_active is not UNSET:
            field_dict["treasuryActive"] = treasury_active
        if split_commission_property_manager is not UNSET:
            field_dict["splitCommissionPropertyManager"] = split_commission_property_manager

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        accommodation_id = d.pop("accommodationId", UNSET)

        treasury_active = d.pop("treasuryActive", UNSET)

        split_commission_property_manager = d.pop("splitCommissionPropertyManager", UNSET)

        api_invoice_options_dto = cls(
            id=id,
            accommodation_id=accommodation_id,
            treasury_active=treasury_active,
            split_commission_property_manager=split_commission_property_manager,
        )

        api_invoice_options_dto.additional_properties = d
        return api_invoice_options_dto

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
