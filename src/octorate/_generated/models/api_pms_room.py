from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_pms_room_cleaning_days_item import ApiPmsRoomCleaningDaysItem
from ..types import UNSET, Unset, enum_member, parse_datetime

if TYPE_CHECKING:
    from ..models.api_pms_room_time_zone_type_1 import ApiPmsRoomTimeZoneType1


@_attrs_define
class ApiPmsRoom(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_parent_id(d: Mapping[str, Any]) -> int:
    return d["parentId"]


def _load_name(d: Mapping[str, Any]) -> str:
    return d["name"]


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_clean(d: Mapping[str, Any]) -> bool | None | Unset:
    def _parse_clean(data: object) -> bool | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(bool | None | Unset, data)

    clean = _parse_clean(d.get("clean", UNSET))

    return clean


def _load_lines_change_frequency(d: Mapping[str, Any]) -> int | Unset:
    return d.get("linesChangeFrequency", UNSET)


def _load_cleaning_frequency(d: Mapping[str, Any]) -> int | Unset:
    return d.get("cleaningFrequency", UNSET)


def _load_last_cleaning_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _last_cleaning_date = d.get("lastCleaningDate", UNSET)
    last_cleaning_date: datetime.datetime | Unset
    if isinstance(_last_cleaning_date, Unset):
        last_cleaning_date = UNSET
    else:
        last_cleaning_date = parse_datetime(_last_cleaning_date)

    return last_cleaning_date


def _load_cleaning_days(d: Mapping[str, Any]) -> list[ApiPmsRoomCleaningDaysItem] | Unset:
    _cleaning_days = d.get("cleaningDays", UNSET)
    cleaning_days: list[ApiPmsRoomCleaningDaysItem] | Unset = UNSET
    if _cleaning_days is not UNSET:
        cleaning_days = []
        for cleaning_days_item_data in _cleaning_days:
            cleaning_days_item = enum_member(ApiPmsRoomCleaningDaysItem, cleaning_days_item_data)

            cleaning_days.append(cleaning_days_item)

    return cleaning_days


def _load_notes(d: Mapping[str, Any]) -> str | Unset:
    return d.get("notes", UNSET)


def _load_time_zone(d: Mapping[str, Any]) -> ApiPmsRoomTimeZoneType1 | str | Unset:
    def _parse_time_zone(data: object) -> ApiPmsRoomTimeZoneType1 | str | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            time_zone_type_1 = ApiPmsRoomTimeZoneType1._from_json(data)

            return time_zone_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(ApiPmsRoomTimeZoneType1 | str | Unset, data)

    time_zone = _parse_time_zone(d.get("timeZone", UNSET))

    return time_zone


_KNOWN_KEYS = frozenset(
    (
        "parentId",
        "name",
        "id",
        "clean",
        "linesChangeFrequency",
        "cleaningFrequency",
        "lastCleaningDate",
        "cleaningDays",
        "notes",
        "timeZone",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiPmsRoom, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "parent_id" not in seen:
        _set(self, "parent_id", d["parentId"])
    if "name" not in seen:
        _set(self, "name", d["name"])
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "clean" not in seen:

        def _parse_clean(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        clean = _parse_clean(d.get("clean", UNSET))

        _set(self, "clean", clean)
    if "lines_change_frequency" not in seen:
        _set(self, "lines_change_frequency", d.get("linesChangeFrequency", UNSET))
    if "cleaning_frequency" not in seen:
        _set(self, "cleaning_frequency", d.get("cleaningFrequency", UNSET))
    if "last_cleaning_date" not in seen:
        _last_cleaning_date = d.get("lastCleaningDate", UNSET)
        last_cleaning_date: datetime.datetime | Unset
        if isinstance(_last_cleaning_date, Unset):
            last_cleaning_date = UNSET
        else:
            last_cleaning_date = parse_datetime(_last_cleaning_date)

        _set(self, "last_cleaning_date", last_cleaning_date)
    if "cleaning_days" not in seen:
        _cleaning_days = d.get("cleaningDays", UNSET)
        cleaning_days: list[ApiPmsRoomCleaningDaysItem] | Unset = UNSET
        if _cleaning_days is not UNSET:
            cleaning_days = []
            for cleaning_days_item_data in _cleaning_days:
                cleaning_days_item = enum_member(
                    ApiPmsRoomCleaningDaysItem, cleaning_days_item_data
                )

                cleaning_days.append(cleaning_days_item)

        _set(self, "cleaning_days", cleaning_days)
    if "notes" not in seen:
        _set(self, "notes", d.get("notes", UNSET))
    if "time_zone" not in seen:

        def _parse_time_zone(data: object) -> ApiPmsRoomTimeZoneType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                time_zone_type_1 = ApiPmsRoomTimeZoneType1._from_json(data)

                return time_zone_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiPmsRoomTimeZoneType1 | str | Unset, data)

        time_zone = _parse_time_zone(d.get("timeZone", UNSET))

        _set(self, "time_zone", time_zone)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiPmsRoom._octorate_fields = FieldTable(
    required=frozenset(
        (
            "parentId",
            "name",
        )
    ),
    loaders={
        "parent_id": _load_parent_id,
        "name": _load_name,
        "id": _load_id,
        "clean": _load_clean,
        "lines_change_frequency": _load_lines_change_frequency,
        "cleaning_frequency": _load_cleaning_frequency,
        "last_cleaning_date": _load_last_cleaning_date,
        "cleaning_days": _load_cleaning_days,
        "notes": _load_notes,
        "time_zone": _load_time_zone,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "clean",
        "cleaning_days",
        "time_zone",
        "additional_properties",
    ),
    keys={
        "parent_id": "parentId",
        "name": "name",
        "id": "id",
        "clean": "clean",
        "lines_change_frequency": "linesChangeFrequency",
        "cleaning_frequency": "cleaningFrequency",
        "last_cleaning_date": "lastCleaningDate",
        "cleaning_days": "cleaningDays",
        "notes": "notes",
        "time_zone": "timeZone",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_pms_room_time_zone_type_1 import ApiPmsRoomTimeZoneType1  # noqa: E402
