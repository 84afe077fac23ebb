from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiAccommodationLightTimeZoneType1")


@_attrs_define
class ApiAccommodationLightTimeZoneType1:
    """Time zone of the property

    Attributes:
        display_name (str | Unset):
        id (str | Unset):
        dstsavings (int | Unset):
        raw_offset (int | Unset):
    """

    display_name: str | Unset = UNSET
    id: str | Unset = UNSET
    dstsavings: int | Unset = UNSET
    raw_offset: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        id = self.id

        dstsavings = self.dstsavings

        raw_offset = self.raw_offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if id is not UNSET:
            field_dict["id"] = id
        if dstsavings is not UNSET:
            field_dict["dstsavings"] = dstsavings
        if raw_offset is not UNSET:
            field_dict["rawOffset"] = raw_offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_name = d.pop("displayName", UNSET)

        id = d.pop("id", UNSET)

        dstsavings = d.pop("dstsavings", UNSET)

        raw_offset = d.pop("rawOffset", UNSET)

        api_accommodation_light_time_zone_type_1 = cls(
            display_name=display_name,
            id=id,
            dstsavings=dstsavings,
            raw_offset=raw_offset,
        )

        api_accommodation_light_time_zone_type_1.additional_properties = d
        return api_accommodation_light_time_zone_type_1

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
