from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.octorate_meal_details_breakfast_food_item_types_item import (
    OctorateMealDetailsBreakfastFoodItemTypesItem,
)
from ..models.octorate_meal_details_breakfast_types_item import (
    OctorateMealDetailsBreakfastTypesItem,
)
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="OctorateMealDetails")


@_attrs_define
class OctorateMealDetails:
    """Meal details

    Attributes:
        breakfast_types (list[OctorateMealDetailsBreakfastTypesItem] | Unset):
        breakfast_food_item_types (list[OctorateMealDetailsBreakfastFoodItemTypesItem] | Unset):
        price (float | Unset):
    """

    breakfast_types: list[OctorateMealDetailsBreakfastTypesItem] | Unset = UNSET
    breakfast_food_item_types: list[OctorateMealDetailsBreakfastFoodItemTypesItem] | Unset = UNSET
    price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _breakfast_types = d.pop("breakfastTypes", UNSET)
        breakfast_types: list[OctorateMealDetailsBreakfastTypesItem] | Unset = UNSET
        if _breakfast_types is not UNSET:
            breakfast_types = []
            for breakfast_types_item_data in _breakfast_types:
                breakfast_types_item = enum_member(
                    OctorateMealDetailsBreakfastTypesItem, breakfast_types_item_data
                )

                breakfast_types.append(breakfast_types_item)

        _breakfast_food_item_types = d.pop("breakfastFoodItemTypes", UNSET)
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

        price = d.pop("price", UNSET)

        octorate_meal_details = cls(
            breakfast_types=breakfast_types,
            breakfast_food_item_types=breakfast_food_item_types,
            price=price,
        )

        octorate_meal_details.additional_properties = d
        return octorate_meal_details

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
