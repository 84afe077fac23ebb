from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.external_reservation_conf_booking_policy import ExternalReservationConfBookingPolicy
from ..models.external_reservation_conf_homeaway_booking_policy import (
    ExternalReservationConfHomeawayBookingPolicy,
)
from ..models.external_reservation_conf_instant_booking_category import (
    ExternalReservationConfInstantBookingCategory,
)
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="ExternalReservationConf")


@_attrs_define
class ExternalReservationConf:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        children_extra_price = d.pop("childrenExtraPrice")

        checkin_time_start = d.pop("checkinTimeStart")

        checkin_time_end = d.pop("checkinTimeEnd")

        children_allowed = d.pop("childrenAllowed", UNSET)

        children_quantity = d.pop("childrenQuantity", UNSET)

        children_max_age = d.pop("childrenMaxAge", UNSET)

        no_children_reason = d.pop("noChildrenReason", UNSET)

        smokers_allowed = d.pop("smokersAllowed", UNSET)

        pets_allowed = d.pop("petsAllowed", UNSET)

        events_allowed = d.pop("eventsAllowed", UNSET)

        infants_allowed = d.pop("infantsAllowed", UNSET)

        welcome_message = d.pop("welcomeMessage", UNSET)

        _instant_booking_category = d.pop("instantBookingCategory", UNSET)
        instant_booking_category: ExternalReservationConfInstantBookingCategory | Unset
        if isinstance(_instant_booking_category, Unset):
            instant_booking_category = UNSET
        else:
            instant_booking_category = enum_member(
                ExternalReservationConfInstantBookingCategory, _instant_booking_category
            )

        notice_hours = d.pop("noticeHours", UNSET)

        mininum_age = d.pop("mininumAge", UNSET)

        _homeaway_booking_policy = d.pop("homeawayBookingPolicy", UNSET)
        homeaway_booking_policy: ExternalReservationConfHomeawayBookingPolicy | Unset
        if isinstance(_homeaway_booking_policy, Unset):
            homeaway_booking_policy = UNSET
        else:
            homeaway_booking_policy = enum_member(
                ExternalReservationConfHomeawayBookingPolicy, _homeaway_booking_policy
            )

        checkout_time = d.pop("checkoutTime", UNSET)

        _booking_policy = d.pop("bookingPolicy", UNSET)
        booking_policy: ExternalReservationConfBookingPolicy | Unset
        if isinstance(_booking_policy, Unset):
            booking_policy = UNSET
        else:
            booking_policy = enum_member(ExternalReservationConfBookingPolicy, _booking_policy)

        external_reservation_conf = cls(
            children_extra_price=children_extra_price,
            checkin_time_start=checkin_time_start,
            checkin_time_end=checkin_time_end,
            children_allowed=children_allowed,
            children_quantity=children_quantity,
            children_max_age=children_max_age,
            no_children_reason=no_children_reason,
            smokers_allowed=smokers_allowed,
            pets_allowed=pets_allowed,
            events_allowed=events_allowed,
            infants_allowed=infants_allowed,
            welcome_message=welcome_message,
            instant_booking_category=instant_booking_category,
            notice_hours=notice_hours,
            mininum_age=mininum_age,
            homeaway_booking_policy=homeaway_booking_policy,
            checkout_time=checkout_time,
            booking_policy=booking_policy,
        )

        external_reservation_conf.additional_properties = d
        return external_reservation_conf

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
