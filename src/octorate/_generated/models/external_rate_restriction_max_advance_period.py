from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_rate_restriction_max_advance_period_chronology import (
        ExternalRateRestrictionMaxAdvancePeriodChronology,
    )
    from ..models.external_rate_restriction_max_advance_period_units_item import (
        ExternalRateRestrictionMaxAdvancePeriodUnitsItem,
    )


T = TypeVar("T", bound="ExternalRateRestrictionMaxAdvancePeriod")


@_attrs_define
class ExternalRateRestrictionMaxAdvancePeriod:
    """
    Attributes:
        years (int | Unset):
        months (int | Unset):
        days (int | Unset):
        zero (bool | Unset):
        negative (bool | Unset):
        units (list[ExternalRateRestrictionMaxAdvancePeriodUnitsItem] | Unset):
        chronology (ExternalRateRestrictionMaxAdvancePeriodChronology | Unset):
    """

    years: int | Unset = UNSET
    months: int | Unset = UNSET
    days: int | Unset = UNSET
    zero: bool | Unset = UNSET
    negative: bool | Unset = UNSET
    units: list[ExternalRateRestrictionMaxAdvancePeriodUnitsItem] | Unset = UNSET
    chronology: ExternalRateRestrictionMaxAdvancePeriodChronology | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        years = self.years

        months = self.months

        days = self.days

        zero = self.zero

        negative = self.negative

        units: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.units, Unset):
            units = []
            for units_item_data in self.units:
                units_item = units_item_data.to_dict()
                units.append(units_item)

        chronology: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chronology, Unset):
            chronology = self.chronology.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if years is not UNSET:
            field_dict["years"] = years
        if months is not UNSET:
            field_dict["months"] = months
        if days is not UNSET:
            field_dict["days"] = days
        if zero is not UNSET:
            field_dict["zero"] = zero
        if negative is not UNSET:
            field_dict["negative"] = negative
        if units is not UNSET:
            field_dict["units"] = units
        if chronology is not UNSET:
            field_dict["chronology"] = chronology

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        years = d.pop("years", UNSET)

        months = d.pop("months", UNSET)

        days = d.pop("days", UNSET)

        zero = d.pop("zero", UNSET)

        negative = d.pop("negative", UNSET)

        _units = d.pop("units", UNSET)
        units: list[ExternalRateRestrictionMaxAdvancePeriodUnitsItem] | Unset = UNSET
        if _units is not UNSET:
            units = []
            for units_item_data in _units:
                units_item = ExternalRateRestrictionMaxAdvancePeriodUnitsItem.from_dict(
                    units_item_data
                )

                units.append(units_item)

        _chronology = d.pop("chronology", UNSET)
        chronology: ExternalRateRestrictionMaxAdvancePeriodChronology | Unset
        if isinstance(_chronology, Unset):
            chronology = UNSET
        else:
            chronology = ExternalRateRestrictionMaxAdvancePeriodChronology.from_dict(_chronology)

        external_rate_restriction_max_advance_period = cls(
            years=years,
            months=months,
            days=days,
            zero=zero,
            negative=negative,
            units=units,
            chronology=chronology,
        )

        external_rate_restriction_max_advance_period.additional_properties = d
        return external_rate_restriction_max_advance_period

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
from ..models.external_rate_restriction_max_advance_period_chronology import (
    ExternalRateRestrictionMaxAdvancePeriodChronology,  # noqa: E402
)
from ..models.external_rate_restriction_max_advance_period_units_item import (
    ExternalRateRestrictionMaxAdvancePeriodUnitsItem,  # noqa: E402
)
