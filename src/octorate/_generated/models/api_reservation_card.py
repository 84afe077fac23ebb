from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr, redacted_repr
from ..models.api_reservation_card_card_status import ApiReservationCardCardStatus
from ..models.api_reservation_card_payment_processor import ApiReservationCardPaymentProcessor
from ..models.api_reservation_card_scheme import ApiReservationCardScheme
from ..models.api_reservation_card_type import ApiReservationCardType
from ..models.country_code import CountryCode
from ..types import UNSET, Unset, enum_member, parse_datetime


@_attrs_define
class ApiReservationCard(LazyModel):
    """The Credit card linked to this payment if any

    Attributes:
        card_id (int | Unset):
        token (str | Unset): Secret Secure Token that allows to process payment on this card. This token should be
            encrypted on your side. There is a specific permission to access this token Example: a2uuy-
            uuyte-76433-hyt453-kkssst.
        detokenization_url (str | Unset): Detokenization URL. Shown only on some particular API methods Example:
            https://api.octorate.com/showmycard.
        detokenization_iframe (bool | Unset): Detokenization URL can be open in iframe?
        bank (str | Unset): Bank issuer of this card Example: ING DIRECT Bv..
        type_ (ApiReservationCardType | Unset): Which type of card is this? Credit, Debit? Virtual?
        bank_country (CountryCode | Unset): ISO 3166-1 alpha-2 country code, as Octorate lists them.
        scheme (ApiReservationCardScheme | Unset): Schema of this card (i.e. AMEX, VISA) Example: MASTERCARD.
        activation_date (datetime.datetime | Unset): Activation date of this card (If null no date) Example:
            2019-12-10T11:03:00Z.
        expire_date (datetime.datetime | Unset): Expire date of this card Example: 2019-12-10T11:03:00Z.
        last_update (datetime.datetime | Unset): Last update date of the card or the processing informations on it
            Example: 2019-12-10T11:03:00Z.
        cvv_details_available (bool | Unset): Are details about CVV available? If this flag is false cvvAvailable,
            cvvReceived, cvvCleared and cvvClearedDate will always be false
        cvv_available (bool | Unset): status of the CVV (ony if cvvDetailsAvailable is true)
        cvv_received (bool | Unset): cvv received (ony if cvvDetailsAvailable is true)
        cvv_cleared (bool | Unset): Whether CVV has been used at least one time (so it was cleared) (ony if
            cvvDetailsAvailable is true)
        cvv_cleared_date (datetime.datetime | Unset): The time when the CVV has been cleared (ony if cvvDetailsAvailable
            is true)
        card_virtual (bool | Unset): Has been this card marked as virtual? Some OTAs can notify us that the card they
            are giving is virtual, in this case we mark this flag
        prepaid (bool | Unset): Is this card prepaid?
        card_status (ApiReservationCardCardStatus | Unset): Card Status if the reservation has one Example: CREDITCARD.
        last_processor_error (str | Unset): Last processor error is the field that defined the last known error
        last_processor_error_date (datetime.datetime | Unset): The date of the last processor error
        last4 (str | Unset): The last 4 digits of the Primary Account Number (PAN) of the credit card
        payment_processor (ApiReservationCardPaymentProcessor | Unset): Current processor of this credit card
        detokenization_enabled (bool | Unset): If true we can detokenize this card
        chargeable (bool | Unset): If true this card is chargeable
        preauthorizable (bool | Unset): If true this card is preauthorizable
        amount (float | Unset): The amount allowed to debit on this card (initial balance)
    """

    card_id: int | Unset = UNSET
    token: str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)
    detokenization_url: str | Unset = UNSET
    detokenization_iframe: bool | Unset = UNSET
    bank: str | Unset = UNSET
    type_: ApiReservationCardType | Unset = UNSET
    bank_country: CountryCode | Unset = UNSET
    scheme: ApiReservationCardScheme | Unset = UNSET
    activation_date: datetime.datetime | Unset = UNSET
    expire_date: datetime.datetime | Unset = UNSET
    last_update: datetime.datetime | Unset = UNSET
    cvv_details_available: bool | Unset = UNSET
    cvv_available: bool | Unset = UNSET
    cvv_received: bool | Unset = UNSET
    cvv_cleared: bool | Unset = UNSET
    cvv_cleared_date: datetime.datetime | Unset = UNSET
    card_virtual: bool | Unset = UNSET
    prepaid: bool | Unset = UNSET
    card_status: ApiReservationCardCardStatus | Unset = UNSET
    last_processor_error: str | Unset = UNSET
    last_processor_error_date: datetime.datetime | Unset = UNSET
    last4: str | Unset = UNSET
    payment_processor: ApiReservationCardPaymentProcessor | Unset = UNSET
    detokenization_enabled: bool | Unset = UNSET
    chargeable: bool | Unset = UNSET
    preauthorizable: bool | Unset = UNSET
    amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        card_id = self.card_id

        token = self.token

        detokenization_url = self.detokenization_url

        detokenization_iframe = self.detokenization_iframe

        bank = self.bank

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        bank_country: str | Unset = UNSET
        if not isinstance(self.bank_country, Unset):
            bank_country = self.bank_country.value

        scheme: str | Unset = UNSET
        if not isinstance(self.scheme, Unset):
            scheme = self.scheme.value

        activation_date: str | Unset = UNSET
        if not isinstance(self.activation_date, Unset):
            activation_date = self.activation_date.isoformat()

        expire_date: str | Unset = UNSET
        if not isinstance(self.expire_date, Unset):
            expire_date = self.expire_date.isoformat()

        last_update: str | Unset = UNSET
        if not isinstance(self.last_update, Unset):
            last_update = self.last_update.isoformat()

        cvv_details_available = self.cvv_details_available

        cvv_available = self.cvv_available

        cvv_received = self.cvv_received

        cvv_cleared = self.cvv_cleared

        cvv_cleared_date: str | Unset = UNSET
        if not isinstance(self.cvv_cleared_date, Unset):
            cvv_cleared_date = self.cvv_cleared_date.isoformat()

        card_virtual = self.card_virtual

        prepaid = self.prepaid

        card_status: str | Unset = UNSET
        if not isinstance(self.card_status, Unset):
            card_status = self.card_status.value

        last_processor_error = self.last_processor_error

        last_processor_error_date: str | Unset = UNSET
        if not isinstance(self.last_processor_error_date, Unset):
            last_processor_error_date = self.last_processor_error_date.isoformat()

        last4 = self.last4

        payment_processor: str | Unset = UNSET
        if not isinstance(self.payment_processor, Unset):
            payment_processor = self.payment_processor.value

        detokenization_enabled = self.detokenization_enabled

        chargeable = self.chargeable

        preauthorizable = self.preauthorizable

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card_id is not UNSET:
            field_dict["cardId"] = card_id
        if token is not UNSET:
            field_dict["token"] = token
        if detokenization_url is not UNSET:
            field_dict["detokenizationUrl"] = detokenization_url
        if detokenization_iframe is not UNSET:
            field_dict["detokenizationIframe"] = detokenization_iframe
        if bank is not UNSET:
            field_dict["bank"] = bank
        if type_ is not UNSET:
            field_dict["type"] = type_
        if bank_country is not UNSET:
            field_dict["bankCountry"] = bank_country
        if scheme is not UNSET:
            field_dict["scheme"] = scheme
        if activation_date is not UNSET:
            field_dict["activationDate"] = activation_date
        if expire_date is not UNSET:
            field_dict["expireDate"] = expire_date
        if last_update is not UNSET:
            field_dict["lastUpdate"] = last_update
        if cvv_details_available is not UNSET:
            field_dict["cvvDetailsAvailable"] = cvv_details_available
        if cvv_available is not UNSET:
            field_dict["cvvAvailable"] = cvv_available
        if cvv_received is not UNSET:
            field_dict["cvvReceived"] = cvv_received
        if cvv_cleared is not UNSET:
            field_dict["cvvCleared"] = cvv_cleared
        if cvv_cleared_date is not UNSET:
            field_dict["cvvClearedDate"] = cvv_cleared_date
        if card_virtual is not UNSET:
            field_dict["cardVirtual"] = card_virtual
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if card_status is not UNSET:
            field_dict["cardStatus"] = card_status
        if last_processor_error is not UNSET:
            field_dict["lastProcessorError"] = last_processor_error
        if last_processor_error_date is not UNSET:
            field_dict["lastProcessorErrorDate"] = last_processor_error_date
        if last4 is not UNSET:
            field_dict["last4"] = last4
        if payment_processor is not UNSET:
            field_dict["paymentProcessor"] = payment_processor
        if detokenization_enabled is not UNSET:
            field_dict["detokenizationEnabled"] = detokenization_enabled
        if chargeable is not UNSET:
            field_dict["chargeable"] = chargeable
        if preauthorizable is not UNSET:
            field_dict["preauthorizable"] = preauthorizable
        if amount is not UNSET:
            field_dict["amount"] = amount

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


