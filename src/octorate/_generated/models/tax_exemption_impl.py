from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class TaxExemptionImpl(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_day_from(d: Mapping[str, Any]) -> int | Unset:
    return d.get("dayFrom", UNSET)


def _load_day_to(d: Mapping[str, Any]) -> int | Unset:
    return d.get("dayTo", UNSET)


def _load_age_from(d: Mapping[str, Any]) -> int | Unset:
    return d.get("ageFrom", UNSET)


def _load_age_to(d: Mapping[str, Any]) -> int | Unset:
    return d.get("ageTo", UNSET)


def _load_max_cap_person_night(d: Mapping[str, Any]) -> float | Unset:
    return d.get("maxCapPersonNight", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "dayFrom",
        "dayTo",
        "ageFrom",
        "ageTo",
        "maxCapPersonNight",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: TaxExemptionImpl, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "day_from" not in seen:
        _set(self, "day_from", d.get("dayFrom", UNSET))
    if "day_to" not in seen:
        _set(self, "day_to", d.get("dayTo", UNSET))
    if "age_from" not in seen:
        _set(self, "age_from", d.get("ageFrom", UNSET))
    if "age_to" not in seen:
        _set(self, "age_to", d.get("ageTo", UNSET))
    if "max_cap_person_night" not in seen:
        _set(self, "max_cap_person_night", d.get("maxCapPersonNight", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


TaxExemptionImpl._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "day_from": _load_day_from,
        "day_to": _load_day_to,
        "age_from": _load_age_from,
        "age_to": _load_age_to,
        "max_cap_person_night": _load_max_cap_person_night,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "day_from": "dayFrom",
        "day_to": "dayTo",
        "age_from": "ageFrom",
        "age_to": "ageTo",
        "max_cap_person_night": "maxCapPersonNight",
    },
)
