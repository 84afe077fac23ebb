from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxExemptionImpl")


@_attrs_define
class TaxExemptionImpl:
    """
    Attributes:
        day_from (int | Unset):
        day_to (int | Unset):
        age_from (int | Unset):
        age_to (int | Unset):
        max_cap_person_night (float | Unset):
    """

    day_from: int | Unset = UNSET
    day_to: int | Unset = UNSET
    age_from: int | Unset = UNSET
    age_to: int | Unset = UNSET
    max_cap_person_night: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day_from = self.day_from

        day_to = self.day_to

        age_from = self.age_from

        age_to = self.age_to

        max_cap_person_night = self.max_cap_person_night

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if day_from is not UNSET:
            field_dict["dayFrom"] = day_from
        if day_to is not UNSET:
            field_dict["dayTo"] = day_to
        if age_from is not UNSET:
            field_dict["ageFrom"] = age_from
        if age_to is not UNSET:
            field_dict["ageTo"] = age_to
        if max_cap_person_night is not UNSET:
            field_dict["maxCapPersonNight"] = max_cap_person_night

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day_from = d.pop("dayFrom", UNSET)

        day_to = d.pop("dayTo", UNSET)

        age_from = d.pop("ageFrom", UNSET)

        age_to = d.pop("ageTo", UNSET)

        max_cap_person_night = d.pop("maxCapPersonNight", UNSET)

        tax_exemption_impl = cls(
            day_from=day_from,
            day_to=day_to,
            age_from=age_from,
            age_to=age_to,
            max_cap_person_night=max_cap_person_night,
        )

        tax_exemption_impl.additional_properties = d
        return tax_exemption_impl

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
