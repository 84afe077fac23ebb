from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_pms_room_cleaning_days_item import ApiPmsRoomCleaningDaysItem
from ..types import UNSET, Unset, enum_member, parse_datetime

if TYPE_CHECKING:
    from ..models.api_pms_room_time_zone_type_1 import ApiPmsRoomTimeZoneType1


T = TypeVar("T", bound="ApiPmsRoom")


@_attrs_define
class ApiPmsRoom:
    """
    Attributes:
        parent_id (int): Parent Room, this is the typology (i.e. Double room)
        name (str): The name of the PMS room Example: 101, Sea Room.
        id (int | Unset): Unique id of this pms room
        clean (bool | None | Unset): The status of the cleaning service. Logic here is ternary (null means unknown)
        lines_change_frequency (int | Unset): Frequency of change of linens. The value here is in DAYS.
        cleaning_frequency (int | Unset): Frequency of cleaning of the room. The value here is in DAYS.
        last_cleaning_date (datetime.datetime | Unset): The last time this PMS room was clean
        cleaning_days (list[ApiPmsRoomCleaningDaysItem] | Unset): List of days where cleaning is performed
        notes (str | Unset): Notes that the property owner can set
        time_zone (ApiPmsRoomTimeZoneType1 | str | Unset):
    """

    parent_id: int
    name: str
    id: int | Unset = UNSET
    clean: bool | None | Unset = UNSET
    lines_change_frequency: int | Unset = UNSET
    cleaning_frequency: int | Unset = UNSET
    last_cleaning_date: datetime.datetime | Unset = UNSET
    cleaning_days: list[ApiPmsRoomCleaningDaysItem] | Unset = UNSET
    notes: str | Unset = UNSET
    time_zone: ApiPmsRoomTimeZoneType1 | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parent_id = self.parent_id

        name = self.name

        id = self.id

        clean: bool | None | Unset
        if isinstance(self.clean, Unset):
            clean = UNSET
        else:
            clean = self.clean

        lines_change_frequency = self.lines_change_frequency

        cleaning_frequency = self.cleaning_frequency

        last_cleaning_date: str | Unset = UNSET
        if not isinstance(self.last_cleaning_date, Unset):
            last_cleaning_date = self.last_cleaning_date.isoformat()

        cleaning_days: list[str] | Unset = UNSET
        if not isinstance(self.cleaning_days, Unset):
            cleaning_days = []
            for cleaning_days_item_data in self.cleaning_days:
                cleaning_days_item = cleaning_days_item_data.value
                cleaning_days.append(cleaning_days_item)

        notes = self.notes

        time_zone: dict[str, Any] | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        elif isinstance(self.time_zone, ApiPmsRoomTimeZoneType1):
            time_zone = self.time_zone.to_dict()
        else:
            time_zone = self.time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parentId": parent_id,
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if clean is not UNSET:
            field_dict["clean"] = clean
        if lines_change_frequency is not UNSET:
            field_dict["linesChangeFrequency"] = lines_change_frequency
        if cleaning_frequency is not UNSET:
            field_dict["cleaningFrequency"] = cleaning_frequency
        if last_cleaning_date is not UNSET:
            field_dict["lastCleaningDate"] = last_cleaning_date
        if cleaning_days is not UNSET:
            field_dict["cleaningDays"] = cleaning_days
        if notes is not UNSET:
            field_dict["notes"] = notes
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        parent_id = d.pop("parentId")

        name = d.pop("name")

        id = d.pop("id", UNSET)

        def _parse_clean(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        clean = _parse_clean(d.pop("clean", UNSET))

        lines_change_frequency = d.pop("linesChangeFrequency", UNSET)

        cleaning_frequency = d.pop("cleaningFrequency", UNSET)

        _last_cleaning_date = d.pop("lastCleaningDate", UNSET)
        last_cleaning_date: datetime.datetime | Unset
        if isinstance(_last_cleaning_date, Unset):
            last_cleaning_date = UNSET
        else:
            last_cleaning_date = parse_datetime(_last_cleaning_date)

        _cleaning_days = d.pop("cleaningDays", UNSET)
        cleaning_days: list[ApiPmsRoomCleaningDaysItem] | Unset = UNSET
        if _cleaning_days is not UNSET:
            cleaning_days = []
            for cleaning_days_item_data in _cleaning_days:
                cleaning_days_item = enum_member(
                    ApiPmsRoomCleaningDaysItem, cleaning_days_item_data
                )

                cleaning_days.append(cleaning_days_item)

        notes = d.pop("notes", UNSET)

        def _parse_time_zone(data: object) -> ApiPmsRoomTimeZoneType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                time_zone_type_1 = ApiPmsRoomTimeZoneType1.from_dict(data)

                return time_zone_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiPmsRoomTimeZoneType1 | str | Unset, data)

        time_zone = _parse_time_zone(d.pop("timeZone", UNSET))

        api_pms_room = cls(
            parent_id=parent_id,
            name=name,
            id=id,
            clean=clean,
            lines_change_frequency=lines_change_frequency,
            cleaning_frequency=cleaning_frequency,
            last_cleaning_date=last_cleaning_date,
            cleaning_days=cleaning_days,
            notes=notes,
            time_zone=time_zone,
        )

        api_pms_room.additional_properties = d
        return api_pms_room

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
from ..models.api_pms_room_time_zone_type_1 import ApiPmsRoomTimeZoneType1  # noqa: E402
