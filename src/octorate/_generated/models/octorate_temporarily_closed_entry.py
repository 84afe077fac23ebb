from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.octorate_epoch_timestamp import OctorateEpochTimestamp


T = TypeVar("T", bound="OctorateTemporarilyClosedEntry")


@_attrs_define
class OctorateTemporarilyClosedEntry:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _start_date = d.pop("startDate", UNSET)
        start_date: OctorateEpochTimestamp | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = OctorateEpochTimestamp.from_dict(_start_date)

        _end_date = d.pop("endDate", UNSET)
        end_date: OctorateEpochTimestamp | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = OctorateEpochTimestamp.from_dict(_end_date)

        _start_date_as_date = d.pop("startDateAsDate", UNSET)
        start_date_as_date: datetime.datetime | Unset
        if isinstance(_start_date_as_date, Unset):
            start_date_as_date = UNSET
        else:
            start_date_as_date = parse_datetime(_start_date_as_date)

        _end_date_as_date = d.pop("endDateAsDate", UNSET)
        end_date_as_date: datetime.datetime | Unset
        if isinstance(_end_date_as_date, Unset):
            end_date_as_date = UNSET
        else:
            end_date_as_date = parse_datetime(_end_date_as_date)

        octorate_temporarily_closed_entry = cls(
            start_date=start_date,
            end_date=end_date,
            start_date_as_date=start_date_as_date,
            end_date_as_date=end_date_as_date,
        )

        octorate_temporarily_closed_entry.additional_properties = d
        return octorate_temporarily_closed_entry

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
from ..models.octorate_epoch_timestamp import OctorateEpochTimestamp  # noqa: E402
