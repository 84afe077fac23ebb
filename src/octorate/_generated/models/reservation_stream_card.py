from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ReservationStreamCard")


@_attrs_define
class ReservationStreamCard:
    """
    Attributes:
        activation_date (datetime.datetime | Unset):
        expiration_date (datetime.datetime | Unset):
        current_balance (float | Unset):
        is_virtual (bool | Unset):
        token (str | Unset):
        pan (str | Unset):
        cvv (str | Unset):
        card_holder (str | Unset):
        card_type (str | Unset):
        virtual (bool | Unset):
        empty (bool | Unset):
    """

    activation_date: datetime.datetime | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    current_balance: float | Unset = UNSET
    is_virtual: bool | Unset = UNSET
    token: str | Unset = UNSET
    pan: str | Unset = UNSET
    cvv: str | Unset = UNSET
    card_holder: str | Unset = UNSET
    card_type: str | Unset = UNSET
    virtual: bool | Unset = UNSET
    empty: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activation_date: str | Unset = UNSET
        if not isinstance(self.activation_date, Unset):
            activation_date = self.activation_date.isoformat()

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        current_balance = self.current_balance

        is_virtual = self.is_virtual

        token = self.token

        pan = self.pan

        cvv = self.cvv

        card_holder = self.card_holder

        card_type = self.card_type

        virtual = self.virtual

        empty = self.empty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activation_date is not UNSET:
            field_dict["activationDate"] = activation_date
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if current_balance is not UNSET:
            field_dict["currentBalance"] = current_balance
        if is_virtual is not UNSET:
            field_dict["isVirtual"] = is_virtual
        if token is not UNSET:
            field_dict["token"] = token
        if pan is not UNSET:
            field_dict["pan"] = pan
        if cvv is not UNSET:
            field_dict["cvv"] = cvv
        if card_holder is not UNSET:
            field_dict["cardHolder"] = card_holder
        if card_type is not UNSET:
            field_dict["cardType"] = card_type
        if virtual is not UNSET:
            field_dict["virtual"] = virtual
        if empty is not UNSET:
            field_dict["empty"] = empty

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _activation_date = d.pop("activationDate", UNSET)
        activation_date: datetime.datetime | Unset
        if isinstance(_activation_date, Unset):
            activation_date = UNSET
        else:
            activation_date = parse_datetime(_activation_date)

        _expiration_date = d.pop("expirationDate", UNSET)
        expiration_date: datetime.datetime | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = parse_datetime(_expiration_date)

        current_balance = d.pop("currentBalance", UNSET)

        is_virtual = d.pop("isVirtual", UNSET)

        token = d.pop("token", UNSET)

        pan = d.pop("pan", UNSET)

        cvv = d.pop("cvv", UNSET)

        card_holder = d.pop("cardHolder", UNSET)

        card_type = d.pop("cardType", UNSET)

        virtual = d.pop("virtual", UNSET)

        empty = d.pop("empty", UNSET)

        reservation_stream_card = cls(
            activation_date=activation_date,
            expiration_date=expiration_date,
            current_balance=current_balance,
            is_virtual=is_virtual,
            token=token,
            pan=pan,
            cvv=cvv,
            card_holder=card_holder,
            card_type=card_type,
            virtual=virtual,
            empty=empty,
        )

        reservation_stream_card.additional_properties = d
        return reservation_stream_card

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
