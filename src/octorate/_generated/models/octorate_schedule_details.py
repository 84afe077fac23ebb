from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.octorate_week_time_entry import OctorateWeekTimeEntry


T = TypeVar("T", bound="OctorateScheduleDetails")


@_attrs_define
class OctorateScheduleDetails:
    """Schedule details

    Attributes:
        schedule (list[OctorateWeekTimeEntry] | Unset):
    """

    schedule: list[OctorateWeekTimeEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = []
            for schedule_item_data in self.schedule:
                schedule_item = schedule_item_data.to_dict()
                schedule.append(schedule_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _schedule = d.pop("schedule", UNSET)
        schedule: list[OctorateWeekTimeEntry] | Unset = UNSET
        if _schedule is not UNSET:
            schedule = []
            for schedule_item_data in _schedule:
                schedule_item = OctorateWeekTimeEntry.from_dict(schedule_item_data)

                schedule.append(schedule_item)

        octorate_schedule_details = cls(
            schedule=schedule,
        )

        octorate_schedule_details.additional_properties = d
        return octorate_schedule_details

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
from ..models.octorate_week_time_entry import OctorateWeekTimeEntry  # noqa: E402
