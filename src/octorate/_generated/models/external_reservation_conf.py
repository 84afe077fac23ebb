from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.external_reservation_conf_booking_policy import ExternalReservationConfBookingPolicy
from ..models.external_reservation_conf_homeaway_booking_policy import (
    ExternalReservationConfHomeawayBookingPolicy,
)
from ..models.external_reservation_conf_instant_booking_category import (
    ExternalReservationConfInstantBookingCategory,
)
from ..types import UNSET, Unset, enum_member


@_attrs_define
class ExternalReservationConf(LazyModel):
    """
    Attributes:
        children_extra_price (float):
        checkin_time_start (int):
        checkin_time_end (int):
        children_allowed (bool | Unset):
        children_quantity (int | Unset):
        children_max_age (int | Unset):
        no_children_reason (str | Unset):
        smokers_allowed (bool | Unset):  Default: False.
        pets_allowed (bool | Unset):  Default: False.
        events_allowed (bool | Unset):  Default: False.
        infants_allowed (bool | Unset):  Default: False.
        welcome_message (str | Unset): Welcome message for instant bookings Example: My dear guest, I looking forward to
            have you in my home!.
        instant_booking_category (ExternalReservationConfInstantBookingCategory | Unset): Special field for Airbnb that
            describes a requirement in instant bookings
        notice_hours (int | Unset): Notice hour for reservations
        mininum_age (int | Unset):
        homeaway_booking_policy (ExternalReservationConfHomeawayBookingPolicy | Unset):
        checkout_time (int | Unset):
        booking_policy (ExternalReservationConfBookingPolicy | Unset): External Booking Policy for the listing: Whether
            reservation is immediately confirmed or not
    """

    children_extra_price: float
    checkin_time_start: int
    checkin_time_end: int
    children_allowed: bool | Unset = UNSET
    children_quantity: int | Unset = UNSET
    children_max_age: int | Unset = UNSET
    no_children_reason: str | Unset = UNSET
    smokers_allowed: bool | Unset = False
    pets_allowed: bool | Unset = False
    events_allowed: bool | Unset = False
    infants_allowed: bool | Unset = False
    welcome_message: str | Unset = UNSET
    instant_booking_category: ExternalReservationConfInstantBookingCategory | Unset = UNSET
    notice_hours: int | Unset = UNSET
    mininum_age: int | Unset = UNSET
    homeaway_booking_policy: ExternalReservationConfHomeawayBookingPolicy | Unset = UNSET
    checkout_time: int | Unset = UNSET
    booking_policy: ExternalReservationConfBookingPolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        children_extra_price = self.children_extra_price

        checkin_time_start = self.checkin_time_start

        checkin_time_end = self.checkin_time_end

        children_allowed = self.children_allowed

        children_quantity = self.children_quantity

        children_max_age = self.children_max_age

        no_children_reason = self.no_children_reason

        smokers_allowed = self.smokers_allowed

        pets_allowed = self.pets_allowed

        events_allowed = self.events_allowed

        infants_allowed = self.infants_allowed

        welcome_message = self.welcome_message

        instant_booking_category: str | Unset = UNSET
        if not isinstance(self.instant_booking_category, Unset):
            instant_booking_category = self.instant_booking_category.value

        notice_hours = self.notice_hours

        mininum_age = self.mininum_age

        homeaway_booking_policy: str | Unset = UNSET
        if not isinstance(self.homeaway_booking_policy, Unset):
            homeaway_booking_policy = self.homeaway_booking_policy.value

        checkout_time = self.checkout_time

        booking_policy: str | Unset = UNSET
        if not isinstance(self.booking_policy, Unset):
            booking_policy = self.booking_policy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "childrenExtraPrice": children_extra_price,
                "checkinTimeStart": checkin_time_start,
                "checkinTimeEnd": checkin_time_end,
            }
        )
        if children_allowed is not UNSET:
            field_dict["childrenAllowed"] = children_allowed
        if children_quantity is not UNSET:
            field_dict["childrenQuantity"] = children_quantity
        if children_max_age is not UNSET:
            field_dict["childrenMaxAge"] = children_max_age
        if no_children_reason is not UNSET:
            field_dict["noChildrenReason"] = no_children_reason
        if smokers_allowed is not UNSET:
            field_dict["smokersAllowed"] = smokers_allowed
        if pets_allowed is not UNSET:
            field_dict["petsAllowed"] = pets_allowed
        if events_allowed is not UNSET:
            field_dict["eventsAllowed"] = events_allowed
        if infants_allowed is not UNSET:
            field_dict["infantsAllowed"] = infants_allowed
        if welcome_message is not UNSET:
            field_dict["welcomeMessage"] = welcome_message
        if instant_booking_category is not UNSET:
            field_dict["instantBookingCategory"] = instant_booking_category
        if notice_hours is not UNSET:
            field_dict["noticeHours"] = notice_hours
        if mininum_age is not UNSET:
            field_dict["mininumAge"] = mininum_age
        if homeaway_booking_policy is not UNSET:
            field_dict["homeawayBookingPolicy"] = homeaway_booking_policy
        if checkout_time is not UNSET:
            field_dict["checkoutTime"] = checkout_time
        if booking_policy is not UNSET:
            field_dict["bookingPolicy"] = booking_policy

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


