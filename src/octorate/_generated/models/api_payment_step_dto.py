from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_payment_step_dto_calculate_values_item import ApiPaymentStepDTOCalculateValuesItem
from ..models.api_payment_step_dto_filter_pay_mode_item import ApiPaymentStepDTOFilterPayModeItem
from ..models.api_payment_step_dto_step_type import ApiPaymentStepDTOStepType
from ..types import UNSET, Unset, enum_member, parse_datetime

if TYPE_CHECKING:
    from ..models.api_payment_step_dto_cancellation_detail import (
        ApiPaymentStepDTOCancellationDetail,
    )
    from ..models.api_payment_step_dto_cancellation_title import ApiPaymentStepDTOCancellationTitle


@_attrs_define
class ApiPaymentStepDTO(LazyModel):
    """Cancellation Policy / Payment Policy

    Attributes:
        step_type (ApiPaymentStepDTOStepType): Payment Step Type Example: CANCELLATION.
        accommodation_id (str): Id of the accommodation Example: 123456.
        title (str):  Example: Refundable 30 days.
        id (int | Unset): Id of the payment step Example: 12.
        disabled (bool | Unset): Indicates if the payment step is disabled Example: True.
        codice (str | Unset): Indicates the code of accommodation Example: 123456.
        ignore_rate_plan (bool | Unset): True if this step is ignored by rate plan
        days (int | Unset): Number of days for the condition Example: 30.
        before_checkin (bool | Unset): True if the condition is before check-in Example: True.
        not_refundable (bool | Unset): True if the condition is non-refundable Example: True.
        new_reservations (bool | Unset): True if the rule applies only to new reservations Example: True.
        charge_credit_card (bool | Unset): True if the credit card will be charged Example: True.
        value_fixed (float | Unset): Fixed value to charge Example: 100.0.
        value_percent (int | Unset): Percentage value to charge Example: 50.
        value_nights (int | Unset): Number of nights to charge Example: 2.
        template_id (int | Unset): ID of the template used Example: 101.
        template_notify (int | Unset): ID of the notification template Example: 102.
        checkin_from (datetime.datetime | Unset): Start date of valid check-in
        checkin_to (datetime.datetime | Unset): End date of valid check-in
        created_from (datetime.datetime | Unset): Start date when the rule is active
        created_to (datetime.datetime | Unset): End date when the rule is active
        vcc (bool | Unset): True if Virtual Credit Card is supported Example: True.
        hour (str | Unset): Specific hour for applying the rule Example: 16:00.
        room_ids (list[str] | Unset): List of room IDs the rule applies to
        portal_names (list[str] | Unset): List of portal names the rule applies to
        filter_pay_mode (list[ApiPaymentStepDTOFilterPayModeItem] | Unset): List of payment modes the rule filters
        calculate_values (list[ApiPaymentStepDTOCalculateValuesItem] | Unset): List of values used for calculation
        cancellation_title (ApiPaymentStepDTOCancellationTitle | Unset): Localized titles for cancellation policies
        cancellation_detail (ApiPaymentStepDTOCancellationDetail | Unset): Localized details for cancellation policies
        refund_after_days (int | Unset): The number of days after which the reservation will be refunded Example: 30.
    """

    step_type: ApiPaymentStepDTOStepType
    accommodation_id: str
    title: str
    id: int | Unset = UNSET
    disabled: bool | Unset = UNSET
    codice: str | Unset = UNSET
    ignore_rate_plan: bool | Unset = UNSET
    days: int | Unset = UNSET
    before_checkin: bool | Unset = UNSET
    not_refundable: bool | Unset = UNSET
    new_reservations: bool | Unset = UNSET
    charge_credit_card: bool | Unset = UNSET
    value_fixed: float | Unset = UNSET
    value_percent: int | Unset = UNSET
    value_nights: int | Unset = UNSET
    template_id: int | Unset = UNSET
    template_notify: int | Unset = UNSET
    checkin_from: datetime.datetime | Unset = UNSET
    checkin_to: datetime.datetime | Unset = UNSET
    created_from: datetime.datetime | Unset = UNSET
    created_to: datetime.datetime | Unset = UNSET
    vcc: bool | Unset = UNSET
    hour: str | Unset = UNSET
    room_ids: list[str] | Unset = UNSET
    portal_names: list[str] | Unset = UNSET
    filter_pay_mode: list[ApiPaymentStepDTOFilterPayModeItem] | Unset = UNSET
    calculate_values: list[ApiPaymentStepDTOCalculateValuesItem] | Unset = UNSET
    cancellation_title: ApiPaymentStepDTOCancellationTitle | Unset = UNSET
    cancellation_detail: ApiPaymentStepDTOCancellationDetail | Unset = UNSET
    refund_after_days: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        step_type = self.step_type.value

        accommodation_id = self.accommodation_id

        title = self.title

        id = self.id

        disabled = self.disabled

        codice = self.codice

        ignore_rate_plan = self.ignore_rate_plan

        days = self.days

        before_checkin = self.before_checkin

        not_refundable = self.not_refundable

        new_reservations = self.new_reservations

        charge_credit_card = self.charge_credit_card

        value_fixed = self.value_fixed

        value_percent = self.value_percent

        value_nights = self.value_nights

        template_id = self.template_id

        template_notify = self.template_notify

        checkin_from: str | Unset = UNSET
        if not isinstance(self.checkin_from, Unset):
            checkin_from = self.checkin_from.isoformat()

        checkin_to: str | Unset = UNSET
        if not isinstance(self.checkin_to, Unset):
            checkin_to = self.checkin_to.isoformat()

        created_from: str | Unset = UNSET
        if not isinstance(self.created_from, Unset):
            created_from = self.created_from.isoformat()

        created_to: str | Unset = UNSET
        if not isinstance(self.created_to, Unset):
            created_to = self.created_to.isoformat()

        vcc = self.vcc

        hour = self.hour

        room_ids: list[str] | Unset = UNSET
        if not isinstance(self.room_ids, Unset):
            room_ids = self.room_ids

        portal_names: list[str] | Unset = UNSET
        if not isinstance(self.portal_names, Unset):
            portal_names = self.portal_names

        filter_pay_mode: list[str] | Unset = UNSET
        if not isinstance(self.filter_pay_mode, Unset):
            filter_pay_mode = []
            for filter_pay_mode_item_data in self.filter_pay_mode:
                filter_pay_mode_item = filter_pay_mode_item_data.value
                filter_pay_mode.append(filter_pay_mode_item)

        calculate_values: list[str] | Unset = UNSET
        if not isinstance(self.calculate_values, Unset):
            calculate_values = []
            for calculate_values_item_data in self.calculate_values:
                calculate_values_item = calculate_values_item_data.value
                calculate_values.append(calculate_values_item)

        cancellation_title: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cancellation_title, Unset):
            cancellation_title = self.cancellation_title.to_dict()

        cancellation_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cancellation_detail, Unset):
            cancellation_detail = self.cancellation_detail.to_dict()

        refund_after_days = self.refund_after_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stepType": step_type,
                "accommodationId": accommodation_id,
                "title": title,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if codice is not UNSET:
            field_dict["codice"] = codice
        if ignore_rate_plan is not UNSET:
            field_dict["ignoreRatePlan"] = ignore_rate_plan
        if days is not UNSET:
            field_dict["days"] = days
        if before_checkin is not UNSET:
            field_dict["beforeCheckin"] = before_checkin
        if not_refundable is not UNSET:
            field_dict["notRefundable"] = not_refundable
        if new_reservations is not UNSET:
            field_dict["newReservations"] = new_reservations
        if charge_credit_card is not UNSET:
            field_dict["chargeCreditCard"] = charge_credit_card
        if value_fixed is not UNSET:
            field_dict["valueFixed"] = value_fixed
        if value_percent is not UNSET:
            field_dict["valuePercent"] = value_percent
        if value_nights is not UNSET:
            field_dict["valueNights"] = value_nights
        if template_id is not UNSET:
            field_dict["templateId"] = template_id
        if template_notify is not UNSET:
            field_dict["templateNotify"] = template_notify
        if checkin_from is not UNSET:
            field_dict["checkinFrom"] = checkin_from
        if checkin_to is not UNSET:
            field_dict["checkinTo"] = checkin_to
        if created_from is not UNSET:
            field_dict["createdFrom"] = created_from
        if created_to is not UNSET:
            field_dict["createdTo"] = created_to
        if vcc is not UNSET:
            field_dict["vcc"] = vcc
        if hour is not UNSET:
            field_dict["hour"] = hour
        if room_ids is not UNSET:
            field_dict["roomIds"] = room_ids
        if portal_names is not UNSET:
            field_dict["portalNames"] = portal_names
        if filter_pay_mode is not UNSET:
            field_dict["filterPayMode"] = filter_pay_mode
        if calculate_values is not UNSET:
            field_dict["calculateValues"] = calculate_values
        if cancellation_title is not UNSET:
            field_dict["cancellationTitle"] = cancellation_title
        if cancellation_detail is not UNSET:
            field_dict["cancellationDetail"] = cancellation_detail
        if refund_after_days is not UNSET:
            field_dict["refundAfterDays"] = refund_after_days

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


