from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.derived_rule_price import DerivedRulePrice
from ..models.derived_rule_reference_type import DerivedRuleReferenceType
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="DerivedRule")


@_attrs_define
class DerivedRule:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        parent = d.pop("parent", UNSET)

        availability = d.pop("availability", UNSET)

        stay = d.pop("stay", UNSET)

        restrictions = d.pop("restrictions", UNSET)

        stop_sell = d.pop("stopSell", UNSET)

        _price = d.pop("price", UNSET)
        price: DerivedRulePrice | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = enum_member(DerivedRulePrice, _price)

        price_value = d.pop("priceValue", UNSET)

        price_round = d.pop("priceRound", UNSET)

        accommodation_id = d.pop("accommodationId", UNSET)

        _reference_type = d.pop("referenceType", UNSET)
        reference_type: DerivedRuleReferenceType | Unset
        if isinstance(_reference_type, Unset):
            reference_type = UNSET
        else:
            reference_type = enum_member(DerivedRuleReferenceType, _reference_type)

        id = d.pop("id", UNSET)

        reservation_id = d.pop("reservationId", UNSET)

        invoice_id = d.pop("invoiceId", UNSET)

        room_log = d.pop("roomLog", UNSET)

        derived_rule = cls(
            parent=parent,
            availability=availability,
            stay=stay,
            restrictions=restrictions,
            stop_sell=stop_sell,
            price=price,
            price_value=price_value,
            price_round=price_round,
            accommodation_id=accommodation_id,
            reference_type=reference_type,
            id=id,
            reservation_id=reservation_id,
            invoice_id=invoice_id,
            room_log=room_log,
        )

        derived_rule.additional_properties = d
        return derived_rule

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
