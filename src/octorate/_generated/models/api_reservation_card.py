from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_reservation_card_card_status import ApiReservationCardCardStatus
from ..models.api_reservation_card_payment_processor import ApiReservationCardPaymentProcessor
from ..models.api_reservation_card_scheme import ApiReservationCardScheme
from ..models.api_reservation_card_type import ApiReservationCardType
from ..models.country_code import CountryCode
from ..types import UNSET, Unset, enum_member, parse_datetime

T = TypeVar("T", bound="ApiReservationCard")


@_attrs_define
class ApiReservationCard:
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
    token: str | Unset = UNSET
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        card_id = d.pop("cardId", UNSET)

        token = d.pop("token", UNSET)

        detokenization_url = d.pop("detokenizationUrl", UNSET)

        detokenization_iframe = d.pop("detokenizationIframe", UNSET)

        bank = d.pop("bank", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ApiReservationCardType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(ApiReservationCardType, _type_)

        _bank_country = d.pop("bankCountry", UNSET)
        bank_country: CountryCode | Unset
        if isinstance(_bank_country, Unset):
            bank_country = UNSET
        else:
            bank_country = enum_member(CountryCode, _bank_country)

        _scheme = d.pop("scheme", UNSET)
        scheme: ApiReservationCardScheme | Unset
        if isinstance(_scheme, Unset):
            scheme = UNSET
        else:
            scheme = enum_member(ApiReservationCardScheme, _scheme)

        _activation_date = d.pop("activationDate", UNSET)
        activation_date: datetime.datetime | Unset
        if isinstance(_activation_date, Unset):
            activation_date = UNSET
        else:
            activation_date = parse_datetime(_activation_date)

        _expire_date = d.pop("expireDate", UNSET)
        expire_date: datetime.datetime | Unset
        if isinstance(_expire_date, Unset):
            expire_date = UNSET
        else:
            expire_date = parse_datetime(_expire_date)

        _last_update = d.pop("lastUpdate", UNSET)
        last_update: datetime.datetime | Unset
        if isinstance(_last_update, Unset):
            last_update = UNSET
        else:
            last_update = parse_datetime(_last_update)

        cvv_details_available = d.pop("cvvDetailsAvailable", UNSET)

        cvv_available = d.pop("cvvAvailable", UNSET)

        cvv_received = d.pop("cvvReceived", UNSET)

        cvv_cleared = d.pop("cvvCleared", UNSET)

        _cvv_cleared_date = d.pop("cvvClearedDate", UNSET)
        cvv_cleared_date: datetime.datetime | Unset
        if isinstance(_cvv_cleared_date, Unset):
            cvv_cleared_date = UNSET
        else:
            cvv_cleared_date = parse_datetime(_cvv_cleared_date)

        card_virtual = d.pop("cardVirtual", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        _card_status = d.pop("cardStatus", UNSET)
        card_status: ApiReservationCardCardStatus | Unset
        if isinstance(_card_status, Unset):
            card_status = UNSET
        else:
            card_status = enum_member(ApiReservationCardCardStatus, _card_status)

        last_processor_error = d.pop("lastProcessorError", UNSET)

        _last_processor_error_date = d.pop("lastProcessorErrorDate", UNSET)
        last_processor_error_date: datetime.datetime | Unset
        if isinstance(_last_processor_error_date, Unset):
            last_processor_error_date = UNSET
        else:
            last_processor_error_date = parse_datetime(_last_processor_error_date)

        last4 = d.pop("last4", UNSET)

        _payment_processor = d.pop("paymentProcessor", UNSET)
        payment_processor: ApiReservationCardPaymentProcessor | Unset
        if isinstance(_payment_processor, Unset):
            payment_processor = UNSET
        else:
            payment_processor = enum_member(ApiReservationCardPaymentProcessor, _payment_processor)

        detokenization_enabled = d.pop("detokenizationEnabled", UNSET)

        chargeable = d.pop("chargeable", UNSET)

        preauthorizable = d.pop("preauthorizable", UNSET)

        amount = d.pop("amount", UNSET)

        api_reservation_card = cls(
            card_id=card_id,
            token=token,
            detokenization_url=detokenization_url,
            detokenization_iframe=detokenization_iframe,
            bank=bank,
            type_=type_,
            bank_country=bank_country,
            scheme=scheme,
            activation_date=activation_date,
            expire_date=expire_date,
            last_update=last_update,
            cvv_details_available=cvv_details_available,
            cvv_available=cvv_available,
            cvv_received=cvv_received,
            cvv_cleared=cvv_cleared,
            cvv_cleared_date=cvv_cleared_date,
            card_virtual=card_virtual,
            prepaid=prepaid,
            card_status=card_status,
            last_processor_error=last_processor_error,
            last_processor_error_date=last_processor_error_date,
            last4=last4,
            payment_processor=payment_processor,
            detokenization_enabled=detokenization_enabled,
            chargeable=chargeable,
            preauthorizable=preauthorizable,
            amount=amount,
        )

        api_reservation_card.additional_properties = d
        return api_reservation_card

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