def _load_step_type(d: Mapping[str, Any]) -> ApiPaymentStepDTOStepType:
    step_type = enum_member(ApiPaymentStepDTOStepType, d["stepType"])

    return step_type


def _load_accommodation_id(d: Mapping[str, Any]) -> str:
    return d["accommodationId"]


def _load_title(d: Mapping[str, Any]) -> str:
    return d["title"]


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_disabled(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("disabled", UNSET)


def _load_codice(d: Mapping[str, Any]) -> str | Unset:
    return d.get("codice", UNSET)


def _load_ignore_rate_plan(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("ignoreRatePlan", UNSET)


def _load_days(d: Mapping[str, Any]) -> int | Unset:
    return d.get("days", UNSET)


def _load_before_checkin(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("beforeCheckin", UNSET)


def _load_not_refundable(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("notRefundable", UNSET)


def _load_new_reservations(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("newReservations", UNSET)


def _load_charge_credit_card(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("chargeCreditCard", UNSET)


def _load_value_fixed(d: Mapping[str, Any]) -> float | Unset:
    return d.get("valueFixed", UNSET)


def _load_value_percent(d: Mapping[str, Any]) -> int | Unset:
    return d.get("valuePercent", UNSET)


def _load_value_nights(d: Mapping[str, Any]) -> int | Unset:
    return d.get("valueNights", UNSET)


def _load_template_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("templateId", UNSET)


def _load_template_notify(d: Mapping[str, Any]) -> int | Unset:
    return d.get("templateNotify", UNSET)


def _load_checkin_from(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _checkin_from = d.get("checkinFrom", UNSET)
    checkin_from: datetime.datetime | Unset
    if isinstance(_checkin_from, Unset):
        checkin_from = UNSET
    else:
        checkin_from = parse_datetime(_checkin_from)

    return checkin_from


def _load_checkin_to(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _checkin_to = d.get("checkinTo", UNSET)
    checkin_to: datetime.datetime | Unset
    if isinstance(_checkin_to, Unset):
        checkin_to = UNSET
    else:
        checkin_to = parse_datetime(_checkin_to)

    return checkin_to


def _load_created_from(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _created_from = d.get("createdFrom", UNSET)
    created_from: datetime.datetime | Unset
    if isinstance(_created_from, Unset):
        created_from = UNSET
    else:
        created_from = parse_datetime(_created_from)

    return created_from


def _load_created_to(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _created_to = d.get("createdTo", UNSET)
    created_to: datetime.datetime | Unset
    if isinstance(_created_to, Unset):
        created_to = UNSET
    else:
        created_to = parse_datetime(_created_to)

    return created_to


def _load_vcc(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("vcc", UNSET)


def _load_hour(d: Mapping[str, Any]) -> str | Unset:
    return d.get("hour", UNSET)


def _load_room_ids(d: Mapping[str, Any]) -> list[str] | Unset:
    room_ids = cast(list[str], d.get("roomIds", UNSET))

    return room_ids


def _load_portal_names(d: Mapping[str, Any]) -> list[str] | Unset:
    portal_names = cast(list[str], d.get("portalNames", UNSET))

    return portal_names


def _load_filter_pay_mode(d: Mapping[str, Any]) -> list[ApiPaymentStepDTOFilterPayModeItem] | Unset:
    _filter_pay_mode = d.get("filterPayMode", UNSET)
    filter_pay_mode: list[ApiPaymentStepDTOFilterPayModeItem] | Unset = UNSET
    if _filter_pay_mode is not UNSET:
        filter_pay_mode = []
        for filter_pay_mode_item_data in _filter_pay_mode:
            filter_pay_mode_item = enum_member(
                ApiPaymentStepDTOFilterPayModeItem, filter_pay_mode_item_data
            )

            filter_pay_mode.append(filter_pay_mode_item)

    return filter_pay_mode


def _load_calculate_values(
    d: Mapping[str, Any],
) -> list[ApiPaymentStepDTOCalculateValuesItem] | Unset:
    _calculate_values = d.get("calculateValues", UNSET)
    calculate_values: list[ApiPaymentStepDTOCalculateValuesItem] | Unset = UNSET
    if _calculate_values is not UNSET:
        calculate_values = []
        for calculate_values_item_data in _calculate_values:
            calculate_values_item = enum_member(
                ApiPaymentStepDTOCalculateValuesItem, calculate_values_item_data
            )

            calculate_values.append(calculate_values_item)

    return calculate_values


def _load_cancellation_title(d: Mapping[str, Any]) -> ApiPaymentStepDTOCancellationTitle | Unset:
    _cancellation_title = d.get("cancellationTitle", UNSET)
    cancellation_title: ApiPaymentStepDTOCancellationTitle | Unset
    if isinstance(_cancellation_title, Unset):
        cancellation_title = UNSET
    else:
        cancellation_title = ApiPaymentStepDTOCancellationTitle._from_json(_cancellation_title)

    return cancellation_title


def _load_cancellation_detail(d: Mapping[str, Any]) -> ApiPaymentStepDTOCancellationDetail | Unset:
    _cancellation_detail = d.get("cancellationDetail", UNSET)
    cancellation_detail: ApiPaymentStepDTOCancellationDetail | Unset
    if isinstance(_cancellation_detail, Unset):
        cancellation_detail = UNSET
    else:
        cancellation_detail = ApiPaymentStepDTOCancellationDetail._from_json(_cancellation_detail)

    return cancellation_detail


def _load_refund_after_days(d: Mapping[str, Any]) -> int | Unset:
    return d.get("refundAfterDays", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "stepType",
        "accommodationId",
        "title",
        "id",
        "disabled",
        "codice",
        "ignoreRatePlan",
        "days",
        "beforeCheckin",
        "notRefundable",
        "newReservations",
        "chargeCreditCard",
        "valueFixed",
        "valuePercent",
        "valueNights",
        "templateId",
        "templateNotify",
        "checkinFrom",
        "checkinTo",
        "createdFrom",
        "createdTo",
        "vcc",
        "hour",
        "roomIds",
        "portalNames",
        "filterPayMode",
        "calculateValues",
        "cancellationTitle",
        "cancellationDetail",
        "refundAfterDays",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiPaymentStepDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "step_type" not in seen:
        step_type = enum_member(ApiPaymentStepDTOStepType, d["stepType"])

        _set(self, "step_type", step_type)
    if "accommodation_id" not in seen:
        _set(self, "accommodation_id", d["accommodationId"])
    if "title" not in seen:
        _set(self, "title", d["title"])
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "disabled" not in seen:
        _set(self, "disabled", d.get("disabled", UNSET))
    if "codice" not in seen:
        _set(self, "codice", d.get("codice", UNSET))
    if "ignore_rate_plan" not in seen:
        _set(self, "ignore_rate_plan", d.get("ignoreRatePlan", UNSET))
    if "days" not in seen:
        _set(self, "days", d.get("days", UNSET))
    if "before_checkin" not in seen:
        _set(self, "before_checkin", d.get("beforeCheckin", UNSET))
    if "not_refundable" not in seen:
        _set(self, "not_refundable", d.get("notRefundable", UNSET))
    if "new_reservations" not in seen:
        _set(self, "new_reservations", d.get("newReservations", UNSET))
    if "charge_credit_card" not in seen:
        _set(self, "charge_credit_card", d.get("chargeCreditCard", UNSET))
    if "value_fixed" not in seen:
        _set(self, "value_fixed", d.get("valueFixed", UNSET))
    if "value_percent" not in seen:
        _set(self, "value_percent", d.get("valuePercent", UNSET))
    if "value_nights" not in seen:
        _set(self, "value_nights", d.get("valueNights", UNSET))
    if "template_id" not in seen:
        _set(self, "template_id", d.get("templateId", UNSET))
    if "template_notify" not in seen:
        _set(self, "template_notify", d.get("templateNotify", UNSET))
    if "checkin_from" not in seen:
        _checkin_from = d.get("checkinFrom", UNSET)
        checkin_from: datetime.datetime | Unset
        if isinstance(_checkin_from, Unset):
            checkin_from = UNSET
        else:
            checkin_from = parse_datetime(_checkin_from)

        _set(self, "checkin_from", checkin_from)
    if "checkin_to" not in seen:
        _checkin_to = d.get("checkinTo", UNSET)
        checkin_to: datetime.datetime | Unset
        if isinstance(_checkin_to, Unset):
            checkin_to = UNSET
        else:
            checkin_to = parse_datetime(_checkin_to)

        _set(self, "checkin_to", checkin_to)
    if "created_from" not in seen:
        _created_from = d.get("createdFrom", UNSET)
        created_from: datetime.datetime | Unset
        if isinstance(_created_from, Unset):
            created_from = UNSET
        else:
            created_from = parse_datetime(_created_from)

        _set(self, "created_from", created_from)
    if "created_to" not in seen:
        _created_to = d.get("createdTo", UNSET)
        created_to: datetime.datetime | Unset
        if isinstance(_created_to, Unset):
            created_to = UNSET
        else:
            created_to = parse_datetime(_created_to)

        _set(self, "created_to", created_to)
    if "vcc" not in seen:
        _set(self, "vcc", d.get("vcc", UNSET))
    if "hour" not in seen:
        _set(self, "hour", d.get("hour", UNSET))
    if "room_ids" not in seen:
        room_ids = cast(list[str], d.get("roomIds", UNSET))

        _set(self, "room_ids", room_ids)
    if "portal_names" not in seen:
        portal_names = cast(list[str], d.get("portalNames", UNSET))

        _set(self, "portal_names", portal_names)
    if "filter_pay_mode" not in seen:
        _filter_pay_mode = d.get("filterPayMode", UNSET)
        filter_pay_mode: list[ApiPaymentStepDTOFilterPayModeItem] | Unset = UNSET
        if _filter_pay_mode is not UNSET:
            filter_pay_mode = []
            for filter_pay_mode_item_data in _filter_pay_mode:
                filter_pay_mode_item = enum_member(
                    ApiPaymentStepDTOFilterPayModeItem, filter_pay_mode_item_data
                )

                filter_pay_mode.append(filter_pay_mode_item)

        _set(self, "filter_pay_mode", filter_pay_mode)
    if "calculate_values" not in seen:
        _calculate_values = d.get("calculateValues", UNSET)
        calculate_values: list[ApiPaymentStepDTOCalculateValuesItem] | Unset = UNSET
        if _calculate_values is not UNSET:
            calculate_values = []
            for calculate_values_item_data in _calculate_values:
                calculate_values_item = enum_member(
                    ApiPaymentStepDTOCalculateValuesItem, calculate_values_item_data
                )

                calculate_values.append(calculate_values_item)

        _set(self, "calculate_values", calculate_values)
    if "cancellation_title" not in seen:
        _cancellation_title = d.get("cancellationTitle", UNSET)
        cancellation_title: ApiPaymentStepDTOCancellationTitle | Unset
        if isinstance(_cancellation_title, Unset):
            cancellation_title = UNSET
        else:
            cancellation_title = ApiPaymentStepDTOCancellationTitle._from_json(_cancellation_title)

        _set(self, "cancellation_title", cancellation_title)
    if "cancellation_detail" not in seen:
        _cancellation_detail = d.get("cancellationDetail", UNSET)
        cancellation_detail: ApiPaymentStepDTOCancellationDetail | Unset
        if isinstance(_cancellation_detail, Unset):
            cancellation_detail = UNSET
        else:
            cancellation_detail = ApiPaymentStepDTOCancellationDetail._from_json(
                _cancellation_detail
            )

        _set(self, "cancellation_detail", cancellation_detail)
    if "refund_after_days" not in seen:
        _set(self, "refund_after_days", d.get("refundAfterDays", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiPaymentStepDTO._octorate_fields = FieldTable(
    required=frozenset(
        (
            "stepType",
            "accommodationId",
            "title",
        )
    ),
    loaders={
        "step_type": _load_step_type,
        "accommodation_id": _load_accommodation_id,
        "title": _load_title,
        "id": _load_id,
        "disabled": _load_disabled,
        "codice": _load_codice,
        "ignore_rate_plan": _load_ignore_rate_plan,
        "days": _load_days,
        "before_checkin": _load_before_checkin,
        "not_refundable": _load_not_refundable,
        "new_reservations": _load_new_reservations,
        "charge_credit_card": _load_charge_credit_card,
        "value_fixed": _load_value_fixed,
        "value_percent": _load_value_percent,
        "value_nights": _load_value_nights,
        "template_id": _load_template_id,
        "template_notify": _load_template_notify,
        "checkin_from": _load_checkin_from,
        "checkin_to": _load_checkin_to,
        "created_from": _load_created_from,
        "created_to": _load_created_to,
        "vcc": _load_vcc,
        "hour": _load_hour,
        "room_ids": _load_room_ids,
        "portal_names": _load_portal_names,
        "filter_pay_mode": _load_filter_pay_mode,
        "calculate_values": _load_calculate_values,
        "cancellation_title": _load_cancellation_title,
        "cancellation_detail": _load_cancellation_detail,
        "refund_after_days": _load_refund_after_days,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "room_ids",
        "portal_names",
        "filter_pay_mode",
        "calculate_values",
        "cancellation_title",
        "cancellation_detail",
        "additional_properties",
    ),
    keys={
        "step_type": "stepType",
        "accommodation_id": "accommodationId",
        "title": "title",
        "id": "id",
        "disabled": "disabled",
        "codice": "codice",
        "ignore_rate_plan": "ignoreRatePlan",
        "days": "days",
        "before_checkin": "beforeCheckin",
        "not_refundable": "notRefundable",
        "new_reservations": "newReservations",
        "charge_credit_card": "chargeCreditCard",
        "value_fixed": "valueFixed",
        "value_percent": "valuePercent",
        "value_nights": "valueNights",
        "template_id": "templateId",
        "template_notify": "templateNotify",
        "checkin_from": "checkinFrom",
        "checkin_to": "checkinTo",
        "created_from": "createdFrom",
        "created_to": "createdTo",
        "vcc": "vcc",
        "hour": "hour",
        "room_ids": "roomIds",
        "portal_names": "portalNames",
        "filter_pay_mode": "filterPayMode",
        "calculate_values": "calculateValues",
        "cancellation_title": "cancellationTitle",
        "cancellation_detail": "cancellationDetail",
        "refund_after_days": "refundAfterDays",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_payment_step_dto_cancellation_detail import ApiPaymentStepDTOCancellationDetail  # noqa: E402
from ..models.api_payment_step_dto_cancellation_title import ApiPaymentStepDTOCancellationTitle  # noqa: E402
