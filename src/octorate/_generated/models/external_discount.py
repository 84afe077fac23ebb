from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.external_discount_model import ExternalDiscountModel
from ..models.external_discount_type import ExternalDiscountType
from ..types import UNSET, Unset, enum_member


@_attrs_define
class ExternalDiscount(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_model(d: Mapping[str, Any]) -> ExternalDiscountModel | Unset:
    _model = d.get("model", UNSET)
    model: ExternalDiscountModel | Unset
    if isinstance(_model, Unset):
        model = UNSET
    else:
        model = enum_member(ExternalDiscountModel, _model)

    return model


def _load_type_(d: Mapping[str, Any]) -> ExternalDiscountType | Unset:
    _type_ = d.get("type", UNSET)
    type_: ExternalDiscountType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = enum_member(ExternalDiscountType, _type_)

    return type_


def _load_value(d: Mapping[str, Any]) -> float | Unset:
    return d.get("value", UNSET)


def _load_days_threshold_one(d: Mapping[str, Any]) -> int | Unset:
    return d.get("daysThresholdOne", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "model",
        "type",
        "value",
        "daysThresholdOne",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ExternalDiscount, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "model" not in seen:
        _model = d.get("model", UNSET)
        model: ExternalDiscountModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = enum_member(ExternalDiscountModel, _model)

        _set(self, "model", model)
    if "type_" not in seen:
        _type_ = d.get("type", UNSET)
        type_: ExternalDiscountType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(ExternalDiscountType, _type_)

        _set(self, "type_", type_)
    if "value" not in seen:
        _set(self, "value", d.get("value", UNSET))
    if "days_threshold_one" not in seen:
        _set(self, "days_threshold_one", d.get("daysThresholdOne", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ExternalDiscount._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "model": _load_model,
        "type_": _load_type_,
        "value": _load_value,
        "days_threshold_one": _load_days_threshold_one,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "model": "model",
        "type_": "type",
        "value": "value",
        "days_threshold_one": "daysThresholdOne",
    },
)
