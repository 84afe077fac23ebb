from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_reservation_payment_dto_payment_mode import ApiReservationPaymentDTOPaymentMode
from ..models.api_reservation_payment_dto_source import ApiReservationPaymentDTOSource
from ..models.api_reservation_payment_dto_status import ApiReservationPaymentDTOStatus
from ..models.api_reservation_payment_dto_type import ApiReservationPaymentDTOType
from ..types import UNSET, Unset, enum_member, parse_datetime

if TYPE_CHECKING:
    from ..models.api_invoice_payoff_dto import ApiInvoicePayoffDTO
    from ..models.api_reservation_card import ApiReservationCard
    from ..models.api_user_ref import ApiUserRef


@_attrs_define
class ApiReservationPaymentDTO(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_reference_time(d: Mapping[str, Any]) -> datetime.datetime:
    reference_time = parse_datetime(d["referenceTime"])

    return reference_time


def _load_payment_mode(d: Mapping[str, Any]) -> ApiReservationPaymentDTOPaymentMode:
    payment_mode = enum_member(ApiReservationPaymentDTOPaymentMode, d["paymentMode"])

    return payment_mode


def _load_refunded_amount(d: Mapping[str, Any]) -> float | Unset:
    return d.get("refundedAmount", UNSET)


def _load_status(d: Mapping[str, Any]) -> ApiReservationPaymentDTOStatus | Unset:
    _status = d.get("status", UNSET)
    status: ApiReservationPaymentDTOStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = enum_member(ApiReservationPaymentDTOStatus, _status)

    return status


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_invoice_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("invoiceId", UNSET)


def _load_reservation_room(d: Mapping[str, Any]) -> int | Unset:
    return d.get("reservationRoom", UNSET)


def _load_transaction(d: Mapping[str, Any]) -> str | Unset:
    return d.get("transaction", UNSET)


def _load_credit_card(d: Mapping[str, Any]) -> ApiReservationCard | Unset:
    _credit_card = d.get("creditCard", UNSET)
    credit_card: ApiReservationCard | Unset
    if isinstance(_credit_card, Unset):
        credit_card = UNSET
    else:
        credit_card = ApiReservationCard._from_json(_credit_card)

    return credit_card


def _load_payment_step(d: Mapping[str, Any]) -> int | Unset:
    return d.get("paymentStep", UNSET)


def _load_payment_step_title(d: Mapping[str, Any]) -> str | Unset:
    return d.get("paymentStepTitle", UNSET)


def _load_insert_time(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _insert_time = d.get("insertTime", UNSET)
    insert_time: datetime.datetime | Unset
    if isinstance(_insert_time, Unset):
        insert_time = UNSET
    else:
        insert_time = parse_datetime(_insert_time)

    return insert_time


def _load_charge_time(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _charge_time = d.get("chargeTime", UNSET)
    charge_time: datetime.datetime | Unset
    if isinstance(_charge_time, Unset):
        charge_time = UNSET
    else:
        charge_time = parse_datetime(_charge_time)

    return charge_time


def _load_preauth_expiration(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _preauth_expiration = d.get("preauthExpiration", UNSET)
    preauth_expiration: datetime.datetime | Unset
    if isinstance(_preauth_expiration, Unset):
        preauth_expiration = UNSET
    else:
        preauth_expiration = parse_datetime(_preauth_expiration)

    return preauth_expiration


def _load_description(d: Mapping[str, Any]) -> str | Unset:
    return d.get("description", UNSET)


def _load_source(d: Mapping[str, Any]) -> ApiReservationPaymentDTOSource | Unset:
    _source = d.get("source", UNSET)
    source: ApiReservationPaymentDTOSource | Unset
    if isinstance(_source, Unset):
        source = UNSET
    else:
        source = enum_member(ApiReservationPaymentDTOSource, _source)

    return source


def _load_amount(d: Mapping[str, Any]) -> float | Unset:
    return d.get("amount", UNSET)


def _load_city_tax_amount(d: Mapping[str, Any]) -> float | Unset:
    return d.get("cityTaxAmount", UNSET)


def _load_user(d: Mapping[str, Any]) -> ApiUserRef | Unset:
    _user = d.get("user", UNSET)
    user: ApiUserRef | Unset
    if isinstance(_user, Unset):
        user = UNSET
    else:
        user = ApiUserRef._from_json(_user)

    return user


def _load_scheduled_time(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _scheduled_time = d.get("scheduledTime", UNSET)
    scheduled_time: datetime.datetime | Unset
    if isinstance(_scheduled_time, Unset):
        scheduled_time = UNSET
    else:
        scheduled_time = parse_datetime(_scheduled_time)

    return scheduled_time


def _load_scheduled_amount(d: Mapping[str, Any]) -> float | Unset:
    return d.get("scheduledAmount", UNSET)


def _load_scheduled_error(d: Mapping[str, Any]) -> str | Unset:
    return d.get("scheduledError", UNSET)


def _load_type_(d: Mapping[str, Any]) -> ApiReservationPaymentDTOType | Unset:
    _type_ = d.get("type", UNSET)
    type_: ApiReservationPaymentDTOType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = enum_member(ApiReservationPaymentDTOType, _type_)

    return type_


def _load_paypal_response_present(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("paypalResponsePresent", UNSET)


def _load_expired(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("expired", UNSET)


def _load_waiting(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("waiting", UNSET)


def _load_scheduled(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("scheduled", UNSET)


def _load_authenticated(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("authenticated", UNSET)


def _load_refundable(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("refundable", UNSET)


def _load_scheduled_retry(d: Mapping[str, Any]) -> int | Unset:
    return d.get("scheduledRetry", UNSET)


def _load_authenticate_payment_param(d: Mapping[str, Any]) -> str | Unset:
    return d.get("authenticatePaymentParam", UNSET)


def _load_refund_retry(d: Mapping[str, Any]) -> int | Unset:
    return d.get("refundRetry", UNSET)


def _load_payment_step_refund_after_days(d: Mapping[str, Any]) -> int | Unset:
    return d.get("paymentStepRefundAfterDays", UNSET)


def _load_stop_cron(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("stopCron", UNSET)


def _load_payoffs(d: Mapping[str, Any]) -> list[ApiInvoicePayoffDTO] | Unset:
    _payoffs = d.get("payoffs", UNSET)
    payoffs: list[ApiInvoicePayoffDTO] | Unset = UNSET
    if _payoffs is not UNSET:
        payoffs = ApiInvoicePayoffDTO._from_json_list(_payoffs)

    return payoffs


_KNOWN_KEYS = frozenset(
    (
        "referenceTime",
        "paymentMode",
        "refundedAmount",
        "status",
        "id",
        "invoiceId",
        "reservationRoom",
        "transaction",
        "creditCard",
        "paymentStep",
        "paymentStepTitle",
        "insertTime",
        "chargeTime",
        "preauthExpiration",
        "description",
        "source",
        "amount",
        "cityTaxAmount",
        "user",
        "scheduledTime",
        "scheduledAmount",
        "scheduledError",
        "type",
        "paypalResponsePresent",
        "expired",
        "waiting",
        "scheduled",
        "authenticated",
        "refundable",
        "scheduledRetry",
        "authenticatePaymentParam",
        "refundRetry",
        "paymentStepRefundAfterDays",
        "stopCron",
        "payoffs",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiReservationPaymentDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "reference_time" not in seen:
        reference_time = parse_datetime(d["referenceTime"])

        _set(self, "reference_time", reference_time)
    if "payment_mode" not in seen:
        payment_mode = enum_member(ApiReservationPaymentDTOPaymentMode, d["paymentMode"])

        _set(self, "payment_mode", payment_mode)
    if "refunded_amount" not in seen:
        _set(self, "refunded_amount", d.get("refundedAmount", UNSET))
    if "status" not in seen:
        _status = d.get("status", UNSET)
        status: ApiReservationPaymentDTOStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = enum_member(ApiReservationPaymentDTOStatus, _status)

        _set(self, "status", status)
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "invoice_id" not in seen:
        _set(self, "invoice_id", d.get("invoiceId", UNSET))
    if "reservation_room" not in seen:
        _set(self, "reservation_room", d.get("reservationRoom", UNSET))
    if "transaction" not in seen:
        _set(self, "transaction", d.get("transaction", UNSET))
    if "credit_card" not in seen:
        _credit_card = d.get("creditCard", UNSET)
        credit_card: ApiReservationCard | Unset
        if isinstance(_credit_card, Unset):
            credit_card = UNSET
        else:
            credit_card = ApiReservationCard._from_json(_credit_card)

        _set(self, "credit_card", credit_card)
    if "payment_step" not in seen:
        _set(self, "payment_step", d.get("paymentStep", UNSET))
    if "payment_step_title" not in seen:
        _set(self, "payment_step_title", d.get("paymentStepTitle", UNSET))
    if "insert_time" not in seen:
        _insert_time = d.get("insertTime", UNSET)
        insert_time: datetime.datetime | Unset
        if isinstance(_insert_time, Unset):
            insert_time = UNSET
        else:
            insert_time = parse_datetime(_insert_time)

        _set(self, "insert_time", insert_time)
    if "charge_time" not in seen:
        _charge_time = d.get("chargeTime", UNSET)
        charge_time: datetime.datetime | Unset
        if isinstance(_charge_time, Unset):
            charge_time = UNSET
        else:
            charge_time = parse_datetime(_charge_time)

        _set(self, "charge_time", charge_time)
    if "preauth_expiration" not in seen:
        _preauth_expiration = d.get("preauthExpiration", UNSET)
        preauth_expiration: datetime.datetime | Unset
        if isinstance(_preauth_expiration, Unset):
            preauth_expiration = UNSET
        else:
            preauth_expiration = parse_datetime(_preauth_expiration)

        _set(self, "preauth_expiration", preauth_expiration)
    if "description" not in seen:
        _set(self, "description", d.get("description", UNSET))
    if "source" not in seen:
        _source = d.get("source", UNSET)
        source: ApiReservationPaymentDTOSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = enum_member(ApiReservationPaymentDTOSource, _source)

        _set(self, "source", source)
    if "amount" not in seen:
        _set(self, "amount", d.get("amount", UNSET))
    if "city_tax_amount" not in seen:
        _set(self, "city_tax_amount", d.get("cityTaxAmount", UNSET))
    if "user" not in seen:
        _user = d.get("user", UNSET)
        user: ApiUserRef | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = ApiUserRef._from_json(_user)

        _set(self, "user", user)
    if "scheduled_time" not in seen:
        _scheduled_time = d.get("scheduledTime", UNSET)
        scheduled_time: datetime.datetime | Unset
        if isinstance(_scheduled_time, Unset):
            scheduled_time = UNSET
        else:
            scheduled_time = parse_datetime(_scheduled_time)

        _set(self, "scheduled_time", scheduled_time)
    if "scheduled_amount" not in seen:
        _set(self, "scheduled_amount", d.get("scheduledAmount", UNSET))
    if "scheduled_error" not in seen:
        _set(self, "scheduled_error", d.get("scheduledError", UNSET))
    if "type_" not in seen:
        _type_ = d.get("type", UNSET)
        type_: ApiReservationPaymentDTOType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(ApiReservationPaymentDTOType, _type_)

        _set(self, "type_", type_)
    if "paypal_response_present" not in seen:
        _set(self, "paypal_response_present", d.get("paypalResponsePresent", UNSET))
    if "expired" not in seen:
        _set(self, "expired", d.get("expired", UNSET))
    if "waiting" not in seen:
        _set(self, "waiting", d.get("waiting", UNSET))
    if "scheduled" not in seen:
        _set(self, "scheduled", d.get("scheduled", UNSET))
    if "authenticated" not in seen:
        _set(self, "authenticated", d.get("authenticated", UNSET))
    if "refundable" not in seen:
        _set(self, "refundable", d.get("refundable", UNSET))
    if "scheduled_retry" not in seen:
        _set(self, "scheduled_retry", d.get("scheduledRetry", UNSET))
    if "authenticate_payment_param" not in seen:
        _set(self, "authenticate_payment_param", d.get("authenticatePaymentParam", UNSET))
    if "refund_retry" not in seen:
        _set(self, "refund_retry", d.get("refundRetry", UNSET))
    if "payment_step_refund_after_days" not in seen:
        _set(self, "payment_step_refund_after_days", d.get("paymentStepRefundAfterDays", UNSET))
    if "stop_cron" not in seen:
        _set(self, "stop_cron", d.get("stopCron", UNSET))
    if "payoffs" not in seen:
        _payoffs = d.get("payoffs", UNSET)
        payoffs: list[ApiInvoicePayoffDTO] | Unset = UNSET
        if _payoffs is not UNSET:
            payoffs = ApiInvoicePayoffDTO._from_json_list(_payoffs)

        _set(self, "payoffs", payoffs)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiReservationPaymentDTO._octorate_fields = FieldTable(
    required=frozenset(
        (
            "referenceTime",
            "paymentMode",
        )
    ),
    loaders={
        "reference_time": _load_reference_time,
        "payment_mode": _load_payment_mode,
        "refunded_amount": _load_refunded_amount,
        "status": _load_status,
        "id": _load_id,
        "invoice_id": _load_invoice_id,
        "reservation_room": _load_reservation_room,
        "transaction": _load_transaction,
        "credit_card": _load_credit_card,
        "payment_step": _load_payment_step,
        "payment_step_title": _load_payment_step_title,
        "insert_time": _load_insert_time,
        "charge_time": _load_charge_time,
        "preauth_expiration": _load_preauth_expiration,
        "description": _load_description,
        "source": _load_source,
        "amount": _load_amount,
        "city_tax_amount": _load_city_tax_amount,
        "user": _load_user,
        "scheduled_time": _load_scheduled_time,
        "scheduled_amount": _load_scheduled_amount,
        "scheduled_error": _load_scheduled_error,
        "type_": _load_type_,
        "paypal_response_present": _load_paypal_response_present,
        "expired": _load_expired,
        "waiting": _load_waiting,
        "scheduled": _load_scheduled,
        "authenticated": _load_authenticated,
        "refundable": _load_refundable,
        "scheduled_retry": _load_scheduled_retry,
        "authenticate_payment_param": _load_authenticate_payment_param,
        "refund_retry": _load_refund_retry,
        "payment_step_refund_after_days": _load_payment_step_refund_after_days,
        "stop_cron": _load_stop_cron,
        "payoffs": _load_payoffs,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "credit_card",
        "user",
        "payoffs",
        "additional_properties",
    ),
    keys={
        "reference_time": "referenceTime",
        "payment_mode": "paymentMode",
        "refunded_amount": "refundedAmount",
        "status": "status",
        "id": "id",
        "invoice_id": "invoiceId",
        "reservation_room": "reservationRoom",
        "transaction": "transaction",
        "credit_card": "creditCard",
        "payment_step": "paymentStep",
        "payment_step_title": "paymentStepTitle",
        "insert_time": "insertTime",
        "charge_time": "chargeTime",
        "preauth_expiration": "preauthExpiration",
        "description": "description",
        "source": "source",
        "amount": "amount",
        "city_tax_amount": "cityTaxAmount",
        "user": "user",
        "scheduled_time": "scheduledTime",
        "scheduled_amount": "scheduledAmount",
        "scheduled_error": "scheduledError",
        "type_": "type",
        "paypal_response_present": "paypalResponsePresent",
        "expired": "expired",
        "waiting": "waiting",
        "scheduled": "scheduled",
        "authenticated": "authenticated",
        "refundable": "refundable",
        "scheduled_retry": "scheduledRetry",
        "authenticate_payment_param": "authenticatePaymentParam",
        "refund_retry": "refundRetry",
        "payment_step_refund_after_days": "paymentStepRefundAfterDays",
        "stop_cron": "stopCron",
        "payoffs": "payoffs",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_invoice_payoff_dto import ApiInvoicePayoffDTO  # noqa: E402
from ..models.api_reservation_card import ApiReservationCard  # noqa: E402
from ..models.api_user_ref import ApiUserRef  # noqa: E402
