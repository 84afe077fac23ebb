from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


T = TypeVar("T", bound="ExternalRateRestriction")


@_attrs_define
class ExternalRateRestriction:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _model = d.pop("model", UNSET)
        model: ExternalRateRestrictionModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = enum_member(ExternalRateRestrictionModel, _model)

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = parse_datetime(_start_date)

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = parse_datetime(_end_date)

        _start_sell_stay_date = d.pop("startSellStayDate", UNSET)
        start_sell_stay_date: datetime.datetime | Unset
        if isinstance(_start_sell_stay_date, Unset):
            start_sell_stay_date = UNSET
        else:
            start_sell_stay_date = parse_datetime(_start_sell_stay_date)

        min_advance_days = d.pop("minAdvanceDays", UNSET)

        max_advance_days = d.pop("maxAdvanceDays", UNSET)

        access_code = d.pop("accessCode", UNSET)

        min_stay = d.pop("minStay", UNSET)

        max_stay = d.pop("maxStay", UNSET)

        _min_advance_period = d.pop("minAdvancePeriod", UNSET)
        min_advance_period: ExternalRateRestrictionMinAdvancePeriod | Unset
        if isinstance(_min_advance_period, Unset):
            min_advance_period = UNSET
        else:
            min_advance_period = ExternalRateRestrictionMinAdvancePeriod.from_dict(
                _min_advance_period
            )

        _max_advance_period = d.pop("maxAdvancePeriod", UNSET)
        max_advance_period: ExternalRateRestrictionMaxAdvancePeriod | Unset
        if isinstance(_max_advance_period, Unset):
            max_advance_period = UNSET
        else:
            max_advance_period = ExternalRateRestrictionMaxAdvancePeriod.from_dict(
                _max_advance_period
            )

        _rate_meal_type = d.pop("rateMealType", UNSET)
        rate_meal_type: list[ExternalRateRestrictionRateMealTypeItem] | Unset = UNSET
        if _rate_meal_type is not UNSET:
            rate_meal_type = []
            for rate_meal_type_item_data in _rate_meal_type:
                rate_meal_type_item = enum_member(
                    ExternalRateRestrictionRateMealTypeItem, rate_meal_type_item_data
                )

                rate_meal_type.append(rate_meal_type_item)

        external_rate_restriction = cls(
            model=model,
            start_date=start_date,
            end_date=end_date,
            start_sell_stay_date=start_sell_stay_date,
            min_advance_days=min_advance_days,
            max_advance_days=max_advance_days,
            access_code=access_code,
            min_stay=min_stay,
            max_stay=max_stay,
            min_advance_period=min_advance_period,
            max_advance_period=max_advance_period,
            rate_meal_type=rate_meal_type,
        )

        external_rate_restriction.additional_properties = d
        return external_rate_restriction

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
from ..models.external_rate_restriction_max_advance_period import (
    ExternalRateRestrictionMaxAdvancePeriod,  # noqa: E402
)
from ..models.external_rate_restriction_min_advance_period import (
    ExternalRateRestrictionMinAdvancePeriod,  # noqa: E402
)
