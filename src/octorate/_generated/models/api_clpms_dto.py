from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_clpms_dto_arrival_time import ApiClpmsDTOArrivalTime
from ..models.api_clpms_dto_features_item import ApiClpmsDTOFeaturesItem
from ..models.api_clpms_dto_payment_processor import ApiClpmsDTOPaymentProcessor
from ..types import UNSET, Unset, enum_member


@_attrs_define
class ApiClpmsDTO(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_codice(d: Mapping[str, Any]) -> str | Unset:
    return d.get("codice", UNSET)


def _load_user_allowed(d: Mapping[str, Any]) -> int | Unset:
    return d.get("userAllowed", UNSET)


def _load_cleaning_days(d: Mapping[str, Any]) -> int | Unset:
    return d.get("cleaningDays", UNSET)


def _load_cleaning_mail(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("cleaningMail", UNSET)


def _load_closeout_time(d: Mapping[str, Any]) -> int | Unset:
    return d.get("closeoutTime", UNSET)


def _load_arrival_time(d: Mapping[str, Any]) -> ApiClpmsDTOArrivalTime | Unset:
    _arrival_time = d.get("arrivalTime", UNSET)
    arrival_time: ApiClpmsDTOArrivalTime | Unset
    if isinstance(_arrival_time, Unset):
        arrival_time = UNSET
    else:
        arrival_time = enum_member(ApiClpmsDTOArrivalTime, _arrival_time)

    return arrival_time


def _load_payment_processor(d: Mapping[str, Any]) -> ApiClpmsDTOPaymentProcessor | Unset:
    _payment_processor = d.get("paymentProcessor", UNSET)
    payment_processor: ApiClpmsDTOPaymentProcessor | Unset
    if isinstance(_payment_processor, Unset):
        payment_processor = UNSET
    else:
        payment_processor = enum_member(ApiClpmsDTOPaymentProcessor, _payment_processor)

    return payment_processor


def _load_chat_ai_enabled(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("chatAiEnabled", UNSET)


def _load_features(d: Mapping[str, Any]) -> list[ApiClpmsDTOFeaturesItem] | Unset:
    _features = d.get("features", UNSET)
    features: list[ApiClpmsDTOFeaturesItem] | Unset = UNSET
    if _features is not UNSET:
        features = []
        for features_item_data in _features:
            features_item = enum_member(ApiClpmsDTOFeaturesItem, features_item_data)

            features.append(features_item)

    return features


def _load_active_rate_plan_cross(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("activeRatePlanCross", UNSET)


def _load_good_morning_email(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("goodMorningEmail", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "codice",
        "userAllowed",
        "cleaningDays",
        "cleaningMail",
        "closeoutTime",
        "arrivalTime",
        "paymentProcessor",
        "chatAiEnabled",
        "features",
        "activeRatePlanCross",
        "goodMorningEmail",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiClpmsDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "codice" not in seen:
        _set(self, "codice", d.get("codice", UNSET))
    if "user_allowed" not in seen:
        _set(self, "user_allowed", d.get("userAllowed", UNSET))
    if "cleaning_days" not in seen:
        _set(self, "cleaning_days", d.get("cleaningDays", UNSET))
    if "cleaning_mail" not in seen:
        _set(self, "cleaning_mail", d.get("cleaningMail", UNSET))
    if "closeout_time" not in seen:
        _set(self, "closeout_time", d.get("closeoutTime", UNSET))
    if "arrival_time" not in seen:
        _arrival_time = d.get("arrivalTime", UNSET)
        arrival_time: ApiClpmsDTOArrivalTime | Unset
        if isinstance(_arrival_time, Unset):
            arrival_time = UNSET
        else:
            arrival_time = enum_member(ApiClpmsDTOArrivalTime, _arrival_time)

        _set(self, "arrival_time", arrival_time)
    if "payment_processor" not in seen:
        _payment_processor = d.get("paymentProcessor", UNSET)
        payment_processor: ApiClpmsDTOPaymentProcessor | Unset
        if isinstance(_payment_processor, Unset):
            payment_processor = UNSET
        else:
            payment_processor = enum_member(ApiClpmsDTOPaymentProcessor, _payment_processor)

        _set(self, "payment_processor", payment_processor)
    if "chat_ai_enabled" not in seen:
        _set(self, "chat_ai_enabled", d.get("chatAiEnabled", UNSET))
    if "features" not in seen:
        _features = d.get("features", UNSET)
        features: list[ApiClpmsDTOFeaturesItem] | Unset = UNSET
        if _features is not UNSET:
            features = []
            for features_item_data in _features:
                features_item = enum_member(ApiClpmsDTOFeaturesItem, features_item_data)

                features.append(features_item)

        _set(self, "features", features)
    if "active_rate_plan_cross" not in seen:
        _set(self, "active_rate_plan_cross", d.get("activeRatePlanCross", UNSET))
    if "good_morning_email" not in seen:
        _set(self, "good_morning_email", d.get("goodMorningEmail", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiClpmsDTO._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "codice": _load_codice,
        "user_allowed": _load_user_allowed,
        "cleaning_days": _load_cleaning_days,
        "cleaning_mail": _load_cleaning_mail,
        "closeout_time": _load_closeout_time,
        "arrival_time": _load_arrival_time,
        "payment_processor": _load_payment_processor,
        "chat_ai_enabled": _load_chat_ai_enabled,
        "features": _load_features,
        "active_rate_plan_cross": _load_active_rate_plan_cross,
        "good_morning_email": _load_good_morning_email,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "features",
        "additional_properties",
    ),
    keys={
        "codice": "codice",
        "user_allowed": "userAllowed",
        "cleaning_days": "cleaningDays",
        "cleaning_mail": "cleaningMail",
        "closeout_time": "closeoutTime",
        "arrival_time": "arrivalTime",
        "payment_processor": "paymentProcessor",
        "chat_ai_enabled": "chatAiEnabled",
        "features": "features",
        "active_rate_plan_cross": "activeRatePlanCross",
        "good_morning_email": "goodMorningEmail",
    },
)
