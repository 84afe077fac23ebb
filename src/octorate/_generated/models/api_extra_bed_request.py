from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class ApiExtraBedRequest(LazyModel):
    """
    Attributes:
        age_restriction (int | Unset):
        quantity_available (int | Unset):
        price (float | Unset):
    """

    age_restriction: int | Unset = UNSET
    quantity_available: int | Unset = UNSET
    price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        age_restriction = self.age_restriction

        quantity_available = self.quantity_available

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if age_restriction is not UNSET:
            field_dict["ageRestriction"] = age_restriction
        if quantity_available is not UNSET:
            field_dict["quantityAvailable"] = quantity_available
        if price is not UNSET:
            field_dict["price"] = price

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


def _load_age_restriction(d: Mapping[str, Any]) -> int | Unset:
    return d.get("ageRestriction", UNSET)


def _load_quantity_available(d: Mapping[str, Any]) -> int | Unset:
    return d.get("quantityAvailable", UNSET)


def _load_price(d: Mapping[str, Any]) -> float | Unset:
    return d.get("price", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "ageRestriction",
        "quantityAvailable",
        "price",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiExtraBedRequest, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "age_restriction" not in seen:
        _set(self, "age_restriction", d.get("ageRestriction", UNSET))
    if "quantity_available" not in seen:
        _set(self, "quantity_available", d.get("quantityAvailable", UNSET))
    if "price" not in seen:
        _set(self, "price", d.get("price", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiExtraBedRequest._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "age_restriction": _load_age_restriction,
        "quantity_available": _load_quantity_available,
        "price": _load_price,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "age_restriction": "ageRestriction",
        "quantity_available": "quantityAvailable",
        "price": "price",
    },
)
