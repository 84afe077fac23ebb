from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_room_discount import SearchRoomDiscount


@_attrs_define
class SearchRoomResult(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_room(d: Mapping[str, Any]) -> int | Unset:
    return d.get("room", UNSET)


def _load_rate(d: Mapping[str, Any]) -> int | Unset:
    return d.get("rate", UNSET)


def _load_visible_be(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("visibleBe", UNSET)


def _load_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("name", UNSET)


def _load_rate_plan_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("ratePlanName", UNSET)


def _load_checkin(d: Mapping[str, Any]) -> str | Unset:
    return d.get("checkin", UNSET)


def _load_checkout(d: Mapping[str, Any]) -> str | Unset:
    return d.get("checkout", UNSET)


def _load_book_url(d: Mapping[str, Any]) -> str | Unset:
    return d.get("bookUrl", UNSET)


def _load_price(d: Mapping[str, Any]) -> float | Unset:
    return d.get("price", UNSET)


def _load_availability(d: Mapping[str, Any]) -> int | Unset:
    return d.get("availability", UNSET)


def _load_guests(d: Mapping[str, Any]) -> int | Unset:
    return d.get("guests", UNSET)


def _load_discount(d: Mapping[str, Any]) -> SearchRoomDiscount | Unset:
    _discount = d.get("discount", UNSET)
    discount: SearchRoomDiscount | Unset
    if isinstance(_discount, Unset):
        discount = UNSET
    else:
        discount = SearchRoomDiscount._from_json(_discount)

    return discount


def _load_booking_fee(d: Mapping[str, Any]) -> float | Unset:
    return d.get("bookingFee", UNSET)


def _load_people_fee(d: Mapping[str, Any]) -> float | Unset:
    return d.get("peopleFee", UNSET)


def _load_other_fee(d: Mapping[str, Any]) -> float | Unset:
    return d.get("otherFee", UNSET)


def _load_day_fee(d: Mapping[str, Any]) -> float | Unset:
    return d.get("dayFee", UNSET)


def _load_hotel_fee(d: Mapping[str, Any]) -> float | Unset:
    return d.get("hotelFee", UNSET)


def _load_resort_fee(d: Mapping[str, Any]) -> float | Unset:
    return d.get("resortFee", UNSET)


def _load_service_charge(d: Mapping[str, Any]) -> float | Unset:
    return d.get("serviceCharge", UNSET)


def _load_breakfast_price(d: Mapping[str, Any]) -> float | Unset:
    return d.get("breakfastPrice", UNSET)


def _load_cleaning_price(d: Mapping[str, Any]) -> float | Unset:
    return d.get("cleaningPrice", UNSET)


def _load_local_tax(d: Mapping[str, Any]) -> float | Unset:
    return d.get("localTax", UNSET)


def _load_vat(d: Mapping[str, Any]) -> float | Unset:
    return d.get("vat", UNSET)


def _load_net_rate(d: Mapping[str, Any]) -> float | Unset:
    return d.get("netRate", UNSET)


def _load_base_price(d: Mapping[str, Any]) -> float | Unset:
    return d.get("basePrice", UNSET)


def _load_meal_code(d: Mapping[str, Any]) -> str | Unset:
    return d.get("mealCode", UNSET)


def _load_free_cancellation(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("freeCancellation", UNSET)


def _load_payment_type(d: Mapping[str, Any]) -> str | Unset:
    return d.get("paymentType", UNSET)


def _load_currency(d: Mapping[str, Any]) -> str | Unset:
    return d.get("currency", UNSET)


def _load_rooms_left(d: Mapping[str, Any]) -> int | Unset:
    return d.get("roomsLeft", UNSET)


def _load_breakfast_included(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("breakfastIncluded", UNSET)


def _load_is_vat_included(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("isVatIncluded", UNSET)


def _load_min_deposit(d: Mapping[str, Any]) -> float | Unset:
    return d.get("minDeposit", UNSET)


def _load_cancellation_value(d: Mapping[str, Any]) -> float | Unset:
    return d.get("cancellationValue", UNSET)


def _load_cancellation_policy(d: Mapping[str, Any]) -> str | Unset:
    return d.get("cancellationPolicy", UNSET)


def _load_cancellation_free_days(d: Mapping[str, Any]) -> int | Unset:
    return d.get("cancellationFreeDays", UNSET)


def _load_bookable(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("bookable", UNSET)


def _load_not_bookable_reason(d: Mapping[str, Any]) -> str | Unset:
    return d.get("notBookableReason", UNSET)


def _load_min_stay(d: Mapping[str, Any]) -> int | Unset:
    return d.get("minStay", UNSET)


def _load_max_stay(d: Mapping[str, Any]) -> int | Unset:
    return d.get("maxStay", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "room",
        "rate",
        "visibleBe",
        "name",
        "ratePlanName",
        "checkin",
        "checkout",
        "bookUrl",
        "price",
        "availability",
        "guests",
        "discount",
        "bookingFee",
        "peopleFee",
        "otherFee",
        "dayFee",
        "hotelFee",
        "resortFee",
        "serviceCharge",
        "breakfastPrice",
        "cleaningPrice",
        "localTax",
        "vat",
        "netRate",
        "basePrice",
        "mealCode",
        "freeCancellation",
        "paymentType",
        "currency",
        "roomsLeft",
        "breakfastIncluded",
        "isVatIncluded",
        "minDeposit",
        "cancellationValue",
        "cancellationPolicy",
        "cancellationFreeDays",
        "bookable",
        "notBookableReason",
        "minStay",
        "maxStay",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: SearchRoomResult, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "room" not in seen:
        _set(self, "room", d.get("room", UNSET))
    if "rate" not in seen:
        _set(self, "rate", d.get("rate", UNSET))
    if "visible_be" not in seen:
        _set(self, "visible_be", d.get("visibleBe", UNSET))
    if "name" not in seen:
        _set(self, "name", d.get("name", UNSET))
    if "rate_plan_name" not in seen:
        _set(self, "rate_plan_name", d.get("ratePlanName", UNSET))
    if "checkin" not in seen:
        _set(self, "checkin", d.get("checkin", UNSET))
    if "checkout" not in seen:
        _set(self, "checkout", d.get("checkout", UNSET))
    if "book_url" not in seen:
        _set(self, "book_url", d.get("bookUrl", UNSET))
    if "price" not in seen:
        _set(self, "price", d.get("price", UNSET))
    if "availability" not in seen:
        _set(self, "availability", d.get("availability", UNSET))
    if "guests" not in seen:
        _set(self, "guests", d.get("guests", UNSET))
    if "discount" not in seen:
        _discount = d.get("discount", UNSET)
        discount: SearchRoomDiscount | Unset
        if isinstance(_discount, Unset):
            discount = UNSET
        else:
            discount = SearchRoomDiscount._from_json(_discount)

        _set(self, "discount", discount)
    if "booking_fee" not in seen:
        _set(self, "booking_fee", d.get("bookingFee", UNSET))
    if "people_fee" not in seen:
        _set(self, "people_fee", d.get("peopleFee", UNSET))
    if "other_fee" not in seen:
        _set(self, "other_fee", d.get("otherFee", UNSET))
    if "day_fee" not in seen:
        _set(self, "day_fee", d.get("dayFee", UNSET))
    if "hotel_fee" not in seen:
        _set(self, "hotel_fee", d.get("hotelFee", UNSET))
    if "resort_fee" not in seen:
        _set(self, "resort_fee", d.get("resortFee", UNSET))
    if "service_charge" not in seen:
        _set(self, "service_charge", d.get("serviceCharge", UNSET))
    if "breakfast_price" not in seen:
        _set(self, "breakfast_price", d.get("breakfastPrice", UNSET))
    if "cleaning_price" not in seen:
        _set(self, "cleaning_price", d.get("cleaningPrice", UNSET))
    if "local_tax" not in seen:
        _set(self, "local_tax", d.get("localTax", UNSET))
    if "vat" not in seen:
        _set(self, "vat", d.get("vat", UNSET))
    if "net_rate" not in seen:
        _set(self, "net_rate", d.get("netRate", UNSET))
    if "base_price" not in seen:
        _set(self, "base_price", d.get("basePrice", UNSET))
    if "meal_code" not in seen:
        _set(self, "meal_code", d.get("mealCode", UNSET))
    if "free_cancellation" not in seen:
        _set(self, "free_cancellation", d.get("freeCancellation", UNSET))
    if "payment_type" not in seen:
        _set(self, "payment_type", d.get("paymentType", UNSET))
    if "currency" not in seen:
        _set(self, "currency", d.get("currency", UNSET))
    if "rooms_left" not in seen:
        _set(self, "rooms_left", d.get("roomsLeft", UNSET))
    if "breakfast_included" not in seen:
        _set(self, "breakfast_included", d.get("breakfastIncluded", UNSET))
    if "is_vat_included" not in seen:
        _set(self, "is_vat_included", d.get("isVatIncluded", UNSET))
    if "min_deposit" not in seen:
        _set(self, "min_deposit", d.get("minDeposit", UNSET))
    if "cancellation_value" not in seen:
        _set(self, "cancellation_value", d.get("cancellationValue", UNSET))
    if "cancellation_policy" not in seen:
        _set(self, "cancellation_policy", d.get("cancellationPolicy", UNSET))
    if "cancellation_free_days" not in seen:
        _set(self, "cancellation_free_days", d.get("cancellationFreeDays", UNSET))
    if "bookable" not in seen:
        _set(self, "bookable", d.get("bookable", UNSET))
    if "not_bookable_reason" not in seen:
        _set(self, "not_bookable_reason", d.get("notBookableReason", UNSET))
    if "min_stay" not in seen:
        _set(self, "min_stay", d.get("minStay", UNSET))
    if "max_stay" not in seen:
        _set(self, "max_stay", d.get("maxStay", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


SearchRoomResult._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "room": _load_room,
        "rate": _load_rate,
        "visible_be": _load_visible_be,
        "name": _load_name,
        "rate_plan_name": _load_rate_plan_name,
        "checkin": _load_checkin,
        "checkout": _load_checkout,
        "book_url": _load_book_url,
        "price": _load_price,
        "availability": _load_availability,
        "guests": _load_guests,
        "discount": _load_discount,
        "booking_fee": _load_booking_fee,
        "people_fee": _load_people_fee,
        "other_fee": _load_other_fee,
        "day_fee": _load_day_fee,
        "hotel_fee": _load_hotel_fee,
        "resort_fee": _load_resort_fee,
        "service_charge": _load_service_charge,
        "breakfast_price": _load_breakfast_price,
        "cleaning_price": _load_cleaning_price,
        "local_tax": _load_local_tax,
        "vat": _load_vat,
        "net_rate": _load_net_rate,
        "base_price": _load_base_price,
        "meal_code": _load_meal_code,
        "free_cancellation": _load_free_cancellation,
        "payment_type": _load_payment_type,
        "currency": _load_currency,
        "rooms_left": _load_rooms_left,
        "breakfast_included": _load_breakfast_included,
        "is_vat_included": _load_is_vat_included,
        "min_deposit": _load_min_deposit,
        "cancellation_value": _load_cancellation_value,
        "cancellation_policy": _load_cancellation_policy,
        "cancellation_free_days": _load_cancellation_free_days,
        "bookable": _load_bookable,
        "not_bookable_reason": _load_not_bookable_reason,
        "min_stay": _load_min_stay,
        "max_stay": _load_max_stay,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "discount",
        "additional_properties",
    ),
    keys={
        "room": "room",
        "rate": "rate",
        "visible_be": "visibleBe",
        "name": "name",
        "rate_plan_name": "ratePlanName",
        "checkin": "checkin",
        "checkout": "checkout",
        "book_url": "bookUrl",
        "price": "price",
        "availability": "availability",
        "guests": "guests",
        "discount": "discount",
        "booking_fee": "bookingFee",
        "people_fee": "peopleFee",
        "other_fee": "otherFee",
        "day_fee": "dayFee",
        "hotel_fee": "hotelFee",
        "resort_fee": "resortFee",
        "service_charge": "serviceCharge",
        "breakfast_price": "breakfastPrice",
        "cleaning_price": "cleaningPrice",
        "local_tax": "localTax",
        "vat": "vat",
        "net_rate": "netRate",
        "base_price": "basePrice",
        "meal_code": "mealCode",
        "free_cancellation": "freeCancellation",
        "payment_type": "paymentType",
        "currency": "currency",
        "rooms_left": "roomsLeft",
        "breakfast_included": "breakfastIncluded",
        "is_vat_included": "isVatIncluded",
        "min_deposit": "minDeposit",
        "cancellation_value": "cancellationValue",
        "cancellation_policy": "cancellationPolicy",
        "cancellation_free_days": "cancellationFreeDays",
        "bookable": "bookable",
        "not_bookable_reason": "notBookableReason",
        "min_stay": "minStay",
        "max_stay": "maxStay",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.search_room_discount import SearchRoomDiscount  # noqa: E402
