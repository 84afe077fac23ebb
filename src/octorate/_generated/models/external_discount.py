from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.external_discount_model import ExternalDiscountModel
from ..models.external_discount_type import ExternalDiscountType
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="ExternalDiscount")


@_attrs_define
class ExternalDiscount:
    """Currently supported by: [AIRBNB]. These are discounts that will be applied without consider the period of the
    booking (So are fixed). They may impact last minute discounts or early bid discounts

        Attributes:
            model (ExternalDiscountModel | Unset):
            type_ (ExternalDiscountType | Unset):
            value (float | Unset):
            days_threshold_one (int | Unset):
    """

    model: ExternalDiscountModel | Unset = UNSET
    type_: ExternalDiscountType | Unset = UNSET
    value: float | Unset = UNSET
    days_threshold_one: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        value = self.value

        days_threshold_one = self.days_threshold_one

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value
        if days_threshold_one is not UNSET:
            field_dict["daysThresholdOne"] = days_threshold_one

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _model = d.pop("model", UNSET)
        model: ExternalDiscountModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = enum_member(ExternalDiscountModel, _model)

        _type_ = d.pop("type", UNSET)
        type_: ExternalDiscountType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(ExternalDiscountType, _type_)

        value = d.pop("value", UNSET)

        days_threshold_one = d.pop("daysThresholdOne", UNSET)

        external_discount = cls(
            model=model,
            type_=type_,
            value=value,
            days_threshold_one=days_threshold_one,
        )

        external_discount.additional_properties = d
        return external_discount

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
