from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_calendar_room_days import ApiCalendarRoomDays


T = TypeVar("T", bound="ApiCalendarRoom")


@_attrs_define
class ApiCalendarRoom:
    """
    Attributes:
        id (int | Unset):
        name (str | Unset):
        days (ApiCalendarRoomDays | Unset): List of daily values
        object_ (str | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    days: ApiCalendarRoomDays | Unset = UNSET
    object_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        days: dict[str, Any] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = self.days.to_dict()

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if days is not UNSET:
            field_dict["days"] = days
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_calendar_room_days import ApiCalendarRoomDays  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _days = d.pop("days", UNSET)
        days: ApiCalendarRoomDays | Unset
        if isinstance(_days, Unset):
            days = UNSET
        else:
            days = ApiCalendarRoomDays.from_dict(_days)

        object_ = d.pop("object", UNSET)

        api_calendar_room = cls(
            id=id,
            name=name,
            days=days,
            object_=object_,
        )

        api_calendar_room.additional_properties = d
        return api_calendar_room

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
