from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.octorate_week_time_entry_day_of_week import OctorateWeekTimeEntryDayOfWeek
from ..types import UNSET, Unset, enum_member, parse_datetime

if TYPE_CHECKING:
    from ..models.octorate_daytime import OctorateDaytime


@_attrs_define
class OctorateWeekTimeEntry(LazyModel):
    """
    Attributes:
        from_ (OctorateDaytime | Unset):
        to (OctorateDaytime | Unset):
        day_of_week (OctorateWeekTimeEntryDayOfWeek | Unset):
        from_as_date (datetime.datetime | Unset):
        to_as_date (datetime.datetime | Unset):
    """

    from_: OctorateDaytime | Unset = UNSET
    to: OctorateDaytime | Unset = UNSET
    day_of_week: OctorateWeekTimeEntryDayOfWeek | Unset = UNSET
    from_as_date: datetime.datetime | Unset = UNSET
    to_as_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to.to_dict()

        day_of_week: str | Unset = UNSET
        if not isinstance(self.day_of_week, Unset):
            day_of_week = self.day_of_week.value

        from_as_date: str | Unset = UNSET
        if not isinstance(self.from_as_date, Unset):
            from_as_date = self.from_as_date.isoformat()

        to_as_date: str | Unset = UNSET
        if not isinstance(self.to_as_date, Unset):
            to_as_date = self.to_as_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if day_of_week is not UNSET:
            field_dict["dayOfWeek"] = day_of_week
        if from_as_date is not UNSET:
            field_dict["fromAsDate"] = from_as_date
        if to_as_date is not UNSET:
            field_dict["toAsDate"] = to_as_date

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


def _load_from_(d: Mapping[str, Any]) -> OctorateDaytime | Unset:
    _from_ = d.get("from", UNSET)
    from_: OctorateDaytime | Unset
    if isinstance(_from_, Unset):
        from_ = UNSET
    else:
        from_ = OctorateDaytime._from_json(_from_)

    return from_


def _load_to(d: Mapping[str, Any]) -> OctorateDaytime | Unset:
    _to = d.get("to", UNSET)
    to: OctorateDaytime | Unset
    if isinstance(_to, Unset):
        to = UNSET
    else:
        to = OctorateDaytime._from_json(_to)

    return to


def _load_day_of_week(d: Mapping[str, Any]) -> OctorateWeekTimeEntryDayOfWeek | Unset:
    _day_of_week = d.get("dayOfWeek", UNSET)
    day_of_week: OctorateWeekTimeEntryDayOfWeek | Unset
    if isinstance(_day_of_week, Unset):
        day_of_week = UNSET
    else:
        day_of_week = enum_member(OctorateWeekTimeEntryDayOfWeek, _day_of_week)

    return day_of_week


def _load_from_as_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _from_as_date = d.get("fromAsDate", UNSET)
    from_as_date: datetime.datetime | Unset
    if isinstance(_from_as_date, Unset):
        from_as_date = UNSET
    else:
        from_as_date = parse_datetime(_from_as_date)

    return from_as_date


def _load_to_as_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _to_as_date = d.get("toAsDate", UNSET)
    to_as_date: datetime.datetime | Unset
    if isinstance(_to_as_date, Unset):
        to_as_date = UNSET
    else:
        to_as_date = parse_datetime(_to_as_date)

    return to_as_date


_KNOWN_KEYS = frozenset(
    (
        "from",
        "to",
        "dayOfWeek",
        "fromAsDate",
        "toAsDate",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: OctorateWeekTimeEntry, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "from_" not in seen:
        _from_ = d.get("from", UNSET)
        from_: OctorateDaytime | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = OctorateDaytime._from_json(_from_)

        _set(self, "from_", from_)
    if "to" not in seen:
        _to = d.get("to", UNSET)
        to: OctorateDaytime | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = OctorateDaytime._from_json(_to)

        _set(self, "to", to)
    if "day_of_week" not in seen:
        _day_of_week = d.get("dayOfWeek", UNSET)
        day_of_week: OctorateWeekTimeEntryDayOfWeek | Unset
        if isinstance(_day_of_week, Unset):
            day_of_week = UNSET
        else:
            day_of_week = enum_member(OctorateWeekTimeEntryDayOfWeek, _day_of_week)

        _set(self, "day_of_week", day_of_week)
    if "from_as_date" not in seen:
        _from_as_date = d.get("fromAsDate", UNSET)
        from_as_date: datetime.datetime | Unset
        if isinstance(_from_as_date, Unset):
            from_as_date = UNSET
        else:
            from_as_date = parse_datetime(_from_as_date)

        _set(self, "from_as_date", from_as_date)
    if "to_as_date" not in seen:
        _to_as_date = d.get("toAsDate", UNSET)
        to_as_date: datetime.datetime | Unset
        if isinstance(_to_as_date, Unset):
            to_as_date = UNSET
        else:
            to_as_date = parse_datetime(_to_as_date)

        _set(self, "to_as_date", to_as_date)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctorateWeekTimeEntry._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "from_": _load_from_,
        "to": _load_to,
        "day_of_week": _load_day_of_week,
        "from_as_date": _load_from_as_date,
        "to_as_date": _load_to_as_date,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "from_",
        "to",
        "additional_properties",
    ),
    keys={
        "from_": "from",
        "to": "to",
        "day_of_week": "dayOfWeek",
        "from_as_date": "fromAsDate",
        "to_as_date": "toAsDate",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.octorate_daytime import OctorateDaytime  # noqa: E402
