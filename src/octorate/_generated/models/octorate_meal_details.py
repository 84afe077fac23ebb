from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.octorate_meal_details_breakfast_food_item_types_item import (
    OctorateMealDetailsBreakfastFoodItemTypesItem,
)
from ..models.octorate_meal_details_breakfast_types_item import (
    OctorateMealDetailsBreakfastTypesItem,
)
from ..types import UNSET, Unset, enum_member


@_attrs_define
class OctorateMealDetails(LazyModel):
    """Meal details

    Attributes:
        breakfast_types (list[OctorateMealDetailsBreakfastTypesItem] | Unset):
        breakfast_food_item_types (list[OctorateMealDetailsBreakfastFoodItemTypesItem] | Unset):
        price (float | Unset):
    """

    breakfast_types: list[OctorateMealDetailsBreakfastTypesItem] | Unset = UNSET
    breakfast_food_item_types: list[OctorateMealDetailsBreakfastFoodItemTypesItem] | Unset = UNSET
    price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        breakfast_types: list[str] | Unset = UNSET
        if not isinstance(self.breakfast_types, Unset):
            breakfast_types = []
            for breakfast_types_item_data in self.breakfast_types:
                breakfast_types_item = breakfast_types_item_data.value
                breakfast_types.append(breakfast_types_item)

        breakfast_food_item_types: list[str] | Unset = UNSET
        if not isinstance(self.breakfast_food_item_types, Unset):
            breakfast_food_item_types = []
            for breakfast_food_item_types_item_data in self.breakfast_food_item_types:
                breakfast_food_item_types_item = breakfast_food_item_types_item_data.value
                breakfast_food_item_types.append(breakfast_food_item_types_item)

        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if breakfast_types is not UNSET:
            field_dict["breakfastTypes"] = breakfast_types
        if breakfast_food_item_types is not UNSET:
            field_dict["breakfastFoodItemTypes"] = breakfast_food_item_types
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


def _load_breakfast_types(
    d: Mapping[str, Any],
) -> list[OctorateMealDetailsBreakfastTypesItem] | Unset:
    _breakfast_types = d.get("breakfastTypes", UNSET)
    breakfast_types: list[OctorateMealDetailsBreakfastTypesItem] | Unset = UNSET
    if _breakfast_types is not UNSET:
        breakfast_types = []
        for breakfast_types_item_data in _breakfast_types:
            breakfast_types_item = enum_member(
                OctorateMealDetailsBreakfastTypesItem, breakfast_types_item_data
            )

            breakfast_types.append(breakfast_types_item)

    return breakfast_types


def _load_breakfast_food_item_types(
    d: Mapping[str, Any],
) -> list[OctorateMealDetailsBreakfastFoodItemTypesItem] | Unset:
    _breakfast_food_item_types = d.get("breakfastFoodItemTypes", UNSET)
    breakfast_food_item_types: list[OctorateMealDetailsBreakfastFoodItemTypesItem] | Unset = UNSET
    if _breakfast_food_item_types is not UNSET:
        breakfast_food_item_types = []
        for breakfast_food_item_types_item_data in _breakfast_food_item_types:
            breakfast_food_item_types_item = enum_member(
                OctorateMealDetailsBreakfastFoodItemTypesItem, breakfast_food_item_types_item_data
            )

            breakfast_food_item_types.append(breakfast_food_item_types_item)

    return breakfast_food_item_types


def _load_price(d: Mapping[str, Any]) -> float | Unset:
    return d.get("price", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "breakfastTypes",
        "breakfastFoodItemTypes",
        "price",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: OctorateMealDetails, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "breakfast_types" not in seen:
        _breakfast_types = d.get("breakfastTypes", UNSET)
        breakfast_types: list[OctorateMealDetailsBreakfastTypesItem] | Unset = UNSET
        if _breakfast_types is not UNSET:
            breakfast_types = []
            for breakfast_types_item_data in _breakfast_types:
                breakfast_types_item = enum_member(
                    OctorateMealDetailsBreakfastTypesItem, breakfast_types_item_data
                )

                breakfast_types.append(breakfast_types_item)

        _set(self, "breakfast_types", breakfast_types)
    if "breakfast_food_item_types" not in seen:
        _breakfast_food_item_types = d.get("breakfastFoodItemTypes", UNSET)
        breakfast_food_item_types: list[OctorateMealDetailsBreakfastFoodItemTypesItem] | Unset = (
            UNSET
        )
        if _breakfast_food_item_types is not UNSET:
            breakfast_food_item_types = []
            for breakfast_food_item_types_item_data in _breakfast_food_item_types:
                breakfast_food_item_types_item = enum_member(
                    OctorateMealDetailsBreakfastFoodItemTypesItem,
                    breakfast_food_item_types_item_data,
                )

                breakfast_food_item_types.append(breakfast_food_item_types_item)

        _set(self, "breakfast_food_item_types", breakfast_food_item_types)
    if "price" not in seen:
        _set(self, "price", d.get("price", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctorateMealDetails._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "breakfast_types": _load_breakfast_types,
        "breakfast_food_item_types": _load_breakfast_food_item_types,
        "price": _load_price,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "breakfast_types",
        "breakfast_food_item_types",
        "additional_properties",
    ),
    keys={
        "breakfast_types": "breakfastTypes",
        "breakfast_food_item_types": "breakfastFoodItemTypes",
        "price": "price",
    },
)
