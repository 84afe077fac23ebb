from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr, redacted_repr
from ..types import UNSET, Unset, parse_datetime


@_attrs_define
class ReservationStreamCard(LazyModel):
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
    token: str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)
    pan: str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)
    cvv: str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)
    card_holder: str | Unset = UNSET
    card_type: str | Unset = UNSET
    virtual: bool | Unset = UNSET
    empty: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_activation_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _activation_date = d.get("activationDate", UNSET)
    activation_date: datetime.datetime | Unset
    if isinstance(_activation_date, Unset):
        activation_date = UNSET
    else:
        activation_date = parse_datetime(_activation_date)

    return activation_date


def _load_expiration_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _expiration_date = d.get("expirationDate", UNSET)
    expiration_date: datetime.datetime | Unset
    if isinstance(_expiration_date, Unset):
        expiration_date = UNSET
    else:
        expiration_date = parse_datetime(_expiration_date)

    return expiration_date


def _load_current_balance(d: Mapping[str, Any]) -> float | Unset:
    return d.get("currentBalance", UNSET)


def _load_is_virtual(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("isVirtual", UNSET)


def _load_token(d: Mapping[str, Any]) -> str | Unset:
    return d.get("token", UNSET)


def _load_pan(d: Mapping[str, Any]) -> str | Unset:
    return d.get("pan", UNSET)


def _load_cvv(d: Mapping[str, Any]) -> str | Unset:
    return d.get("cvv", UNSET)


def _load_card_holder(d: Mapping[str, Any]) -> str | Unset:
    return d.get("cardHolder", UNSET)


def _load_card_type(d: Mapping[str, Any]) -> str | Unset:
    return d.get("cardType", UNSET)


def _load_virtual(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("virtual", UNSET)


def _load_empty(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("empty", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "activationDate",
        "expirationDate",
        "currentBalance",
        "isVirtual",
        "token",
        "pan",
        "cvv",
        "cardHolder",
        "cardType",
        "virtual",
        "empty",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ReservationStreamCard, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "activation_date" not in seen:
        _activation_date = d.get("activationDate", UNSET)
        activation_date: datetime.datetime | Unset
        if isinstance(_activation_date, Unset):
            activation_date = UNSET
        else:
            activation_date = parse_datetime(_activation_date)

        _set(self, "activation_date", activation_date)
    if "expiration_date" not in seen:
        _expiration_date = d.get("expirationDate", UNSET)
        expiration_date: datetime.datetime | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = parse_datetime(_expiration_date)

        _set(self, "expiration_date", expiration_date)
    if "current_balance" not in seen:
        _set(self, "current_balance", d.get("currentBalance", UNSET))
    if "is_virtual" not in seen:
        _set(self, "is_virtual", d.get("isVirtual", UNSET))
    if "token" not in seen:
        _set(self, "token", d.get("token", UNSET))
    if "pan" not in seen:
        _set(self, "pan", d.get("pan", UNSET))
    if "cvv" not in seen:
        _set(self, "cvv", d.get("cvv", UNSET))
    if "card_holder" not in seen:
        _set(self, "card_holder", d.get("cardHolder", UNSET))
    if "card_type" not in seen:
        _set(self, "card_type", d.get("cardType", UNSET))
    if "virtual" not in seen:
        _set(self, "virtual", d.get("virtual", UNSET))
    if "empty" not in seen:
        _set(self, "empty", d.get("empty", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ReservationStreamCard._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "activation_date": _load_activation_date,
        "expiration_date": _load_expiration_date,
        "current_balance": _load_current_balance,
        "is_virtual": _load_is_virtual,
        "token": _load_token,
        "pan": _load_pan,
        "cvv": _load_cvv,
        "card_holder": _load_card_holder,
        "card_type": _load_card_type,
        "virtual": _load_virtual,
        "empty": _load_empty,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "activation_date": "activationDate",
        "expiration_date": "expirationDate",
        "current_balance": "currentBalance",
        "is_virtual": "isVirtual",
        "token": "token",
        "pan": "pan",
        "cvv": "cvv",
        "card_holder": "cardHolder",
        "card_type": "cardType",
        "virtual": "virtual",
        "empty": "empty",
    },
)
