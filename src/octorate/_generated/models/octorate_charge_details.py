from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.octorate_charge_details_frequency import OctorateChargeDetailsFrequency
from ..types import UNSET, Unset, enum_member


@_attrs_define
class OctorateChargeDetails(LazyModel):
    """
    Attributes:
        price (float | Unset):
        frequency (OctorateChargeDetailsFrequency | Unset):
    """

    price: float | Unset = UNSET
    frequency: OctorateChargeDetailsFrequency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        price = self.price

        frequency: str | Unset = UNSET
        if not isinstance(self.frequency, Unset):
            frequency = self.frequency.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price is not UNSET:
            field_dict["price"] = price
        if frequency is not UNSET:
            field_dict["frequency"] = frequency

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


def _load_price(d: Mapping[str, Any]) -> float | Unset:
    return d.get("price", UNSET)


def _load_frequency(d: Mapping[str, Any]) -> OctorateChargeDetailsFrequency | Unset:
    _frequency = d.get("frequency", UNSET)
    frequency: OctorateChargeDetailsFrequency | Unset
    if isinstance(_frequency, Unset):
        frequency = UNSET
    else:
        frequency = enum_member(OctorateChargeDetailsFrequency, _frequency)

    return frequency


_KNOWN_KEYS = frozenset(
    (
        "price",
        "frequency",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: OctorateChargeDetails, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "price" not in seen:
        _set(self, "price", d.get("price", UNSET))
    if "frequency" not in seen:
        _frequency = d.get("frequency", UNSET)
        frequency: OctorateChargeDetailsFrequency | Unset
        if isinstance(_frequency, Unset):
            frequency = UNSET
        else:
            frequency = enum_member(OctorateChargeDetailsFrequency, _frequency)

        _set(self, "frequency", frequency)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctorateChargeDetails._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "price": _load_price,
        "frequency": _load_frequency,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "price": "price",
        "frequency": "frequency",
    },
)
