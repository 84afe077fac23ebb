from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class ExternalRateRestrictionMaxAdvancePeriodChronology(LazyModel):
    """
    Attributes:
        id (str | Unset):
        calendar_type (str | Unset):
        iso_based (bool | Unset):
    """

    id: str | Unset = UNSET
    calendar_type: str | Unset = UNSET
    iso_based: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("id", UNSET)


def _load_calendar_type(d: Mapping[str, Any]) -> str | Unset:
    return d.get("calendarType", UNSET)


def _load_iso_based(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("isoBased", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "id",
        "calendarType",
        "isoBased",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(
    self: ExternalRateRestrictionMaxAdvancePeriodChronology,
    d: Mapping[str, Any],
    seen: Container[str],
) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "calendar_type" not in seen:
        _set(self, "calendar_type", d.get("calendarType", UNSET))
    if "iso_based" not in seen:
        _set(self, "iso_based", d.get("isoBased", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ExternalRateRestrictionMaxAdvancePeriodChronology._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "id": _load_id,
        "calendar_type": _load_calendar_type,
        "iso_based": _load_iso_based,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "id": "id",
        "calendar_type": "calendarType",
        "iso_based": "isoBased",
    },
)
