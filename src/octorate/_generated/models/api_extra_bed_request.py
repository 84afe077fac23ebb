from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiExtraBedRequest")


@_attrs_define
class ApiExtraBedRequest:
    """
    Attributes:
        age_restriction (int | Unset):
        quantity_available (int | Unset):
        price (float | Unset):
    """

    age_restriction: int | Unset = UNSET
    quantity_available: int | Unset = UNSET
    price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        age_restriction = self.age_restriction

        quantity_available = self.quantity_available

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if age_restriction is not UNSET:
            field_dict["ageRestriction"] = age_restriction
        if quantity_available is not UNSET:
            field_dict["quantityAvailable"] = quantity_available
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        age_restriction = d.pop("ageRestriction", UNSET)

        quantity_available = d.pop("quantityAvailable", UNSET)

        price = d.pop("price", UNSET)

        api_extra_bed_request = cls(
            age_restriction=age_restriction,
            quantity_available=quantity_available,
            price=price,
        )

        api_extra_bed_request.additional_properties = d
        return api_extra_bed_request

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
