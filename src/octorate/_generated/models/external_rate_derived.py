from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class ExternalRateDerived(LazyModel):
    """
    Attributes:
        occupancy (int | Unset):
        additional_price (float | Unset):
        percentage (int | Unset):
        java_id (str | Unset):
        serialized_name (str | Unset):
    """

    occupancy: int | Unset = UNSET
    additional_price: float | Unset = UNSET
    percentage: int | Unset = UNSET
    java_id: str | Unset = UNSET
    serialized_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        occupancy = self.occupancy

        additional_price = self.additional_price

        percentage = self.percentage

        java_id = self.java_id

        serialized_name = self.serialized_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if occupancy is not UNSET:
            field_dict["occupancy"] = occupancy
        if additional_price is not UNSET:
            field_dict["additionalPrice"] = additional_price
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if java_id is not UNSET:
            field_dict["javaId"] = java_id
        if serialized_name is not UNSET:
            field_dict["serializedName"] = serialized_name

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


def _load_occupancy(d: Mapping[str, Any]) -> int | Unset:
    return d.get("occupancy", UNSET)


def _load_additional_price(d: Mapping[str, Any]) -> float | Unset:
    return d.get("additionalPrice", UNSET)


def _load_percentage(d: Mapping[str, Any]) -> int | Unset:
    return d.get("percentage", UNSET)


def _load_java_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("javaId", UNSET)


def _load_serialized_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("serializedName", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "occupancy",
        "additionalPrice",
        "percentage",
        "javaId",
        "serializedName",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ExternalRateDerived, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "occupancy" not in seen:
        _set(self, "occupancy", d.get("occupancy", UNSET))
    if "additional_price" not in seen:
        _set(self, "additional_price", d.get("additionalPrice", UNSET))
    if "percentage" not in seen:
        _set(self, "percentage", d.get("percentage", UNSET))
    if "java_id" not in seen:
        _set(self, "java_id", d.get("javaId", UNSET))
    if "serialized_name" not in seen:
        _set(self, "serialized_name", d.get("serializedName", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ExternalRateDerived._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "occupancy": _load_occupancy,
        "additional_price": _load_additional_price,
        "percentage": _load_percentage,
        "java_id": _load_java_id,
        "serialized_name": _load_serialized_name,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "occupancy": "occupancy",
        "additional_price": "additionalPrice",
        "percentage": "percentage",
        "java_id": "javaId",
        "serialized_name": "serializedName",
    },
)
