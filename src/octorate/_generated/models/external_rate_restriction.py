from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.external_rate_restriction_model import ExternalRateRestrictionModel
from ..models.external_rate_restriction_rate_meal_type_item import (
    ExternalRateRestrictionRateMealTypeItem,
)
from ..types import UNSET, Unset, enum_member, parse_datetime

if TYPE_CHECKING:
    from ..models.external_rate_restriction_max_advance_period import (
        ExternalRateRestrictionMaxAdvancePeriod,
    )
    from ..models.external_rate_restriction_min_advance_period import (
        ExternalRateRestrictionMinAdvancePeriod,
    )


@_attrs_define
class ExternalRateRestriction(LazyModel):
    """
    Attributes:
        model (ExternalRateRestrictionModel | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        start_sell_stay_date (datetime.datetime | Unset):
        min_advance_days (int | Unset):
        max_advance_days (int | Unset):
        access_code (str | Unset):
        min_stay (int | Unset):
        max_stay (int | Unset):
        min_advance_period (ExternalRateRestrictionMinAdvancePeriod | Unset):
        max_advance_period (ExternalRateRestrictionMaxAdvancePeriod | Unset):
        rate_meal_type (list[ExternalRateRestrictionRateMealTypeItem] | Unset):
    """

    model: ExternalRateRestrictionModel | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    start_sell_stay_date: datetime.datetime | Unset = UNSET
    min_advance_days: int | Unset = UNSET
    max_advance_days: int | Unset = UNSET
    access_code: str | Unset = UNSET
    min_stay: int | Unset = UNSET
    max_stay: int | Unset = UNSET
    min_advance_period: ExternalRateRestrictionMinAdvancePeriod | Unset = UNSET
    max_advance_period: ExternalRateRestrictionMaxAdvancePeriod | Unset = UNSET
    rate_meal_type: list[ExternalRateRestrictionRateMealTypeItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.value

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        start_sell_stay_date: str | Unset = UNSET
        if not isinstance(self.start_sell_stay_date, Unset):
            start_sell_stay_date = self.start_sell_stay_date.isoformat()

        min_advance_days = self.min_advance_days

        max_advance_days = self.max_advance_days

        access_code = self.access_code

        min_stay = self.min_stay

        max_stay = self.max_stay

        min_advance_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.min_advance_period, Unset):
            min_advance_period = self.min_advance_period.to_dict()

        max_advance_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_advance_period, Unset):
            max_advance_period = self.max_advance_period.to_dict()

        rate_meal_type: list[str] | Unset = UNSET
        if not isinstance(self.rate_meal_type, Unset):
            rate_meal_type = []
            for rate_meal_type_item_data in self.rate_meal_type:
                rate_meal_type_item = rate_meal_type_item_data.value
                rate_meal_type.append(rate_meal_type_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if start_sell_stay_date is not UNSET:
            field_dict["startSellStayDate"] = start_sell_stay_date
        if min_advance_days is not UNSET:
            field_dict["minAdvanceDays"] = min_advance_days
        if max_advance_days is not UNSET:
            field_dict["maxAdvanceDays"] = max_advance_days
        if access_code is not UNSET:
            field_dict["accessCode"] = access_code
        if min_stay is not UNSET:
            field_dict["minStay"] = min_stay
        if max_stay is not UNSET:
            field_dict["maxStay"] = max_stay
        if min_advance_period is not UNSET:
            field_dict["minAdvancePeriod"] = min_advance_period
        if max_advance_period is not UNSET:
            field_dict["maxAdvancePeriod"] = max_advance_period
        if rate_meal_type is not UNSET:
            field_dict["rateMealType"] = rate_meal_type

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


def _load_model(d: Mapping[str, Any]) -> ExternalRateRestrictionModel | Unset:
    _model = d.get("model", UNSET)
    model: ExternalRateRestrictionModel | Unset
    if isinstance(_model, Unset):
        model = UNSET
    else:
        model = enum_member(ExternalRateRestrictionModel, _model)

    return model


def _load_start_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _start_date = d.get("startDate", UNSET)
    start_date: datetime.datetime | Unset
    if isinstance(_start_date, Unset):
        start_date = UNSET
    else:
        start_date = parse_datetime(_start_date)

    return start_date


def _load_end_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _end_date = d.get("endDate", UNSET)
    end_date: datetime.datetime | Unset
    if isinstance(_end_date, Unset):
        end_date = UNSET
    else:
        end_date = parse_datetime(_end_date)

    return end_date


def _load_start_sell_stay_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _start_sell_stay_date = d.get("startSellStayDate", UNSET)
    start_sell_stay_date: datetime.datetime | Unset
    if isinstance(_start_sell_stay_date, Unset):
        start_sell_stay_date = UNSET
    else:
        start_sell_stay_date = parse_datetime(_start_sell_stay_date)

    return start_sell_stay_date


def _load_min_advance_days(d: Mapping[str, Any]) -> int | Unset:
    return d.get("minAdvanceDays", UNSET)


def _load_max_advance_days(d: Mapping[str, Any]) -> int | Unset:
    return d.get("maxAdvanceDays", UNSET)


def _load_access_code(d: Mapping[str, Any]) -> str | Unset:
    return d.get("accessCode", UNSET)


def _load_min_stay(d: Mapping[str, Any]) -> int | Unset:
    return d.get("minStay", UNSET)


def _load_max_stay(d: Mapping[str, Any]) -> int | Unset:
    return d.get("maxStay", UNSET)


def _load_min_advance_period(
    d: Mapping[str, Any],
) -> ExternalRateRestrictionMinAdvancePeriod | Unset:
    _min_advance_period = d.get("minAdvancePeriod", UNSET)
    min_advance_period: ExternalRateRestrictionMinAdvancePeriod | Unset
    if isinstance(_min_advance_period, Unset):
        min_advance_period = UNSET
    else:
        min_advance_period = ExternalRateRestrictionMinAdvancePeriod._from_json(_min_advance_period)

    return min_advance_period


def _load_max_advance_period(
    d: Mapping[str, Any],
) -> ExternalRateRestrictionMaxAdvancePeriod | Unset:
    _max_advance_period = d.get("maxAdvancePeriod", UNSET)
    max_advance_period: ExternalRateRestrictionMaxAdvancePeriod | Unset
    if isinstance(_max_advance_period, Unset):
        max_advance_period = UNSET
    else:
        max_advance_period = ExternalRateRestrictionMaxAdvancePeriod._from_json(_max_advance_period)

    return max_advance_period


def _load_rate_meal_type(
    d: Mapping[str, Any],
) -> list[ExternalRateRestrictionRateMealTypeItem] | Unset:
    _rate_meal_type = d.get("rateMealType", UNSET)
    rate_meal_type: list[ExternalRateRestrictionRateMealTypeItem] | Unset = UNSET
    if _rate_meal_type is not UNSET:
        rate_meal_type = []
        for rate_meal_type_item_data in _rate_meal_type:
            rate_meal_type_item = enum_member(
                ExternalRateRestrictionRateMealTypeItem, rate_meal_type_item_data
            )

            rate_meal_type.append(rate_meal_type_item)

    return rate_meal_type


_KNOWN_KEYS = frozenset(
    (
        "model",
        "startDate",
        "endDate",
        "startSellStayDate",
        "minAdvanceDays",
        "maxAdvanceDays",
        "accessCode",
        "minStay",
        "maxStay",
        "minAdvancePeriod",
        "maxAdvancePeriod",
        "rateMealType",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ExternalRateRestriction, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "model" not in seen:
        _model = d.get("model", UNSET)
        model: ExternalRateRestrictionModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = enum_member(ExternalRateRestrictionModel, _model)

        _set(self, "model", model)
    if "start_date" not in seen:
        _start_date = d.get("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = parse_datetime(_start_date)

        _set(self, "start_date", start_date)
    if "end_date" not in seen:
        _end_date = d.get("endDate", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = parse_datetime(_end_date)

        _set(self, "end_date", end_date)
    if "start_sell_stay_date" not in seen:
        _start_sell_stay_date = d.get("startSellStayDate", UNSET)
        start_sell_stay_date: datetime.datetime | Unset
        if isinstance(_start_sell_stay_date, Unset):
            start_sell_stay_date = UNSET
        else:
            start_sell_stay_date = parse_datetime(_start_sell_stay_date)

        _set(self, "start_sell_stay_date", start_sell_stay_date)
    if "min_advance_days" not in seen:
        _set(self, "min_advance_days", d.get("minAdvanceDays", UNSET))
    if "max_advance_days" not in seen:
        _set(self, "max_advance_days", d.get("maxAdvanceDays", UNSET))
    if "access_code" not in seen:
        _set(self, "access_code", d.get("accessCode", UNSET))
    if "min_stay" not in seen:
        _set(self, "min_stay", d.get("minStay", UNSET))
    if "max_stay" not in seen:
        _set(self, "max_stay", d.get("maxStay", UNSET))
    if "min_advance_period" not in seen:
        _min_advance_period = d.get("minAdvancePeriod", UNSET)
        min_advance_period: ExternalRateRestrictionMinAdvancePeriod | Unset
        if isinstance(_min_advance_period, Unset):
            min_advance_period = UNSET
        else:
            min_advance_period = ExternalRateRestrictionMinAdvancePeriod._from_json(
                _min_advance_period
            )

        _set(self, "min_advance_period", min_advance_period)
    if "max_advance_period" not in seen:
        _max_advance_period = d.get("maxAdvancePeriod", UNSET)
        max_advance_period: ExternalRateRestrictionMaxAdvancePeriod | Unset
        if isinstance(_max_advance_period, Unset):
            max_advance_period = UNSET
        else:
            max_advance_period = ExternalRateRestrictionMaxAdvancePeriod._from_json(
                _max_advance_period
            )

        _set(self, "max_advance_period", max_advance_period)
    if "rate_meal_type" not in seen:
        _rate_meal_type = d.get("rateMealType", UNSET)
        rate_meal_type: list[ExternalRateRestrictionRateMealTypeItem] | Unset = UNSET
        if _rate_meal_type is not UNSET:
            rate_meal_type = []
            for rate_meal_type_item_data in _rate_meal_type:
                rate_meal_type_item = enum_member(
                    ExternalRateRestrictionRateMealTypeItem, rate_meal_type_item_data
                )

                rate_meal_type.append(rate_meal_type_item)

        _set(self, "rate_meal_type", rate_meal_type)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ExternalRateRestriction._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "model": _load_model,
        "start_date": _load_start_date,
        "end_date": _load_end_date,
        "start_sell_stay_date": _load_start_sell_stay_date,
        "min_advance_days": _load_min_advance_days,
        "max_advance_days": _load_max_advance_days,
        "access_code": _load_access_code,
        "min_stay": _load_min_stay,
        "max_stay": _load_max_stay,
        "min_advance_period": _load_min_advance_period,
        "max_advance_period": _load_max_advance_period,
        "rate_meal_type": _load_rate_meal_type,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "min_advance_period",
        "max_advance_period",
        "rate_meal_type",
        "additional_properties",
    ),
    keys={
        "model": "model",
        "start_date": "startDate",
        "end_date": "endDate",
        "start_sell_stay_date": "startSellStayDate",
        "min_advance_days": "minAdvanceDays",
        "max_advance_days": "maxAdvanceDays",
        "access_code": "accessCode",
        "min_stay": "minStay",
        "max_stay": "maxStay",
        "min_advance_period": "minAdvancePeriod",
        "max_advance_period": "maxAdvancePeriod",
        "rate_meal_type": "rateMealType",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.external_rate_restriction_max_advance_period import (
    ExternalRateRestrictionMaxAdvancePeriod,  # noqa: E402
)
from ..models.external_rate_restriction_min_advance_period import (
    ExternalRateRestrictionMinAdvancePeriod,  # noqa: E402
)
