from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset, parse_datetime


@_attrs_define
class OctorateQuietHours(LazyModel):
    """External quiet hours policy

    Attributes:
        enabled (bool | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
    """

    enabled: bool | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        enabled = self.enabled

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time

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


def _load_enabled(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("enabled", UNSET)


def _load_start_time(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _start_time = d.get("startTime", UNSET)
    start_time: datetime.datetime | Unset
    if isinstance(_start_time, Unset):
        start_time = UNSET
    else:
        start_time = parse_datetime(_start_time)

    return start_time


def _load_end_time(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _end_time = d.get("endTime", UNSET)
    end_time: datetime.datetime | Unset
    if isinstance(_end_time, Unset):
        end_time = UNSET
    else:
        end_time = parse_datetime(_end_time)

    return end_time


_KNOWN_KEYS = frozenset(
    (
        "enabled",
        "startTime",
        "endTime",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: OctorateQuietHours, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "enabled" not in seen:
        _set(self, "enabled", d.get("enabled", UNSET))
    if "start_time" not in seen:
        _start_time = d.get("startTime", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = parse_datetime(_start_time)

        _set(self, "start_time", start_time)
    if "end_time" not in seen:
        _end_time = d.get("endTime", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = parse_datetime(_end_time)

        _set(self, "end_time", end_time)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctorateQuietHours._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "enabled": _load_enabled,
        "start_time": _load_start_time,
        "end_time": _load_end_time,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "enabled": "enabled",
        "start_time": "startTime",
        "end_time": "endTime",
    },
)
