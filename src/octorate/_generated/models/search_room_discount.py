from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class SearchRoomDiscount(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("name", UNSET)


def _load_value(d: Mapping[str, Any]) -> float | Unset:
    return d.get("value", UNSET)


def _load_description(d: Mapping[str, Any]) -> str | Unset:
    return d.get("description", UNSET)


def _load_net_rate(d: Mapping[str, Any]) -> float | Unset:
    return d.get("netRate", UNSET)


def _load_is_percent(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("isPercent", UNSET)


def _load_booking_fee(d: Mapping[str, Any]) -> float | Unset:
    return d.get("bookingFee", UNSET)


def _load_hotel_fee(d: Mapping[str, Any]) -> float | Unset:
    return d.get("hotelFee", UNSET)


def _load_resort_fee(d: Mapping[str, Any]) -> float | Unset:
    return d.get("resortFee", UNSET)


def _load_service_charge(d: Mapping[str, Any]) -> float | Unset:
    return d.get("serviceCharge", UNSET)


def _load_local_tax(d: Mapping[str, Any]) -> float | Unset:
    return d.get("local_tax", UNSET)


def _load_vat(d: Mapping[str, Any]) -> float | Unset:
    return d.get("vat", UNSET)


def _load_final_rate(d: Mapping[str, Any]) -> float | Unset:
    return d.get("final_rate", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "id",
        "name",
        "value",
        "description",
        "netRate",
        "isPercent",
        "bookingFee",
        "hotelFee",
        "resortFee",
        "serviceCharge",
        "local_tax",
        "vat",
        "final_rate",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: SearchRoomDiscount, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "name" not in seen:
        _set(self, "name", d.get("name", UNSET))
    if "value" not in seen:
        _set(self, "value", d.get("value", UNSET))
    if "description" not in seen:
        _set(self, "description", d.get("description", UNSET))
    if "net_rate" not in seen:
        _set(self, "net_rate", d.get("netRate", UNSET))
    if "is_percent" not in seen:
        _set(self, "is_percent", d.get("isPercent", UNSET))
    if "booking_fee" not in seen:
        _set(self, "booking_fee", d.get("bookingFee", UNSET))
    if "hotel_fee" not in seen:
        _set(self, "hotel_fee", d.get("hotelFee", UNSET))
    if "resort_fee" not in seen:
        _set(self, "resort_fee", d.get("resortFee", UNSET))
    if "service_charge" not in seen:
        _set(self, "service_charge", d.get("serviceCharge", UNSET))
    if "local_tax" not in seen:
        _set(self, "local_tax", d.get("local_tax", UNSET))
    if "vat" not in seen:
        _set(self, "vat", d.get("vat", UNSET))
    if "final_rate" not in seen:
        _set(self, "final_rate", d.get("final_rate", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


SearchRoomDiscount._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "id": _load_id,
        "name": _load_name,
        "value": _load_value,
        "description": _load_description,
        "net_rate": _load_net_rate,
        "is_percent": _load_is_percent,
        "booking_fee": _load_booking_fee,
        "hotel_fee": _load_hotel_fee,
        "resort_fee": _load_resort_fee,
        "service_charge": _load_service_charge,
        "local_tax": _load_local_tax,
        "vat": _load_vat,
        "final_rate": _load_final_rate,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "id": "id",
        "name": "name",
        "value": "value",
        "description": "description",
        "net_rate": "netRate",
        "is_percent": "isPercent",
        "booking_fee": "bookingFee",
        "hotel_fee": "hotelFee",
        "resort_fee": "resortFee",
        "service_charge": "serviceCharge",
        "local_tax": "local_tax",
        "vat": "vat",
        "final_rate": "final_rate",
    },
)
