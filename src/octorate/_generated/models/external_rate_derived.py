from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalRateDerived")


@_attrs_define
class ExternalRateDerived:
    """
    Attributes:
        occupancy (int | Unset):
        additional_price (float | Unset):
        percentage (int | Unset):
        java_id (str | Unset):
        serialized_name (str | Unset):
    """

    occupancy: int | Unset = UNSET
    additional_price: float | Unset = UNSET
    percentage: int | Unset = UNSET
    java_id: str | Unset = UNSET
    serialized_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        occupancy = self.occupancy

        additional_price = self.additional_price

        percentage = self.percentage

        java_id = self.java_id

        serialized_name = self.serialized_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if occupancy is not UNSET:
            field_dict["occupancy"] = occupancy
        if additional_price is not UNSET:
            field_dict["additionalPrice"] = additional_price
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if java_id is not UNSET:
            field_dict["javaId"] = java_id
        if serialized_name is not UNSET:
            field_dict["serializedName"] = serialized_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        occupancy = d.pop("occupancy", UNSET)

        additional_price = d.pop("additionalPrice", UNSET)

        percentage = d.pop("percentage", UNSET)

        java_id = d.pop("javaId", UNSET)

        serialized_name = d.pop("serializedName", UNSET)

        external_rate_derived = cls(
            occupancy=occupancy,
            additional_price=additional_price,
            percentage=percentage,
            java_id=java_id,
            serialized_name=serialized_name,
        )

        external_rate_derived.additional_properties = d
        return external_rate_derived

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
