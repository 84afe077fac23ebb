from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.reservation_stream_company_collect import ReservationStreamCompanyCollect
from ..models.reservation_stream_lang import ReservationStreamLang
from ..models.reservation_stream_payment_mode import ReservationStreamPaymentMode
from ..models.reservation_stream_purpose import ReservationStreamPurpose
from ..models.reservation_stream_status import ReservationStreamStatus
from ..types import UNSET, Unset, enum_member, parse_datetime

if TYPE_CHECKING:
    from ..models.place import Place
    from ..models.reservation_external import ReservationExternal
    from ..models.reservation_split_stream import ReservationSplitStream
    from ..models.reservation_stream_card import ReservationStreamCard
    from ..models.reservation_stream_currency_type_1 import ReservationStreamCurrencyType1
    from ..models.reservation_stream_day import ReservationStreamDay
    from ..models.reservation_stream_extra import ReservationStreamExtra
    from ..models.reservation_stream_guest import ReservationStreamGuest
    from ..models.reservation_stream_json import ReservationStreamJson
    from ..models.reservation_stream_police_guest import ReservationStreamPoliceGuest


@_attrs_define
class ReservationStream(LazyModel):
    """
    Attributes:
        group_name (str | Unset):
        portal_id (str | Unset):
        internal_room (int | Unset):
        pax (int | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        total (float | Unset):
        room_gross (float | Unset):
        refer (str | Unset):
        external_room (str | Unset):
        guest (ReservationStreamGuest | Unset):
        tax_included (bool | Unset):
        rate_plan_id (int | Unset):
        external_refer (str | Unset):
        effective_checkin (datetime.datetime | Unset):
        effective_checkout (datetime.datetime | Unset):
        infants (int | Unset):
        special_requests (str | Unset):
        reservation_external (ReservationExternal | Unset):
        not_refundable (bool | Unset):
        payment_expiration (datetime.datetime | Unset):
        api (bool | Unset):
        loyalty_discount (bool | Unset):
        external_discount_id (str | Unset):
        extra_included (list[ReservationStreamExtra] | Unset):
        rate_plan_variation (float | Unset):
        internal_rate (int | Unset):
        portal_notes (str | Unset):
        house_keeping_notes (str | Unset):
        tag_label (int | Unset):
        agency_id (int | Unset):
        invoice_holder_id (int | Unset):
        note_time (bool | Unset):
        purpose (ReservationStreamPurpose | Unset):
        paid_stay_tax (float | Unset):
        total_paid (float | Unset):
        city_tax_amount_in_payment (float | Unset):
        room_locked (bool | Unset):
        total_commissions (float | Unset):
        company_collect (ReservationStreamCompanyCollect | Unset):
        daily (list[ReservationStreamDay] | Unset):
        paid_notes (str | Unset):
        checkin_clerk (int | Unset):
        checkout_clerk (int | Unset):
        housekeeper_clerk (int | Unset):
        pms_room (str | Unset):
        deposit (float | Unset):
        json (ReservationStreamJson | Unset):
        stream_from_accommodation (bool | Unset):
        update_date (datetime.datetime | Unset):
        create_date (datetime.datetime | Unset):
        technical_credit_card_change (bool | Unset):
        stream_card (ReservationStreamCard | Unset):
        reservation_split_stream (ReservationSplitStream | Unset):
        group_notes (str | Unset):
        flight (str | Unset):
        conversation_id (str | Unset):
        city_tax_zero (bool | Unset):
        property_reference (str | Unset):
        police_guests (list[ReservationStreamPoliceGuest] | Unset):
        cleaning_fee (float | Unset):
        octorate_id (int | Unset):
        place (Place | Unset): Information related to the place
        push_import_id (int | Unset):
        cancel_penality (float | Unset):
        color (str | Unset):
        payment_mode (ReservationStreamPaymentMode | Unset):
        lang (ReservationStreamLang | Unset):
        connection_id (int | Unset):
        group_id (int | Unset):
        count (int | Unset):
        currency (ReservationStreamCurrencyType1 | str | Unset):
        extra (list[ReservationStreamExtra] | Unset):
        children (int | Unset):
        completed (bool | Unset):
        status (ReservationStreamStatus | Unset):
    """

    group_name: str | Unset = UNSET
    portal_id: str | Unset = UNSET
    internal_room: int | Unset = UNSET
    pax: int | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    total: float | Unset = UNSET
    room_gross: float | Unset = UNSET
    refer: str | Unset = UNSET
    external_room: str | Unset = UNSET
    guest: ReservationStreamGuest | Unset = UNSET
    tax_included: bool | Unset = UNSET
    rate_plan_id: int | Unset = UNSET
    external_refer: str | Unset = UNSET
    effective_checkin: datetime.datetime | Unset = UNSET
    effective_checkout: datetime.datetime | Unset = UNSET
    infants: int | Unset = UNSET
    special_requests: str | Unset = UNSET
    reservation_external: ReservationExternal | Unset = UNSET
    not_refundable: bool | Unset = UNSET
    payment_expiration: datetime.datetime | Unset = UNSET
    api: bool | Unset = UNSET
    loyalty_discount: bool | Unset = UNSET
    external_discount_id: str | Unset = UNSET
    extra_included: list[ReservationStreamExtra] | Unset = UNSET
    rate_plan_variation: float | Unset = UNSET
    internal_rate: int | Unset = UNSET
    portal_notes: str | Unset = UNSET
    house_keeping_notes: str | Unset = UNSET
    tag_label: int | Unset = UNSET
    agency_id: int | Unset = UNSET
    invoice_holder_id: int | Unset = UNSET
    note_time: bool | Unset = UNSET
    purpose: ReservationStreamPurpose | Unset = UNSET
    paid_stay_tax: float | Unset = UNSET
    total_paid: float | Unset = UNSET
    city_tax_amount_in_payment: float | Unset = UNSET
    room_locked: bool | Unset = UNSET
    total_commissions: float | Unset = UNSET
    company_collect: ReservationStreamCompanyCollect | Unset = UNSET
    daily: list[ReservationStreamDay] | Unset = UNSET
    paid_notes: str | Unset = UNSET
    checkin_clerk: int | Unset = UNSET
    checkout_clerk: int | Unset = UNSET
    housekeeper_clerk: int | Unset = UNSET
    pms_room: str | Unset = UNSET
    deposit: float | Unset = UNSET
    json: ReservationStreamJson | Unset = UNSET
    stream_from_accommodation: bool | Unset = UNSET
    update_date: datetime.datetime | Unset = UNSET
    create_date: datetime.datetime | Unset = UNSET
    technical_credit_card_change: bool | Unset = UNSET
    stream_card: ReservationStreamCard | Unset = UNSET
    reservation_split_stream: ReservationSplitStream | Unset = UNSET
    group_notes: str | Unset = UNSET
    flight: str | Unset = UNSET
    conversation_id: str | Unset = UNSET
    city_tax_zero: bool | Unset = UNSET
    property_reference: str | Unset = UNSET
    police_guests: list[ReservationStreamPoliceGuest] | Unset = UNSET
    cleaning_fee: float | Unset = UNSET
    octorate_id: int | Unset = UNSET
    place: Place | Unset = UNSET
    push_import_id: int | Unset = UNSET
    cancel_penality: float | Unset = UNSET
    color: str | Unset = UNSET
    payment_mode: ReservationStreamPaymentMode | Unset = UNSET
    lang: ReservationStreamLang | Unset = UNSET
    connection_id: int | Unset = UNSET
    group_id: int | Unset = UNSET
    count: int | Unset = UNSET
    currency: ReservationStreamCurrencyType1 | str | Unset = UNSET
    extra: list[ReservationStreamExtra] | Unset = UNSET
    children: int | Unset = UNSET
    completed: bool | Unset = UNSET
    status: ReservationStreamStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        group_name = self.group_name

        portal_id = self.portal_id

        internal_room = self.internal_room

        pax = self.pax

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        total = self.total

        room_gross = self.room_gross

        refer = self.refer

        external_room = self.external_room

        guest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.guest, Unset):
            guest = self.guest.to_dict()

        tax_included = self.tax_included

        rate_plan_id = self.rate_plan_id

        external_refer = self.external_refer

        effective_checkin: str | Unset = UNSET
        if not isinstance(self.effective_checkin, Unset):
            effective_checkin = self.effective_checkin.isoformat()

        effective_checkout: str | Unset = UNSET
        if not isinstance(self.effective_checkout, Unset):
            effective_checkout = self.effective_checkout.isoformat()

        infants = self.infants

        special_requests = self.special_requests

        reservation_external: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reservation_external, Unset):
            reservation_external = self.reservation_external.to_dict()

        not_refundable = self.not_refundable

        payment_expiration: str | Unset = UNSET
        if not isinstance(self.payment_expiration, Unset):
            payment_expiration = self.payment_expiration.isoformat()

        api = self.api

        loyalty_discount = self.loyalty_discount

        external_discount_id = self.external_discount_id

        extra_included: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extra_included, Unset):
            extra_included = []
            for extra_included_item_data in self.extra_included:
                extra_included_item = extra_included_item_data.to_dict()
                extra_included.append(extra_included_item)

        rate_plan_variation = self.rate_plan_variation

        internal_rate = self.internal_rate

        portal_notes = self.portal_notes

        house_keeping_notes = self.house_keeping_notes

        tag_label = self.tag_label

        agency_id = self.agency_id

        invoice_holder_id = self.invoice_holder_id

        note_time = self.note_time

        purpose: str | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = self.purpose.value

        paid_stay_tax = self.paid_stay_tax

        total_paid = self.total_paid

        city_tax_amount_in_payment = self.city_tax_amount_in_payment

        room_locked = self.room_locked

        total_commissions = self.total_commissions

        company_collect: str | Unset = UNSET
        if not isinstance(self.company_collect, Unset):
            company_collect = self.company_collect.value

        daily: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.daily, Unset):
            daily = []
            for daily_item_data in self.daily:
                daily_item = daily_item_data.to_dict()
                daily.append(daily_item)

        paid_notes = self.paid_notes

        checkin_clerk = self.checkin_clerk

        checkout_clerk = self.checkout_clerk

        housekeeper_clerk = self.housekeeper_clerk

        pms_room = self.pms_room

        deposit = self.deposit

        json: dict[str, Any] | Unset = UNSET
        if not isinstance(self.json, Unset):
            json = self.json.to_dict()

        stream_from_accommodation = self.stream_from_accommodation

        update_date: str | Unset = UNSET
        if not isinstance(self.update_date, Unset):
            update_date = self.update_date.isoformat()

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat()

        technical_credit_card_change = self.technical_credit_card_change

        stream_card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stream_card, Unset):
            stream_card = self.stream_card.to_dict()

        reservation_split_stream: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reservation_split_stream, Unset):
            reservation_split_stream = self.reservation_split_stream.to_dict()

        group_notes = self.group_notes

        flight = self.flight

        conversation_id = self.conversation_id

        city_tax_zero = self.city_tax_zero

        property_reference = self.property_reference

        police_guests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.police_guests, Unset):
            police_guests = []
            for police_guests_item_data in self.police_guests:
                police_guests_item = police_guests_item_data.to_dict()
                police_guests.append(police_guests_item)

        cleaning_fee = self.cleaning_fee

        octorate_id = self.octorate_id

        place: dict[str, Any] | Unset = UNSET
        if not isinstance(self.place, Unset):
            place = self.place.to_dict()

        push_import_id = self.push_import_id

        cancel_penality = self.cancel_penality

        color = self.color

        payment_mode: str | Unset = UNSET
        if not isinstance(self.payment_mode, Unset):
            payment_mode = self.payment_mode.value

        lang: str | Unset = UNSET
        if not isinstance(self.lang, Unset):
            lang = self.lang.value

        connection_id = self.connection_id

        group_id = self.group_id

        count = self.count

        currency: dict[str, Any] | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, ReservationStreamCurrencyType1):
            currency = self.currency.to_dict()
        else:
            currency = self.currency

        extra: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = []
            for extra_item_data in self.extra:
                extra_item = extra_item_data.to_dict()
                extra.append(extra_item)

        children = self.children

        completed = self.completed

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_name is not UNSET:
            field_dict["groupName"] = group_name
        if portal_id is not UNSET:
            field_dict["portalId"] = portal_id
        if internal_room is not UNSET:
            field_dict["internalRoom"] = internal_room
        if pax is not UNSET:
            field_dict["pax"] = pax
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if total is not UNSET:
            field_dict["total"] = total
        if room_gross is not UNSET:
            field_dict["roomGross"] = room_gross
        if refer is not UNSET:
            field_dict["refer"] = refer
        if external_room is not UNSET:
            field_dict["externalRoom"] = external_room
        if guest is not UNSET:
            field_dict["guest"] = guest
        if tax_included is not UNSET:
            field_dict["taxIncluded"] = tax_included
        if rate_plan_id is not UNSET:
            field_dict["ratePlanId"] = rate_plan_id
        if external_refer is not UNSET:
            field_dict["externalRefer"] = external_refer
        if effective_checkin is not UNSET:
            field_dict["effectiveCheckin"] = effective_checkin
        if effective_checkout is not UNSET:
            field_dict["effectiveCheckout"] = effective_checkout
        if infants is not UNSET:
            field_dict["infants"] = infants
        if special_requests is not UNSET:
            field_dict["specialRequests"] = special_requests
        if reservation_external is not UNSET:
            field_dict["reservationExternal"] = reservation_external
        if not_refundable is not UNSET:
            field_dict["notRefundable"] = not_refundable
        if payment_expiration is not UNSET:
            field_dict["paymentExpiration"] = payment_expiration
        if api is not UNSET:
            field_dict["api"] = api
        if loyalty_discount is not UNSET:
            field_dict["loyaltyDiscount"] = loyalty_discount
        if external_discount_id is not UNSET:
            field_dict["externalDiscountId"] = external_discount_id
        if extra_included is not UNSET:
            field_dict["extraIncluded"] = extra_included
        if rate_plan_variation is not UNSET:
            field_dict["ratePlanVariation"] = rate_plan_variation
        if internal_rate is not UNSET:
            field_dict["internalRate"] = internal_rate
        if portal_notes is not UNSET:
            field_dict["portalNotes"] = portal_notes
        if house_keeping_notes is not UNSET:
            field_dict["houseKeepingNotes"] = house_keeping_notes
        if tag_label is not UNSET:
            field_dict["tagLabel"] = tag_label
        if agency_id is not UNSET:
            field_dict["agencyId"] = agency_id
        if invoice_holder_id is not UNSET:
            field_dict["invoiceHolderId"] = invoice_holder_id
        if note_time is not UNSET:
            field_dict["noteTime"] = note_time
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if paid_stay_tax is not UNSET:
            field_dict["paidStayTax"] = paid_stay_tax
        if total_paid is not UNSET:
            field_dict["totalPaid"] = total_paid
        if city_tax_amount_in_payment is not UNSET:
            field_dict["cityTaxAmountInPayment"] = city_tax_amount_in_payment
        if room_locked is not UNSET:
            field_dict["roomLocked"] = room_locked
        if total_commissions is not UNSET:
            field_dict["totalCommissions"] = total_commissions
        if company_collect is not UNSET:
            field_dict["companyCollect"] = company_collect
        if daily is not UNSET:
            field_dict["daily"] = daily
        if paid_notes is not UNSET:
            field_dict["paidNotes"] = paid_notes
        if checkin_clerk is not UNSET:
            field_dict["checkinClerk"] = checkin_clerk
        if checkout_clerk is not UNSET:
            field_dict["checkoutClerk"] = checkout_clerk
        if housekeeper_clerk is not UNSET:
            field_dict["housekeeperClerk"] = housekeeper_clerk
        if pms_room is not UNSET:
            field_dict["pmsRoom"] = pms_room
        if deposit is not UNSET:
            field_dict["deposit"] = deposit
        if json is not UNSET:
            field_dict["json"] = json
        if stream_from_accommodation is not UNSET:
            field_dict["streamFromAccommodation"] = stream_from_accommodation
        if update_date is not UNSET:
            field_dict["updateDate"] = update_date
        if create_date is not UNSET:
            field_dict["createDate"] = create_date
        if technical_credit_card_change is not UNSET:
            field_dict["technicalCreditCardChange"] = technical_credit_card_change
        if stream_card is not UNSET:
            field_dict["streamCard"] = stream_card
        if reservation_split_stream is not UNSET:
            field_dict["reservationSplitStream"] = reservation_split_stream
        if group_notes is not UNSET:
            field_dict["groupNotes"] = group_notes
        if flight is not UNSET:
            field_dict["flight"] = flight
        if conversation_id is not UNSET:
            field_dict["conversationId"] = conversation_id
        if city_tax_zero is not UNSET:
            field_dict["cityTaxZero"] = city_tax_zero
        if property_reference is not UNSET:
            field_dict["propertyReference"] = property_reference
        if police_guests is not UNSET:
            field_dict["policeGuests"] = police_guests
        if cleaning_fee is not UNSET:
            field_dict["cleaningFee"] = cleaning_fee
        if octorate_id is not UNSET:
            field_dict["octorateId"] = octorate_id
        if place is not UNSET:
            field_dict["place"] = place
        if push_import_id is not UNSET:
            field_dict["pushImportId"] = push_import_id
        if cancel_penality is not UNSET:
            field_dict["cancelPenality"] = cancel_penality
        if color is not UNSET:
            field_dict["color"] = color
        if payment_mode is not UNSET:
            field_dict["paymentMode"] = payment_mode
        if lang is not UNSET:
            field_dict["lang"] = lang
        if connection_id is not UNSET:
            field_dict["connectionId"] = connection_id
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if count is not UNSET:
            field_dict["count"] = count
        if currency is not UNSET:
            field_dict["currency"] = currency
        if extra is not UNSET:
            field_dict["extra"] = extra
        if children is not UNSET:
            field_dict["children"] = children
        if completed is not UNSET:
            field_dict["completed"] = completed
        if status is not UNSET:
            field_dict["status"] = status

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


