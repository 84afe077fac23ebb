from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExternalRateRestrictionMinAdvancePeriodChronology")


@_attrs_define
class ExternalRateRestrictionMinAdvancePeriodChronology:
    """
    Attributes:
        id (str | Unset):
        calendar_type (str | Unset):
        iso_based (bool | Unset):
    """

    id: str | Unset = UNSET
    calendar_type: str | Unset = UNSET
    iso_based: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        calendar_type = self.calendar_type

        iso_based = self.iso_based

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if calendar_type is not UNSET:
            field_dict["calendarType"] = calendar_type
        if iso_based is not UNSET:
            field_dict["isoBased"] = iso_based

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        calendar_type = d.pop("calendarType", UNSET)

        iso_based = d.pop("isoBased", UNSET)

        external_rate_restriction_min_advance_period_chronology = cls(
            id=id,
            calendar_type=calendar_type,
            iso_based=iso_based,
        )

        external_rate_restriction_min_advance_period_chronology.additional_properties = d
        return external_rate_restriction_min_advance_period_chronology

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
