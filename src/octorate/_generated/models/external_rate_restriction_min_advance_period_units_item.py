from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_rate_restriction_min_advance_period_units_item_duration import (
        ExternalRateRestrictionMinAdvancePeriodUnitsItemDuration,
    )


@_attrs_define
class ExternalRateRestrictionMinAdvancePeriodUnitsItem(LazyModel):
    """
    Attributes:
        duration_estimated (bool | Unset):
        duration (ExternalRateRestrictionMinAdvancePeriodUnitsItemDuration | Unset):
        time_based (bool | Unset):
        date_based (bool | Unset):
    """

    duration_estimated: bool | Unset = UNSET
    duration: ExternalRateRestrictionMinAdvancePeriodUnitsItemDuration | Unset = UNSET
    time_based: bool | Unset = UNSET
    date_based: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        duration_estimated = self.duration_estimated

        duration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.to_dict()

        time_based = self.time_based

        date_based = self.date_based

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if duration_estimated is not UNSET:
            field_dict["durationEstimated"] = duration_estimated
        if duration is not UNSET:
            field_dict["duration"] = duration
        if time_based is not UNSET:
            field_dict["timeBased"] = time_based
        if date_based is not UNSET:
            field_dict["dateBased"] = date_based

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


def _load_duration_estimated(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("durationEstimated", UNSET)


def _load_duration(
    d: Mapping[str, Any],
) -> ExternalRateRestrictionMinAdvancePeriodUnitsItemDuration | Unset:
    _duration = d.get("duration", UNSET)
    duration: ExternalRateRestrictionMinAdvancePeriodUnitsItemDuration | Unset
    if isinstance(_duration, Unset):
        duration = UNSET
    else:
        duration = ExternalRateRestrictionMinAdvancePeriodUnitsItemDuration._from_json(_duration)

    return duration


def _load_time_based(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("timeBased", UNSET)


def _load_date_based(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("dateBased", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "durationEstimated",
        "duration",
        "timeBased",
        "dateBased",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(
    self: ExternalRateRestrictionMinAdvancePeriodUnitsItem,
    d: Mapping[str, Any],
    seen: Container[str],
) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "duration_estimated" not in seen:
        _set(self, "duration_estimated", d.get("durationEstimated", UNSET))
    if "duration" not in seen:
        _duration = d.get("duration", UNSET)
        duration: ExternalRateRestrictionMinAdvancePeriodUnitsItemDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = ExternalRateRestrictionMinAdvancePeriodUnitsItemDuration._from_json(
                _duration
            )

        _set(self, "duration", duration)
    if "time_based" not in seen:
        _set(self, "time_based", d.get("timeBased", UNSET))
    if "date_based" not in seen:
        _set(self, "date_based", d.get("dateBased", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ExternalRateRestrictionMinAdvancePeriodUnitsItem._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "duration_estimated": _load_duration_estimated,
        "duration": _load_duration,
        "time_based": _load_time_based,
        "date_based": _load_date_based,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "duration",
        "additional_properties",
    ),
    keys={
        "duration_estimated": "durationEstimated",
        "duration": "duration",
        "time_based": "timeBased",
        "date_based": "dateBased",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.external_rate_restriction_min_advance_period_units_item_duration import (
    ExternalRateRestrictionMinAdvancePeriodUnitsItemDuration,  # noqa: E402
)
