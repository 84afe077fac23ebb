from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset, parse_datetime


@_attrs_define
class ApiRatePlanDate(LazyModel):
    """The list of rate plan dates

    Attributes:
        id (int | Unset): Unique identifier of this rate plan date
        start_date (datetime.datetime | Unset): The start date in UTC
        end_date (datetime.datetime | Unset): The end date in UTC
        rate_plan_id (int | Unset): The rate plan id
    """

    id: int | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    rate_plan_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        id = self.id

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        rate_plan_id = self.rate_plan_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if rate_plan_id is not UNSET:
            field_dict["ratePlanId"] = rate_plan_id

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


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_start_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _start_date = d.get("startDate", UNSET)
    start_date: datetime.datetime | Unset
    if isinstance(_start_date, Unset):
        start_date = UNSET
    else:
        start_date = parse_datetime(_start_date)

    return start_date


def _load_end_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _end_date = d.get("endDate", UNSET)
    end_date: datetime.datetime | Unset
    if isinstance(_end_date, Unset):
        end_date = UNSET
    else:
        end_date = parse_datetime(_end_date)

    return end_date


def _load_rate_plan_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("ratePlanId", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "id",
        "startDate",
        "endDate",
        "ratePlanId",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiRatePlanDate, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "start_date" not in seen:
        _start_date = d.get("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = parse_datetime(_start_date)

        _set(self, "start_date", start_date)
    if "end_date" not in seen:
        _end_date = d.get("endDate", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = parse_datetime(_end_date)

        _set(self, "end_date", end_date)
    if "rate_plan_id" not in seen:
        _set(self, "rate_plan_id", d.get("ratePlanId", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiRatePlanDate._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "id": _load_id,
        "start_date": _load_start_date,
        "end_date": _load_end_date,
        "rate_plan_id": _load_rate_plan_id,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "id": "id",
        "start_date": "startDate",
        "end_date": "endDate",
        "rate_plan_id": "ratePlanId",
    },
)
