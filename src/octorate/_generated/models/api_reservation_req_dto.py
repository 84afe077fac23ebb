from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_reservation_req_dto_city_tax_exemption import ApiReservationReqDTOCityTaxExemption
from ..models.api_reservation_req_dto_company_collect import ApiReservationReqDTOCompanyCollect
from ..models.api_reservation_req_dto_payment_mode import ApiReservationReqDTOPaymentMode
from ..models.api_reservation_req_dto_purpose import ApiReservationReqDTOPurpose
from ..models.api_reservation_req_dto_status import ApiReservationReqDTOStatus
from ..types import UNSET, Unset, enum_member, parse_datetime

if TYPE_CHECKING:
    from ..models.api_reservation_guest_dto import ApiReservationGuestDTO
    from ..models.api_reservation_metadata_dto import ApiReservationMetadataDTO
    from ..models.api_reservation_req_dto_currency_type_1 import ApiReservationReqDTOCurrencyType1
    from ..models.api_reservation_req_dto_json import ApiReservationReqDTOJson
    from ..models.api_reservation_room_code_dto import ApiReservationRoomCodeDTO
    from ..models.place import Place
    from ..models.reservation_external import ReservationExternal
    from ..models.reservation_split_stream import ReservationSplitStream
    from ..models.reservation_stream import ReservationStream
    from ..models.reservation_stream_card import ReservationStreamCard
    from ..models.reservation_stream_day import ReservationStreamDay
    from ..models.reservation_stream_extra import ReservationStreamExtra
    from ..models.reservation_stream_guest import ReservationStreamGuest
    from ..models.reservation_stream_police_guest import ReservationStreamPoliceGuest


T = TypeVar("T", bound="ApiReservationReqDTO")


