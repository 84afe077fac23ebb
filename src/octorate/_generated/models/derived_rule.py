from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.derived_rule_price import DerivedRulePrice
from ..models.derived_rule_reference_type import DerivedRuleReferenceType
from ..types import UNSET, Unset, enum_member


@_attrs_define
class DerivedRule(LazyModel):
    """The derived rule

    Attributes:
        parent (int | Unset): The parent product/room id
        availability (bool | Unset): Link availability
        stay (bool | Unset):
        restrictions (bool | Unset):
        stop_sell (bool | Unset): Link stopsells
        price (DerivedRulePrice | Unset): Way to apply the price. Could be CALENDAR (Exact), INCREMENT(relative) or
            PERCENT (% ratio up / down)
        price_value (float | Unset):
        price_round (bool | Unset): if true, round the price
        accommodation_id (str | Unset):
        reference_type (DerivedRuleReferenceType | Unset):
        id (int | Unset):
        reservation_id (int | Unset):
        invoice_id (int | Unset):
        room_log (int | Unset):
    """

    parent: int | Unset = UNSET
    availability: bool | Unset = UNSET
    stay: bool | Unset = UNSET
    restrictions: bool | Unset = UNSET
    stop_sell: bool | Unset = UNSET
    price: DerivedRulePrice | Unset = UNSET
    price_value: float | Unset = UNSET
    price_round: bool | Unset = UNSET
    accommodation_id: str | Unset = UNSET
    reference_type: DerivedRuleReferenceType | Unset = UNSET
    id: int | Unset = UNSET
    reservation_id: int | Unset = UNSET
    invoice_id: int | Unset = UNSET
    room_log: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        parent = self.parent

        availability = self.availability

        stay = self.stay

        restrictions = self.restrictions

        stop_sell = self.stop_sell

        price: str | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.value

        price_value = self.price_value

        price_round = self.price_round

        accommodation_id = self.accommodation_id

        reference_type: str | Unset = UNSET
        if not isinstance(self.reference_type, Unset):
            reference_type = self.reference_type.value

        id = self.id

        reservation_id = self.reservation_id

        invoice_id = self.invoice_id

        room_log = self.room_log

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parent is not UNSET:
            field_dict["parent"] = parent
        if availability is not UNSET:
            field_dict["availability"] = availability
        if stay is not UNSET:
            field_dict["stay"] = stay
        if restrictions is not UNSET:
            field_dict["restrictions"] = restrictions
        if stop_sell is not UNSET:
            field_dict["stopSell"] = stop_sell
        if price is not UNSET:
            field_dict["price"] = price
        if price_value is not UNSET:
            field_dict["priceValue"] = price_value
        if price_round is not UNSET:
            field_dict["priceRound"] = price_round
        if accommodation_id is not UNSET:
            field_dict["accommodationId"] = accommodation_id
        if reference_type is not UNSET:
            field_dict["referenceType"] = reference_type
        if id is not UNSET:
            field_dict["id"] = id
        if reservation_id is not UNSET:
            field_dict["reservationId"] = reservation_id
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if room_log is not UNSET:
            field_dict["roomLog"] = room_log

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


def _load_parent(d: Mapping[str, Any]) -> int | Unset:
    return d.get("parent", UNSET)


def _load_availability(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("availability", UNSET)


def _load_stay(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("stay", UNSET)


def _load_restrictions(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("restrictions", UNSET)


def _load_stop_sell(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("stopSell", UNSET)


def _load_price(d: Mapping[str, Any]) -> DerivedRulePrice | Unset:
    _price = d.get("price", UNSET)
    price: DerivedRulePrice | Unset
    if isinstance(_price, Unset):
        price = UNSET
    else:
        price = enum_member(DerivedRulePrice, _price)

    return price


def _load_price_value(d: Mapping[str, Any]) -> float | Unset:
    return d.get("priceValue", UNSET)


def _load_price_round(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("priceRound", UNSET)


def _load_accommodation_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("accommodationId", UNSET)


def _load_reference_type(d: Mapping[str, Any]) -> DerivedRuleReferenceType | Unset:
    _reference_type = d.get("referenceType", UNSET)
    reference_type: DerivedRuleReferenceType | Unset
    if isinstance(_reference_type, Unset):
        reference_type = UNSET
    else:
        reference_type = enum_member(DerivedRuleReferenceType, _reference_type)

    return reference_type


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_reservation_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("reservationId", UNSET)


def _load_invoice_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("invoiceId", UNSET)


def _load_room_log(d: Mapping[str, Any]) -> int | Unset:
    return d.get("roomLog", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "parent",
        "availability",
        "stay",
        "restrictions",
        "stopSell",
        "price",
        "priceValue",
        "priceRound",
        "accommodationId",
        "referenceType",
        "id",
        "reservationId",
        "invoiceId",
        "roomLog",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: DerivedRule, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "parent" not in seen:
        _set(self, "parent", d.get("parent", UNSET))
    if "availability" not in seen:
        _set(self, "availability", d.get("availability", UNSET))
    if "stay" not in seen:
        _set(self, "stay", d.get("stay", UNSET))
    if "restrictions" not in seen:
        _set(self, "restrictions", d.get("restrictions", UNSET))
    if "stop_sell" not in seen:
        _set(self, "stop_sell", d.get("stopSell", UNSET))
    if "price" not in seen:
        _price = d.get("price", UNSET)
        price: DerivedRulePrice | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = enum_member(DerivedRulePrice, _price)

        _set(self, "price", price)
    if "price_value" not in seen:
        _set(self, "price_value", d.get("priceValue", UNSET))
    if "price_round" not in seen:
        _set(self, "price_round", d.get("priceRound", UNSET))
    if "accommodation_id" not in seen:
        _set(self, "accommodation_id", d.get("accommodationId", UNSET))
    if "reference_type" not in seen:
        _reference_type = d.get("referenceType", UNSET)
        reference_type: DerivedRuleReferenceType | Unset
        if isinstance(_reference_type, Unset):
            reference_type = UNSET
        else:
            reference_type = enum_member(DerivedRuleReferenceType, _reference_type)

        _set(self, "reference_type", reference_type)
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "reservation_id" not in seen:
        _set(self, "reservation_id", d.get("reservationId", UNSET))
    if "invoice_id" not in seen:
        _set(self, "invoice_id", d.get("invoiceId", UNSET))
    if "room_log" not in seen:
        _set(self, "room_log", d.get("roomLog", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


DerivedRule._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "parent": _load_parent,
        "availability": _load_availability,
        "stay": _load_stay,
        "restrictions": _load_restrictions,
        "stop_sell": _load_stop_sell,
        "price": _load_price,
        "price_value": _load_price_value,
        "price_round": _load_price_round,
        "accommodation_id": _load_accommodation_id,
        "reference_type": _load_reference_type,
        "id": _load_id,
        "reservation_id": _load_reservation_id,
        "invoice_id": _load_invoice_id,
        "room_log": _load_room_log,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "parent": "parent",
        "availability": "availability",
        "stay": "stay",
        "restrictions": "restrictions",
        "stop_sell": "stopSell",
        "price": "price",
        "price_value": "priceValue",
        "price_round": "priceRound",
        "accommodation_id": "accommodationId",
        "reference_type": "referenceType",
        "id": "id",
        "reservation_id": "reservationId",
        "invoice_id": "invoiceId",
        "room_log": "roomLog",
    },
)
