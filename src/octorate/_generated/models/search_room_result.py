from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_room_discount import SearchRoomDiscount


T = TypeVar("T", bound="SearchRoomResult")


@_attrs_define
class SearchRoomResult:
    """
    Attributes:
        room (int | Unset): Product/Rate ID
        rate (int | Unset): Rate Id for BE Only
        visible_be (bool | Unset): Visible on Booking Engine
        name (str | Unset): Offer Name
        rate_plan_name (str | Unset): Rate Plan Name
        checkin (str | Unset): Checkin Date
        checkout (str | Unset): Checkout Date
        book_url (str | Unset): Booking url
        price (float | Unset): Final price
        availability (int | Unset): Current availability
        guests (int | Unset): Number of guests
        discount (SearchRoomDiscount | Unset): Discount applied
        booking_fee (float | Unset): The booking fee
        people_fee (float | Unset): The fees that depends on how many guest book
        other_fee (float | Unset): The fees that do not depends on previous criteria
        day_fee (float | Unset):
        hotel_fee (float | Unset): The hotel fee
        resort_fee (float | Unset):
        service_charge (float | Unset):
        breakfast_price (float | Unset):
        cleaning_price (float | Unset):
        local_tax (float | Unset):
        vat (float | Unset):
        net_rate (float | Unset): Price of the room without taxes
        base_price (float | Unset): Base price of the room (without extras)
        meal_code (str | Unset):
        free_cancellation (bool | Unset):
        payment_type (str | Unset): Returns if user is allowed to pay in place.
        currency (str | Unset):
        rooms_left (int | Unset):
        breakfast_included (bool | Unset):
        is_vat_included (bool | Unset): Indicates if VAT is included in the price
        min_deposit (float | Unset):
        cancellation_value (float | Unset):
        cancellation_policy (str | Unset):
        cancellation_free_days (int | Unset):
        bookable (bool | Unset):
        not_bookable_reason (str | Unset): Not bookable reason, so the reason why the result has avail zero or is not
            bookable
        min_stay (int | Unset): Min stay expected, if not bookable
        max_stay (int | Unset): Max stay expected, if not bookable
    """

    room: int | Unset = UNSET
    rate: int | Unset = UNSET
    visible_be: bool | Unset = UNSET
    name: str | Unset = UNSET
    rate_plan_name: str | Unset = UNSET
    checkin: str | Unset = UNSET
    checkout: str | Unset = UNSET
    book_url: str | Unset = UNSET
    price: float | Unset = UNSET
    availability: int | Unset = UNSET
    guests: int | Unset = UNSET
    discount: SearchRoomDiscount | Unset = UNSET
    booking_fee: float | Unset = UNSET
    people_fee: float | Unset = UNSET
    other_fee: float | Unset = UNSET
    day_fee: float | Unset = UNSET
    hotel_fee: float | Unset = UNSET
    resort_fee: float | Unset = UNSET
    service_charge: float | Unset = UNSET
    breakfast_price: float | Unset = UNSET
    cleaning_price: float | Unset = UNSET
    local_tax: float | Unset = UNSET
    vat: float | Unset = UNSET
    net_rate: float | Unset = UNSET
    base_price: float | Unset = UNSET
    meal_code: str | Unset = UNSET
    free_cancellation: bool | Unset = UNSET
    payment_type: str | Unset = UNSET
    currency: str | Unset = UNSET
    rooms_left: int | Unset = UNSET
    breakfast_included: bool | Unset = UNSET
    is_vat_included: bool | Unset = UNSET
    min_deposit: float | Unset = UNSET
    cancellation_value: float | Unset = UNSET
    cancellation_policy: str | Unset = UNSET
    cancellation_free_days: int | Unset = UNSET
    bookable: bool | Unset = UNSET
    not_bookable_reason: str | Unset = UNSET
    min_stay: int | Unset = UNSET
    max_stay: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room = self.room

        rate = self.rate

        visible_be = self.visible_be

        name = self.name

        rate_plan_name = self.rate_plan_name

        checkin = self.checkin

        checkout = self.checkout

        book_url = self.book_url

        price = self.price

        availability = self.availability

        guests = self.guests

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        booking_fee = self.booking_fee

        people_fee = self.people_fee

        other_fee = self.other_fee

        day_fee = self.day_fee

        hotel_fee = self.hotel_fee

        resort_fee = self.resort_fee

        service_charge = self.service_charge

        breakfast_price = self.breakfast_price

        cleaning_price = self.cleaning_price

        local_tax = self.local_tax

        vat = self.vat

        net_rate = self.net_rate

        base_price = self.base_price

        meal_code = self.meal_code

        free_cancellation = self.free_cancellation

        payment_type = self.payment_type

        currency = self.currency

        rooms_left = self.rooms_left

        breakfast_included = self.breakfast_included

        is_vat_included = self.is_vat_included

        min_deposit = self.min_deposit

        cancellation_value = self.cancellation_value

        cancellation_policy = self.cancellation_policy

        cancellation_free_days = self.cancellation_free_days

        bookable = self.bookable

        not_bookable_reason = self.not_bookable_reason

        min_stay = self.min_stay

        max_stay = self.max_stay

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if room is not UNSET:
            field_dict["room"] = room
        if rate is not UNSET:
            field_dict["rate"] = rate
        if visible_be is not UNSET:
            field_dict["visibleBe"] = visible_be
        if name is not UNSET:
            field_dict["name"] = name
        if rate_plan_name is not UNSET:
            field_dict["ratePlanName"] = rate_plan_name
        if checkin is not UNSET:
            field_dict["checkin"] = checkin
        if checkout is not UNSET:
            field_dict["checkout"] = checkout
        if book_url is not UNSET:
            field_dict["bookUrl"] = book_url
        if price is not UNSET:
            field_dict["price"] = price
        if availability is not UNSET:
            field_dict["availability"] = availability
        if guests is not UNSET:
            field_dict["guests"] = guests
        if discount is not UNSET:
            field_dict["discount"] = discount
        if booking_fee is not UNSET:
            field_dict["bookingFee"] = booking_fee
        if people_fee is not UNSET:
            field_dict["peopleFee"] = people_fee
        if other_fee is not UNSET:
            field_dict["otherFee"] = other_fee
        if day_fee is not UNSET:
            field_dict["dayFee"] = day_fee
        if hotel_fee is not UNSET:
            field_dict["hotelFee"] = hotel_fee
        if resort_fee is not UNSET:
            field_dict["resortFee"] = resort_fee
        if service_charge is not UNSET:
            field_dict["serviceCharge"] = service_charge
        if breakfast_price is not UNSET:
            field_dict["breakfastPrice"] = breakfast_price
        if cleaning_price is not UNSET:
            field_dict["cleaningPrice"] = cleaning_price
        if local_tax is not UNSET:
            field_dict["localTax"] = local_tax
        if vat is not UNSET:
            field_dict["vat"] = vat
        if net_rate is not UNSET:
            field_dict["netRate"] = net_rate
        if base_price is not UNSET:
            field_dict["basePrice"] = base_price
        if meal_code is not UNSET:
            field_dict["mealCode"] = meal_code
        if free_cancellation is not UNSET:
            field_dict["freeCancellation"] = free_cancellation
        if payment_type is not UNSET:
            field_dict["paymentType"] = payment_type
        if currency is not UNSET:
            field_dict["currency"] = currency
        if rooms_left is not UNSET:
            field_dict["roomsLeft"] = rooms_left
        if breakfast_included is not UNSET:
            field_dict["breakfastIncluded"] = breakfast_included
        if is_vat_included is not UNSET:
            field_dict["isVatIncluded"] = is_vat_included
        if min_deposit is not UNSET:
            field_dict["minDeposit"] = min_deposit
        if cancellation_value is not UNSET:
            field_dict["cancellationValue"] = cancellation_value
        if cancellation_policy is not UNSET:
            field_dict["cancellationPolicy"] = cancellation_policy
        if cancellation_free_days is not UNSET:
            field_dict["cancellationFreeDays"] = cancellation_free_days
        if bookable is not UNSET:
            field_dict["bookable"] = bookable
        if not_bookable_reason is not UNSET:
            field_dict["notBookableReason"] = not_bookable_reason
        if min_stay is not UNSET:
            field_dict["minStay"] = min_stay
        if max_stay is not UNSET:
            field_dict["maxStay"] = max_stay

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        room = d.pop("room", UNSET)

        rate = d.pop("rate", UNSET)

        visible_be = d.pop("visibleBe", UNSET)

        name = d.pop("name", UNSET)

        rate_plan_name = d.pop("ratePlanName", UNSET)

        checkin = d.pop("checkin", UNSET)

        checkout = d.pop("checkout", UNSET)

        book_url = d.pop("bookUrl", UNSET)

        price = d.pop("price", UNSET)

        availability = d.pop("availability", UNSET)

        guests = d.pop("guests", UNSET)

        _discount = d.pop("discount", UNSET)
        discount: SearchRoomDiscount | Unset
        if isinstance(_discount, Unset):
            discount = UNSET
        else:
            discount = SearchRoomDiscount.from_dict(_discount)

        booking_fee = d.pop("bookingFee", UNSET)

        people_fee = d.pop("peopleFee", UNSET)

        other_fee = d.pop("otherFee", UNSET)

        day_fee = d.pop("dayFee", UNSET)

        hotel_fee = d.pop("hotelFee", UNSET)

        resort_fee = d.pop("resortFee", UNSET)

        service_charge = d.pop("serviceCharge", UNSET)

        breakfast_price = d.pop("breakfastPrice", UNSET)

        cleaning_price = d.pop("cleaningPrice", UNSET)

        local_tax = d.pop("localTax", UNSET)

        vat = d.pop("vat", UNSET)

        net_rate = d.pop("netRate", UNSET)

        base_price = d.pop("basePrice", UNSET)

        meal_code = d.pop("mealCode", UNSET)

        free_cancellation = d.pop("freeCancellation", UNSET)

        payment_type = d.pop("paymentType", UNSET)

        currency = d.pop("currency", UNSET)

        rooms_left = d.pop("roomsLeft", UNSET)

        breakfast_included = d.pop("breakfastIncluded", UNSET)

        is_vat_included = d.pop("isVatIncluded", UNSET)

        min_deposit = d.pop("minDeposit", UNSET)

        cancellation_value = d.pop("cancellationValue", UNSET)

        cancellation_policy = d.pop("cancellationPolicy", UNSET)

        cancellation_free_days = d.pop("cancellationFreeDays", UNSET)

        bookable = d.pop("bookable", UNSET)

        not_bookable_reason = d.pop("notBookableReason", UNSET)

        min_stay = d.pop("minStay", UNSET)

        max_stay = d.pop("maxStay", UNSET)

        search_room_result = cls(
            room=room,
            rate=rate,
            visible_be=visible_be,
            name=name,
            rate_plan_name=rate_plan_name,
            checkin=checkin,
            checkout=checkout,
            book_url=book_url,
            price=price,
            availability=availability,
            guests=guests,
            discount=discount,
            booking_fee=booking_fee,
            people_fee=people_fee,
            other_fee=other_fee,
            day_fee=day_fee,
            hotel_fee=hotel_fee,
            resort_fee=resort_fee,
            service_charge=service_charge,
            breakfast_price=breakfast_price,
            cleaning_price=cleaning_price,
            local_tax=local_tax,
            vat=vat,
            net_rate=net_rate,
            base_price=base_price,
            meal_code=meal_code,
            free_cancellation=free_cancellation,
            payment_type=payment_type,
            currency=currency,
            rooms_left=rooms_left,
            breakfast_included=breakfast_included,
            is_vat_included=is_vat_included,
            min_deposit=min_deposit,
            cancellation_value=cancellation_value,
            cancellation_policy=cancellation_policy,
            cancellation_free_days=cancellation_free_days,
            bookable=bookable,
            not_bookable_reason=not_bookable_reason,
            min_stay=min_stay,
            max_stay=max_stay,
        )

        search_room_result.additional_properties = d
        return search_room_result

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
from ..models.search_room_discount import SearchRoomDiscount  # noqa: E402
