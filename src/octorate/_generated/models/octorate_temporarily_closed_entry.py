from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.octorate_epoch_timestamp import OctorateEpochTimestamp


@_attrs_define
class OctorateTemporarilyClosedEntry(LazyModel):
    """
    Attributes:
        start_date (OctorateEpochTimestamp | Unset):
        end_date (OctorateEpochTimestamp | Unset):
        start_date_as_date (datetime.datetime | Unset):
        end_date_as_date (datetime.datetime | Unset):
    """

    start_date: OctorateEpochTimestamp | Unset = UNSET
    end_date: OctorateEpochTimestamp | Unset = UNSET
    start_date_as_date: datetime.datetime | Unset = UNSET
    end_date_as_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        start_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.to_dict()

        end_date: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.to_dict()

        start_date_as_date: str | Unset = UNSET
        if not isinstance(self.start_date_as_date, Unset):
            start_date_as_date = self.start_date_as_date.isoformat()

        end_date_as_date: str | Unset = UNSET
        if not isinstance(self.end_date_as_date, Unset):
            end_date_as_date = self.end_date_as_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if start_date_as_date is not UNSET:
            field_dict["startDateAsDate"] = start_date_as_date
        if end_date_as_date is not UNSET:
            field_dict["endDateAsDate"] = end_date_as_date

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


def _load_start_date(d: Mapping[str, Any]) -> OctorateEpochTimestamp | Unset:
    _start_date = d.get("startDate", UNSET)
    start_date: OctorateEpochTimestamp | Unset
    if isinstance(_start_date, Unset):
        start_date = UNSET
    else:
        start_date = OctorateEpochTimestamp._from_json(_start_date)

    return start_date


def _load_end_date(d: Mapping[str, Any]) -> OctorateEpochTimestamp | Unset:
    _end_date = d.get("endDate", UNSET)
    end_date: OctorateEpochTimestamp | Unset
    if isinstance(_end_date, Unset):
        end_date = UNSET
    else:
        end_date = OctorateEpochTimestamp._from_json(_end_date)

    return end_date


def _load_start_date_as_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _start_date_as_date = d.get("startDateAsDate", UNSET)
    start_date_as_date: datetime.datetime | Unset
    if isinstance(_start_date_as_date, Unset):
        start_date_as_date = UNSET
    else:
        start_date_as_date = parse_datetime(_start_date_as_date)

    return start_date_as_date


def _load_end_date_as_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _end_date_as_date = d.get("endDateAsDate", UNSET)
    end_date_as_date: datetime.datetime | Unset
    if isinstance(_end_date_as_date, Unset):
        end_date_as_date = UNSET
    else:
        end_date_as_date = parse_datetime(_end_date_as_date)

    return end_date_as_date


_KNOWN_KEYS = frozenset(
    (
        "startDate",
        "endDate",
        "startDateAsDate",
        "endDateAsDate",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(
    self: OctorateTemporarilyClosedEntry, d: Mapping[str, Any], seen: Container[str]
) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "start_date" not in seen:
        _start_date = d.get("startDate", UNSET)
        start_date: OctorateEpochTimestamp | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = OctorateEpochTimestamp._from_json(_start_date)

        _set(self, "start_date", start_date)
    if "end_date" not in seen:
        _end_date = d.get("endDate", UNSET)
        end_date: OctorateEpochTimestamp | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = OctorateEpochTimestamp._from_json(_end_date)

        _set(self, "end_date", end_date)
    if "start_date_as_date" not in seen:
        _start_date_as_date = d.get("startDateAsDate", UNSET)
        start_date_as_date: datetime.datetime | Unset
        if isinstance(_start_date_as_date, Unset):
            start_date_as_date = UNSET
        else:
            start_date_as_date = parse_datetime(_start_date_as_date)

        _set(self, "start_date_as_date", start_date_as_date)
    if "end_date_as_date" not in seen:
        _end_date_as_date = d.get("endDateAsDate", UNSET)
        end_date_as_date: datetime.datetime | Unset
        if isinstance(_end_date_as_date, Unset):
            end_date_as_date = UNSET
        else:
            end_date_as_date = parse_datetime(_end_date_as_date)

        _set(self, "end_date_as_date", end_date_as_date)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctorateTemporarilyClosedEntry._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "start_date": _load_start_date,
        "end_date": _load_end_date,
        "start_date_as_date": _load_start_date_as_date,
        "end_date_as_date": _load_end_date_as_date,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "start_date",
        "end_date",
        "additional_properties",
    ),
    keys={
        "start_date": "startDate",
        "end_date": "endDate",
        "start_date_as_date": "startDateAsDate",
        "end_date_as_date": "endDateAsDate",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.octorate_epoch_timestamp import OctorateEpochTimestamp  # noqa: E402
