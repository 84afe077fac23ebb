from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_payment_step_dto_calculate_values_item import ApiPaymentStepDTOCalculateValuesItem
from ..models.api_payment_step_dto_filter_pay_mode_item import ApiPaymentStepDTOFilterPayModeItem
from ..models.api_payment_step_dto_step_type import ApiPaymentStepDTOStepType
from ..types import UNSET, Unset, enum_member, parse_datetime

if TYPE_CHECKING:
    from ..models.api_payment_step_dto_cancellation_detail import (
        ApiPaymentStepDTOCancellationDetail,
    )
    from ..models.api_payment_step_dto_cancellation_title import ApiPaymentStepDTOCancellationTitle


T = TypeVar("T", bound="ApiPaymentStepDTO")


@_attrs_define
class ApiPaymentStepDTO:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        step_type = enum_member(ApiPaymentStepDTOStepType, d.pop("stepType"))

        accommodation_id = d.pop("accommodationId")

        title = d.pop("title")

        id = d.pop("id", UNSET)

        disabled = d.pop("disabled", UNSET)

        codice = d.pop("codice", UNSET)

        ignore_rate_plan = d.pop("ignoreRatePlan", UNSET)

        days = d.pop("days", UNSET)

        before_checkin = d.pop("beforeCheckin", UNSET)

        not_refundable = d.pop("notRefundable", UNSET)

        new_reservations = d.pop("newReservations", UNSET)

        charge_credit_card = d.pop("chargeCreditCard", UNSET)

        value_fixed = d.pop("valueFixed", UNSET)

        value_percent = d.pop("valuePercent", UNSET)

        value_nights = d.pop("valueNights", UNSET)

        template_id = d.pop("templateId", UNSET)

        template_notify = d.pop("templateNotify", UNSET)

        _checkin_from = d.pop("checkinFrom", UNSET)
        checkin_from: datetime.datetime | Unset
        if isinstance(_checkin_from, Unset):
            checkin_from = UNSET
        else:
            checkin_from = parse_datetime(_checkin_from)

        _checkin_to = d.pop("checkinTo", UNSET)
        checkin_to: datetime.datetime | Unset
        if isinstance(_checkin_to, Unset):
            checkin_to = UNSET
        else:
            checkin_to = parse_datetime(_checkin_to)

        _created_from = d.pop("createdFrom", UNSET)
        created_from: datetime.datetime | Unset
        if isinstance(_created_from, Unset):
            created_from = UNSET
        else:
            created_from = parse_datetime(_created_from)

        _created_to = d.pop("createdTo", UNSET)
        created_to: datetime.datetime | Unset
        if isinstance(_created_to, Unset):
            created_to = UNSET
        else:
            created_to = parse_datetime(_created_to)

        vcc = d.pop("vcc", UNSET)

        hour = d.pop("hour", UNSET)

        room_ids = cast(list[str], d.pop("roomIds", UNSET))

        portal_names = cast(list[str], d.pop("portalNames", UNSET))

        _filter_pay_mode = d.pop("filterPayMode", UNSET)
        filter_pay_mode: list[ApiPaymentStepDTOFilterPayModeItem] | Unset = UNSET
        if _filter_pay_mode is not UNSET:
            filter_pay_mode = []
            for filter_pay_mode_item_data in _filter_pay_mode:
                filter_pay_mode_item = enum_member(
                    ApiPaymentStepDTOFilterPayModeItem, filter_pay_mode_item_data
                )

                filter_pay_mode.append(filter_pay_mode_item)

        _calculate_values = d.pop("calculateValues", UNSET)
        calculate_values: list[ApiPaymentStepDTOCalculateValuesItem] | Unset = UNSET
        if _calculate_values is not UNSET:
            calculate_values = []
            for calculate_values_item_data in _calculate_values:
                calculate_values_item = enum_member(
                    ApiPaymentStepDTOCalculateValuesItem, calculate_values_item_data
                )

                calculate_values.append(calculate_values_item)

        _cancellation_title = d.pop("cancellationTitle", UNSET)
        cancellation_title: ApiPaymentStepDTOCancellationTitle | Unset
        if isinstance(_cancellation_title, Unset):
            cancellation_title = UNSET
        else:
            cancellation_title = ApiPaymentStepDTOCancellationTitle.from_dict(_cancellation_title)

        _cancellation_detail = d.pop("cancellationDetail", UNSET)
        cancellation_detail: ApiPaymentStepDTOCancellationDetail | Unset
        if isinstance(_cancellation_detail, Unset):
            cancellation_detail = UNSET
        else:
            cancellation_detail = ApiPaymentStepDTOCancellationDetail.from_dict(
                _cancellation_detail
            )

        refund_after_days = d.pop("refundAfterDays", UNSET)

        api_payment_step_dto = cls(
            step_type=step_type,
            accommodation_id=accommodation_id,
            title=title,
            id=id,
            disabled=disabled,
            codice=codice,
            ignore_rate_plan=ignore_rate_plan,
            days=days,
            before_checkin=before_checkin,
            not_refundable=not_refundable,
            new_reservations=new_reservations,
            charge_credit_card=charge_credit_card,
            value_fixed=value_fixed,
            value_percent=value_percent,
            value_nights=value_nights,
            template_id=template_id,
            template_notify=template_notify,
            checkin_from=checkin_from,
            checkin_to=checkin_to,
            created_from=created_from,
            created_to=created_to,
            vcc=vcc,
            hour=hour,
            room_ids=room_ids,
            portal_names=portal_names,
            filter_pay_mode=filter_pay_mode,
            calculate_values=calculate_values,
            cancellation_title=cancellation_title,
            cancellation_detail=cancellation_detail,
            refund_after_days=refund_after_days,
        )

        api_payment_step_dto.additional_properties = d
        return api_payment_step_dto

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
from ..models.api_payment_step_dto_cancellation_detail import ApiPaymentStepDTOCancellationDetail  # noqa: E402
from ..models.api_payment_step_dto_cancellation_title import ApiPaymentStepDTOCancellationTitle  # noqa: E402