def _load_group_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("groupName", UNSET)


def _load_portal_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("portalId", UNSET)


def _load_internal_room(d: Mapping[str, Any]) -> int | Unset:
    return d.get("internalRoom", UNSET)


def _load_pax(d: Mapping[str, Any]) -> int | Unset:
    return d.get("pax", UNSET)


def _load_start_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _start_date = d.get("startDate", UNSET)
    start_date: datetime.datetime | Unset
    if isinstance(_start_date, Unset):
        start_date = UNSET
    else:
        start_date = parse_datetime(_start_date)

    return start_date


def _load_end_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _end_date = d.get("endDate", UNSET)
    end_date: datetime.datetime | Unset
    if isinstance(_end_date, Unset):
        end_date = UNSET
    else:
        end_date = parse_datetime(_end_date)

    return end_date


def _load_total(d: Mapping[str, Any]) -> float | Unset:
    return d.get("total", UNSET)


def _load_room_gross(d: Mapping[str, Any]) -> float | Unset:
    return d.get("roomGross", UNSET)


def _load_refer(d: Mapping[str, Any]) -> str | Unset:
    return d.get("refer", UNSET)


def _load_external_room(d: Mapping[str, Any]) -> str | Unset:
    return d.get("externalRoom", UNSET)


def _load_guest(d: Mapping[str, Any]) -> ReservationStreamGuest | Unset:
    _guest = d.get("guest", UNSET)
    guest: ReservationStreamGuest | Unset
    if isinstance(_guest, Unset):
        guest = UNSET
    else:
        guest = ReservationStreamGuest._from_json(_guest)

    return guest