@_attrs_define
class ApiReservationReqDTO:
    """
    Attributes:
        refer (str): Unique refer of a group of reservations for your system, the channel or octorate Example:
            A2DD123_AA2211.
        guests (list[ApiReservationGuestDTO]): Guests of the reservation
        channel_id (int): Octorate ID for the portal Example: 212.
        product (int): The product to be associated with this reservation. i.e. 'Double Room Not Ref.' Example: 1222222.
        checkin (datetime.datetime): Exact date (and time) the guest is expected to came in the accommodation. Date is
            in UTC, ISO format. Check accommodation timezone for conversion. Example: 2019-12-10T11:03:00Z.
        checkout (datetime.datetime): Exact Date (and time) the guest  is expected to came leave the accommodation. Date
            is in UTC, ISO format. Check accommodation timezone for conversion. i.e. guests arrives on 2020-07-18 at 13.00
            HST time (UTC -10), here you will have 2020-07-18 at 23:00 Example: 2019-12-15T11:03:00Z.
        create_time (datetime.datetime): Exact Date (and time) when the reservation was created. Date is in UTC, ISO
            format. No related to the accommodation take as it is Example: 2019-12-09T11:03:00Z.
        update_time (datetime.datetime): Last date and time the reservation was updated. Date is in UTC, ISO format. No
            related to the accommodation take as it is Example: 2019-12-17T11:03:00Z.
        room_gross (float): Price gross of the room only. USE THIS AND SET NULL GROSS PRICE IF YOU HANDLE EXTRAS
            SEPARATELY. Example: 47.56.
        total_guest (int): Total guests of the reservation Default: 0.
        total_children (int): Total children of the reservation Default: 0.
        total_infants (int): Total infants of the reservation Default: 0.
        status (ApiReservationReqDTOStatus | Unset): Status of the reservation Example: CONFIRMED.
        private_notes (str | Unset): Internal Notes Example: Customer says is not sure whether will arrive on 25th or
            26th of March, Payment was agreed but not yet arrived.
        room_code (ApiReservationRoomCodeDTO | Unset): Object that describe the code assigned to the room
        channel_refer (str | Unset): The refer assigned in the external portal. Example: A12FF232DDDDDD.
        pms_product (int | Unset): The PMS room assigned. i.e. the 102 of the product 'Double Room' Example: 1200122.
        effective_checkin (datetime.datetime | Unset): Exact date (and time) the guest has been presented to the
            receptionist for document related checkin. Date is in UTC, ISO format. Check accommodation timezone for
            conversion. Example: 2019-12-10T11:03:00Z.
        effective_checkout (datetime.datetime | Unset): Exact date (and time) the guest has leaved the accommodation and
            has given back the keys. Date is in UTC, ISO format. Check accommodation timezone for conversion. Example:
            2019-12-10T11:03:00Z.
        channel_notes (str | Unset): Notes from the portal Example: Reservation payment facilitated through a virtual
            card.
        meta_data (list[ApiReservationMetadataDTO] | Unset): Some custom fields that can be shown to the hotel or the
            guest
        guest (ReservationStreamGuest | Unset):
        external_refer (str | Unset):
        reservation_external (ReservationExternal | Unset):
        api (bool | Unset):
        zip_ (str | Unset):
        total_paid (float | Unset):
        cleaning_fee (float | Unset):
        place (Place | Unset): Information related to the place
        city (str | Unset):
        address (str | Unset):
        country (str | Unset):
        city_tax_exemption (ApiReservationReqDTOCityTaxExemption | Unset):
        city_tax_price (float | Unset):
        draft (bool | Unset):
        validated (bool | Unset):
        validated_date (datetime.datetime | Unset):
        internal_id (int | Unset):
        external_id (str | Unset):
        system_generated (bool | Unset):
        tax_included (bool | Unset):
        not_refundable (bool | Unset):
        loyalty_discount (bool | Unset):
        external_discount_id (str | Unset):
        extra_included (list[ReservationStreamExtra] | Unset):
        internal_rate (int | Unset):
        city_tax_amount_in_payment (float | Unset):
        company_collect (ApiReservationReqDTOCompanyCollect | Unset):
        daily (list[ReservationStreamDay] | Unset):
        json (ApiReservationReqDTOJson | Unset):
        stream_from_accommodation (bool | Unset):
        related (list[ReservationStream] | Unset):
        stream_card (ReservationStreamCard | Unset):
        city_tax_zero (bool | Unset):
        property_reference (str | Unset):
        octorate_id (int | Unset):
        push_import_id (int | Unset):
        cancel_penality (float | Unset):
        payment_mode (ApiReservationReqDTOPaymentMode | Unset):
        connection_id (int | Unset):
        count (int | Unset):
        currency (ApiReservationReqDTOCurrencyType1 | str | Unset):
        extra (list[ReservationStreamExtra] | Unset):
        group_name (str | Unset):
        rate_plan_id (int | Unset):
        payment_expiration (datetime.datetime | Unset):
        rate_plan_variation (float | Unset):
        house_keeping_notes (str | Unset):
        tag_label (int | Unset):
        agency_id (int | Unset):
        invoice_holder_id (int | Unset):
        note_time (bool | Unset):
        purpose (ApiReservationReqDTOPurpose | Unset):
        room_locked (bool | Unset):
        checkin_clerk (int | Unset):
        checkout_clerk (int | Unset):
        housekeeper_clerk (int | Unset):
        deposit (float | Unset):
        technical_credit_card_change (bool | Unset):
        reservation_split_stream (ReservationSplitStream | Unset):
        group_notes (str | Unset):
        flight (str | Unset):
        police_guests (list[ReservationStreamPoliceGuest] | Unset):
        color (str | Unset):
        group_id (int | Unset):
        completed (bool | Unset):
    """

    refer: str
    guests: list[ApiReservationGuestDTO]
    channel_id: int
    product: int
    checkin: datetime.datetime
    checkout: datetime.datetime
    create_time: datetime.datetime
    update_time: datetime.datetime
    room_gross: float
    total_guest: int = 0
    total_children: int = 0
    total_infants: int = 0
    status: ApiReservationReqDTOStatus | Unset = UNSET
    private_notes: str | Unset = UNSET
    room_code: ApiReservationRoomCodeDTO | Unset = UNSET
    channel_refer: str | Unset = UNSET
    pms_product: int | Unset = UNSET
    effective_checkin: datetime.datetime | Unset = UNSET
    effective_checkout: datetime.datetime | Unset = UNSET
    channel_notes: str | Unset = UNSET
    meta_data: list[ApiReservationMetadataDTO] | Unset = UNSET
    guest: ReservationStreamGuest | Unset = UNSET
    external_refer: str | Unset = UNSET
    reservation_external: ReservationExternal | Unset = UNSET
    api: bool | Unset = UNSET
    zip_: str | Unset = UNSET
    total_paid: float | Unset = UNSET
    cleaning_fee: float | Unset = UNSET
    place: Place | Unset = UNSET
    city: str | Unset = UNSET
    address: str | Unset = UNSET
    country: str | Unset = UNSET
    city_tax_exemption: ApiReservationReqDTOCityTaxExemption | Unset = UNSET
    city_tax_price: float | Unset = UNSET
    draft: bool | Unset = UNSET
    validated: bool | Unset = UNSET
    validated_date: datetime.datetime | Unset = UNSET
    internal_id: int | Unset = UNSET
    external_id: str | Unset = UNSET
    system_generated: bool | Unset = UNSET
    tax_included: bool | Unset = UNSET
    not_refundable: bool | Unset = UNSET
    loyalty_discount: bool | Unset = UNSET
    external_discount_id: str | Unset = UNSET
    extra_included: list[ReservationStreamExtra] | Unset = UNSET
    internal_rate: int | Unset = UNSET
    city_tax_amount_in_payment: float | Unset = UNSET
    company_collect: ApiReservationReqDTOCompanyCollect | Unset = UNSET
    daily: list[ReservationStreamDay] | Unset = UNSET
    json: ApiReservationReqDTOJson | Unset = UNSET
    stream_from_accommodation: bool | Unset = UNSET
    related: list[ReservationStream] | Unset = UNSET
    stream_card: ReservationStreamCard | Unset = UNSET
    city_tax_zero: bool | Unset = UNSET
    property_reference: str | Unset = UNSET
    octorate_id: int | Unset = UNSET
    push_import_id: int | Unset = UNSET
    cancel_penality: float | Unset = UNSET
    payment_mode: ApiReservationReqDTOPaymentMode | Unset = UNSET
    connection_id: int | Unset = UNSET
    count: int | Unset = UNSET
    currency: ApiReservationReqDTOCurrencyType1 | str | Unset = UNSET
    extra: list[ReservationStreamExtra] | Unset = UNSET
    group_name: str | Unset = UNSET
    rate_plan_id: int | Unset = UNSET
    payment_expiration: datetime.datetime | Unset = UNSET
    rate_plan_variation: float | Unset = UNSET
    house_keeping_notes: str | Unset = UNSET
    tag_label: int | Unset = UNSET
    agency_id: int | Unset = UNSET
    invoice_holder_id: int | Unset = UNSET
    note_time: bool | Unset = UNSET
    purpose: ApiReservationReqDTOPurpose | Unset = UNSET
    room_locked: bool | Unset = UNSET
    checkin_clerk: int | Unset = UNSET
    checkout_clerk: int | Unset = UNSET
    housekeeper_clerk: int | Unset = UNSET
    deposit: float | Unset = UNSET
    technical_credit_card_change: bool | Unset = UNSET
    reservation_split_stream: ReservationSplitStream | Unset = UNSET
    group_notes: str | Unset = UNSET
    flight: str | Unset = UNSET
    police_guests: list[ReservationStreamPoliceGuest] | Unset = UNSET
    color: str | Unset = UNSET
    group_id: int | Unset = UNSET
    completed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refer = self.refer

        guests = []
        for guests_item_data in self.guests:
            guests_item = guests_item_data.to_dict()
            guests.append(guests_item)

        channel_id = self.channel_id

        product = self.product

        checkin = self.checkin.isoformat()

        checkout = self.checkout.isoformat()

        create_time = self.create_time.isoformat()

        update_time = self.update_time.isoformat()

        room_gross = self.room_gross

        total_guest = self.total_guest

        total_children = self.total_children

        total_infants = self.total_infants

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        private_notes = self.private_notes

        room_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.room_code, Unset):
            room_code = self.room_code.to_dict()

        channel_refer = self.channel_refer

        pms_product = self.pms_product

        effective_checkin: str | Unset = UNSET
        if not isinstance(self.effective_checkin, Unset):
            effective_checkin = self.effective_checkin.isoformat()

        effective_checkout: str | Unset = UNSET
        if not isinstance(self.effective_checkout, Unset):
            effective_checkout = self.effective_checkout.isoformat()

        channel_notes = self.channel_notes

        meta_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meta_data, Unset):
            meta_data = []
            for meta_data_item_data in self.meta_data:
                meta_data_item = meta_data_item_data.to_dict()
                meta_data.append(meta_data_item)

        guest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.guest, Unset):
            guest = self.guest.to_dict()

        external_refer = self.external_refer

        reservation_external: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reservation_external, Unset):
            reservation_external = self.reservation_external.to_dict()

        api = self.api

        zip_ = self.zip_

        total_paid = self.total_paid

        cleaning_fee = self.cleaning_fee

        place: dict[str, Any] | Unset = UNSET
        if not isinstance(self.place, Unset):
            place = self.place.to_dict()

        city = self.city

        address = self.address

        country = self.country

        city_tax_exemption: str | Unset = UNSET
        if not isinstance(self.city_tax_exemption, Unset):
            city_tax_exemption = self.city_tax_exemption.value

        city_tax_price = self.city_tax_price

        draft = self.draft

        validated = self.validated

        validated_date: str | Unset = UNSET
        if not isinstance(self.validated_date, Unset):
            validated_date = self.validated_date.isoformat()

        internal_id = self.internal_id

        external_id = self.external_id

        system_generated = self.system_generated

        tax_included = self.tax_included

        not_refundable = self.not_refundable

        loyalty_discount = self.loyalty_discount

        external_discount_id = self.external_discount_id

        extra_included: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extra_included, Unset):
            extra_included = []
            for extra_included_item_data in self.extra_included:
                extra_included_item = extra_included_item_data.to_dict()
                extra_included.append(extra_included_item)

        internal_rate = self.internal_rate

        city_tax_amount_in_payment = self.city_tax_amount_in_payment

        company_collect: str | Unset = UNSET
        if not isinstance(self.company_collect, Unset):
            company_collect = self.company_collect.value

        daily: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.daily, Unset):
            daily = []
            for daily_item_data in self.daily:
                daily_item = daily_item_data.to_dict()
                daily.append(daily_item)

        json: dict[str, Any] | Unset = UNSET
        if not isinstance(self.json, Unset):
            json = self.json.to_dict()

        stream_from_accommodation = self.stream_from_accommodation

        related: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.related, Unset):
            related = []
            for related_item_data in self.related:
                related_item = related_item_data.to_dict()
                related.append(related_item)

        stream_card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stream_card, Unset):
            stream_card = self.stream_card.to_dict()

        city_tax_zero = self.city_tax_zero

        property_reference = self.property_reference

        octorate_id = self.octorate_id

        push_import_id = self.push_import_id

        cancel_penality = self.cancel_penality

        payment_mode: str | Unset = UNSET
        if not isinstance(self.payment_mode, Unset):
            payment_mode = self.payment_mode.value

        connection_id = self.connection_id

        count = self.count

        currency: dict[str, Any] | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, ApiReservationReqDTOCurrencyType1):
            currency = self.currency.to_dict()
        else:
            currency = self.currency

        extra: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = []
            for extra_item_data in self.extra:
                extra_item = extra_item_data.to_dict()
                extra.append(extra_item)

        group_name = self.group_name

        rate_plan_id = self.rate_plan_id

        payment_expiration: str | Unset = UNSET
        if not isinstance(self.payment_expiration, Unset):
            payment_expiration = self.payment_expiration.isoformat()

        rate_plan_variation = self.rate_plan_variation

        house_keeping_notes = self.house_keeping_notes

        tag_label = self.tag_label

        agency_id = self.agency_id

        invoice_holder_id = self.invoice_holder_id

        note_time = self.note_time

        purpose: str | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = self.purpose.value

        room_locked = self.room_locked

        checkin_clerk = self.checkin_clerk

        checkout_clerk = self.checkout_clerk

        housekeeper_clerk = self.housekeeper_clerk

        deposit = self.deposit

        technical_credit_card_change = self.technical_credit_card_change

        reservation_split_stream: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reservation_split_stream, Unset):
            reservation_split_stream = self.reservation_split_stream.to_dict()

        group_notes = self.group_notes

        flight = self.flight

        police_guests: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.police_guests, Unset):
            police_guests = []
            for police_guests_item_data in self.police_guests:
                police_guests_item = police_guests_item_data.to_dict()
                police_guests.append(police_guests_item)

        color = self.color

        group_id = self.group_id

        completed = self.completed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "refer": refer,
                "guests": guests,
                "channelId": channel_id,
                "product": product,
                "checkin": checkin,
                "checkout": checkout,
                "createTime": create_time,
                "updateTime": update_time,
                "roomGross": room_gross,
                "totalGuest": total_guest,
                "totalChildren": total_children,
                "totalInfants": total_infants,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if private_notes is not UNSET:
            field_dict["privateNotes"] = private_notes
        if room_code is not UNSET:
            field_dict["roomCode"] = room_code
        if channel_refer is not UNSET:
            field_dict["channelRefer"] = channel_refer
        if pms_product is not UNSET:
            field_dict["pmsProduct"] = pms_product
        if effective_checkin is not UNSET:
            field_dict["effectiveCheckin"] = effective_checkin
        if effective_checkout is not UNSET:
            field_dict["effectiveCheckout"] = effective_checkout
        if channel_notes is not UNSET:
            field_dict["channelNotes"] = channel_notes
        if meta_data is not UNSET:
            field_dict["metaData"] = meta_data
        if guest is not UNSET:
            field_dict["guest"] = guest
        if external_refer is not UNSET:
            field_dict["externalRefer"] = external_refer
        if reservation_external is not UNSET:
            field_dict["reservationExternal"] = reservation_external
        if api is not UNSET:
            field_dict["api"] = api
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if total_paid is not UNSET:
            field_dict["totalPaid"] = total_paid
        if cleaning_fee is not UNSET:
            field_dict["cleaningFee"] = cleaning_fee
        if place is not UNSET:
            field_dict["place"] = place
        if city is not UNSET:
            field_dict["city"] = city
        if address is not UNSET:
            field_dict["address"] = address
        if country is not UNSET:
            field_dict["country"] = country
        if city_tax_exemption is not UNSET:
            field_dict["cityTaxExemption"] = city_tax_exemption
        if city_tax_price is not UNSET:
            field_dict["cityTaxPrice"] = city_tax_price
        if draft is not UNSET:
            field_dict["draft"] = draft
        if validated is not UNSET:
            field_dict["validated"] = validated
        if validated_date is not UNSET:
            field_dict["validatedDate"] = validated_date
        if internal_id is not UNSET:
            field_dict["internalId"] = internal_id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if system_generated is not UNSET:
            field_dict["systemGenerated"] = system_generated
        if tax_included is not UNSET:
            field_dict["taxIncluded"] = tax_included
        if not_refundable is not UNSET:
            field_dict["notRefundable"] = not_refundable
        if loyalty_discount is not UNSET:
            field_dict["loyaltyDiscount"] = loyalty_discount
        if external_discount_id is not UNSET:
            field_dict["externalDiscountId"] = external_discount_id
        if extra_included is not UNSET:
            field_dict["extraIncluded"] = extra_included
        if internal_rate is not UNSET:
            field_dict["internalRate"] = internal_rate
        if city_tax_amount_in_payment is not UNSET:
            field_dict["cityTaxAmountInPayment"] = city_tax_amount_in_payment
        if company_collect is not UNSET:
            field_dict["companyCollect"] = company_collect
        if daily is not UNSET:
            field_dict["daily"] = daily
        if json is not UNSET:
            field_dict["json"] = json
        if stream_from_accommodation is not UNSET:
            field_dict["streamFromAccommodation"] = stream_from_accommodation
        if related is not UNSET:
            field_dict["related"] = related
        if stream_card is not UNSET:
            field_dict["streamCard"] = stream_card
        if city_tax_zero is not UNSET:
            field_dict["cityTaxZero"] = city_tax_zero
        if property_reference is not UNSET:
            field_dict["propertyReference"] = property_reference
        if octorate_id is not UNSET:
            field_dict["octorateId"] = octorate_id
        if push_import_id is not UNSET:
            field_dict["pushImportId"] = push_import_id
        if cancel_penality is not UNSET:
            field_dict["cancelPenality"] = cancel_penality
        if payment_mode is not UNSET:
            field_dict["paymentMode"] = payment_mode
        if connection_id is not UNSET:
            field_dict["connectionId"] = connection_id
        if count is not UNSET:
            field_dict["count"] = count
        if currency is not UNSET:
            field_dict["currency"] = currency
        if extra is not UNSET:
            field_dict["extra"] = extra
        if group_name is not UNSET:
            field_dict["groupName"] = group_name
        if rate_plan_id is not UNSET:
            field_dict["ratePlanId"] = rate_plan_id
        if payment_expiration is not UNSET:
            field_dict["paymentExpiration"] = payment_expiration
        if rate_plan_variation is not UNSET:
            field_dict["ratePlanVariation"] = rate_plan_variation
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
        if room_locked is not UNSET:
            field_dict["roomLocked"] = room_locked
        if checkin_clerk is not UNSET:
            field_dict["checkinClerk"] = checkin_clerk
        if checkout_clerk is not UNSET:
            field_dict["checkoutClerk"] = checkout_clerk
        if housekeeper_clerk is not UNSET:
            field_dict["housekeeperClerk"] = housekeeper_clerk
        if deposit is not UNSET:
            field_dict["deposit"] = deposit
        if technical_credit_card_change is not UNSET:
            field_dict["technicalCreditCardChange"] = technical_credit_card_change
        if reservation_split_stream is not UNSET:
            field_dict["reservationSplitStream"] = reservation_split_stream
        if group_notes is not UNSET:
            field_dict["groupNotes"] = group_notes
        if flight is not UNSET:
            field_dict["flight"] = flight
        if police_guests is not UNSET:
            field_dict["policeGuests"] = police_guests
        if color is not UNSET:
            field_dict["color"] = color
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if completed is not UNSET:
            field_dict["completed"] = completed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        refer = d.pop("refer")

        guests = []
        _guests = d.pop("guests")
        for guests_item_data in _guests:
            guests_item = ApiReservationGuestDTO.from_dict(guests_item_data)

            guests.append(guests_item)

        channel_id = d.pop("channelId")

        product = d.pop("product")

        checkin = parse_datetime(d.pop("checkin"))

        checkout = parse_datetime(d.pop("checkout"))

        create_time = parse_datetime(d.pop("createTime"))

        update_time = parse_datetime(d.pop("updateTime"))

        room_gross = d.pop("roomGross")

        total_guest = d.pop("totalGuest")

        total_children = d.pop("totalChildren")

        total_infants = d.pop("totalInfants")

        _status = d.pop("status", UNSET)
        status: ApiReservationReqDTOStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = enum_member(ApiReservationReqDTOStatus, _status)

        private_notes = d.pop("privateNotes", UNSET)

        _room_code = d.pop("roomCode", UNSET)
        room_code: ApiReservationRoomCodeDTO | Unset
        if isinstance(_room_code, Unset):
            room_code = UNSET
        else:
            room_code = ApiReservationRoomCodeDTO.from_dict(_room_code)

        channel_refer = d.pop("channelRefer", UNSET)

        pms_product = d.pop("pmsProduct", UNSET)

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

        channel_notes = d.pop("channelNotes", UNSET)

        _meta_data = d.pop("metaData", UNSET)
        meta_data: list[ApiReservationMetadataDTO] | Unset = UNSET
        if _meta_data is not UNSET:
            meta_data = []
            for meta_data_item_data in _meta_data:
                meta_data_item = ApiReservationMetadataDTO.from_dict(meta_data_item_data)

                meta_data.append(meta_data_item)

        _guest = d.pop("guest", UNSET)
        guest: ReservationStreamGuest | Unset
        if isinstance(_guest, Unset):
            guest = UNSET
        else:
            guest = ReservationStreamGuest.from_dict(_guest)

        external_refer = d.pop("externalRefer", UNSET)

        _reservation_external = d.pop("reservationExternal", UNSET)
        reservation_external: ReservationExternal | Unset
        if isinstance(_reservation_external, Unset):
            reservation_external = UNSET
        else:
            reservation_external = ReservationExternal.from_dict(_reservation_external)

        api = d.pop("api", UNSET)

        zip_ = d.pop("zip", UNSET)

        total_paid = d.pop("totalPaid", UNSET)

        cleaning_fee = d.pop("cleaningFee", UNSET)

        _place = d.pop("place", UNSET)
        place: Place | Unset
        if isinstance(_place, Unset):
            place = UNSET
        else:
            place = Place.from_dict(_place)

        city = d.pop("city", UNSET)

        address = d.pop("address", UNSET)

        country = d.pop("country", UNSET)

        _city_tax_exemption = d.pop("cityTaxExemption", UNSET)
        city_tax_exemption: ApiReservationReqDTOCityTaxExemption | Unset
        if isinstance(_city_tax_exemption, Unset):
            city_tax_exemption = UNSET
        else:
            city_tax_exemption = enum_member(
                ApiReservationReqDTOCityTaxExemption, _city_tax_exemption
            )

        city_tax_price = d.pop("cityTaxPrice", UNSET)

        draft = d.pop("draft", UNSET)

        validated = d.pop("validated", UNSET)

        _validated_date = d.pop("validatedDate", UNSET)
        validated_date: datetime.datetime | Unset
        if isinstance(_validated_date, Unset):
            validated_date = UNSET
        else:
            validated_date = parse_datetime(_validated_date)

        internal_id = d.pop("internalId", UNSET)

        external_id = d.pop("externalId", UNSET)

        system_generated = d.pop("systemGenerated", UNSET)

        tax_included = d.pop("taxIncluded", UNSET)

        not_refundable = d.pop("notRefundable", UNSET)

        loyalty_discount = d.pop("loyaltyDiscount", UNSET)

        external_discount_id = d.pop("externalDiscountId", UNSET)

        _extra_included = d.pop("extraIncluded", UNSET)
        extra_included: list[ReservationStreamExtra] | Unset = UNSET
        if _extra_included is not UNSET:
            extra_included = []
            for extra_included_item_data in _extra_included:
                extra_included_item = ReservationStreamExtra.from_dict(extra_included_item_data)

                extra_included.append(extra_included_item)

        internal_rate = d.pop("internalRate", UNSET)

        city_tax_amount_in_payment = d.pop("cityTaxAmountInPayment", UNSET)

        _company_collect = d.pop("companyCollect", UNSET)
        company_collect: ApiReservationReqDTOCompanyCollect | Unset
        if isinstance(_company_collect, Unset):
            company_collect = UNSET
        else:
            company_collect = enum_member(ApiReservationReqDTOCompanyCollect, _company_collect)

        _daily = d.pop("daily", UNSET)
        daily: list[ReservationStreamDay] | Unset = UNSET
        if _daily is not UNSET:
            daily = []
            for daily_item_data in _daily:
                daily_item = ReservationStreamDay.from_dict(daily_item_data)

                daily.append(daily_item)

        _json = d.pop("json", UNSET)
        json: ApiReservationReqDTOJson | Unset
        if isinstance(_json, Unset):
            json = UNSET
        else:
            json = ApiReservationReqDTOJson.from_dict(_json)

        stream_from_accommodation = d.pop("streamFromAccommodation", UNSET)

        _related = d.pop("related", UNSET)
        related: list[ReservationStream] | Unset = UNSET
        if _related is not UNSET:
            related = []
            for related_item_data in _related:
                related_item = ReservationStream.from_dict(related_item_data)

                related.append(related_item)

        _stream_card = d.pop("streamCard", UNSET)
        stream_card: ReservationStreamCard | Unset
        if isinstance(_stream_card, Unset):
            stream_card = UNSET
        else:
            stream_card = ReservationStreamCard.from_dict(_stream_card)

        city_tax_zero = d.pop("cityTaxZero", UNSET)

        property_reference = d.pop("propertyReference", UNSET)

        octorate_id = d.pop("octorateId", UNSET)

        push_import_id = d.pop("pushImportId", UNSET)

        cancel_penality = d.pop("cancelPenality", UNSET)

        _payment_mode = d.pop("paymentMode", UNSET)
        payment_mode: ApiReservationReqDTOPaymentMode | Unset
        if isinstance(_payment_mode, Unset):
            payment_mode = UNSET
        else:
            payment_mode = enum_member(ApiReservationReqDTOPaymentMode, _payment_mode)

        connection_id = d.pop("connectionId", UNSET)

        count = d.pop("count", UNSET)

        def _parse_currency(data: object) -> ApiReservationReqDTOCurrencyType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                currency_type_1 = ApiReservationReqDTOCurrencyType1.from_dict(data)

                return currency_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiReservationReqDTOCurrencyType1 | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        _extra = d.pop("extra", UNSET)
        extra: list[ReservationStreamExtra] | Unset = UNSET
        if _extra is not UNSET:
            extra = []
            for extra_item_data in _extra:
                extra_item = ReservationStreamExtra.from_dict(extra_item_data)

                extra.append(extra_item)

        group_name = d.pop("groupName", UNSET)

        rate_plan_id = d.pop("ratePlanId", UNSET)

        _payment_expiration = d.pop("paymentExpiration", UNSET)
        payment_expiration: datetime.datetime | Unset
        if isinstance(_payment_expiration, Unset):
            payment_expiration = UNSET
        else:
            payment_expiration = parse_datetime(_payment_expiration)

        rate_plan_variation = d.pop("ratePlanVariation", UNSET)

        house_keeping_notes = d.pop("houseKeepingNotes", UNSET)

        tag_label = d.pop("tagLabel", UNSET)

        agency_id = d.pop("agencyId", UNSET)

        invoice_holder_id = d.pop("invoiceHolderId", UNSET)

        note_time = d.pop("noteTime", UNSET)

        _purpose = d.pop("purpose", UNSET)
        purpose: ApiReservationReqDTOPurpose | Unset
        if isinstance(_purpose, Unset):
            purpose = UNSET
        else:
            purpose = enum_member(ApiReservationReqDTOPurpose, _purpose)

        room_locked = d.pop("roomLocked", UNSET)

        checkin_clerk = d.pop("checkinClerk", UNSET)

        checkout_clerk = d.pop("checkoutClerk", UNSET)

        housekeeper_clerk = d.pop("housekeeperClerk", UNSET)

        deposit = d.pop("deposit", UNSET)

        technical_credit_card_change = d.pop("technicalCreditCardChange", UNSET)

        _reservation_split_stream = d.pop("reservationSplitStream", UNSET)
        reservation_split_stream: ReservationSplitStream | Unset
        if isinstance(_reservation_split_stream, Unset):
            reservation_split_stream = UNSET
        else:
            reservation_split_stream = ReservationSplitStream.from_dict(_reservation_split_stream)

        group_notes = d.pop("groupNotes", UNSET)

        flight = d.pop("flight", UNSET)

        _police_guests = d.pop("policeGuests", UNSET)
        police_guests: list[ReservationStreamPoliceGuest] | Unset = UNSET
        if _police_guests is not UNSET:
            police_guests = []
            for police_guests_item_data in _police_guests:
                police_guests_item = ReservationStreamPoliceGuest.from_dict(police_guests_item_data)

                police_guests.append(police_guests_item)

        color = d.pop("color", UNSET)

        group_id = d.pop("groupId", UNSET)

        completed = d.pop("completed", UNSET)

        api_reservation_req_dto = cls(
            refer=refer,
            guests=guests,
            channel_id=channel_id,
            product=product,
            checkin=checkin,
            checkout=checkout,
            create_time=create_time,
            update_time=update_time,
            room_gross=room_gross,
            total_guest=total_guest,
            total_children=total_children,
            total_infants=total_infants,
            status=status,
            private_notes=private_notes,
            room_code=room_code,
            channel_refer=channel_refer,
            pms_product=pms_product,
            effective_checkin=effective_checkin,
            effective_checkout=effective_checkout,
            channel_notes=channel_notes,
            meta_data=meta_data,
            guest=guest,
            external_refer=external_refer,
            reservation_external=reservation_external,
            api=api,
            zip_=zip_,
            total_paid=total_paid,
            cleaning_fee=cleaning_fee,
            place=place,
            city=city,
            address=address,
            country=country,
            city_tax_exemption=city_tax_exemption,
            city_tax_price=city_tax_price,
            draft=draft,
            validated=validated,
            validated_date=validated_date,
            internal_id=internal_id,
            external_id=external_id,
            system_generated=system_generated,
            tax_included=tax_included,
            not_refundable=not_refundable,
            loyalty_discount=loyalty_discount,
            external_discount_id=external_discount_id,
            extra_included=extra_included,
            internal_rate=internal_rate,
            city_tax_amount_in_payment=city_tax_amount_in_payment,
            company_collect=company_collect,
            daily=daily,
            json=json,
            stream_from_accommodation=stream_from_accommodation,
            related=related,
            stream_card=stream_card,
            city_tax_zero=city_tax_zero,
            property_reference=property_reference,
            octorate_id=octorate_id,
            push_import_id=push_import_id,
            cancel_penality=cancel_penality,
            payment_mode=payment_mode,
            connection_id=connection_id,
            count=count,
            currency=currency,
            extra=extra,
            group_name=group_name,
            rate_plan_id=rate_plan_id,
            payment_expiration=payment_expiration,
            rate_plan_variation=rate_plan_variation,
            house_keeping_notes=house_keeping_notes,
            tag_label=tag_label,
            agency_id=agency_id,
            invoice_holder_id=invoice_holder_id,
            note_time=note_time,
            purpose=purpose,
            room_locked=room_locked,
            checkin_clerk=checkin_clerk,
            checkout_clerk=checkout_clerk,
            housekeeper_clerk=housekeeper_clerk,
            deposit=deposit,
            technical_credit_card_change=technical_credit_card_change,
            reservation_split_stream=reservation_split_stream,
            group_notes=group_notes,
            flight=flight,
            police_guests=police_guests,
            color=color,
            group_id=group_id,
            completed=completed,
        )

        api_reservation_req_dto.additional_properties = d
        return api_reservation_req_dto

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
from ..models.api_reservation_guest_dto import ApiReservationGuestDTO  # noqa: E402
from ..models.api_reservation_metadata_dto import ApiReservationMetadataDTO  # noqa: E402
from ..models.api_reservation_req_dto_currency_type_1 import ApiReservationReqDTOCurrencyType1  # noqa: E402
from ..models.api_reservation_req_dto_json import ApiReservationReqDTOJson  # noqa: E402
from ..models.api_reservation_room_code_dto import ApiReservationRoomCodeDTO  # noqa: E402
from ..models.place import Place  # noqa: E402
from ..models.reservation_external import ReservationExternal  # noqa: E402
from ..models.reservation_split_stream import ReservationSplitStream  # noqa: E402
from ..models.reservation_stream import ReservationStream  # noqa: E402
from ..models.reservation_stream_card import ReservationStreamCard  # noqa: E402
from ..models.reservation_stream_day import ReservationStreamDay  # noqa: E402
from ..models.reservation_stream_extra import ReservationStreamExtra  # noqa: E402
from ..models.reservation_stream_guest import ReservationStreamGuest  # noqa: E402
from ..models.reservation_stream_police_guest import ReservationStreamPoliceGuest  # noqa: E402