def _load_children_extra_price(d: Mapping[str, Any]) -> float:
    return d["childrenExtraPrice"]


def _load_checkin_time_start(d: Mapping[str, Any]) -> int:
    return d["checkinTimeStart"]


def _load_checkin_time_end(d: Mapping[str, Any]) -> int:
    return d["checkinTimeEnd"]


def _load_children_allowed(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("childrenAllowed", UNSET)


def _load_children_quantity(d: Mapping[str, Any]) -> int | Unset:
    return d.get("childrenQuantity", UNSET)


def _load_children_max_age(d: Mapping[str, Any]) -> int | Unset:
    return d.get("childrenMaxAge", UNSET)


def _load_no_children_reason(d: Mapping[str, Any]) -> str | Unset:
    return d.get("noChildrenReason", UNSET)


def _load_smokers_allowed(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("smokersAllowed", UNSET)


def _load_pets_allowed(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("petsAllowed", UNSET)


def _load_events_allowed(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("eventsAllowed", UNSET)


def _load_infants_allowed(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("infantsAllowed", UNSET)


def _load_welcome_message(d: Mapping[str, Any]) -> str | Unset:
    return d.get("welcomeMessage", UNSET)


def _load_instant_booking_category(
    d: Mapping[str, Any],
) -> ExternalReservationConfInstantBookingCategory | Unset:
    _instant_booking_category = d.get("instantBookingCategory", UNSET)
    instant_booking_category: ExternalReservationConfInstantBookingCategory | Unset
    if isinstance(_instant_booking_category, Unset):
        instant_booking_category = UNSET
    else:
        instant_booking_category = enum_member(
            ExternalReservationConfInstantBookingCategory, _instant_booking_category
        )

    return instant_booking_category


def _load_notice_hours(d: Mapping[str, Any]) -> int | Unset:
    return d.get("noticeHours", UNSET)


def _load_mininum_age(d: Mapping[str, Any]) -> int | Unset:
    return d.get("mininumAge", UNSET)


def _load_homeaway_booking_policy(
    d: Mapping[str, Any],
) -> ExternalReservationConfHomeawayBookingPolicy | Unset:
    _homeaway_booking_policy = d.get("homeawayBookingPolicy", UNSET)
    homeaway_booking_policy: ExternalReservationConfHomeawayBookingPolicy | Unset
    if isinstance(_homeaway_booking_policy, Unset):
        homeaway_booking_policy = UNSET
    else:
        homeaway_booking_policy = enum_member(
            ExternalReservationConfHomeawayBookingPolicy, _homeaway_booking_policy
        )

    return homeaway_booking_policy


def _load_checkout_time(d: Mapping[str, Any]) -> int | Unset:
    return d.get("checkoutTime", UNSET)


def _load_booking_policy(d: Mapping[str, Any]) -> ExternalReservationConfBookingPolicy | Unset:
    _booking_policy = d.get("bookingPolicy", UNSET)
    booking_policy: ExternalReservationConfBookingPolicy | Unset
    if isinstance(_booking_policy, Unset):
        booking_policy = UNSET
    else:
        booking_policy = enum_member(ExternalReservationConfBookingPolicy, _booking_policy)

    return booking_policy


_KNOWN_KEYS = frozenset(
    (
        "childrenExtraPrice",
        "checkinTimeStart",
        "checkinTimeEnd",
        "childrenAllowed",
        "childrenQuantity",
        "childrenMaxAge",
        "noChildrenReason",
        "smokersAllowed",
        "petsAllowed",
        "eventsAllowed",
        "infantsAllowed",
        "welcomeMessage",
        "instantBookingCategory",
        "noticeHours",
        "mininumAge",
        "homeawayBookingPolicy",
        "checkoutTime",
        "bookingPolicy",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ExternalReservationConf, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "children_extra_price" not in seen:
        _set(self, "children_extra_price", d["childrenExtraPrice"])
    if "checkin_time_start" not in seen:
        _set(self, "checkin_time_start", d["checkinTimeStart"])
    if "checkin_time_end" not in seen:
        _set(self, "checkin_time_end", d["checkinTimeEnd"])
    if "children_allowed" not in seen:
        _set(self, "children_allowed", d.get("childrenAllowed", UNSET))
    if "children_quantity" not in seen:
        _set(self, "children_quantity", d.get("childrenQuantity", UNSET))
    if "children_max_age" not in seen:
        _set(self, "children_max_age", d.get("childrenMaxAge", UNSET))
    if "no_children_reason" not in seen:
        _set(self, "no_children_reason", d.get("noChildrenReason", UNSET))
    if "smokers_allowed" not in seen:
        _set(self, "smokers_allowed", d.get("smokersAllowed", UNSET))
    if "pets_allowed" not in seen:
        _set(self, "pets_allowed", d.get("petsAllowed", UNSET))
    if "events_allowed" not in seen:
        _set(self, "events_allowed", d.get("eventsAllowed", UNSET))
    if "infants_allowed" not in seen:
        _set(self, "infants_allowed", d.get("infantsAllowed", UNSET))
    if "welcome_message" not in seen:
        _set(self, "welcome_message", d.get("welcomeMessage", UNSET))
    if "instant_booking_category" not in seen:
        _instant_booking_category = d.get("instantBookingCategory", UNSET)
        instant_booking_category: ExternalReservationConfInstantBookingCategory | Unset
        if isinstance(_instant_booking_category, Unset):
            instant_booking_category = UNSET
        else:
            instant_booking_category = enum_member(
                ExternalReservationConfInstantBookingCategory, _instant_booking_category
            )

        _set(self, "instant_booking_category", instant_booking_category)
    if "notice_hours" not in seen:
        _set(self, "notice_hours", d.get("noticeHours", UNSET))
    if "mininum_age" not in seen:
        _set(self, "mininum_age", d.get("mininumAge", UNSET))
    if "homeaway_booking_policy" not in seen:
        _homeaway_booking_policy = d.get("homeawayBookingPolicy", UNSET)
        homeaway_booking_policy: ExternalReservationConfHomeawayBookingPolicy | Unset
        if isinstance(_homeaway_booking_policy, Unset):
            homeaway_booking_policy = UNSET
        else:
            homeaway_booking_policy = enum_member(
                ExternalReservationConfHomeawayBookingPolicy, _homeaway_booking_policy
            )

        _set(self, "homeaway_booking_policy", homeaway_booking_policy)
    if "checkout_time" not in seen:
        _set(self, "checkout_time", d.get("checkoutTime", UNSET))
    if "booking_policy" not in seen:
        _booking_policy = d.get("bookingPolicy", UNSET)
        booking_policy: ExternalReservationConfBookingPolicy | Unset
        if isinstance(_booking_policy, Unset):
            booking_policy = UNSET
        else:
            booking_policy = enum_member(ExternalReservationConfBookingPolicy, _booking_policy)

        _set(self, "booking_policy", booking_policy)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ExternalReservationConf._octorate_fields = FieldTable(
    required=frozenset(
        (
            "childrenExtraPrice",
            "checkinTimeStart",
            "checkinTimeEnd",
        )
    ),
    loaders={
        "children_extra_price": _load_children_extra_price,
        "checkin_time_start": _load_checkin_time_start,
        "checkin_time_end": _load_checkin_time_end,
        "children_allowed": _load_children_allowed,
        "children_quantity": _load_children_quantity,
        "children_max_age": _load_children_max_age,
        "no_children_reason": _load_no_children_reason,
        "smokers_allowed": _load_smokers_allowed,
        "pets_allowed": _load_pets_allowed,
        "events_allowed": _load_events_allowed,
        "infants_allowed": _load_infants_allowed,
        "welcome_message": _load_welcome_message,
        "instant_booking_category": _load_instant_booking_category,
        "notice_hours": _load_notice_hours,
        "mininum_age": _load_mininum_age,
        "homeaway_booking_policy": _load_homeaway_booking_policy,
        "checkout_time": _load_checkout_time,
        "booking_policy": _load_booking_policy,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "children_extra_price": "childrenExtraPrice",
        "checkin_time_start": "checkinTimeStart",
        "checkin_time_end": "checkinTimeEnd",
        "children_allowed": "childrenAllowed",
        "children_quantity": "childrenQuantity",
        "children_max_age": "childrenMaxAge",
        "no_children_reason": "noChildrenReason",
        "smokers_allowed": "smokersAllowed",
        "pets_allowed": "petsAllowed",
        "events_allowed": "eventsAllowed",
        "infants_allowed": "infantsAllowed",
        "welcome_message": "welcomeMessage",
        "instant_booking_category": "instantBookingCategory",
        "notice_hours": "noticeHours",
        "mininum_age": "mininumAge",
        "homeaway_booking_policy": "homeawayBookingPolicy",
        "checkout_time": "checkoutTime",
        "booking_policy": "bookingPolicy",
    },
)
