from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_invoice_payoff_dto_payment_mode import ApiInvoicePayoffDTOPaymentMode
from ..types import UNSET, Unset, enum_member, parse_datetime

T = TypeVar("T", bound="ApiInvoicePayoffDTO")


@_attrs_define
class ApiInvoicePayoffDTO:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _insert_date = d.pop("insertDate", UNSET)
        insert_date: datetime.datetime | Unset
        if isinstance(_insert_date, Unset):
            insert_date = UNSET
        else:
            insert_date = parse_datetime(_insert_date)

        amount = d.pop("amount", UNSET)

        amount_city = d.pop("amountCity", UNSET)

        payment_id = d.pop("paymentId", UNSET)

        invoice_item_id = d.pop("invoiceItemId", UNSET)

        invoice_id = d.pop("invoiceId", UNSET)

        _payment_mode = d.pop("paymentMode", UNSET)
        payment_mode: ApiInvoicePayoffDTOPaymentMode | Unset
        if isinstance(_payment_mode, Unset):
            payment_mode = UNSET
        else:
            payment_mode = enum_member(ApiInvoicePayoffDTOPaymentMode, _payment_mode)

        description = d.pop("description", UNSET)

        hidden = d.pop("hidden", UNSET)

        api_invoice_payoff_dto = cls(
            id=id,
            insert_date=insert_date,
            amount=amount,
            amount_city=amount_city,
            payment_id=payment_id,
            invoice_item_id=invoice_item_id,
            invoice_id=invoice_id,
            payment_mode=payment_mode,
            description=description,
            hidden=hidden,
        )

        api_invoice_payoff_dto.additional_properties = d
        return api_invoice_payoff_dto

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
