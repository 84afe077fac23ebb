from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


T = TypeVar("T", bound="ReservationStream")


@_attrs_define
class ReservationStream:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_name = d.pop("groupName", UNSET)

        portal_id = d.pop("portalId", UNSET)

        internal_room = d.pop("internalRoom", UNSET)

        pax = d.pop("pax", UNSET)

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = parse_datetime(_start_date)

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = parse_datetime(_end_date)

        total = d.pop("total", UNSET)

        room_gross = d.pop("roomGross", UNSET)

        refer = d.pop("refer", UNSET)

        external_room = d.pop("externalRoom", UNSET)

        _guest = d.pop("guest", UNSET)
        guest: ReservationStreamGuest | Unset
        if isinstance(_guest, Unset):
            guest = UNSET
        else:
            guest = ReservationStreamGuest.from_dict(_guest)

        tax_included = d.pop("taxIncluded", UNSET)

        rate_plan_id = d.pop("ratePlanId", UNSET)

        external_refer = d.pop("externalRefer", UNSET)

        _effective_checkin = d.pop("effectiveCheckin", UNSET)
        effective_checkin: datetime.datetime | Unset
        if isinstance(_effective_checkin, Unset):
            effective_checkin = UNSET
        else:
            effective_checkin = parse_datetime(_effective_checkin)

        _effective_checkout = d.pop("effectiveCheckout", UNSET)
        effective_checkout: datetime.datetime | Unset
        if isinstance(_effective_checkout, Unset):
            effective_checkout = UNSET
        else:
            effective_checkout = parse_datetime(_effective_checkout)

        infants = d.pop("infants", UNSET)

        special_requests = d.pop("specialRequests", UNSET)

        _reservation_external = d.pop("reservationExternal", UNSET)
        reservation_external: ReservationExternal | Unset
        if isinstance(_reservation_external, Unset):
            reservation_external = UNSET
        else:
            reservation_external = ReservationExternal.from_dict(_reservation_external)

        not_refundable = d.pop("notRefundable", UNSET)

        _payment_expiration = d.pop("paymentExpiration", UNSET)
        payment_expiration: datetime.datetime | Unset
        if isinstance(_payment_expiration, Unset):
            payment_expiration = UNSET
        else:
            payment_expiration = parse_datetime(_payment_expiration)

        api = d.pop("api", UNSET)

        loyalty_discount = d.pop("loyaltyDiscount", UNSET)

        external_discount_id = d.pop("externalDiscountId", UNSET)

        _extra_included = d.pop("extraIncluded", UNSET)
        extra_included: list[ReservationStreamExtra] | Unset = UNSET
        if _extra_included is not UNSET:
            extra_included = []
            for extra_included_item_data in _extra_included:
                extra_included_item = ReservationStreamExtra.from_dict(extra_included_item_data)

                extra_included.append(extra_included_item)

        rate_plan_variation = d.pop("ratePlanVariation", UNSET)

        internal_rate = d.pop("internalRate", UNSET)

        portal_notes = d.pop("portalNotes", UNSET)

        house_keeping_notes = d.pop("houseKeepingNotes", UNSET)

        tag_label = d.pop("tagLabel", UNSET)

        agency_id = d.pop("agencyId", UNSET)

        invoice_holder_id = d.pop("invoiceHolderId", UNSET)

        note_time = d.pop("noteTime", UNSET)

        _purpose = d.pop("purpose", UNSET)
        purpose: ReservationStreamPurpose | Unset
        if isinstance(_purpose, Unset):
            purpose = UNSET
        else:
            purpose = enum_member(ReservationStreamPurpose, _purpose)

        paid_stay_tax = d.pop("paidStayTax", UNSET)

        total_paid = d.pop("totalPaid", UNSET)

        city_tax_amount_in_payment = d.pop("cityTaxAmountInPayment", UNSET)

        room_locked = d.pop("roomLocked", UNSET)

        total_commissions = d.pop("totalCommissions", UNSET)

        _company_collect = d.pop("companyCollect", UNSET)
        company_collect: ReservationStreamCompanyCollect | Unset
        if isinstance(_company_collect, Unset):
            company_collect = UNSET
        else:
            company_collect = enum_member(ReservationStreamCompanyCollect, _company_collect)

        _daily = d.pop("daily", UNSET)
        daily: list[ReservationStreamDay] | Unset = UNSET
        if _daily is not UNSET:
            daily = []
            for daily_item_data in _daily:
                daily_item = ReservationStreamDay.from_dict(daily_item_data)

                daily.append(daily_item)

        paid_notes = d.pop("paidNotes", UNSET)

        checkin_clerk = d.pop("checkinClerk", UNSET)

        checkout_clerk = d.pop("checkoutClerk", UNSET)

        housekeeper_clerk = d.pop("housekeeperClerk", UNSET)

        pms_room = d.pop("pmsRoom", UNSET)

        deposit = d.pop("deposit", UNSET)

        _json = d.pop("json", UNSET)
        json: ReservationStreamJson | Unset
        if isinstance(_json, Unset):
            json = UNSET
        else:
            json = ReservationStreamJson.from_dict(_json)

        stream_from_accommodation = d.pop("streamFromAccommodation", UNSET)

        _update_date = d.pop("updateDate", UNSET)
        update_date: datetime.datetime | Unset
        if isinstance(_update_date, Unset):
            update_date = UNSET
        else:
            update_date = parse_datetime(_update_date)

        _create_date = d.pop("createDate", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = parse_datetime(_create_date)

        technical_credit_card_change = d.pop("technicalCreditCardChange", UNSET)

        _stream_card = d.pop("streamCard", UNSET)
        stream_card: ReservationStreamCard | Unset
        if isinstance(_stream_card, Unset):
            stream_card = UNSET
        else:
            stream_card = ReservationStreamCard.from_dict(_stream_card)

        _reservation_split_stream = d.pop("reservationSplitStream", UNSET)
        reservation_split_stream: ReservationSplitStream | Unset
        if isinstance(_reservation_split_stream, Unset):
            reservation_split_stream = UNSET
        else:
            reservation_split_stream = ReservationSplitStream.from_dict(_reservation_split_stream)

        group_notes = d.pop("groupNotes", UNSET)

        flight = d.pop("flight", UNSET)

        conversation_id = d.pop("conversationId", UNSET)

        city_tax_zero = d.pop("cityTaxZero", UNSET)

        property_reference = d.pop("propertyReference", UNSET)

        _police_guests = d.pop("policeGuests", UNSET)
        police_guests: list[ReservationStreamPoliceGuest] | Unset = UNSET
        if _police_guests is not UNSET:
            police_guests = []
            for police_guests_item_data in _police_guests:
                police_guests_item = ReservationStreamPoliceGuest.from_dict(police_guests_item_data)

                police_guests.append(police_guests_item)

        cleaning_fee = d.pop("cleaningFee", UNSET)

        octorate_id = d.pop("octorateId", UNSET)

        _place = d.pop("place", UNSET)
        place: Place | Unset
        if isinstance(_place, Unset):
            place = UNSET
        else:
            place = Place.from_dict(_place)

        push_import_id = d.pop("pushImportId", UNSET)

        cancel_penality = d.pop("cancelPenality", UNSET)

        color = d.pop("color", UNSET)

        _payment_mode = d.pop("paymentMode", UNSET)
        payment_mode: ReservationStreamPaymentMode | Unset
        if isinstance(_payment_mode, Unset):
            payment_mode = UNSET
        else:
            payment_mode = enum_member(ReservationStreamPaymentMode, _payment_mode)

        _lang = d.pop("lang", UNSET)
        lang: ReservationStreamLang | Unset
        if isinstance(_lang, Unset):
            lang = UNSET
        else:
            lang = enum_member(ReservationStreamLang, _lang)

        connection_id = d.pop("connectionId", UNSET)

        group_id = d.pop("groupId", UNSET)

        count = d.pop("count", UNSET)

        def _parse_currency(data: object) -> ReservationStreamCurrencyType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                currency_type_1 = ReservationStreamCurrencyType1.from_dict(data)

                return currency_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ReservationStreamCurrencyType1 | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        _extra = d.pop("extra", UNSET)
        extra: list[ReservationStreamExtra] | Unset = UNSET
        if _extra is not UNSET:
            extra = []
            for extra_item_data in _extra:
                extra_item = ReservationStreamExtra.from_dict(extra_item_data)

                extra.append(extra_item)

        children = d.pop("children", UNSET)

        completed = d.pop("completed", UNSET)

        _status = d.pop("status", UNSET)
        status: ReservationStreamStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = enum_member(ReservationStreamStatus, _status)

        reservation_stream = cls(
            group_name=group_name,
            portal_id=portal_id,
            internal_room=internal_room,
            pax=pax,
            start_date=start_date,
            end_date=end_date,
            total=total,
            room_gross=room_gross,
            refer=refer,
            external_room=external_room,
            guest=guest,
            tax_included=tax_included,
            rate_plan_id=rate_plan_id,
            external_refer=external_refer,
            effective_checkin=effective_checkin,
            effective_checkout=effective_checkout,
            infants=infants,
            special_requests=special_requests,
            reservation_external=reservation_external,
            not_refundable=not_refundable,
            payment_expiration=payment_expiration,
            api=api,
            loyalty_discount=loyalty_discount,
            external_discount_id=external_discount_id,
            extra_included=extra_included,
            rate_plan_variation=rate_plan_variation,
            internal_rate=internal_rate,
            portal_notes=portal_notes,
            house_keeping_notes=house_keeping_notes,
            tag_label=tag_label,
            agency_id=agency_id,
            invoice_holder_id=invoice_holder_id,
            note_time=note_time,
            purpose=purpose,
            paid_stay_tax=paid_stay_tax,
            total_paid=total_paid,
            city_tax_amount_in_payment=city_tax_amount_in_payment,
            room_locked=room_locked,
            total_commissions=total_commissions,
            company_collect=company_collect,
            daily=daily,
            paid_notes=paid_notes,
            checkin_clerk=checkin_clerk,
            checkout_clerk=checkout_clerk,
            housekeeper_clerk=housekeeper_clerk,
            pms_room=pms_room,
            deposit=deposit,
            json=json,
            stream_from_accommodation=stream_from_accommodation,
            update_date=update_date,
            create_date=create_date,
            technical_credit_card_change=technical_credit_card_change,
            stream_card=stream_card,
            reservation_split_stream=reservation_split_stream,
            group_notes=group_notes,
            flight=flight,
            conversation_id=conversation_id,
            city_tax_zero=city_tax_zero,
            property_reference=property_reference,
            police_guests=police_guests,
            cleaning_fee=cleaning_fee,
            octorate_id=octorate_id,
            place=place,
            push_import_id=push_import_id,
            cancel_penality=cancel_penality,
            color=color,
            payment_mode=payment_mode,
            lang=lang,
            connection_id=connection_id,
            group_id=group_id,
            count=count,
            currency=currency,
            extra=extra,
            children=children,
            completed=completed,
            status=status,
        )

        reservation_stream.additional_properties = d
        return reservation_stream

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
