from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_rate_restriction_min_advance_period_chronology import (
        ExternalRateRestrictionMinAdvancePeriodChronology,
    )
    from ..models.external_rate_restriction_min_advance_period_units_item import (
        ExternalRateRestrictionMinAdvancePeriodUnitsItem,
    )


@_attrs_define
class ExternalRateRestrictionMinAdvancePeriod(LazyModel):
    """
    Attributes:
        years (int | Unset):
        months (int | Unset):
        days (int | Unset):
        zero (bool | Unset):
        negative (bool | Unset):
        units (list[ExternalRateRestrictionMinAdvancePeriodUnitsItem] | Unset):
        chronology (ExternalRateRestrictionMinAdvancePeriodChronology | Unset):
    """

    years: int | Unset = UNSET
    months: int | Unset = UNSET
    days: int | Unset = UNSET
    zero: bool | Unset = UNSET
    negative: bool | Unset = UNSET
    units: list[ExternalRateRestrictionMinAdvancePeriodUnitsItem] | Unset = UNSET
    chronology: ExternalRateRestrictionMinAdvancePeriodChronology | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_years(d: Mapping[str, Any]) -> int | Unset:
    return d.get("years", UNSET)


def _load_months(d: Mapping[str, Any]) -> int | Unset:
    return d.get("months", UNSET)


def _load_days(d: Mapping[str, Any]) -> int | Unset:
    return d.get("days", UNSET)


def _load_zero(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("zero", UNSET)


def _load_negative(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("negative", UNSET)


def _load_units(
    d: Mapping[str, Any],
) -> list[ExternalRateRestrictionMinAdvancePeriodUnitsItem] | Unset:
    _units = d.get("units", UNSET)
    units: list[ExternalRateRestrictionMinAdvancePeriodUnitsItem] | Unset = UNSET
    if _units is not UNSET:
        units = ExternalRateRestrictionMinAdvancePeriodUnitsItem._from_json_list(_units)

    return units


def _load_chronology(
    d: Mapping[str, Any],
) -> ExternalRateRestrictionMinAdvancePeriodChronology | Unset:
    _chronology = d.get("chronology", UNSET)
    chronology: ExternalRateRestrictionMinAdvancePeriodChronology | Unset
    if isinstance(_chronology, Unset):
        chronology = UNSET
    else:
        chronology = ExternalRateRestrictionMinAdvancePeriodChronology._from_json(_chronology)

    return chronology


_KNOWN_KEYS = frozenset(
    (
        "years",
        "months",
        "days",
        "zero",
        "negative",
        "units",
        "chronology",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(
    self: ExternalRateRestrictionMinAdvancePeriod, d: Mapping[str, Any], seen: Container[str]
) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "years" not in seen:
        _set(self, "years", d.get("years", UNSET))
    if "months" not in seen:
        _set(self, "months", d.get("months", UNSET))
    if "days" not in seen:
        _set(self, "days", d.get("days", UNSET))
    if "zero" not in seen:
        _set(self, "zero", d.get("zero", UNSET))
    if "negative" not in seen:
        _set(self, "negative", d.get("negative", UNSET))
    if "units" not in seen:
        _units = d.get("units", UNSET)
        units: list[ExternalRateRestrictionMinAdvancePeriodUnitsItem] | Unset = UNSET
        if _units is not UNSET:
            units = ExternalRateRestrictionMinAdvancePeriodUnitsItem._from_json_list(_units)

        _set(self, "units", units)
    if "chronology" not in seen:
        _chronology = d.get("chronology", UNSET)
        chronology: ExternalRateRestrictionMinAdvancePeriodChronology | Unset
        if isinstance(_chronology, Unset):
            chronology = UNSET
        else:
            chronology = ExternalRateRestrictionMinAdvancePeriodChronology._from_json(_chronology)

        _set(self, "chronology", chronology)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ExternalRateRestrictionMinAdvancePeriod._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "years": _load_years,
        "months": _load_months,
        "days": _load_days,
        "zero": _load_zero,
        "negative": _load_negative,
        "units": _load_units,
        "chronology": _load_chronology,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "units",
        "chronology",
        "additional_properties",
    ),
    keys={
        "years": "years",
        "months": "months",
        "days": "days",
        "zero": "zero",
        "negative": "negative",
        "units": "units",
        "chronology": "chronology",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.external_rate_restriction_min_advance_period_chronology import (
    ExternalRateRestrictionMinAdvancePeriodChronology,  # noqa: E402
)
from ..models.external_rate_restriction_min_advance_period_units_item import (
    ExternalRateRestrictionMinAdvancePeriodUnitsItem,  # noqa: E402
)
