from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchRoomDiscount")


@_attrs_define
class SearchRoomDiscount:
    """Discount applied

    Attributes:
        id (int | Unset):
        name (str | Unset):
        value (float | Unset):
        description (str | Unset):
        net_rate (float | Unset):
        is_percent (bool | Unset):
        booking_fee (float | Unset):
        hotel_fee (float | Unset):
        resort_fee (float | Unset):
        service_charge (float | Unset):
        local_tax (float | Unset):
        vat (float | Unset):
        final_rate (float | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    value: float | Unset = UNSET
    description: str | Unset = UNSET
    net_rate: float | Unset = UNSET
    is_percent: bool | Unset = UNSET
    booking_fee: float | Unset = UNSET
    hotel_fee: float | Unset = UNSET
    resort_fee: float | Unset = UNSET
    service_charge: float | Unset = UNSET
    local_tax: float | Unset = UNSET
    vat: float | Unset = UNSET
    final_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        value = self.value

        description = self.description

        net_rate = self.net_rate

        is_percent = self.is_percent

        booking_fee = self.booking_fee

        hotel_fee = self.hotel_fee

        resort_fee = self.resort_fee

        service_charge = self.service_charge

        local_tax = self.local_tax

        vat = self.vat

        final_rate = self.final_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
        if description is not UNSET:
            field_dict["description"] = description
        if net_rate is not UNSET:
            field_dict["netRate"] = net_rate
        if is_percent is not UNSET:
            field_dict["isPercent"] = is_percent
        if booking_fee is not UNSET:
            field_dict["bookingFee"] = booking_fee
        if hotel_fee is not UNSET:
            field_dict["hotelFee"] = hotel_fee
        if resort_fee is not UNSET:
            field_dict["resortFee"] = resort_fee
        if service_charge is not UNSET:
            field_dict["serviceCharge"] = service_charge
        if local_tax is not UNSET:
            field_dict["local_tax"] = local_tax
        if vat is not UNSET:
            field_dict["vat"] = vat
        if final_rate is not UNSET:
            field_dict["final_rate"] = final_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        value = d.pop("value", UNSET)

        description = d.pop("description", UNSET)

        net_rate = d.pop("netRate", UNSET)

        is_percent = d.pop("isPercent", UNSET)

        booking_fee = d.pop("bookingFee", UNSET)

        hotel_fee = d.pop("hotelFee", UNSET)

        resort_fee = d.pop("resortFee", UNSET)

        service_charge = d.pop("serviceCharge", UNSET)

        local_tax = d.pop("local_tax", UNSET)

        vat = d.pop("vat", UNSET)

        final_rate = d.pop("final_rate", UNSET)

        search_room_discount = cls(
            id=id,
            name=name,
            value=value,
            description=description,
            net_rate=net_rate,
            is_percent=is_percent,
            booking_fee=booking_fee,
            hotel_fee=hotel_fee,
            resort_fee=resort_fee,
            service_charge=service_charge,
            local_tax=local_tax,
            vat=vat,
            final_rate=final_rate,
        )

        search_room_discount.additional_properties = d
        return search_room_discount

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
