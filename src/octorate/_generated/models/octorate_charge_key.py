from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.octorate_charge_key_guest_origin import OctorateChargeKeyGuestOrigin
from ..models.octorate_charge_key_travel_purpose import OctorateChargeKeyTravelPurpose
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="OctorateChargeKey")


@_attrs_define
class OctorateChargeKey:
    """
    Attributes:
        type_ (str | Unset):
        guest_origin (OctorateChargeKeyGuestOrigin | Unset):
        travel_purpose (OctorateChargeKeyTravelPurpose | Unset):
    """

    type_: str | Unset = UNSET
    guest_origin: OctorateChargeKeyGuestOrigin | Unset = UNSET
    travel_purpose: OctorateChargeKeyTravelPurpose | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        guest_origin: str | Unset = UNSET
        if not isinstance(self.guest_origin, Unset):
            guest_origin = self.guest_origin.value

        travel_purpose: str | Unset = UNSET
        if not isinstance(self.travel_purpose, Unset):
            travel_purpose = self.travel_purpose.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if guest_origin is not UNSET:
            field_dict["guestOrigin"] = guest_origin
        if travel_purpose is not UNSET:
            field_dict["travelPurpose"] = travel_purpose

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _guest_origin = d.pop("guestOrigin", UNSET)
        guest_origin: OctorateChargeKeyGuestOrigin | Unset
        if isinstance(_guest_origin, Unset):
            guest_origin = UNSET
        else:
            guest_origin = enum_member(OctorateChargeKeyGuestOrigin, _guest_origin)

        _travel_purpose = d.pop("travelPurpose", UNSET)
        travel_purpose: OctorateChargeKeyTravelPurpose | Unset
        if isinstance(_travel_purpose, Unset):
            travel_purpose = UNSET
        else:
            travel_purpose = enum_member(OctorateChargeKeyTravelPurpose, _travel_purpose)

        octorate_charge_key = cls(
            type_=type_,
            guest_origin=guest_origin,
            travel_purpose=travel_purpose,
        )

        octorate_charge_key.additional_properties = d
        return octorate_charge_key

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
