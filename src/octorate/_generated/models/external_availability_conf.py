from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
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


@_attrs_define
class ExternalAvailabilityConf(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_airbnb_checkin_category(
    d: Mapping[str, Any],
) -> ExternalAvailabilityConfAirbnbCheckinCategory | Unset:
    _airbnb_checkin_category = d.get("airbnbCheckinCategory", UNSET)
    airbnb_checkin_category: ExternalAvailabilityConfAirbnbCheckinCategory | Unset
    if isinstance(_airbnb_checkin_category, Unset):
        airbnb_checkin_category = UNSET
    else:
        airbnb_checkin_category = enum_member(
            ExternalAvailabilityConfAirbnbCheckinCategory, _airbnb_checkin_category
        )

    return airbnb_checkin_category


def _load_checkin_instruction(d: Mapping[str, Any]) -> str | Unset:
    return d.get("checkinInstruction", UNSET)


def _load_advanced_notice(d: Mapping[str, Any]) -> int | Unset:
    return d.get("advancedNotice", UNSET)


def _load_default_min_stay(d: Mapping[str, Any]) -> int | Unset:
    return d.get("defaultMinStay", UNSET)


def _load_default_max_stay(d: Mapping[str, Any]) -> int | Unset:
    return d.get("defaultMaxStay", UNSET)


def _load_week_day_checkin(
    d: Mapping[str, Any],
) -> list[ExternalAvailabilityConfWeekDayCheckinItem] | Unset:
    _week_day_checkin = d.get("weekDayCheckin", UNSET)
    week_day_checkin: list[ExternalAvailabilityConfWeekDayCheckinItem] | Unset = UNSET
    if _week_day_checkin is not UNSET:
        week_day_checkin = []
        for week_day_checkin_item_data in _week_day_checkin:
            week_day_checkin_item = enum_member(
                ExternalAvailabilityConfWeekDayCheckinItem, week_day_checkin_item_data
            )

            week_day_checkin.append(week_day_checkin_item)

    return week_day_checkin


def _load_week_day_checkout(
    d: Mapping[str, Any],
) -> list[ExternalAvailabilityConfWeekDayCheckoutItem] | Unset:
    _week_day_checkout = d.get("weekDayCheckout", UNSET)
    week_day_checkout: list[ExternalAvailabilityConfWeekDayCheckoutItem] | Unset = UNSET
    if _week_day_checkout is not UNSET:
        week_day_checkout = []
        for week_day_checkout_item_data in _week_day_checkout:
            week_day_checkout_item = enum_member(
                ExternalAvailabilityConfWeekDayCheckoutItem, week_day_checkout_item_data
            )

            week_day_checkout.append(week_day_checkout_item)

    return week_day_checkout


def _load_allow_rtb_maxstay(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("allowRTBMaxstay", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "airbnbCheckinCategory",
        "checkinInstruction",
        "advancedNotice",
        "defaultMinStay",
        "defaultMaxStay",
        "weekDayCheckin",
        "weekDayCheckout",
        "allowRTBMaxstay",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ExternalAvailabilityConf, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "airbnb_checkin_category" not in seen:
        _airbnb_checkin_category = d.get("airbnbCheckinCategory", UNSET)
        airbnb_checkin_category: ExternalAvailabilityConfAirbnbCheckinCategory | Unset
        if isinstance(_airbnb_checkin_category, Unset):
            airbnb_checkin_category = UNSET
        else:
            airbnb_checkin_category = enum_member(
                ExternalAvailabilityConfAirbnbCheckinCategory, _airbnb_checkin_category
            )

        _set(self, "airbnb_checkin_category", airbnb_checkin_category)
    if "checkin_instruction" not in seen:
        _set(self, "checkin_instruction", d.get("checkinInstruction", UNSET))
    if "advanced_notice" not in seen:
        _set(self, "advanced_notice", d.get("advancedNotice", UNSET))
    if "default_min_stay" not in seen:
        _set(self, "default_min_stay", d.get("defaultMinStay", UNSET))
    if "default_max_stay" not in seen:
        _set(self, "default_max_stay", d.get("defaultMaxStay", UNSET))
    if "week_day_checkin" not in seen:
        _week_day_checkin = d.get("weekDayCheckin", UNSET)
        week_day_checkin: list[ExternalAvailabilityConfWeekDayCheckinItem] | Unset = UNSET
        if _week_day_checkin is not UNSET:
            week_day_checkin = []
            for week_day_checkin_item_data in _week_day_checkin:
                week_day_checkin_item = enum_member(
                    ExternalAvailabilityConfWeekDayCheckinItem, week_day_checkin_item_data
                )

                week_day_checkin.append(week_day_checkin_item)

        _set(self, "week_day_checkin", week_day_checkin)
    if "week_day_checkout" not in seen:
        _week_day_checkout = d.get("weekDayCheckout", UNSET)
        week_day_checkout: list[ExternalAvailabilityConfWeekDayCheckoutItem] | Unset = UNSET
        if _week_day_checkout is not UNSET:
            week_day_checkout = []
            for week_day_checkout_item_data in _week_day_checkout:
                week_day_checkout_item = enum_member(
                    ExternalAvailabilityConfWeekDayCheckoutItem, week_day_checkout_item_data
                )

                week_day_checkout.append(week_day_checkout_item)

        _set(self, "week_day_checkout", week_day_checkout)
    if "allow_rtb_maxstay" not in seen:
        _set(self, "allow_rtb_maxstay", d.get("allowRTBMaxstay", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ExternalAvailabilityConf._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "airbnb_checkin_category": _load_airbnb_checkin_category,
        "checkin_instruction": _load_checkin_instruction,
        "advanced_notice": _load_advanced_notice,
        "default_min_stay": _load_default_min_stay,
        "default_max_stay": _load_default_max_stay,
        "week_day_checkin": _load_week_day_checkin,
        "week_day_checkout": _load_week_day_checkout,
        "allow_rtb_maxstay": _load_allow_rtb_maxstay,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "week_day_checkin",
        "week_day_checkout",
        "additional_properties",
    ),
    keys={
        "airbnb_checkin_category": "airbnbCheckinCategory",
        "checkin_instruction": "checkinInstruction",
        "advanced_notice": "advancedNotice",
        "default_min_stay": "defaultMinStay",
        "default_max_stay": "defaultMaxStay",
        "week_day_checkin": "weekDayCheckin",
        "week_day_checkout": "weekDayCheckout",
        "allow_rtb_maxstay": "allowRTBMaxstay",
    },
)
