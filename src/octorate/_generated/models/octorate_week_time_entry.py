from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.octorate_week_time_entry_day_of_week import OctorateWeekTimeEntryDayOfWeek
from ..types import UNSET, Unset, enum_member, parse_datetime

if TYPE_CHECKING:
    from ..models.octorate_daytime import OctorateDaytime


T = TypeVar("T", bound="OctorateWeekTimeEntry")


@_attrs_define
class OctorateWeekTimeEntry:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _from_ = d.pop("from", UNSET)
        from_: OctorateDaytime | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = OctorateDaytime.from_dict(_from_)

        _to = d.pop("to", UNSET)
        to: OctorateDaytime | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = OctorateDaytime.from_dict(_to)

        _day_of_week = d.pop("dayOfWeek", UNSET)
        day_of_week: OctorateWeekTimeEntryDayOfWeek | Unset
        if isinstance(_day_of_week, Unset):
            day_of_week = UNSET
        else:
            day_of_week = enum_member(OctorateWeekTimeEntryDayOfWeek, _day_of_week)

        _from_as_date = d.pop("fromAsDate", UNSET)
        from_as_date: datetime.datetime | Unset
        if isinstance(_from_as_date, Unset):
            from_as_date = UNSET
        else:
            from_as_date = parse_datetime(_from_as_date)

        _to_as_date = d.pop("toAsDate", UNSET)
        to_as_date: datetime.datetime | Unset
        if isinstance(_to_as_date, Unset):
            to_as_date = UNSET
        else:
            to_as_date = parse_datetime(_to_as_date)

        octorate_week_time_entry = cls(
            from_=from_,
            to=to,
            day_of_week=day_of_week,
            from_as_date=from_as_date,
            to_as_date=to_as_date,
        )

        octorate_week_time_entry.additional_properties = d
        return octorate_week_time_entry

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
from ..models.octorate_daytime import OctorateDaytime  # noqa: E402
