from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_reservation_payment_dto_payment_mode import ApiReservationPaymentDTOPaymentMode
from ..models.api_reservation_payment_dto_source import ApiReservationPaymentDTOSource
from ..models.api_reservation_payment_dto_status import ApiReservationPaymentDTOStatus
from ..models.api_reservation_payment_dto_type import ApiReservationPaymentDTOType
from ..types import UNSET, Unset, enum_member, parse_datetime

if TYPE_CHECKING:
    from ..models.api_invoice_payoff_dto import ApiInvoicePayoffDTO
    from ..models.api_reservation_card import ApiReservationCard
    from ..models.api_user_ref import ApiUserRef


T = TypeVar("T", bound="ApiReservationPaymentDTO")


@_attrs_define
class ApiReservationPaymentDTO:
    """
    Attributes:
        reference_time (datetime.datetime): the payment can be inserted today but it could reference as 'Pay date'
            yesterday
        payment_mode (ApiReservationPaymentDTOPaymentMode): Kind of payment mode Example: CREDITCARD.
        refunded_amount (float | Unset): The refunded amount on this payment.
        status (ApiReservationPaymentDTOStatus | Unset):
        id (int | Unset): Octorate ID of this item
        invoice_id (int | Unset): The related invoice of this payment, if any
        reservation_room (int | Unset): The related reservation of this payment
        transaction (str | Unset): The transaction id of the external partner
        credit_card (ApiReservationCard | Unset): The Credit card linked to this payment if any
        payment_step (int | Unset): The source of the automatic payment (id)
        payment_step_title (str | Unset): The source of the automatic payment (description)
        insert_time (datetime.datetime | Unset): insert time of this item
        charge_time (datetime.datetime | Unset): When will (or has been) charged this item?
        preauth_expiration (datetime.datetime | Unset): The time where the preauth will expire. If this column is set,
            it means is currently a pre-authorization
        description (str | Unset): Notes related to this payment
        source (ApiReservationPaymentDTOSource | Unset): The executor of this payment
        amount (float | Unset): Amount of this payment
        city_tax_amount (float | Unset): If this part is reserved to city tax, what part of amount is regarding city
            tax?
        user (ApiUserRef | Unset): User performing this operation
        scheduled_time (datetime.datetime | Unset): Scheduled time of this payment. If filled and amount is zero is not
            yet paid
        scheduled_amount (float | Unset): Scheduled amount of this payment. If filled and amount is zero is not yet paid
        scheduled_error (str | Unset): Last scheduled error
        type_ (ApiReservationPaymentDTOType | Unset): The type of payment
        paypal_response_present (bool | Unset): Is the PayPal response present?
        expired (bool | Unset): Is this payment expired? Means that we were not able to process this payment in
            reasonable time
        waiting (bool | Unset): Is this payment waiting? A typical case of that kind of payment is when the bank asks
            for authentication (the sms from the bank)
        scheduled (bool | Unset): if true this payment is or was scheduled. Example: False.
        authenticated (bool | Unset): if true this payment is authenticated. Example: False.
        refundable (bool | Unset): This payment is considered to be refundable. This information is deducted and
            readonly
        scheduled_retry (int | Unset): Allowed attemps, you can set a value != 0 to retry this payment. Normally is used
            for automatic takings
        authenticate_payment_param (str | Unset): An encrypted parameter useful for executing payment actions, such as
            generating a reminder link for the guest's payment
        refund_retry (int | Unset): Allowed attemps, you can set a value != 0 to retry the refund for this payment.
        payment_step_refund_after_days (int | Unset): The source of the automatic payment (refund after days)
        stop_cron (bool | Unset): Whether Octorate crons are allowed to process this item. Set TRUE to stop automatic
            refund of deposits.
        payoffs (list[ApiInvoicePayoffDTO] | Unset): The list of payoff of the payment.
    """

    reference_time: datetime.datetime
    payment_mode: ApiReservationPaymentDTOPaymentMode
    refunded_amount: float | Unset = UNSET
    status: ApiReservationPaymentDTOStatus | Unset = UNSET
    id: int | Unset = UNSET
    invoice_id: int | Unset = UNSET
    reservation_room: int | Unset = UNSET
    transaction: str | Unset = UNSET
    credit_card: ApiReservationCard | Unset = UNSET
    payment_step: int | Unset = UNSET
    payment_step_title: str | Unset = UNSET
    insert_time: datetime.datetime | Unset = UNSET
    charge_time: datetime.datetime | Unset = UNSET
    preauth_expiration: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    source: ApiReservationPaymentDTOSource | Unset = UNSET
    amount: float | Unset = UNSET
    city_tax_amount: float | Unset = UNSET
    user: ApiUserRef | Unset = UNSET
    scheduled_time: datetime.datetime | Unset = UNSET
    scheduled_amount: float | Unset = UNSET
    scheduled_error: str | Unset = UNSET
    type_: ApiReservationPaymentDTOType | Unset = UNSET
    paypal_response_present: bool | Unset = UNSET
    expired: bool | Unset = UNSET
    waiting: bool | Unset = UNSET
    scheduled: bool | Unset = UNSET
    authenticated: bool | Unset = UNSET
    refundable: bool | Unset = UNSET
    scheduled_retry: int | Unset = UNSET
    authenticate_payment_param: str | Unset = UNSET
    refund_retry: int | Unset = UNSET
    payment_step_refund_after_days: int | Unset = UNSET
    stop_cron: bool | Unset = UNSET
    payoffs: list[ApiInvoicePayoffDTO] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reference_time = self.reference_time.isoformat()

        payment_mode = self.payment_mode.value

        refunded_amount = self.refunded_amount

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        id = self.id

        invoice_id = self.invoice_id

        reservation_room = self.reservation_room

        transaction = self.transaction

        credit_card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_card, Unset):
            credit_card = self.credit_card.to_dict()

        payment_step = self.payment_step

        payment_step_title = self.payment_step_title

        insert_time: str | Unset = UNSET
        if not isinstance(self.insert_time, Unset):
            insert_time = self.insert_time.isoformat()

        charge_time: str | Unset = UNSET
        if not isinstance(self.charge_time, Unset):
            charge_time = self.charge_time.isoformat()

        preauth_expiration: str | Unset = UNSET
        if not isinstance(self.preauth_expiration, Unset):
            preauth_expiration = self.preauth_expiration.isoformat()

        description = self.description

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        amount = self.amount

        city_tax_amount = self.city_tax_amount

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        scheduled_time: str | Unset = UNSET
        if not isinstance(self.scheduled_time, Unset):
            scheduled_time = self.scheduled_time.isoformat()

        scheduled_amount = self.scheduled_amount

        scheduled_error = self.scheduled_error

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        paypal_response_present = self.paypal_response_present

        expired = self.expired

        waiting = self.waiting

        scheduled = self.scheduled

        authenticated = self.authenticated

        refundable = self.refundable

        scheduled_retry = self.scheduled_retry

        authenticate_payment_param = self.authenticate_payment_param

        refund_retry = self.refund_retry

        payment_step_refund_after_days = self.payment_step_refund_after_days

        stop_cron = self.stop_cron

        payoffs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payoffs, Unset):
            payoffs = []
            for payoffs_item_data in self.payoffs:
                payoffs_item = payoffs_item_data.to_dict()
                payoffs.append(payoffs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "referenceTime": reference_time,
                "paymentMode": payment_mode,
            }
        )
        if refunded_amount is not UNSET:
            field_dict["refundedAmount"] = refunded_amount
        if status is not UNSET:
            field_dict["status"] = status
        if id is not UNSET:
            field_dict["id"] = id
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if reservation_room is not UNSET:
            field_dict["reservationRoom"] = reservation_room
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if credit_card is not UNSET:
            field_dict["creditCard"] = credit_card
        if payment_step is not UNSET:
            field_dict["paymentStep"] = payment_step
        if payment_step_title is not UNSET:
            field_dict["paymentStepTitle"] = payment_step_title
        if insert_time is not UNSET:
            field_dict["insertTime"] = insert_time
        if charge_time is not UNSET:
            field_dict["chargeTime"] = charge_time
        if preauth_expiration is not UNSET:
            field_dict["preauthExpiration"] = preauth_expiration
        if description is not UNSET:
            field_dict["description"] = description
        if source is not UNSET:
            field_dict["source"] = source
        if amount is not UNSET:
            field_dict["amount"] = amount
        if city_tax_amount is not UNSET:
            field_dict["cityTaxAmount"] = city_tax_amount
        if user is not UNSET:
            field_dict["user"] = user
        if scheduled_time is not UNSET:
            field_dict["scheduledTime"] = scheduled_time
        if scheduled_amount is not UNSET:
            field_dict["scheduledAmount"] = scheduled_amount
        if scheduled_error is not UNSET:
            field_dict["scheduledError"] = scheduled_error
        if type_ is not UNSET:
            field_dict["type"] = type_
        if paypal_response_present is not UNSET:
            field_dict["paypalResponsePresent"] = paypal_response_present
        if expired is not UNSET:
            field_dict["expired"] = expired
        if waiting is not UNSET:
            field_dict["waiting"] = waiting
        if scheduled is not UNSET:
            field_dict["scheduled"] = scheduled
        if authenticated is not UNSET:
            field_dict["authenticated"] = authenticated
        if refundable is not UNSET:
            field_dict["refundable"] = refundable
        if scheduled_retry is not UNSET:
            field_dict["scheduledRetry"] = scheduled_retry
        if authenticate_payment_param is not UNSET:
            field_dict["authenticatePaymentParam"] = authenticate_payment_param
        if refund_retry is not UNSET:
            field_dict["refundRetry"] = refund_retry
        if payment_step_refund_after_days is not UNSET:
            field_dict["paymentStepRefundAfterDays"] = payment_step_refund_after_days
        if stop_cron is not UNSET:
            field_dict["stopCron"] = stop_cron
        if payoffs is not UNSET:
            field_dict["payoffs"] = payoffs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference_time = parse_datetime(d.pop("referenceTime"))

        payment_mode = enum_member(ApiReservationPaymentDTOPaymentMode, d.pop("paymentMode"))

        refunded_amount = d.pop("refundedAmount", UNSET)

        _status = d.pop("status", UNSET)
        status: ApiReservationPaymentDTOStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = enum_member(ApiReservationPaymentDTOStatus, _status)

        id = d.pop("id", UNSET)

        invoice_id = d.pop("invoiceId", UNSET)

        reservation_room = d.pop("reservationRoom", UNSET)

        transaction = d.pop("transaction", UNSET)

        _credit_card = d.pop("creditCard", UNSET)
        credit_card: ApiReservationCard | Unset
        if isinstance(_credit_card, Unset):
            credit_card = UNSET
        else:
            credit_card = ApiReservationCard.from_dict(_credit_card)

        payment_step = d.pop("paymentStep", UNSET)

        payment_step_title = d.pop("paymentStepTitle", UNSET)

        _insert_time = d.pop("insertTime", UNSET)
        insert_time: datetime.datetime | Unset
        if isinstance(_insert_time, Unset):
            insert_time = UNSET
        else:
            insert_time = parse_datetime(_insert_time)

        _charge_time = d.pop("chargeTime", UNSET)
        charge_time: datetime.datetime | Unset
        if isinstance(_charge_time, Unset):
            charge_time = UNSET
        else:
            charge_time = parse_datetime(_charge_time)

        _preauth_expiration = d.pop("preauthExpiration", UNSET)
        preauth_expiration: datetime.datetime | Unset
        if isinstance(_preauth_expiration, Unset):
            preauth_expiration = UNSET
        else:
            preauth_expiration = parse_datetime(_preauth_expiration)

        description = d.pop("description", UNSET)

        _source = d.pop("source", UNSET)
        source: ApiReservationPaymentDTOSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = enum_member(ApiReservationPaymentDTOSource, _source)

        amount = d.pop("amount", UNSET)

        city_tax_amount = d.pop("cityTaxAmount", UNSET)

        _user = d.pop("user", UNSET)
        user: ApiUserRef | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = ApiUserRef.from_dict(_user)

        _scheduled_time = d.pop("scheduledTime", UNSET)
        scheduled_time: datetime.datetime | Unset
        if isinstance(_scheduled_time, Unset):
            scheduled_time = UNSET
        else:
            scheduled_time = parse_datetime(_scheduled_time)

        scheduled_amount = d.pop("scheduledAmount", UNSET)

        scheduled_error = d.pop("scheduledError", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ApiReservationPaymentDTOType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(ApiReservationPaymentDTOType, _type_)

        paypal_response_present = d.pop("paypalResponsePresent", UNSET)

        expired = d.pop("expired", UNSET)

        waiting = d.pop("waiting", UNSET)

        scheduled = d.pop("scheduled", UNSET)

        authenticated = d.pop("authenticated", UNSET)

        refundable = d.pop("refundable", UNSET)

        scheduled_retry = d.pop("scheduledRetry", UNSET)

        authenticate_payment_param = d.pop("authenticatePaymentParam", UNSET)

        refund_retry = d.pop("refundRetry", UNSET)

        payment_step_refund_after_days = d.pop("paymentStepRefundAfterDays", UNSET)

        stop_cron = d.pop("stopCron", UNSET)

        _payoffs = d.pop("payoffs", UNSET)
        payoffs: list[ApiInvoicePayoffDTO] | Unset = UNSET
        if _payoffs is not UNSET:
            payoffs = []
            for payoffs_item_data in _payoffs:
                payoffs_item = ApiInvoicePayoffDTO.from_dict(payoffs_item_data)

                payoffs.append(payoffs_item)

        api_reservation_payment_dto = cls(
            reference_time=reference_time,
            payment_mode=payment_mode,
            refunded_amount=refunded_amount,
            status=status,
            id=id,
            invoice_id=invoice_id,
            reservation_room=reservation_room,
            transaction=transaction,
            credit_card=credit_card,
            payment_step=payment_step,
            payment_step_title=payment_step_title,
            insert_time=insert_time,
            charge_time=charge_time,
            preauth_expiration=preauth_expiration,
            description=description,
            source=source,
            amount=amount,
            city_tax_amount=city_tax_amount,
            user=user,
            scheduled_time=scheduled_time,
            scheduled_amount=scheduled_amount,
            scheduled_error=scheduled_error,
            type_=type_,
            paypal_response_present=paypal_response_present,
            expired=expired,
            waiting=waiting,
            scheduled=scheduled,
            authenticated=authenticated,
            refundable=refundable,
            scheduled_retry=scheduled_retry,
            authenticate_payment_param=authenticate_payment_param,
            refund_retry=refund_retry,
            payment_step_refund_after_days=payment_step_refund_after_days,
            stop_cron=stop_cron,
            payoffs=payoffs,
        )

        api_reservation_payment_dto.additional_properties = d
        return api_reservation_payment_dto

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


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_invoice_payoff_dto import ApiInvoicePayoffDTO  # noqa: E402
from ..models.api_reservation_card import ApiReservationCard  # noqa: E402
from ..models.api_user_ref import ApiUserRef  # noqa: E402
