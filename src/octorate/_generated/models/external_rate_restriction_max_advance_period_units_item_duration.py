from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class ExternalRateRestrictionMaxAdvancePeriodUnitsItemDuration(LazyModel):
    """
    Attributes:
        seconds (int | Unset):
        zero (bool | Unset):
        nano (int | Unset):
        negative (bool | Unset):
        positive (bool | Unset):
    """

    seconds: int | Unset = UNSET
    zero: bool | Unset = UNSET
    nano: int | Unset = UNSET
    negative: bool | Unset = UNSET
    positive: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        seconds = self.seconds

        zero = self.zero

        nano = self.nano

        negative = self.negative

        positive = self.positive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if seconds is not UNSET:
            field_dict["seconds"] = seconds
        if zero is not UNSET:
            field_dict["zero"] = zero
        if nano is not UNSET:
            field_dict["nano"] = nano
        if negative is not UNSET:
            field_dict["negative"] = negative
        if positive is not UNSET:
            field_dict["positive"] = positive

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


def _load_seconds(d: Mapping[str, Any]) -> int | Unset:
    return d.get("seconds", UNSET)


def _load_zero(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("zero", UNSET)


def _load_nano(d: Mapping[str, Any]) -> int | Unset:
    return d.get("nano", UNSET)


def _load_negative(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("negative", UNSET)


def _load_positive(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("positive", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "seconds",
        "zero",
        "nano",
        "negative",
        "positive",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(
    self: ExternalRateRestrictionMaxAdvancePeriodUnitsItemDuration,
    d: Mapping[str, Any],
    seen: Container[str],
) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "seconds" not in seen:
        _set(self, "seconds", d.get("seconds", UNSET))
    if "zero" not in seen:
        _set(self, "zero", d.get("zero", UNSET))
    if "nano" not in seen:
        _set(self, "nano", d.get("nano", UNSET))
    if "negative" not in seen:
        _set(self, "negative", d.get("negative", UNSET))
    if "positive" not in seen:
        _set(self, "positive", d.get("positive", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ExternalRateRestrictionMaxAdvancePeriodUnitsItemDuration._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "seconds": _load_seconds,
        "zero": _load_zero,
        "nano": _load_nano,
        "negative": _load_negative,
        "positive": _load_positive,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "seconds": "seconds",
        "zero": "zero",
        "nano": "nano",
        "negative": "negative",
        "positive": "positive",
    },
)
