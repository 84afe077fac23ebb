from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OctoratePropertyCheckinLocation")


@_attrs_define
class OctoratePropertyCheckinLocation:
    """
    Attributes:
        off_location (bool | Unset):
        address (str | Unset):
        city (str | Unset):
        zip_ (str | Unset):
        place_id (str | Unset):
    """

    off_location: bool | Unset = UNSET
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    zip_: str | Unset = UNSET
    place_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        off_location = self.off_location

        address = self.address

        city = self.city

        zip_ = self.zip_

        place_id = self.place_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if off_location is not UNSET:
            field_dict["offLocation"] = off_location
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if place_id is not UNSET:
            field_dict["placeId"] = place_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        off_location = d.pop("offLocation", UNSET)

        address = d.pop("address", UNSET)

        city = d.pop("city", UNSET)

        zip_ = d.pop("zip", UNSET)

        place_id = d.pop("placeId", UNSET)

        octorate_property_checkin_location = cls(
            off_location=off_location,
            address=address,
            city=city,
            zip_=zip_,
            place_id=place_id,
        )

        octorate_property_checkin_location.additional_properties = d
        return octorate_property_checkin_location

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
