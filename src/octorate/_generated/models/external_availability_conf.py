from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.external_availability_conf_airbnb_checkin_category import (
    ExternalAvailabilityConfAirbnbCheckinCategory,
)
from ..models.external_availability_conf_week_day_checkin_item import (
    ExternalAvailabilityConfWeekDayCheckinItem,
)
from ..models.external_availability_conf_week_day_checkout_item import (
    ExternalAvailabilityConfWeekDayCheckoutItem,
)
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="ExternalAvailabilityConf")


@_attrs_define
class ExternalAvailabilityConf:
    """
    Attributes:
        airbnb_checkin_category (ExternalAvailabilityConfAirbnbCheckinCategory | Unset): The type of checkin (i.e. with
            doorman, with key, etc...)
        checkin_instruction (str | Unset): Checkin information for the customer
        advanced_notice (int | Unset): Minimum time required to book (in hours)
        default_min_stay (int | Unset): default value for minimum stay
        default_max_stay (int | Unset): default value for maximum stay
        week_day_checkin (list[ExternalAvailabilityConfWeekDayCheckinItem] | Unset): default week days checkin is
            allowed
        week_day_checkout (list[ExternalAvailabilityConfWeekDayCheckoutItem] | Unset): default week days checkout is
            allowed
        allow_rtb_maxstay (bool | Unset): RTB stands for "Request To Book", which is essentially bookings upon request.
            Here you can enable the RTB (if the portal support this behavior) after the minstay
    """

    airbnb_checkin_category: ExternalAvailabilityConfAirbnbCheckinCategory | Unset = UNSET
    checkin_instruction: str | Unset = UNSET
    advanced_notice: int | Unset = UNSET
    default_min_stay: int | Unset = UNSET
    default_max_stay: int | Unset = UNSET
    week_day_checkin: list[ExternalAvailabilityConfWeekDayCheckinItem] | Unset = UNSET
    week_day_checkout: list[ExternalAvailabilityConfWeekDayCheckoutItem] | Unset = UNSET
    allow_rtb_maxstay: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        airbnb_checkin_category: str | Unset = UNSET
        if not isinstance(self.airbnb_checkin_category, Unset):
            airbnb_checkin_category = self.airbnb_checkin_category.value

        checkin_instruction = self.checkin_instruction

        advanced_notice = self.advanced_notice

        default_min_stay = self.default_min_stay

        default_max_stay = self.default_max_stay

        week_day_checkin: list[str] | Unset = UNSET
        if not isinstance(self.week_day_checkin, Unset):
            week_day_checkin = []
            for week_day_checkin_item_data in self.week_day_checkin:
                week_day_checkin_item = week_day_checkin_item_data.value
                week_day_checkin.append(week_day_checkin_item)

        week_day_checkout: list[str] | Unset = UNSET
        if not isinstance(self.week_day_checkout, Unset):
            week_day_checkout = []
            for week_day_checkout_item_data in self.week_day_checkout:
                week_day_checkout_item = week_day_checkout_item_data.value
                week_day_checkout.append(week_day_checkout_item)

        allow_rtb_maxstay = self.allow_rtb_maxstay

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if airbnb_checkin_category is not UNSET:
            field_dict["airbnbCheckinCategory"] = airbnb_checkin_category
        if checkin_instruction is not UNSET:
            field_dict["checkinInstruction"] = checkin_instruction
        if advanced_notice is not UNSET:
            field_dict["advancedNotice"] = advanced_notice
        if default_min_stay is not UNSET:
            field_dict["defaultMinStay"] = default_min_stay
        if default_max_stay is not UNSET:
            field_dict["defaultMaxStay"] = default_max_stay
        if week_day_checkin is not UNSET:
            field_dict["weekDayCheckin"] = week_day_checkin
        if week_day_checkout is not UNSET:
            field_dict["weekDayCheckout"] = week_day_checkout
        if allow_rtb_maxstay is not UNSET:
            field_dict["allowRTBMaxstay"] = allow_rtb_maxstay

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _airbnb_checkin_category = d.pop("airbnbCheckinCategory", UNSET)
        airbnb_checkin_category: ExternalAvailabilityConfAirbnbCheckinCategory | Unset
        if isinstance(_airbnb_checkin_category, Unset):
            airbnb_checkin_category = UNSET
        else:
            airbnb_checkin_category = enum_member(
                ExternalAvailabilityConfAirbnbCheckinCategory, _airbnb_checkin_category
            )

        checkin_instruction = d.pop("checkinInstruction", UNSET)

        advanced_notice = d.pop("advancedNotice", UNSET)

        default_min_stay = d.pop("defaultMinStay", UNSET)

        default_max_stay = d.pop("defaultMaxStay", UNSET)

        _week_day_checkin = d.pop("weekDayCheckin", UNSET)
        week_day_checkin: list[ExternalAvailabilityConfWeekDayCheckinItem] | Unset = UNSET
        if _week_day_checkin is not UNSET:
            week_day_checkin = []
            for week_day_checkin_item_data in _week_day_checkin:
                week_day_checkin_item = enum_member(
                    ExternalAvailabilityConfWeekDayCheckinItem, week_day_checkin_item_data
                )

                week_day_checkin.append(week_day_checkin_item)

        _week_day_checkout = d.pop("weekDayCheckout", UNSET)
        week_day_checkout: list[ExternalAvailabilityConfWeekDayCheckoutItem] | Unset = UNSET
        if _week_day_checkout is not UNSET:
            week_day_checkout = []
            for week_day_checkout_item_data in _week_day_checkout:
                week_day_checkout_item = enum_member(
                    ExternalAvailabilityConfWeekDayCheckoutItem, week_day_checkout_item_data
                )

                week_day_checkout.append(week_day_checkout_item)

        allow_rtb_maxstay = d.pop("allowRTBMaxstay", UNSET)

        external_availability_conf = cls(
            airbnb_checkin_category=airbnb_checkin_category,
            checkin_instruction=checkin_instruction,
            advanced_notice=advanced_notice,
            default_min_stay=default_min_stay,
            default_max_stay=default_max_stay,
            week_day_checkin=week_day_checkin,
            week_day_checkout=week_day_checkout,
            allow_rtb_maxstay=allow_rtb_maxstay,
        )

        external_availability_conf.additional_properties = d
        return external_availability_conf

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
