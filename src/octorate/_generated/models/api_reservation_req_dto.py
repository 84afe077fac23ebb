from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
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


@_attrs_define
class ApiReservationReqDTO(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_refer(d: Mapping[str, Any]) -> str:
    return d["refer"]


def _load_guests(d: Mapping[str, Any]) -> list[ApiReservationGuestDTO]:
    guests = ApiReservationGuestDTO._from_json_list(d["guests"])

    return guests


def _load_channel_id(d: Mapping[str, Any]) -> int:
    return d["channelId"]


def _load_product(d: Mapping[str, Any]) -> int:
    return d["product"]


def _load_checkin(d: Mapping[str, Any]) -> datetime.datetime:
    checkin = parse_datetime(d["checkin"])

    return checkin


def _load_checkout(d: Mapping[str, Any]) -> datetime.datetime:
    checkout = parse_datetime(d["checkout"])

    return checkout


def _load_create_time(d: Mapping[str, Any]) -> datetime.datetime:
    create_time = parse_datetime(d["createTime"])

    return create_time


def _load_update_time(d: Mapping[str, Any]) -> datetime.datetime:
    update_time = parse_datetime(d["updateTime"])

    return update_time


def _load_room_gross(d: Mapping[str, Any]) -> float:
    return d["roomGross"]


def _load_total_guest(d: Mapping[str, Any]) -> int:
    return d["totalGuest"]


def _load_total_children(d: Mapping[str, Any]) -> int:
    return d["totalChildren"]


def _load_total_infants(d: Mapping[str, Any]) -> int:
    return d["totalInfants"]


def _load_status(d: Mapping[str, Any]) -> ApiReservationReqDTOStatus | Unset:
    _status = d.get("status", UNSET)
    status: ApiReservationReqDTOStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = enum_member(ApiReservationReqDTOStatus, _status)

    return status


def _load_private_notes(d: Mapping[str, Any]) -> str | Unset:
    return d.get("privateNotes", UNSET)


def _load_room_code(d: Mapping[str, Any]) -> ApiReservationRoomCodeDTO | Unset:
    _room_code = d.get("roomCode", UNSET)
    room_code: ApiReservationRoomCodeDTO | Unset
    if isinstance(_room_code, Unset):
        room_code = UNSET
    else:
        room_code = ApiReservationRoomCodeDTO._from_json(_room_code)

    return room_code


def _load_channel_refer(d: Mapping[str, Any]) -> str | Unset:
    return d.get("channelRefer", UNSET)


def _load_pms_product(d: Mapping[str, Any]) -> int | Unset:
    return d.get("pmsProduct", UNSET)


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


def _load_channel_notes(d: Mapping[str, Any]) -> str | Unset:
    return d.get("channelNotes", UNSET)


def _load_meta_data(d: Mapping[str, Any]) -> list[ApiReservationMetadataDTO] | Unset:
    _meta_data = d.get("metaData", UNSET)
    meta_data: list[ApiReservationMetadataDTO] | Unset = UNSET
    if _meta_data is not UNSET:
        meta_data = ApiReservationMetadataDTO._from_json_list(_meta_data)

    return meta_data


def _load_guest(d: Mapping[str, Any]) -> ReservationStreamGuest | Unset:
    _guest = d.get("guest", UNSET)
    guest: ReservationStreamGuest | Unset
    if isinstance(_guest, Unset):
        guest = UNSET
    else:
        guest = ReservationStreamGuest._from_json(_guest)

    return guest


def _load_external_refer(d: Mapping[str, Any]) -> str | Unset:
    return d.get("externalRefer", UNSET)


def _load_reservation_external(d: Mapping[str, Any]) -> ReservationExternal | Unset:
    _reservation_external = d.get("reservationExternal", UNSET)
    reservation_external: ReservationExternal | Unset
    if isinstance(_reservation_external, Unset):
        reservation_external = UNSET
    else:
        reservation_external = ReservationExternal._from_json(_reservation_external)

    return reservation_external


def _load_api(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("api", UNSET)


def _load_zip_(d: Mapping[str, Any]) -> str | Unset:
    return d.get("zip", UNSET)


def _load_total_paid(d: Mapping[str, Any]) -> float | Unset:
    return d.get("totalPaid", UNSET)


def _load_cleaning_fee(d: Mapping[str, Any]) -> float | Unset:
    return d.get("cleaningFee", UNSET)


def _load_place(d: Mapping[str, Any]) -> Place | Unset:
    _place = d.get("place", UNSET)
    place: Place | Unset
    if isinstance(_place, Unset):
        place = UNSET
    else:
        place = Place._from_json(_place)

    return place


def _load_city(d: Mapping[str, Any]) -> str | Unset:
    return d.get("city", UNSET)


def _load_address(d: Mapping[str, Any]) -> str | Unset:
    return d.get("address", UNSET)


def _load_country(d: Mapping[str, Any]) -> str | Unset:
    return d.get("country", UNSET)


def _load_city_tax_exemption(d: Mapping[str, Any]) -> ApiReservationReqDTOCityTaxExemption | Unset:
    _city_tax_exemption = d.get("cityTaxExemption", UNSET)
    city_tax_exemption: ApiReservationReqDTOCityTaxExemption | Unset
    if isinstance(_city_tax_exemption, Unset):
        city_tax_exemption = UNSET
    else:
        city_tax_exemption = enum_member(ApiReservationReqDTOCityTaxExemption, _city_tax_exemption)

    return city_tax_exemption


def _load_city_tax_price(d: Mapping[str, Any]) -> float | Unset:
    return d.get("cityTaxPrice", UNSET)


def _load_draft(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("draft", UNSET)


def _load_validated(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("validated", UNSET)


def _load_validated_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _validated_date = d.get("validatedDate", UNSET)
    validated_date: datetime.datetime | Unset
    if isinstance(_validated_date, Unset):
        validated_date = UNSET
    else:
        validated_date = parse_datetime(_validated_date)

    return validated_date


def _load_internal_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("internalId", UNSET)


def _load_external_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("externalId", UNSET)


def _load_system_generated(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("systemGenerated", UNSET)


def _load_tax_included(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("taxIncluded", UNSET)


def _load_not_refundable(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("notRefundable", UNSET)


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


def _load_internal_rate(d: Mapping[str, Any]) -> int | Unset:
    return d.get("internalRate", UNSET)


def _load_city_tax_amount_in_payment(d: Mapping[str, Any]) -> float | Unset:
    return d.get("cityTaxAmountInPayment", UNSET)


def _load_company_collect(d: Mapping[str, Any]) -> ApiReservationReqDTOCompanyCollect | Unset:
    _company_collect = d.get("companyCollect", UNSET)
    company_collect: ApiReservationReqDTOCompanyCollect | Unset
    if isinstance(_company_collect, Unset):
        company_collect = UNSET
    else:
        company_collect = enum_member(ApiReservationReqDTOCompanyCollect, _company_collect)

    return company_collect


def _load_daily(d: Mapping[str, Any]) -> list[ReservationStreamDay] | Unset:
    _daily = d.get("daily", UNSET)
    daily: list[ReservationStreamDay] | Unset = UNSET
    if _daily is not UNSET:
        daily = ReservationStreamDay._from_json_list(_daily)

    return daily


def _load_json(d: Mapping[str, Any]) -> ApiReservationReqDTOJson | Unset:
    _json = d.get("json", UNSET)
    json: ApiReservationReqDTOJson | Unset
    if isinstance(_json, Unset):
        json = UNSET
    else:
        json = ApiReservationReqDTOJson._from_json(_json)

    return json


def _load_stream_from_accommodation(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("streamFromAccommodation", UNSET)


def _load_related(d: Mapping[str, Any]) -> list[ReservationStream] | Unset:
    _related = d.get("related", UNSET)
    related: list[ReservationStream] | Unset = UNSET
    if _related is not UNSET:
        related = ReservationStream._from_json_list(_related)

    return related


def _load_stream_card(d: Mapping[str, Any]) -> ReservationStreamCard | Unset:
    _stream_card = d.get("streamCard", UNSET)
    stream_card: ReservationStreamCard | Unset
    if isinstance(_stream_card, Unset):
        stream_card = UNSET
    else:
        stream_card = ReservationStreamCard._from_json(_stream_card)

    return stream_card


def _load_city_tax_zero(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("cityTaxZero", UNSET)


def _load_property_reference(d: Mapping[str, Any]) -> str | Unset:
    return d.get("propertyReference", UNSET)


def _load_octorate_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("octorateId", UNSET)


def _load_push_import_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("pushImportId", UNSET)


def _load_cancel_penality(d: Mapping[str, Any]) -> float | Unset:
    return d.get("cancelPenality", UNSET)


def _load_payment_mode(d: Mapping[str, Any]) -> ApiReservationReqDTOPaymentMode | Unset:
    _payment_mode = d.get("paymentMode", UNSET)
    payment_mode: ApiReservationReqDTOPaymentMode | Unset
    if isinstance(_payment_mode, Unset):
        payment_mode = UNSET
    else:
        payment_mode = enum_member(ApiReservationReqDTOPaymentMode, _payment_mode)

    return payment_mode


def _load_connection_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("connectionId", UNSET)


def _load_count(d: Mapping[str, Any]) -> int | Unset:
    return d.get("count", UNSET)


def _load_currency(d: Mapping[str, Any]) -> ApiReservationReqDTOCurrencyType1 | str | Unset:
    def _parse_currency(data: object) -> ApiReservationReqDTOCurrencyType1 | str | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            currency_type_1 = ApiReservationReqDTOCurrencyType1._from_json(data)

            return currency_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(ApiReservationReqDTOCurrencyType1 | str | Unset, data)

    currency = _parse_currency(d.get("currency", UNSET))

    return currency


def _load_extra(d: Mapping[str, Any]) -> list[ReservationStreamExtra] | Unset:
    _extra = d.get("extra", UNSET)
    extra: list[ReservationStreamExtra] | Unset = UNSET
    if _extra is not UNSET:
        extra = ReservationStreamExtra._from_json_list(_extra)

    return extra


def _load_group_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("groupName", UNSET)


def _load_rate_plan_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("ratePlanId", UNSET)


def _load_payment_expiration(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _payment_expiration = d.get("paymentExpiration", UNSET)
    payment_expiration: datetime.datetime | Unset
    if isinstance(_payment_expiration, Unset):
        payment_expiration = UNSET
    else:
        payment_expiration = parse_datetime(_payment_expiration)

    return payment_expiration


def _load_rate_plan_variation(d: Mapping[str, Any]) -> float | Unset:
    return d.get("ratePlanVariation", UNSET)


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


def _load_purpose(d: Mapping[str, Any]) -> ApiReservationReqDTOPurpose | Unset:
    _purpose = d.get("purpose", UNSET)
    purpose: ApiReservationReqDTOPurpose | Unset
    if isinstance(_purpose, Unset):
        purpose = UNSET
    else:
        purpose = enum_member(ApiReservationReqDTOPurpose, _purpose)

    return purpose


def _load_room_locked(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("roomLocked", UNSET)


def _load_checkin_clerk(d: Mapping[str, Any]) -> int | Unset:
    return d.get("checkinClerk", UNSET)


def _load_checkout_clerk(d: Mapping[str, Any]) -> int | Unset:
    return d.get("checkoutClerk", UNSET)


def _load_housekeeper_clerk(d: Mapping[str, Any]) -> int | Unset:
    return d.get("housekeeperClerk", UNSET)


def _load_deposit(d: Mapping[str, Any]) -> float | Unset:
    return d.get("deposit", UNSET)


def _load_technical_credit_card_change(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("technicalCreditCardChange", UNSET)


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


def _load_police_guests(d: Mapping[str, Any]) -> list[ReservationStreamPoliceGuest] | Unset:
    _police_guests = d.get("policeGuests", UNSET)
    police_guests: list[ReservationStreamPoliceGuest] | Unset = UNSET
    if _police_guests is not UNSET:
        police_guests = ReservationStreamPoliceGuest._from_json_list(_police_guests)

    return police_guests


def _load_color(d: Mapping[str, Any]) -> str | Unset:
    return d.get("color", UNSET)


def _load_group_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("groupId", UNSET)


def _load_completed(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("completed", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "refer",
        "guests",
        "channelId",
        "product",
        "checkin",
        "checkout",
        "createTime",
        "updateTime",
        "roomGross",
        "totalGuest",
        "totalChildren",
        "totalInfants",
        "status",
        "privateNotes",
        "roomCode",
        "channelRefer",
        "pmsProduct",
        "effectiveCheckin",
        "effectiveCheckout",
        "channelNotes",
        "metaData",
        "guest",
        "externalRefer",
        "reservationExternal",
        "api",
        "zip",
        "totalPaid",
        "cleaningFee",
        "place",
        "city",
        "address",
        "country",
        "cityTaxExemption",
        "cityTaxPrice",
        "draft",
        "validated",
        "validatedDate",
        "internalId",
        "externalId",
        "systemGenerated",
        "taxIncluded",
        "notRefundable",
        "loyaltyDiscount",
        "externalDiscountId",
        "extraIncluded",
        "internalRate",
        "cityTaxAmountInPayment",
        "companyCollect",
        "daily",
        "json",
        "streamFromAccommodation",
        "related",
        "streamCard",
        "cityTaxZero",
        "propertyReference",
        "octorateId",
        "pushImportId",
        "cancelPenality",
        "paymentMode",
        "connectionId",
        "count",
        "currency",
        "extra",
        "groupName",
        "ratePlanId",
        "paymentExpiration",
        "ratePlanVariation",
        "houseKeepingNotes",
        "tagLabel",
        "agencyId",
        "invoiceHolderId",
        "noteTime",
        "purpose",
        "roomLocked",
        "checkinClerk",
        "checkoutClerk",
        "housekeeperClerk",
        "deposit",
        "technicalCreditCardChange",
        "reservationSplitStream",
        "groupNotes",
        "flight",
        "policeGuests",
        "color",
        "groupId",
        "completed",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiReservationReqDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "refer" not in seen:
        _set(self, "refer", d["refer"])
    if "guests" not in seen:
        guests = ApiReservationGuestDTO._from_json_list(d["guests"])

        _set(self, "guests", guests)
    if "channel_id" not in seen:
        _set(self, "channel_id", d["channelId"])
    if "product" not in seen:
        _set(self, "product", d["product"])
    if "checkin" not in seen:
        checkin = parse_datetime(d["checkin"])

        _set(self, "checkin", checkin)
    if "checkout" not in seen:
        checkout = parse_datetime(d["checkout"])

        _set(self, "checkout", checkout)
    if "create_time" not in seen:
        create_time = parse_datetime(d["createTime"])

        _set(self, "create_time", create_time)
    if "update_time" not in seen:
        update_time = parse_datetime(d["updateTime"])

        _set(self, "update_time", update_time)
    if "room_gross" not in seen:
        _set(self, "room_gross", d["roomGross"])
    if "total_guest" not in seen:
        _set(self, "total_guest", d["totalGuest"])
    if "total_children" not in seen:
        _set(self, "total_children", d["totalChildren"])
    if "total_infants" not in seen:
        _set(self, "total_infants", d["totalInfants"])
    if "status" not in seen:
        _status = d.get("status", UNSET)
        status: ApiReservationReqDTOStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = enum_member(ApiReservationReqDTOStatus, _status)

        _set(self, "status", status)
    if "private_notes" not in seen:
        _set(self, "private_notes", d.get("privateNotes", UNSET))
    if "room_code" not in seen:
        _room_code = d.get("roomCode", UNSET)
        room_code: ApiReservationRoomCodeDTO | Unset
        if isinstance(_room_code, Unset):
            room_code = UNSET
        else:
            room_code = ApiReservationRoomCodeDTO._from_json(_room_code)

        _set(self, "room_code", room_code)
    if "channel_refer" not in seen:
        _set(self, "channel_refer", d.get("channelRefer", UNSET))
    if "pms_product" not in seen:
        _set(self, "pms_product", d.get("pmsProduct", UNSET))
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
    if "channel_notes" not in seen:
        _set(self, "channel_notes", d.get("channelNotes", UNSET))
    if "meta_data" not in seen:
        _meta_data = d.get("metaData", UNSET)
        meta_data: list[ApiReservationMetadataDTO] | Unset = UNSET
        if _meta_data is not UNSET:
            meta_data = ApiReservationMetadataDTO._from_json_list(_meta_data)

        _set(self, "meta_data", meta_data)
    if "guest" not in seen:
        _guest = d.get("guest", UNSET)
        guest: ReservationStreamGuest | Unset
        if isinstance(_guest, Unset):
            guest = UNSET
        else:
            guest = ReservationStreamGuest._from_json(_guest)

        _set(self, "guest", guest)
    if "external_refer" not in seen:
        _set(self, "external_refer", d.get("externalRefer", UNSET))
    if "reservation_external" not in seen:
        _reservation_external = d.get("reservationExternal", UNSET)
        reservation_external: ReservationExternal | Unset
        if isinstance(_reservation_external, Unset):
            reservation_external = UNSET
        else:
            reservation_external = ReservationExternal._from_json(_reservation_external)

        _set(self, "reservation_external", reservation_external)
    if "api" not in seen:
        _set(self, "api", d.get("api", UNSET))
    if "zip_" not in seen:
        _set(self, "zip_", d.get("zip", UNSET))
    if "total_paid" not in seen:
        _set(self, "total_paid", d.get("totalPaid", UNSET))
    if "cleaning_fee" not in seen:
        _set(self, "cleaning_fee", d.get("cleaningFee", UNSET))
    if "place" not in seen:
        _place = d.get("place", UNSET)
        place: Place | Unset
        if isinstance(_place, Unset):
            place = UNSET
        else:
            place = Place._from_json(_place)

        _set(self, "place", place)
    if "city" not in seen:
        _set(self, "city", d.get("city", UNSET))
    if "address" not in seen:
        _set(self, "address", d.get("address", UNSET))
    if "country" not in seen:
        _set(self, "country", d.get("country", UNSET))
    if "city_tax_exemption" not in seen:
        _city_tax_exemption = d.get("cityTaxExemption", UNSET)
        city_tax_exemption: ApiReservationReqDTOCityTaxExemption | Unset
        if isinstance(_city_tax_exemption, Unset):
            city_tax_exemption = UNSET
        else:
            city_tax_exemption = enum_member(
                ApiReservationReqDTOCityTaxExemption, _city_tax_exemption
            )

        _set(self, "city_tax_exemption", city_tax_exemption)
    if "city_tax_price" not in seen:
        _set(self, "city_tax_price", d.get("cityTaxPrice", UNSET))
    if "draft" not in seen:
        _set(self, "draft", d.get("draft", UNSET))
    if "validated" not in seen:
        _set(self, "validated", d.get("validated", UNSET))
    if "validated_date" not in seen:
        _validated_date = d.get("validatedDate", UNSET)
        validated_date: datetime.datetime | Unset
        if isinstance(_validated_date, Unset):
            validated_date = UNSET
        else:
            validated_date = parse_datetime(_validated_date)

        _set(self, "validated_date", validated_date)
    if "internal_id" not in seen:
        _set(self, "internal_id", d.get("internalId", UNSET))
    if "external_id" not in seen:
        _set(self, "external_id", d.get("externalId", UNSET))
    if "system_generated" not in seen:
        _set(self, "system_generated", d.get("systemGenerated", UNSET))
    if "tax_included" not in seen:
        _set(self, "tax_included", d.get("taxIncluded", UNSET))
    if "not_refundable" not in seen:
        _set(self, "not_refundable", d.get("notRefundable", UNSET))
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
    if "internal_rate" not in seen:
        _set(self, "internal_rate", d.get("internalRate", UNSET))
    if "city_tax_amount_in_payment" not in seen:
        _set(self, "city_tax_amount_in_payment", d.get("cityTaxAmountInPayment", UNSET))
    if "company_collect" not in seen:
        _company_collect = d.get("companyCollect", UNSET)
        company_collect: ApiReservationReqDTOCompanyCollect | Unset
        if isinstance(_company_collect, Unset):
            company_collect = UNSET
        else:
            company_collect = enum_member(ApiReservationReqDTOCompanyCollect, _company_collect)

        _set(self, "company_collect", company_collect)
    if "daily" not in seen:
        _daily = d.get("daily", UNSET)
        daily: list[ReservationStreamDay] | Unset = UNSET
        if _daily is not UNSET:
            daily = ReservationStreamDay._from_json_list(_daily)

        _set(self, "daily", daily)
    if "json" not in seen:
        _json = d.get("json", UNSET)
        json: ApiReservationReqDTOJson | Unset
        if isinstance(_json, Unset):
            json = UNSET
        else:
            json = ApiReservationReqDTOJson._from_json(_json)

        _set(self, "json", json)
    if "stream_from_accommodation" not in seen:
        _set(self, "stream_from_accommodation", d.get("streamFromAccommodation", UNSET))
    if "related" not in seen:
        _related = d.get("related", UNSET)
        related: list[ReservationStream] | Unset = UNSET
        if _related is not UNSET:
            related = ReservationStream._from_json_list(_related)

        _set(self, "related", related)
    if "stream_card" not in seen:
        _stream_card = d.get("streamCard", UNSET)
        stream_card: ReservationStreamCard | Unset
        if isinstance(_stream_card, Unset):
            stream_card = UNSET
        else:
            stream_card = ReservationStreamCard._from_json(_stream_card)

        _set(self, "stream_card", stream_card)
    if "city_tax_zero" not in seen:
        _set(self, "city_tax_zero", d.get("cityTaxZero", UNSET))
    if "property_reference" not in seen:
        _set(self, "property_reference", d.get("propertyReference", UNSET))
    if "octorate_id" not in seen:
        _set(self, "octorate_id", d.get("octorateId", UNSET))
    if "push_import_id" not in seen:
        _set(self, "push_import_id", d.get("pushImportId", UNSET))
    if "cancel_penality" not in seen:
        _set(self, "cancel_penality", d.get("cancelPenality", UNSET))
    if "payment_mode" not in seen:
        _payment_mode = d.get("paymentMode", UNSET)
        payment_mode: ApiReservationReqDTOPaymentMode | Unset
        if isinstance(_payment_mode, Unset):
            payment_mode = UNSET
        else:
            payment_mode = enum_member(ApiReservationReqDTOPaymentMode, _payment_mode)

        _set(self, "payment_mode", payment_mode)
    if "connection_id" not in seen:
        _set(self, "connection_id", d.get("connectionId", UNSET))
    if "count" not in seen:
        _set(self, "count", d.get("count", UNSET))
    if "currency" not in seen:

        def _parse_currency(data: object) -> ApiReservationReqDTOCurrencyType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                currency_type_1 = ApiReservationReqDTOCurrencyType1._from_json(data)

                return currency_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiReservationReqDTOCurrencyType1 | str | Unset, data)

        currency = _parse_currency(d.get("currency", UNSET))

        _set(self, "currency", currency)
    if "extra" not in seen:
        _extra = d.get("extra", UNSET)
        extra: list[ReservationStreamExtra] | Unset = UNSET
        if _extra is not UNSET:
            extra = ReservationStreamExtra._from_json_list(_extra)

        _set(self, "extra", extra)
    if "group_name" not in seen:
        _set(self, "group_name", d.get("groupName", UNSET))
    if "rate_plan_id" not in seen:
        _set(self, "rate_plan_id", d.get("ratePlanId", UNSET))
    if "payment_expiration" not in seen:
        _payment_expiration = d.get("paymentExpiration", UNSET)
        payment_expiration: datetime.datetime | Unset
        if isinstance(_payment_expiration, Unset):
            payment_expiration = UNSET
        else:
            payment_expiration = parse_datetime(_payment_expiration)

        _set(self, "payment_expiration", payment_expiration)
    if "rate_plan_variation" not in seen:
        _set(self, "rate_plan_variation", d.get("ratePlanVariation", UNSET))
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
        purpose: ApiReservationReqDTOPurpose | Unset
        if isinstance(_purpose, Unset):
            purpose = UNSET
        else:
            purpose = enum_member(ApiReservationReqDTOPurpose, _purpose)

        _set(self, "purpose", purpose)
    if "room_locked" not in seen:
        _set(self, "room_locked", d.get("roomLocked", UNSET))
    if "checkin_clerk" not in seen:
        _set(self, "checkin_clerk", d.get("checkinClerk", UNSET))
    if "checkout_clerk" not in seen:
        _set(self, "checkout_clerk", d.get("checkoutClerk", UNSET))
    if "housekeeper_clerk" not in seen:
        _set(self, "housekeeper_clerk", d.get("housekeeperClerk", UNSET))
    if "deposit" not in seen:
        _set(self, "deposit", d.get("deposit", UNSET))
    if "technical_credit_card_change" not in seen:
        _set(self, "technical_credit_card_change", d.get("technicalCreditCardChange", UNSET))
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
    if "police_guests" not in seen:
        _police_guests = d.get("policeGuests", UNSET)
        police_guests: list[ReservationStreamPoliceGuest] | Unset = UNSET
        if _police_guests is not UNSET:
            police_guests = ReservationStreamPoliceGuest._from_json_list(_police_guests)

        _set(self, "police_guests", police_guests)
    if "color" not in seen:
        _set(self, "color", d.get("color", UNSET))
    if "group_id" not in seen:
        _set(self, "group_id", d.get("groupId", UNSET))
    if "completed" not in seen:
        _set(self, "completed", d.get("completed", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiReservationReqDTO._octorate_fields = FieldTable(
    required=frozenset(
        (
            "refer",
            "guests",
            "channelId",
            "product",
            "checkin",
            "checkout",
            "createTime",
            "updateTime",
            "roomGross",
            "totalGuest",
            "totalChildren",
            "totalInfants",
        )
    ),
    loaders={
        "refer": _load_refer,
        "guests": _load_guests,
        "channel_id": _load_channel_id,
        "product": _load_product,
        "checkin": _load_checkin,
        "checkout": _load_checkout,
        "create_time": _load_create_time,
        "update_time": _load_update_time,
        "room_gross": _load_room_gross,
        "total_guest": _load_total_guest,
        "total_children": _load_total_children,
        "total_infants": _load_total_infants,
        "status": _load_status,
        "private_notes": _load_private_notes,
        "room_code": _load_room_code,
        "channel_refer": _load_channel_refer,
        "pms_product": _load_pms_product,
        "effective_checkin": _load_effective_checkin,
        "effective_checkout": _load_effective_checkout,
        "channel_notes": _load_channel_notes,
        "meta_data": _load_meta_data,
        "guest": _load_guest,
        "external_refer": _load_external_refer,
        "reservation_external": _load_reservation_external,
        "api": _load_api,
        "zip_": _load_zip_,
        "total_paid": _load_total_paid,
        "cleaning_fee": _load_cleaning_fee,
        "place": _load_place,
        "city": _load_city,
        "address": _load_address,
        "country": _load_country,
        "city_tax_exemption": _load_city_tax_exemption,
        "city_tax_price": _load_city_tax_price,
        "draft": _load_draft,
        "validated": _load_validated,
        "validated_date": _load_validated_date,
        "internal_id": _load_internal_id,
        "external_id": _load_external_id,
        "system_generated": _load_system_generated,
        "tax_included": _load_tax_included,
        "not_refundable": _load_not_refundable,
        "loyalty_discount": _load_loyalty_discount,
        "external_discount_id": _load_external_discount_id,
        "extra_included": _load_extra_included,
        "internal_rate": _load_internal_rate,
        "city_tax_amount_in_payment": _load_city_tax_amount_in_payment,
        "company_collect": _load_company_collect,
        "daily": _load_daily,
        "json": _load_json,
        "stream_from_accommodation": _load_stream_from_accommodation,
        "related": _load_related,
        "stream_card": _load_stream_card,
        "city_tax_zero": _load_city_tax_zero,
        "property_reference": _load_property_reference,
        "octorate_id": _load_octorate_id,
        "push_import_id": _load_push_import_id,
        "cancel_penality": _load_cancel_penality,
        "payment_mode": _load_payment_mode,
        "connection_id": _load_connection_id,
        "count": _load_count,
        "currency": _load_currency,
        "extra": _load_extra,
        "group_name": _load_group_name,
        "rate_plan_id": _load_rate_plan_id,
        "payment_expiration": _load_payment_expiration,
        "rate_plan_variation": _load_rate_plan_variation,
        "house_keeping_notes": _load_house_keeping_notes,
        "tag_label": _load_tag_label,
        "agency_id": _load_agency_id,
        "invoice_holder_id": _load_invoice_holder_id,
        "note_time": _load_note_time,
        "purpose": _load_purpose,
        "room_locked": _load_room_locked,
        "checkin_clerk": _load_checkin_clerk,
        "checkout_clerk": _load_checkout_clerk,
        "housekeeper_clerk": _load_housekeeper_clerk,
        "deposit": _load_deposit,
        "technical_credit_card_change": _load_technical_credit_card_change,
        "reservation_split_stream": _load_reservation_split_stream,
        "group_notes": _load_group_notes,
        "flight": _load_flight,
        "police_guests": _load_police_guests,
        "color": _load_color,
        "group_id": _load_group_id,
        "completed": _load_completed,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "guests",
        "room_code",
        "meta_data",
        "guest",
        "reservation_external",
        "place",
        "extra_included",
        "daily",
        "json",
        "related",
        "stream_card",
        "currency",
        "extra",
        "reservation_split_stream",
        "police_guests",
        "additional_properties",
    ),
    keys={
        "refer": "refer",
        "guests": "guests",
        "channel_id": "channelId",
        "product": "product",
        "checkin": "checkin",
        "checkout": "checkout",
        "create_time": "createTime",
        "update_time": "updateTime",
        "room_gross": "roomGross",
        "total_guest": "totalGuest",
        "total_children": "totalChildren",
        "total_infants": "totalInfants",
        "status": "status",
        "private_notes": "privateNotes",
        "room_code": "roomCode",
        "channel_refer": "channelRefer",
        "pms_product": "pmsProduct",
        "effective_checkin": "effectiveCheckin",
        "effective_checkout": "effectiveCheckout",
        "channel_notes": "channelNotes",
        "meta_data": "metaData",
        "guest": "guest",
        "external_refer": "externalRefer",
        "reservation_external": "reservationExternal",
        "api": "api",
        "zip_": "zip",
        "total_paid": "totalPaid",
        "cleaning_fee": "cleaningFee",
        "place": "place",
        "city": "city",
        "address": "address",
        "country": "country",
        "city_tax_exemption": "cityTaxExemption",
        "city_tax_price": "cityTaxPrice",
        "draft": "draft",
        "validated": "validated",
        "validated_date": "validatedDate",
        "internal_id": "internalId",
        "external_id": "externalId",
        "system_generated": "systemGenerated",
        "tax_included": "taxIncluded",
        "not_refundable": "notRefundable",
        "loyalty_discount": "loyaltyDiscount",
        "external_discount_id": "externalDiscountId",
        "extra_included": "extraIncluded",
        "internal_rate": "internalRate",
        "city_tax_amount_in_payment": "cityTaxAmountInPayment",
        "company_collect": "companyCollect",
        "daily": "daily",
        "json": "json",
        "stream_from_accommodation": "streamFromAccommodation",
        "related": "related",
        "stream_card": "streamCard",
        "city_tax_zero": "cityTaxZero",
        "property_reference": "propertyReference",
        "octorate_id": "octorateId",
        "push_import_id": "pushImportId",
        "cancel_penality": "cancelPenality",
        "payment_mode": "paymentMode",
        "connection_id": "connectionId",
        "count": "count",
        "currency": "currency",
        "extra": "extra",
        "group_name": "groupName",
        "rate_plan_id": "ratePlanId",
        "payment_expiration": "paymentExpiration",
        "rate_plan_variation": "ratePlanVariation",
        "house_keeping_notes": "houseKeepingNotes",
        "tag_label": "tagLabel",
        "agency_id": "agencyId",
        "invoice_holder_id": "invoiceHolderId",
        "note_time": "noteTime",
        "purpose": "purpose",
        "room_locked": "roomLocked",
        "checkin_clerk": "checkinClerk",
        "checkout_clerk": "checkoutClerk",
        "housekeeper_clerk": "housekeeperClerk",
        "deposit": "deposit",
        "technical_credit_card_change": "technicalCreditCardChange",
        "reservation_split_stream": "reservationSplitStream",
        "group_notes": "groupNotes",
        "flight": "flight",
        "police_guests": "policeGuests",
        "color": "color",
        "group_id": "groupId",
        "completed": "completed",
    },
)


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