def _load_card_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("cardId", UNSET)


def _load_token(d: Mapping[str, Any]) -> str | Unset:
    return d.get("token", UNSET)


def _load_detokenization_url(d: Mapping[str, Any]) -> str | Unset:
    return d.get("detokenizationUrl", UNSET)


def _load_detokenization_iframe(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("detokenizationIframe", UNSET)


def _load_bank(d: Mapping[str, Any]) -> str | Unset:
    return d.get("bank", UNSET)


def _load_type_(d: Mapping[str, Any]) -> ApiReservationCardType | Unset:
    _type_ = d.get("type", UNSET)
    type_: ApiReservationCardType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = enum_member(ApiReservationCardType, _type_)

    return type_


def _load_bank_country(d: Mapping[str, Any]) -> CountryCode | Unset:
    _bank_country = d.get("bankCountry", UNSET)
    bank_country: CountryCode | Unset
    if isinstance(_bank_country, Unset):
        bank_country = UNSET
    else:
        bank_country = enum_member(CountryCode, _bank_country)

    return bank_country


def _load_scheme(d: Mapping[str, Any]) -> ApiReservationCardScheme | Unset:
    _scheme = d.get("scheme", UNSET)
    scheme: ApiReservationCardScheme | Unset
    if isinstance(_scheme, Unset):
        scheme = UNSET
    else:
        scheme = enum_member(ApiReservationCardScheme, _scheme)

    return scheme


def _load_activation_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _activation_date = d.get("activationDate", UNSET)
    activation_date: datetime.datetime | Unset
    if isinstance(_activation_date, Unset):
        activation_date = UNSET
    else:
        activation_date = parse_datetime(_activation_date)

    return activation_date


def _load_expire_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _expire_date = d.get("expireDate", UNSET)
    expire_date: datetime.datetime | Unset
    if isinstance(_expire_date, Unset):
        expire_date = UNSET
    else:
        expire_date = parse_datetime(_expire_date)

    return expire_date


def _load_last_update(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _last_update = d.get("lastUpdate", UNSET)
    last_update: datetime.datetime | Unset
    if isinstance(_last_update, Unset):
        last_update = UNSET
    else:
        last_update = parse_datetime(_last_update)

    return last_update


def _load_cvv_details_available(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("cvvDetailsAvailable", UNSET)


def _load_cvv_available(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("cvvAvailable", UNSET)


def _load_cvv_received(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("cvvReceived", UNSET)


def _load_cvv_cleared(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("cvvCleared", UNSET)


def _load_cvv_cleared_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _cvv_cleared_date = d.get("cvvClearedDate", UNSET)
    cvv_cleared_date: datetime.datetime | Unset
    if isinstance(_cvv_cleared_date, Unset):
        cvv_cleared_date = UNSET
    else:
        cvv_cleared_date = parse_datetime(_cvv_cleared_date)

    return cvv_cleared_date


def _load_card_virtual(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("cardVirtual", UNSET)


def _load_prepaid(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("prepaid", UNSET)


def _load_card_status(d: Mapping[str, Any]) -> ApiReservationCardCardStatus | Unset:
    _card_status = d.get("cardStatus", UNSET)
    card_status: ApiReservationCardCardStatus | Unset
    if isinstance(_card_status, Unset):
        card_status = UNSET
    else:
        card_status = enum_member(ApiReservationCardCardStatus, _card_status)

    return card_status


def _load_last_processor_error(d: Mapping[str, Any]) -> str | Unset:
    return d.get("lastProcessorError", UNSET)


def _load_last_processor_error_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _last_processor_error_date = d.get("lastProcessorErrorDate", UNSET)
    last_processor_error_date: datetime.datetime | Unset
    if isinstance(_last_processor_error_date, Unset):
        last_processor_error_date = UNSET
    else:
        last_processor_error_date = parse_datetime(_last_processor_error_date)

    return last_processor_error_date


def _load_last4(d: Mapping[str, Any]) -> str | Unset:
    return d.get("last4", UNSET)


def _load_payment_processor(d: Mapping[str, Any]) -> ApiReservationCardPaymentProcessor | Unset:
    _payment_processor = d.get("paymentProcessor", UNSET)
    payment_processor: ApiReservationCardPaymentProcessor | Unset
    if isinstance(_payment_processor, Unset):
        payment_processor = UNSET
    else:
        payment_processor = enum_member(ApiReservationCardPaymentProcessor, _payment_processor)

    return payment_processor


def _load_detokenization_enabled(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("detokenizationEnabled", UNSET)


def _load_chargeable(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("chargeable", UNSET)


def _load_preauthorizable(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("preauthorizable", UNSET)


def _load_amount(d: Mapping[str, Any]) -> float | Unset:
    return d.get("amount", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "cardId",
        "token",
        "detokenizationUrl",
        "detokenizationIframe",
        "bank",
        "type",
        "bankCountry",
        "scheme",
        "activationDate",
        "expireDate",
        "lastUpdate",
        "cvvDetailsAvailable",
        "cvvAvailable",
        "cvvReceived",
        "cvvCleared",
        "cvvClearedDate",
        "cardVirtual",
        "prepaid",
        "cardStatus",
        "lastProcessorError",
        "lastProcessorErrorDate",
        "last4",
        "paymentProcessor",
        "detokenizationEnabled",
        "chargeable",
        "preauthorizable",
        "amount",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiReservationCard, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "card_id" not in seen:
        _set(self, "card_id", d.get("cardId", UNSET))
    if "token" not in seen:
        _set(self, "token", d.get("token", UNSET))
    if "detokenization_url" not in seen:
        _set(self, "detokenization_url", d.get("detokenizationUrl", UNSET))
    if "detokenization_iframe" not in seen:
        _set(self, "detokenization_iframe", d.get("detokenizationIframe", UNSET))
    if "bank" not in seen:
        _set(self, "bank", d.get("bank", UNSET))
    if "type_" not in seen:
        _type_ = d.get("type", UNSET)
        type_: ApiReservationCardType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(ApiReservationCardType, _type_)

        _set(self, "type_", type_)
    if "bank_country" not in seen:
        _bank_country = d.get("bankCountry", UNSET)
        bank_country: CountryCode | Unset
        if isinstance(_bank_country, Unset):
            bank_country = UNSET
        else:
            bank_country = enum_member(CountryCode, _bank_country)

        _set(self, "bank_country", bank_country)
    if "scheme" not in seen:
        _scheme = d.get("scheme", UNSET)
        scheme: ApiReservationCardScheme | Unset
        if isinstance(_scheme, Unset):
            scheme = UNSET
        else:
            scheme = enum_member(ApiReservationCardScheme, _scheme)

        _set(self, "scheme", scheme)
    if "activation_date" not in seen:
        _activation_date = d.get("activationDate", UNSET)
        activation_date: datetime.datetime | Unset
        if isinstance(_activation_date, Unset):
            activation_date = UNSET
        else:
            activation_date = parse_datetime(_activation_date)

        _set(self, "activation_date", activation_date)
    if "expire_date" not in seen:
        _expire_date = d.get("expireDate", UNSET)
        expire_date: datetime.datetime | Unset
        if isinstance(_expire_date, Unset):
            expire_date = UNSET
        else:
            expire_date = parse_datetime(_expire_date)

        _set(self, "expire_date", expire_date)
    if "last_update" not in seen:
        _last_update = d.get("lastUpdate", UNSET)
        last_update: datetime.datetime | Unset
        if isinstance(_last_update, Unset):
            last_update = UNSET
        else:
            last_update = parse_datetime(_last_update)

        _set(self, "last_update", last_update)
    if "cvv_details_available" not in seen:
        _set(self, "cvv_details_available", d.get("cvvDetailsAvailable", UNSET))
    if "cvv_available" not in seen:
        _set(self, "cvv_available", d.get("cvvAvailable", UNSET))
    if "cvv_received" not in seen:
        _set(self, "cvv_received", d.get("cvvReceived", UNSET))
    if "cvv_cleared" not in seen:
        _set(self, "cvv_cleared", d.get("cvvCleared", UNSET))
    if "cvv_cleared_date" not in seen:
        _cvv_cleared_date = d.get("cvvClearedDate", UNSET)
        cvv_cleared_date: datetime.datetime | Unset
        if isinstance(_cvv_cleared_date, Unset):
            cvv_cleared_date = UNSET
        else:
            cvv_cleared_date = parse_datetime(_cvv_cleared_date)

        _set(self, "cvv_cleared_date", cvv_cleared_date)
    if "card_virtual" not in seen:
        _set(self, "card_virtual", d.get("cardVirtual", UNSET))
    if "prepaid" not in seen:
        _set(self, "prepaid", d.get("prepaid", UNSET))
    if "card_status" not in seen:
        _card_status = d.get("cardStatus", UNSET)
        card_status: ApiReservationCardCardStatus | Unset
        if isinstance(_card_status, Unset):
            card_status = UNSET
        else:
            card_status = enum_member(ApiReservationCardCardStatus, _card_status)

        _set(self, "card_status", card_status)
    if "last_processor_error" not in seen:
        _set(self, "last_processor_error", d.get("lastProcessorError", UNSET))
    if "last_processor_error_date" not in seen:
        _last_processor_error_date = d.get("lastProcessorErrorDate", UNSET)
        last_processor_error_date: datetime.datetime | Unset
        if isinstance(_last_processor_error_date, Unset):
            last_processor_error_date = UNSET
        else:
            last_processor_error_date = parse_datetime(_last_processor_error_date)

        _set(self, "last_processor_error_date", last_processor_error_date)
    if "last4" not in seen:
        _set(self, "last4", d.get("last4", UNSET))
    if "payment_processor" not in seen:
        _payment_processor = d.get("paymentProcessor", UNSET)
        payment_processor: ApiReservationCardPaymentProcessor | Unset
        if isinstance(_payment_processor, Unset):
            payment_processor = UNSET
        else:
            payment_processor = enum_member(ApiReservationCardPaymentProcessor, _payment_processor)

        _set(self, "payment_processor", payment_processor)
    if "detokenization_enabled" not in seen:
        _set(self, "detokenization_enabled", d.get("detokenizationEnabled", UNSET))
    if "chargeable" not in seen:
        _set(self, "chargeable", d.get("chargeable", UNSET))
    if "preauthorizable" not in seen:
        _set(self, "preauthorizable", d.get("preauthorizable", UNSET))
    if "amount" not in seen:
        _set(self, "amount", d.get("amount", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiReservationCard._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "card_id": _load_card_id,
        "token": _load_token,
        "detokenization_url": _load_detokenization_url,
        "detokenization_iframe": _load_detokenization_iframe,
        "bank": _load_bank,
        "type_": _load_type_,
        "bank_country": _load_bank_country,
        "scheme": _load_scheme,
        "activation_date": _load_activation_date,
        "expire_date": _load_expire_date,
        "last_update": _load_last_update,
        "cvv_details_available": _load_cvv_details_available,
        "cvv_available": _load_cvv_available,
        "cvv_received": _load_cvv_received,
        "cvv_cleared": _load_cvv_cleared,
        "cvv_cleared_date": _load_cvv_cleared_date,
        "card_virtual": _load_card_virtual,
        "prepaid": _load_prepaid,
        "card_status": _load_card_status,
        "last_processor_error": _load_last_processor_error,
        "last_processor_error_date": _load_last_processor_error_date,
        "last4": _load_last4,
        "payment_processor": _load_payment_processor,
        "detokenization_enabled": _load_detokenization_enabled,
        "chargeable": _load_chargeable,
        "preauthorizable": _load_preauthorizable,
        "amount": _load_amount,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "card_id": "cardId",
        "token": "token",
        "detokenization_url": "detokenizationUrl",
        "detokenization_iframe": "detokenizationIframe",
        "bank": "bank",
        "type_": "type",
        "bank_country": "bankCountry",
        "scheme": "scheme",
        "activation_date": "activationDate",
        "expire_date": "expireDate",
        "last_update": "lastUpdate",
        "cvv_details_available": "cvvDetailsAvailable",
        "cvv_available": "cvvAvailable",
        "cvv_received": "cvvReceived",
        "cvv_cleared": "cvvCleared",
        "cvv_cleared_date": "cvvClearedDate",
        "card_virtual": "cardVirtual",
        "prepaid": "prepaid",
        "card_status": "cardStatus",
        "last_processor_error": "lastProcessorError",
        "last_processor_error_date": "lastProcessorErrorDate",
        "last4": "last4",
        "payment_processor": "paymentProcessor",
        "detokenization_enabled": "detokenizationEnabled",
        "chargeable": "chargeable",
        "preauthorizable": "preauthorizable",
        "amount": "amount",
    },
)