def _load_tax_included(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("taxIncluded", UNSET)


def _load_rate_plan_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("ratePlanId", UNSET)


def _load_external_refer(d: Mapping[str, Any]) -> str | Unset:
    return d.get("externalRefer", UNSET)


def _load_effective_checkin(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _effective_checkin = d.get("effectiveCheckin", UNSET)
    effective_checkin: datetime.datetime | Unset
    if isinstance(_effective_checkin, Unset):
        effective_checkin = UNSET
    else:
        effective_checkin = parse_datetime(_effective_checkin)

    return effective_checkin


def _load_effective_checkout(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _effective_checkout = d.get("effectiveCheckout", UNSET)
    effective_checkout: datetime.datetime | Unset
    if isinstance(_effective_checkout, Unset):
        effective_checkout = UNSET
    else:
        effective_checkout = parse_datetime(_effective_checkout)

    return effective_checkout


def _load_infants(d: Mapping[str, Any]) -> int | Unset:
    return d.get("infants", UNSET)


def _load_special_requests(d: Mapping[str, Any]) -> str | Unset:
    return d.get("specialRequests", UNSET)


def _load_reservation_external(d: Mapping[str, Any]) -> ReservationExternal | Unset:
    _reservation_external = d.get("reservationExternal", UNSET)
    reservation_external: ReservationExternal | Unset
    if isinstance(_reservation_external, Unset):
        reservation_external = UNSET
    else:
        reservation_external = ReservationExternal._from_json(_reservation_external)

    return reservation_external


def _load_not_refundable(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("notRefundable", UNSET)


def _load_payment_expiration(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _payment_expiration = d.get("paymentExpiration", UNSET)
    payment_expiration: datetime.datetime | Unset
    if isinstance(_payment_expiration, Unset):
        payment_expiration = UNSET
    else:
        payment_expiration = parse_datetime(_payment_expiration)

    return payment_expiration


def _load_api(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("api", UNSET)


def _load_loyalty_discount(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("loyaltyDiscount", UNSET)


def _load_external_discount_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("externalDiscountId", UNSET)


def _load_extra_included(d: Mapping[str, Any]) -> list[ReservationStreamExtra] | Unset:
    _extra_included = d.get("extraIncluded", UNSET)
    extra_included: list[ReservationStreamExtra] | Unset = UNSET
    if _extra_included is not UNSET:
        extra_included = ReservationStreamExtra._from_json_list(_extra_included)

    return extra_included


def _load_rate_plan_variation(d: Mapping[str, Any]) -> float | Unset:
    return d.get("ratePlanVariation", UNSET)


def _load_internal_rate(d: Mapping[str, Any]) -> int | Unset:
    return d.get("internalRate", UNSET)


def _load_portal_notes(d: Mapping[str, Any]) -> str | Unset:
    return d.get("portalNotes", UNSET)


def _load_house_keeping_notes(d: Mapping[str, Any]) -> str | Unset:
    return d.get("houseKeepingNotes", UNSET)


def _load_tag_label(d: Mapping[str, Any]) -> int | Unset:
    return d.get("tagLabel", UNSET)


def _load_agency_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("agencyId", UNSET)


def _load_invoice_holder_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("invoiceHolderId", UNSET)


def _load_note_time(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("noteTime", UNSET)


def _load_purpose(d: Mapping[str, Any]) -> ReservationStreamPurpose | Unset:
    _purpose = d.get("purpose", UNSET)
    purpose: ReservationStreamPurpose | Unset
    if isinstance(_purpose, Unset):
        purpose = UNSET
    else:
        purpose = enum_member(ReservationStreamPurpose, _purpose)

    return purpose


def _load_paid_stay_tax(d: Mapping[str, Any]) -> float | Unset:
    return d.get("paidStayTax", UNSET)


def _load_total_paid(d: Mapping[str, Any]) -> float | Unset:
    return d.get("totalPaid", UNSET)


def _load_city_tax_amount_in_payment(d: Mapping[str, Any]) -> float | Unset:
    return d.get("cityTaxAmountInPayment", UNSET)


def _load_room_locked(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("roomLocked", UNSET)


def _load_total_commissions(d: Mapping[str, Any]) -> float | Unset:
    return d.get("totalCommissions", UNSET)


def _load_company_collect(d: Mapping[str, Any]) -> ReservationStreamCompanyCollect | Unset:
    _company_collect = d.get("companyCollect", UNSET)
    company_collect: ReservationStreamCompanyCollect | Unset
    if isinstance(_company_collect, Unset):
        company_collect = UNSET
    else:
        company_collect = enum_member(ReservationStreamCompanyCollect, _company_collect)

    return company_collect


def _load_daily(d: Mapping[str, Any]) -> list[ReservationStreamDay] | Unset:
    _daily = d.get("daily", UNSET)
    daily: list[ReservationStreamDay] | Unset = UNSET
    if _daily is not UNSET:
        daily = ReservationStreamDay._from_json_list(_daily)

    return daily


def _load_paid_notes(d: Mapping[str, Any]) -> str | Unset:
    return d.get("paidNotes", UNSET)


def _load_checkin_clerk(d: Mapping[str, Any]) -> int | Unset:
    return d.get("checkinClerk", UNSET)


def _load_checkout_clerk(d: Mapping[str, Any]) -> int | Unset:
    return d.get("checkoutClerk", UNSET)


def _load_housekeeper_clerk(d: Mapping[str, Any]) -> int | Unset:
    return d.get("housekeeperClerk", UNSET)


def _load_pms_room(d: Mapping[str, Any]) -> str | Unset:
    return d.get("pmsRoom", UNSET)


def _load_deposit(d: Mapping[str, Any]) -> float | Unset:
    return d.get("deposit", UNSET)


def _load_json(d: Mapping[str, Any]) -> ReservationStreamJson | Unset:
    _json = d.get("json", UNSET)
    json: ReservationStreamJson | Unset
    if isinstance(_json, Unset):
        json = UNSET
    else:
        json = ReservationStreamJson._from_json(_json)

    return json


def _load_stream_from_accommodation(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("streamFromAccommodation", UNSET)


def _load_update_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _update_date = d.get("updateDate", UNSET)
    update_date: datetime.datetime | Unset
    if isinstance(_update_date, Unset):
        update_date = UNSET
    else:
        update_date = parse_datetime(_update_date)

    return update_date


def _load_create_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _create_date = d.get("createDate", UNSET)
    create_date: datetime.datetime | Unset
    if isinstance(_create_date, Unset):
        create_date = UNSET
    else:
        create_date = parse_datetime(_create_date)

    return create_date


def _load_technical_credit_card_change(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("technicalCreditCardChange", UNSET)


def _load_stream_card(d: Mapping[str, Any]) -> ReservationStreamCard | Unset:
    _stream_card = d.get("streamCard", UNSET)
    stream_card: ReservationStreamCard | Unset
    if isinstance(_stream_card, Unset):
        stream_card = UNSET
    else:
        stream_card = ReservationStreamCard._from_json(_stream_card)

    return stream_card


def _load_reservation_split_stream(d: Mapping[str, Any]) -> ReservationSplitStream | Unset:
    _reservation_split_stream = d.get("reservationSplitStream", UNSET)
    reservation_split_stream: ReservationSplitStream | Unset
    if isinstance(_reservation_split_stream, Unset):
        reservation_split_stream = UNSET
    else:
        reservation_split_stream = ReservationSplitStream._from_json(_reservation_split_stream)

    return reservation_split_stream


def _load_group_notes(d: Mapping[str, Any]) -> str | Unset:
    return d.get("groupNotes", UNSET)


def _load_flight(d: Mapping[str, Any]) -> str | Unset:
    return d.get("flight", UNSET)


def _load_conversation_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("conversationId", UNSET)


def _load_city_tax_zero(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("cityTaxZero", UNSET)


def _load_property_reference(d: Mapping[str, Any]) -> str | Unset:
    return d.get("propertyReference", UNSET)


def _load_police_guests(d: Mapping[str, Any]) -> list[ReservationStreamPoliceGuest] | Unset:
    _police_guests = d.get("policeGuests", UNSET)
    police_guests: list[ReservationStreamPoliceGuest] | Unset = UNSET
    if _police_guests is not UNSET:
        police_guests = ReservationStreamPoliceGuest._from_json_list(_police_guests)

    return police_guests


def _load_cleaning_fee(d: Mapping[str, Any]) -> float | Unset:
    return d.get("cleaningFee", UNSET)


def _load_octorate_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("octorateId", UNSET)


def _load_place(d: Mapping[str, Any]) -> Place | Unset:
    _place = d.get("place", UNSET)
    place: Place | Unset
    if isinstance(_place, Unset):
        place = UNSET
    else:
        place = Place._from_json(_place)

    return place


def _load_push_import_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("pushImportId", UNSET)


def _load_cancel_penality(d: Mapping[str, Any]) -> float | Unset:
    return d.get("cancelPenality", UNSET)


def _load_color(d: Mapping[str, Any]) -> str | Unset:
    return d.get("color", UNSET)


def _load_payment_mode(d: Mapping[str, Any]) -> ReservationStreamPaymentMode | Unset:
    _payment_mode = d.get("paymentMode", UNSET)
    payment_mode: ReservationStreamPaymentMode | Unset
    if isinstance(_payment_mode, Unset):
        payment_mode = UNSET
    else:
        payment_mode = enum_member(ReservationStreamPaymentMode, _payment_mode)

    return payment_mode


def _load_lang(d: Mapping[str, Any]) -> ReservationStreamLang | Unset:
    _lang = d.get("lang", UNSET)
    lang: ReservationStreamLang | Unset
    if isinstance(_lang, Unset):
        lang = UNSET
    else:
        lang = enum_member(ReservationStreamLang, _lang)

    return lang


def _load_connection_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("connectionId", UNSET)


def _load_group_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("groupId", UNSET)


def _load_count(d: Mapping[str, Any]) -> int | Unset:
    return d.get("count", UNSET)


def _load_currency(d: Mapping[str, Any]) -> ReservationStreamCurrencyType1 | str | Unset:
    def _parse_currency(data: object) -> ReservationStreamCurrencyType1 | str | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            currency_type_1 = ReservationStreamCurrencyType1._from_json(data)

            return currency_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(ReservationStreamCurrencyType1 | str | Unset, data)

    currency = _parse_currency(d.get("currency", UNSET))

    return currency


def _load_extra(d: Mapping[str, Any]) -> list[ReservationStreamExtra] | Unset:
    _extra = d.get("extra", UNSET)
    extra: list[ReservationStreamExtra] | Unset = UNSET
    if _extra is not UNSET:
        extra = ReservationStreamExtra._from_json_list(_extra)

    return extra


def _load_children(d: Mapping[str, Any]) -> int | Unset:
    return d.get("children", UNSET)


def _load_completed(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("completed", UNSET)


def _load_status(d: Mapping[str, Any]) -> ReservationStreamStatus | Unset:
    _status = d.get("status", UNSET)
    status: ReservationStreamStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = enum_member(ReservationStreamStatus, _status)

    return status


_KNOWN_KEYS = frozenset(
    (
        "groupName",
        "portalId",
        "internalRoom",
        "pax",
        "startDate",
        "endDate",
        "total",
        "roomGross",
        "refer",
        "externalRoom",
        "guest",
        "taxIncluded",
        "ratePlanId",
        "externalRefer",
        "effectiveCheckin",
        "effectiveCheckout",
        "infants",
        "specialRequests",
        "reservationExternal",
        "notRefundable",
        "paymentExpiration",
        "api",
        "loyaltyDiscount",
        "externalDiscountId",
        "extraIncluded",
        "ratePlanVariation",
        "internalRate",
        "portalNotes",
        "houseKeepingNotes",
        "tagLabel",
        "agencyId",
        "invoiceHolderId",
        "noteTime",
        "purpose",
        "paidStayTax",
        "totalPaid",
        "cityTaxAmountInPayment",
        "roomLocked",
        "totalCommissions",
        "companyCollect",
        "daily",
        "paidNotes",
        "checkinClerk",
        "checkoutClerk",
        "housekeeperClerk",
        "pmsRoom",
        "deposit",
        "json",
        "streamFromAccommodation",
        "updateDate",
        "createDate",
        "technicalCreditCardChange",
        "streamCard",
        "reservationSplitStream",
        "groupNotes",
        "flight",
        "conversationId",
        "cityTaxZero",
        "propertyReference",
        "policeGuests",
        "cleaningFee",
        "octorateId",
        "place",
        "pushImportId",
        "cancelPenality",
        "color",
        "paymentMode",
        "lang",
        "connectionId",
        "groupId",
        "count",
        "currency",
        "extra",
        "children",
        "completed",
        "status",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ReservationStream, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "group_name" not in seen:
        _set(self, "group_name", d.get("groupName", UNSET))
    if "portal_id" not in seen:
        _set(self, "portal_id", d.get("portalId", UNSET))
    if "internal_room" not in seen:
        _set(self, "internal_room", d.get("internalRoom", UNSET))
    if "pax" not in seen:
        _set(self, "pax", d.get("pax", UNSET))
    if "start_date" not in seen:
        _start_date = d.get("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = parse_datetime(_start_date)

        _set(self, "start_date", start_date)
    if "end_date" not in seen:
        _end_date = d.get("endDate", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = parse_datetime(_end_date)

        _set(self, "end_date", end_date)
    if "total" not in seen:
        _set(self, "total", d.get("total", UNSET))
    if "room_gross" not in seen:
        _set(self, "room_gross", d.get("roomGross", UNSET))
    if "refer" not in seen:
        _set(self, "refer", d.get("refer", UNSET))
    if "external_room" not in seen:
        _set(self, "external_room", d.get("externalRoom", UNSET))
    if "guest" not in seen:
        _guest = d.get("guest", UNSET)
        guest: ReservationStreamGuest | Unset
        if isinstance(_guest, Unset):
            guest = UNSET
        else:
            guest = ReservationStreamGuest._from_json(_guest)

        _set(self, "guest", guest)
    if "tax_included" not in seen:
        _set(self, "tax_included", d.get("taxIncluded", UNSET))
    if "rate_plan_id" not in seen:
        _set(self, "rate_plan_id", d.get("ratePlanId", UNSET))
    if "external_refer" not in seen:
        _set(self, "external_refer", d.get("externalRefer", UNSET))
    if "effective_checkin" not in seen:
        _effective_checkin = d.get("effectiveCheckin", UNSET)
        effective_checkin: datetime.datetime | Unset
        if isinstance(_effective_checkin, Unset):
            effective_checkin = UNSET
        else:
            effective_checkin = parse_datetime(_effective_checkin)

        _set(self, "effective_checkin", effective_checkin)
    if "effective_checkout" not in seen:
        _effective_checkout = d.get("effectiveCheckout", UNSET)
        effective_checkout: datetime.datetime | Unset
        if isinstance(_effective_checkout, Unset):
            effective_checkout = UNSET
        else:
            effective_checkout = parse_datetime(_effective_checkout)

        _set(self, "effective_checkout", effective_checkout)
    if "infants" not in seen:
        _set(self, "infants", d.get("infants", UNSET))
    if "special_requests" not in seen:
        _set(self, "special_requests", d.get("specialRequests", UNSET))
    if "reservation_external" not in seen:
        _reservation_external = d.get("reservationExternal", UNSET)
        reservation_external: ReservationExternal | Unset
        if isinstance(_reservation_external, Unset):
            reservation_external = UNSET
        else:
            reservation_external = ReservationExternal._from_json(_reservation_external)

        _set(self, "reservation_external", reservation_external)
    if "not_refundable" not in seen:
        _set(self, "not_refundable", d.get("notRefundable", UNSET))
    if "payment_expiration" not in seen:
        _payment_expiration = d.get("paymentExpiration", UNSET)
        payment_expiration: datetime.datetime | Unset
        if isinstance(_payment_expiration, Unset):
            payment_expiration = UNSET
        else:
            payment_expiration = parse_datetime(_payment_expiration)

        _set(self, "payment_expiration", payment_expiration)
    if "api" not in seen:
        _set(self, "api", d.get("api", UNSET))
    if "loyalty_discount" not in seen:
        _set(self, "loyalty_discount", d.get("loyaltyDiscount", UNSET))
    if "external_discount_id" not in seen:
        _set(self, "external_discount_id", d.get("externalDiscountId", UNSET))
    if "extra_included" not in seen:
        _extra_included = d.get("extraIncluded", UNSET)
        extra_included: list[ReservationStreamExtra] | Unset = UNSET
        if _extra_included is not UNSET:
            extra_included = ReservationStreamExtra._from_json_list(_extra_included)

        _set(self, "extra_included", extra_included)
    if "rate_plan_variation" not in seen:
        _set(self, "rate_plan_variation", d.get("ratePlanVariation", UNSET))
    if "internal_rate" not in seen:
        _set(self, "internal_rate", d.get("internalRate", UNSET))
    if "portal_notes" not in seen:
        _set(self, "portal_notes", d.get("portalNotes", UNSET))
    if "house_keeping_notes" not in seen:
        _set(self, "house_keeping_notes", d.get("houseKeepingNotes", UNSET))
    if "tag_label" not in seen:
        _set(self, "tag_label", d.get("tagLabel", UNSET))
    if "agency_id" not in seen:
        _set(self, "agency_id", d.get("agencyId", UNSET))
    if "invoice_holder_id" not in seen:
        _set(self, "invoice_holder_id", d.get("invoiceHolderId", UNSET))
    if "note_time" not in seen:
        _set(self, "note_time", d.get("noteTime", UNSET))
    if "purpose" not in seen:
        _purpose = d.get("purpose", UNSET)
        purpose: ReservationStreamPurpose | Unset
        if isinstance(_purpose, Unset):
            purpose = UNSET
        else:
            purpose = enum_member(ReservationStreamPurpose, _purpose)

        _set(self, "purpose", purpose)
    if "paid_stay_tax" not in seen:
        _set(self, "paid_stay_tax", d.get("paidStayTax", UNSET))
    if "total_paid" not in seen:
        _set(self, "total_paid", d.get("totalPaid", UNSET))
    if "city_tax_amount_in_payment" not in seen:
        _set(self, "city_tax_amount_in_payment", d.get("cityTaxAmountInPayment", UNSET))
    if "room_locked" not in seen:
        _set(self, "room_locked", d.get("roomLocked", UNSET))
    if "total_commissions" not in seen:
        _set(self, "total_commissions", d.get("totalCommissions", UNSET))
    if "company_collect" not in seen:
        _company_collect = d.get("companyCollect", UNSET)
        company_collect: ReservationStreamCompanyCollect | Unset
        if isinstance(_company_collect, Unset):
            company_collect = UNSET
        else:
            company_collect = enum_member(ReservationStreamCompanyCollect, _company_collect)

        _set(self, "company_collect", company_collect)
    if "daily" not in seen:
        _daily = d.get("daily", UNSET)
        daily: list[ReservationStreamDay] | Unset = UNSET
        if _daily is not UNSET:
            daily = ReservationStreamDay._from_json_list(_daily)

        _set(self, "daily", daily)
    if "paid_notes" not in seen:
        _set(self, "paid_notes", d.get("paidNotes", UNSET))
    if "checkin_clerk" not in seen:
        _set(self, "checkin_clerk", d.get("checkinClerk", UNSET))
    if "checkout_clerk" not in seen:
        _set(self, "checkout_clerk", d.get("checkoutClerk", UNSET))
    if "housekeeper_clerk" not in seen:
        _set(self, "housekeeper_clerk", d.get("housekeeperClerk", UNSET))
    if "pms_room" not in seen:
        _set(self, "pms_room", d.get("pmsRoom", UNSET))
    if "deposit" not in seen:
        _set(self, "deposit", d.get("deposit", UNSET))
    if "json" not in seen:
        _json = d.get("json", UNSET)
        json: ReservationStreamJson | Unset
        if isinstance(_json, Unset):
            json = UNSET
        else:
            json = ReservationStreamJson._from_json(_json)

        _set(self, "json", json)
    if "stream_from_accommodation" not in seen:
        _set(self, "stream_from_accommodation", d.get("streamFromAccommodation", UNSET))
    if "update_date" not in seen:
        _update_date = d.get("updateDate", UNSET)
        update_date: datetime.datetime | Unset
        if isinstance(_update_date, Unset):
            update_date = UNSET
        else:
            update_date = parse_datetime(_update_date)

        _set(self, "update_date", update_date)
    if "create_date" not in seen:
        _create_date = d.get("createDate", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = parse_datetime(_create_date)

        _set(self, "create_date", create_date)
    if "technical_credit_card_change" not in seen:
        _set(self, "technical_credit_card_change", d.get("technicalCreditCardChange", UNSET))
    if "stream_card" not in seen:
        _stream_card = d.get("streamCard", UNSET)
        stream_card: ReservationStreamCard | Unset
        if isinstance(_stream_card, Unset):
            stream_card = UNSET
        else:
            stream_card = ReservationStreamCard._from_json(_stream_card)

        _set(self, "stream_card", stream_card)
    if "reservation_split_stream" not in seen:
        _reservation_split_stream = d.get("reservationSplitStream", UNSET)
        reservation_split_stream: ReservationSplitStream | Unset
        if isinstance(_reservation_split_stream, Unset):
            reservation_split_stream = UNSET
        else:
            reservation_split_stream = ReservationSplitStream._from_json(_reservation_split_stream)

        _set(self, "reservation_split_stream", reservation_split_stream)
    if "group_notes" not in seen:
        _set(self, "group_notes", d.get("groupNotes", UNSET))
    if "flight" not in seen:
        _set(self, "flight", d.get("flight", UNSET))
    if "conversation_id" not in seen:
        _set(self, "conversation_id", d.get("conversationId", UNSET))
    if "city_tax_zero" not in seen:
        _set(self, "city_tax_zero", d.get("cityTaxZero", UNSET))
    if "property_reference" not in seen:
        _set(self, "property_reference", d.get("propertyReference", UNSET))
    if "police_guests" not in seen:
        _police_guests = d.get("policeGuests", UNSET)
        police_guests: list[ReservationStreamPoliceGuest] | Unset = UNSET
        if _police_guests is not UNSET:
            police_guests = ReservationStreamPoliceGuest._from_json_list(_police_guests)

        _set(self, "police_guests", police_guests)
    if "cleaning_fee" not in seen:
        _set(self, "cleaning_fee", d.get("cleaningFee", UNSET))
    if "octorate_id" not in seen:
        _set(self, "octorate_id", d.get("octorateId", UNSET))
    if "place" not in seen:
        _place = d.get("place", UNSET)
        place: Place | Unset
        if isinstance(_place, Unset):
            place = UNSET
        else:
            place = Place._from_json(_place)

        _set(self, "place", place)
    if "push_import_id" not in seen:
        _set(self, "push_import_id", d.get("pushImportId", UNSET))
    if "cancel_penality" not in seen:
        _set(self, "cancel_penality", d.get("cancelPenality", UNSET))
    if "color" not in seen:
        _set(self, "color", d.get("color", UNSET))
    if "payment_mode" not in seen:
        _payment_mode = d.get("paymentMode", UNSET)
        payment_mode: ReservationStreamPaymentMode | Unset
        if isinstance(_payment_mode, Unset):
            payment_mode = UNSET
        else:
            payment_mode = enum_member(ReservationStreamPaymentMode, _payment_mode)

        _set(self, "payment_mode", payment_mode)
    if "lang" not in seen:
        _lang = d.get("lang", UNSET)
        lang: ReservationStreamLang | Unset
        if isinstance(_lang, Unset):
            lang = UNSET
        else:
            lang = enum_member(ReservationStreamLang, _lang)

        _set(self, "lang", lang)
    if "connection_id" not in seen:
        _set(self, "connection_id", d.get("connectionId", UNSET))
    if "group_id" not in seen:
        _set(self, "group_id", d.get("groupId", UNSET))
    if "count" not in seen:
        _set(self, "count", d.get("count", UNSET))
    if "currency" not in seen:

        def _parse_currency(data: object) -> ReservationStreamCurrencyType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                currency_type_1 = ReservationStreamCurrencyType1._from_json(data)

                return currency_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ReservationStreamCurrencyType1 | str | Unset, data)

        currency = _parse_currency(d.get("currency", UNSET))

        _set(self, "currency", currency)
    if "extra" not in seen:
        _extra = d.get("extra", UNSET)
        extra: list[ReservationStreamExtra] | Unset = UNSET
        if _extra is not UNSET:
            extra = ReservationStreamExtra._from_json_list(_extra)

        _set(self, "extra", extra)
    if "children" not in seen:
        _set(self, "children", d.get("children", UNSET))
    if "completed" not in seen:
        _set(self, "completed", d.get("completed", UNSET))
    if "status" not in seen:
        _status = d.get("status", UNSET)
        status: ReservationStreamStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = enum_member(ReservationStreamStatus, _status)

        _set(self, "status", status)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ReservationStream._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "group_name": _load_group_name,
        "portal_id": _load_portal_id,
        "internal_room": _load_internal_room,
        "pax": _load_pax,
        "start_date": _load_start_date,
        "end_date": _load_end_date,
        "total": _load_total,
        "room_gross": _load_room_gross,
        "refer": _load_refer,
        "external_room": _load_external_room,
        "guest": _load_guest,
        "tax_included": _load_tax_included,
        "rate_plan_id": _load_rate_plan_id,
        "external_refer": _load_external_refer,
        "effective_checkin": _load_effective_checkin,
        "effective_checkout": _load_effective_checkout,
        "infants": _load_infants,
        "special_requests": _load_special_requests,
        "reservation_external": _load_reservation_external,
        "not_refundable": _load_not_refundable,
        "payment_expiration": _load_payment_expiration,
        "api": _load_api,
        "loyalty_discount": _load_loyalty_discount,
        "external_discount_id": _load_external_discount_id,
        "extra_included": _load_extra_included,
        "rate_plan_variation": _load_rate_plan_variation,
        "internal_rate": _load_internal_rate,
        "portal_notes": _load_portal_notes,
        "house_keeping_notes": _load_house_keeping_notes,
        "tag_label": _load_tag_label,
        "agency_id": _load_agency_id,
        "invoice_holder_id": _load_invoice_holder_id,
        "note_time": _load_note_time,
        "purpose": _load_purpose,
        "paid_stay_tax": _load_paid_stay_tax,
        "total_paid": _load_total_paid,
        "city_tax_amount_in_payment": _load_city_tax_amount_in_payment,
        "room_locked": _load_room_locked,
        "total_commissions": _load_total_commissions,
        "company_collect": _load_company_collect,
        "daily": _load_daily,
        "paid_notes": _load_paid_notes,
        "checkin_clerk": _load_checkin_clerk,
        "checkout_clerk": _load_checkout_clerk,
        "housekeeper_clerk": _load_housekeeper_clerk,
        "pms_room": _load_pms_room,
        "deposit": _load_deposit,
        "json": _load_json,
        "stream_from_accommodation": _load_stream_from_accommodation,
        "update_date": _load_update_date,
        "create_date": _load_create_date,
        "technical_credit_card_change": _load_technical_credit_card_change,
        "stream_card": _load_stream_card,
        "reservation_split_stream": _load_reservation_split_stream,
        "group_notes": _load_group_notes,
        "flight": _load_flight,
        "conversation_id": _load_conversation_id,
        "city_tax_zero": _load_city_tax_zero,
        "property_reference": _load_property_reference,
        "police_guests": _load_police_guests,
        "cleaning_fee": _load_cleaning_fee,
        "octorate_id": _load_octorate_id,
        "place": _load_place,
        "push_import_id": _load_push_import_id,
        "cancel_penality": _load_cancel_penality,
        "color": _load_color,
        "payment_mode": _load_payment_mode,
        "lang": _load_lang,
        "connection_id": _load_connection_id,
        "group_id": _load_group_id,
        "count": _load_count,
        "currency": _load_currency,
        "extra": _load_extra,
        "children": _load_children,
        "completed": _load_completed,
        "status": _load_status,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "guest",
        "reservation_external",
        "extra_included",
        "daily",
        "json",
        "stream_card",
        "reservation_split_stream",
        "police_guests",
        "place",
        "currency",
        "extra",
        "additional_properties",
    ),
    keys={
        "group_name": "groupName",
        "portal_id": "portalId",
        "internal_room": "internalRoom",
        "pax": "pax",
        "start_date": "startDate",
        "end_date": "endDate",
        "total": "total",
        "room_gross": "roomGross",
        "refer": "refer",
        "external_room": "externalRoom",
        "guest": "guest",
        "tax_included": "taxIncluded",
        "rate_plan_id": "ratePlanId",
        "external_refer": "externalRefer",
        "effective_checkin": "effectiveCheckin",
        "effective_checkout": "effectiveCheckout",
        "infants": "infants",
        "special_requests": "specialRequests",
        "reservation_external": "reservationExternal",
        "not_refundable": "notRefundable",
        "payment_expiration": "paymentExpiration",
        "api": "api",
        "loyalty_discount": "loyaltyDiscount",
        "external_discount_id": "externalDiscountId",
        "extra_included": "extraIncluded",
        "rate_plan_variation": "ratePlanVariation",
        "internal_rate": "internalRate",
        "portal_notes": "portalNotes",
        "house_keeping_notes": "houseKeepingNotes",
        "tag_label": "tagLabel",
        "agency_id": "agencyId",
        "invoice_holder_id": "invoiceHolderId",
        "note_time": "noteTime",
        "purpose": "purpose",
        "paid_stay_tax": "paidStayTax",
        "total_paid": "totalPaid",
        "city_tax_amount_in_payment": "cityTaxAmountInPayment",
        "room_locked": "roomLocked",
        "total_commissions": "totalCommissions",
        "company_collect": "companyCollect",
        "daily": "daily",
        "paid_notes": "paidNotes",
        "checkin_clerk": "checkinClerk",
        "checkout_clerk": "checkoutClerk",
        "housekeeper_clerk": "housekeeperClerk",
        "pms_room": "pmsRoom",
        "deposit": "deposit",
        "json": "json",
        "stream_from_accommodation": "streamFromAccommodation",
        "update_date": "updateDate",
        "create_date": "createDate",
        "technical_credit_card_change": "technicalCreditCardChange",
        "stream_card": "streamCard",
        "reservation_split_stream": "reservationSplitStream",
        "group_notes": "groupNotes",
        "flight": "flight",
        "conversation_id": "conversationId",
        "city_tax_zero": "cityTaxZero",
        "property_reference": "propertyReference",
        "police_guests": "policeGuests",
        "cleaning_fee": "cleaningFee",
        "octorate_id": "octorateId",
        "place": "place",
        "push_import_id": "pushImportId",
        "cancel_penality": "cancelPenality",
        "color": "color",
        "payment_mode": "paymentMode",
        "lang": "lang",
        "connection_id": "connectionId",
        "group_id": "groupId",
        "count": "count",
        "currency": "currency",
        "extra": "extra",
        "children": "children",
        "completed": "completed",
        "status": "status",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.place import Place  # noqa: E402
from ..models.reservation_external import ReservationExternal  # noqa: E402
from ..models.reservation_split_stream import ReservationSplitStream  # noqa: E402
from ..models.reservation_stream_card import ReservationStreamCard  # noqa: E402
from ..models.reservation_stream_currency_type_1 import ReservationStreamCurrencyType1  # noqa: E402
from ..models.reservation_stream_day import ReservationStreamDay  # noqa: E402
from ..models.reservation_stream_extra import ReservationStreamExtra  # noqa: E402
from ..models.reservation_stream_guest import ReservationStreamGuest  # noqa: E402
from ..models.reservation_stream_json import ReservationStreamJson  # noqa: E402
from ..models.reservation_stream_police_guest import ReservationStreamPoliceGuest  # noqa: E402
