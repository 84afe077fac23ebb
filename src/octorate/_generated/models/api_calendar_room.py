from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_calendar_day import ApiCalendarDay


T = TypeVar("T", bound="ApiCalendarRoom")


@_attrs_define
class ApiCalendarRoom:
    """
    Attributes:
        id (int | Unset):
        name (str | Unset):
        days (list[ApiCalendarDay] | Unset):
        object_ (str | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    days: list[ApiCalendarDay] | Unset = UNSET
    object_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        days: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = []
            for days_item_data in self.days:
                days_item = days_item_data.to_dict()
                days.append(days_item)

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
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _days = d.pop("days", UNSET)
        days: list[ApiCalendarDay] | Unset = UNSET
        if _days is not UNSET:
            days = []
            for days_item_data in _days:
                days_item = ApiCalendarDay.from_dict(days_item_data)

                days.append(days_item)

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


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_calendar_day import ApiCalendarDay  # noqa: E402
