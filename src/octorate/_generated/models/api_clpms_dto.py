from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_clpms_dto_arrival_time import ApiClpmsDTOArrivalTime
from ..models.api_clpms_dto_features_item import ApiClpmsDTOFeaturesItem
from ..models.api_clpms_dto_payment_processor import ApiClpmsDTOPaymentProcessor
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="ApiClpmsDTO")


@_attrs_define
class ApiClpmsDTO:
    """Configurations of the accommodation

    Attributes:
        codice (str | Unset): The codice of the accommodation Example: 999999.
        user_allowed (int | Unset): Number of available users for the accommodation Example: 2.
        cleaning_days (int | Unset): Cleaning or change linen every Example: 1.
        cleaning_mail (bool | Unset): Do you want cleaning/changing linen reminder by mail? Example: True.
        closeout_time (int | Unset): Closeout actived starting from (hour) Example: 10.
        arrival_time (ApiClpmsDTOArrivalTime | Unset): Indicates if the arrival time is requested to the guest Example:
            REQUIRED.
        payment_processor (ApiClpmsDTOPaymentProcessor | Unset): The payment processor Example: STRIPE.
        chat_ai_enabled (bool | Unset): Indicates if new chat threads will be ai driven.
        features (list[ApiClpmsDTOFeaturesItem] | Unset): Enabled experimental features
        active_rate_plan_cross (bool | Unset): Active Rate Plan Cross
        good_morning_email (bool | Unset): Good Morning Email
    """

    codice: str | Unset = UNSET
    user_allowed: int | Unset = UNSET
    cleaning_days: int | Unset = UNSET
    cleaning_mail: bool | Unset = UNSET
    closeout_time: int | Unset = UNSET
    arrival_time: ApiClpmsDTOArrivalTime | Unset = UNSET
    payment_processor: ApiClpmsDTOPaymentProcessor | Unset = UNSET
    chat_ai_enabled: bool | Unset = UNSET
    features: list[ApiClpmsDTOFeaturesItem] | Unset = UNSET
    active_rate_plan_cross: bool | Unset = UNSET
    good_morning_email: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        codice = self.codice

        user_allowed = self.user_allowed

        cleaning_days = self.cleaning_days

        cleaning_mail = self.cleaning_mail

        closeout_time = self.closeout_time

        arrival_time: str | Unset = UNSET
        if not isinstance(self.arrival_time, Unset):
            arrival_time = self.arrival_time.value

        payment_processor: str | Unset = UNSET
        if not isinstance(self.payment_processor, Unset):
            payment_processor = self.payment_processor.value

        chat_ai_enabled = self.chat_ai_enabled

        features: list[str] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = []
            for features_item_data in self.features:
                features_item = features_item_data.value
                features.append(features_item)

        active_rate_plan_cross = self.active_rate_plan_cross

        good_morning_email = self.good_morning_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if codice is not UNSET:
            field_dict["codice"] = codice
        if user_allowed is not UNSET:
            field_dict["userAllowed"] = user_allowed
        if cleaning_days is not UNSET:
            field_dict["cleaningDays"] = cleaning_days
        if cleaning_mail is not UNSET:
            field_dict["cleaningMail"] = cleaning_mail
        if closeout_time is not UNSET:
            field_dict["closeoutTime"] = closeout_time
        if arrival_time is not UNSET:
            field_dict["arrivalTime"] = arrival_time
        if payment_processor is not UNSET:
            field_dict["paymentProcessor"] = payment_processor
        if chat_ai_enabled is not UNSET:
            field_dict["chatAiEnabled"] = chat_ai_enabled
        if features is not UNSET:
            field_dict["features"] = features
        if active_rate_plan_cross is not UNSET:
            field_dict["activeRatePlanCross"] = active_rate_plan_cross
        if good_morning_email is not UNSET:
            field_dict["goodMorningEmail"] = good_morning_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        codice = d.pop("codice", UNSET)

        user_allowed = d.pop("userAllowed", UNSET)

        cleaning_days = d.pop("cleaningDays", UNSET)

        cleaning_mail = d.pop("cleaningMail", UNSET)

        closeout_time = d.pop("closeoutTime", UNSET)

        _arrival_time = d.pop("arrivalTime", UNSET)
        arrival_time: ApiClpmsDTOArrivalTime | Unset
        if isinstance(_arrival_time, Unset):
            arrival_time = UNSET
        else:
            arrival_time = enum_member(ApiClpmsDTOArrivalTime, _arrival_time)

        _payment_processor = d.pop("paymentProcessor", UNSET)
        payment_processor: ApiClpmsDTOPaymentProcessor | Unset
        if isinstance(_payment_processor, Unset):
            payment_processor = UNSET
        else:
            payment_processor = enum_member(ApiClpmsDTOPaymentProcessor, _payment_processor)

        chat_ai_enabled = d.pop("chatAiEnabled", UNSET)

        _features = d.pop("features", UNSET)
        features: list[ApiClpmsDTOFeaturesItem] | Unset = UNSET
        if _features is not UNSET:
            features = []
            for features_item_data in _features:
                features_item = enum_member(ApiClpmsDTOFeaturesItem, features_item_data)

                features.append(features_item)

        active_rate_plan_cross = d.pop("activeRatePlanCross", UNSET)

        good_morning_email = d.pop("goodMorningEmail", UNSET)

        api_clpms_dto = cls(
            codice=codice,
            user_allowed=user_allowed,
            cleaning_days=cleaning_days,
            cleaning_mail=cleaning_mail,
            closeout_time=closeout_time,
            arrival_time=arrival_time,
            payment_processor=payment_processor,
            chat_ai_enabled=chat_ai_enabled,
            features=features,
            active_rate_plan_cross=active_rate_plan_cross,
            good_morning_email=good_morning_email,
        )

        api_clpms_dto.additional_properties = d
        return api_clpms_dto

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
