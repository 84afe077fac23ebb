from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_invoice_payoff_dto_payment_mode import ApiInvoicePayoffDTOPaymentMode
from ..types import UNSET, Unset, enum_member, parse_datetime


@_attrs_define
class ApiInvoicePayoffDTO(LazyModel):
    """The list of payoff of the payment.

    Attributes:
        id (int | Unset): Octorate ID of this item
        insert_date (datetime.datetime | Unset): Insert time of this payoff
        amount (float | Unset): The amount of this payoff
        amount_city (float | Unset): The city amount of this payoff
        payment_id (int | Unset): The payment id related to this payoff
        invoice_item_id (int | Unset): The invoice item id related to this payoff
        invoice_id (int | Unset): The invoice id related to this payoff
        payment_mode (ApiInvoicePayoffDTOPaymentMode | Unset): The payment mode of this payoff
        description (str | Unset): The description of this payoff
        hidden (bool | Unset): True if this payoff is hidden
    """

    id: int | Unset = UNSET
    insert_date: datetime.datetime | Unset = UNSET
    amount: float | Unset = UNSET
    amount_city: float | Unset = UNSET
    payment_id: int | Unset = UNSET
    invoice_item_id: int | Unset = UNSET
    invoice_id: int | Unset = UNSET
    payment_mode: ApiInvoicePayoffDTOPaymentMode | Unset = UNSET
    description: str | Unset = UNSET
    hidden: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        id = self.id

        insert_date: str | Unset = UNSET
        if not isinstance(self.insert_date, Unset):
            insert_date = self.insert_date.isoformat()

        amount = self.amount

        amount_city = self.amount_city

        payment_id = self.payment_id

        invoice_item_id = self.invoice_item_id

        invoice_id = self.invoice_id

        payment_mode: str | Unset = UNSET
        if not isinstance(self.payment_mode, Unset):
            payment_mode = self.payment_mode.value

        description = self.description

        hidden = self.hidden

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if insert_date is not UNSET:
            field_dict["insertDate"] = insert_date
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_city is not UNSET:
            field_dict["amountCity"] = amount_city
        if payment_id is not UNSET:
            field_dict["paymentId"] = payment_id
        if invoice_item_id is not UNSET:
            field_dict["invoiceItemId"] = invoice_item_id
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if payment_mode is not UNSET:
            field_dict["paymentMode"] = payment_mode
        if description is not UNSET:
            field_dict["description"] = description
        if hidden is not UNSET:
            field_dict["hidden"] = hidden

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


def _load_insert_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _insert_date = d.get("insertDate", UNSET)
    insert_date: datetime.datetime | Unset
    if isinstance(_insert_date, Unset):
        insert_date = UNSET
    else:
        insert_date = parse_datetime(_insert_date)

    return insert_date


def _load_amount(d: Mapping[str, Any]) -> float | Unset:
    return d.get("amount", UNSET)


def _load_amount_city(d: Mapping[str, Any]) -> float | Unset:
    return d.get("amountCity", UNSET)


def _load_payment_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("paymentId", UNSET)


def _load_invoice_item_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("invoiceItemId", UNSET)


def _load_invoice_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("invoiceId", UNSET)


def _load_payment_mode(d: Mapping[str, Any]) -> ApiInvoicePayoffDTOPaymentMode | Unset:
    _payment_mode = d.get("paymentMode", UNSET)
    payment_mode: ApiInvoicePayoffDTOPaymentMode | Unset
    if isinstance(_payment_mode, Unset):
        payment_mode = UNSET
    else:
        payment_mode = enum_member(ApiInvoicePayoffDTOPaymentMode, _payment_mode)

    return payment_mode


def _load_description(d: Mapping[str, Any]) -> str | Unset:
    return d.get("description", UNSET)


def _load_hidden(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("hidden", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "id",
        "insertDate",
        "amount",
        "amountCity",
        "paymentId",
        "invoiceItemId",
        "invoiceId",
        "paymentMode",
        "description",
        "hidden",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiInvoicePayoffDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "insert_date" not in seen:
        _insert_date = d.get("insertDate", UNSET)
        insert_date: datetime.datetime | Unset
        if isinstance(_insert_date, Unset):
            insert_date = UNSET
        else:
            insert_date = parse_datetime(_insert_date)

        _set(self, "insert_date", insert_date)
    if "amount" not in seen:
        _set(self, "amount", d.get("amount", UNSET))
    if "amount_city" not in seen:
        _set(self, "amount_city", d.get("amountCity", UNSET))
    if "payment_id" not in seen:
        _set(self, "payment_id", d.get("paymentId", UNSET))
    if "invoice_item_id" not in seen:
        _set(self, "invoice_item_id", d.get("invoiceItemId", UNSET))
    if "invoice_id" not in seen:
        _set(self, "invoice_id", d.get("invoiceId", UNSET))
    if "payment_mode" not in seen:
        _payment_mode = d.get("paymentMode", UNSET)
        payment_mode: ApiInvoicePayoffDTOPaymentMode | Unset
        if isinstance(_payment_mode, Unset):
            payment_mode = UNSET
        else:
            payment_mode = enum_member(ApiInvoicePayoffDTOPaymentMode, _payment_mode)

        _set(self, "payment_mode", payment_mode)
    if "description" not in seen:
        _set(self, "description", d.get("description", UNSET))
    if "hidden" not in seen:
        _set(self, "hidden", d.get("hidden", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiInvoicePayoffDTO._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "id": _load_id,
        "insert_date": _load_insert_date,
        "amount": _load_amount,
        "amount_city": _load_amount_city,
        "payment_id": _load_payment_id,
        "invoice_item_id": _load_invoice_item_id,
        "invoice_id": _load_invoice_id,
        "payment_mode": _load_payment_mode,
        "description": _load_description,
        "hidden": _load_hidden,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "id": "id",
        "insert_date": "insertDate",
        "amount": "amount",
        "amount_city": "amountCity",
        "payment_id": "paymentId",
        "invoice_item_id": "invoiceItemId",
        "invoice_id": "invoiceId",
        "payment_mode": "paymentMode",
        "description": "description",
        "hidden": "hidden",
    },
)
