from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.octorate_restaurant_details_ambiances_item import (
    OctorateRestaurantDetailsAmbiancesItem,
)
from ..models.octorate_restaurant_details_cuisines_item import OctorateRestaurantDetailsCuisinesItem
from ..models.octorate_restaurant_details_meal_types_item import (
    OctorateRestaurantDetailsMealTypesItem,
)
from ..models.octorate_restaurant_details_open_for_meals_item import (
    OctorateRestaurantDetailsOpenForMealsItem,
)
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="OctorateRestaurantDetails")


@_attrs_define
class OctorateRestaurantDetails:
    """Restaurant details

    Attributes:
        name (str | Unset):
        guests_only (bool | Unset):
        accept_reservations (bool | Unset):
        outdoor_seating (bool | Unset):
        meal_types (list[OctorateRestaurantDetailsMealTypesItem] | Unset):
        ambiances (list[OctorateRestaurantDetailsAmbiancesItem] | Unset):
        open_for_meals (list[OctorateRestaurantDetailsOpenForMealsItem] | Unset):
        cuisines (list[OctorateRestaurantDetailsCuisinesItem] | Unset):
        buffet (bool | Unset):
        alacarte (bool | Unset):
    """

    name: str | Unset = UNSET
    guests_only: bool | Unset = UNSET
    accept_reservations: bool | Unset = UNSET
    outdoor_seating: bool | Unset = UNSET
    meal_types: list[OctorateRestaurantDetailsMealTypesItem] | Unset = UNSET
    ambiances: list[OctorateRestaurantDetailsAmbiancesItem] | Unset = UNSET
    open_for_meals: list[OctorateRestaurantDetailsOpenForMealsItem] | Unset = UNSET
    cuisines: list[OctorateRestaurantDetailsCuisinesItem] | Unset = UNSET
    buffet: bool | Unset = UNSET
    alacarte: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        guests_only = self.guests_only

        accept_reservations = self.accept_reservations

        outdoor_seating = self.outdoor_seating

        meal_types: list[str] | Unset = UNSET
        if not isinstance(self.meal_types, Unset):
            meal_types = []
            for meal_types_item_data in self.meal_types:
                meal_types_item = meal_types_item_data.value
                meal_types.append(meal_types_item)

        ambiances: list[str] | Unset = UNSET
        if not isinstance(self.ambiances, Unset):
            ambiances = []
            for ambiances_item_data in self.ambiances:
                ambiances_item = ambiances_item_data.value
                ambiances.append(ambiances_item)

        open_for_meals: list[str] | Unset = UNSET
        if not isinstance(self.open_for_meals, Unset):
            open_for_meals = []
            for open_for_meals_item_data in self.open_for_meals:
                open_for_meals_item = open_for_meals_item_data.value
                open_for_meals.append(open_for_meals_item)

        cuisines: list[str] | Unset = UNSET
        if not isinstance(self.cuisines, Unset):
            cuisines = []
            for cuisines_item_data in self.cuisines:
                cuisines_item = cuisines_item_data.value
                cuisines.append(cuisines_item)

        buffet = self.buffet

        alacarte = self.alacarte

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if guests_only is not UNSET:
            field_dict["guestsOnly"] = guests_only
        if accept_reservations is not UNSET:
            field_dict["acceptReservations"] = accept_reservations
        if outdoor_seating is not UNSET:
            field_dict["outdoorSeating"] = outdoor_seating
        if meal_types is not UNSET:
            field_dict["mealTypes"] = meal_types
        if ambiances is not UNSET:
            field_dict["ambiances"] = ambiances
        if open_for_meals is not UNSET:
            field_dict["openForMeals"] = open_for_meals
        if cuisines is not UNSET:
            field_dict["cuisines"] = cuisines
        if buffet is not UNSET:
            field_dict["buffet"] = buffet
        if alacarte is not UNSET:
            field_dict["alacarte"] = alacarte

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        guests_only = d.pop("guestsOnly", UNSET)

        accept_reservations = d.pop("acceptReservations", UNSET)

        outdoor_seating = d.pop("outdoorSeating", UNSET)

        _meal_types = d.pop("mealTypes", UNSET)
        meal_types: list[OctorateRestaurantDetailsMealTypesItem] | Unset = UNSET
        if _meal_types is not UNSET:
            meal_types = []
            for meal_types_item_data in _meal_types:
                meal_types_item = enum_member(
                    OctorateRestaurantDetailsMealTypesItem, meal_types_item_data
                )

                meal_types.append(meal_types_item)

        _ambiances = d.pop("ambiances", UNSET)
        ambiances: list[OctorateRestaurantDetailsAmbiancesItem] | Unset = UNSET
        if _ambiances is not UNSET:
            ambiances = []
            for ambiances_item_data in _ambiances:
                ambiances_item = enum_member(
                    OctorateRestaurantDetailsAmbiancesItem, ambiances_item_data
                )

                ambiances.append(ambiances_item)

        _open_for_meals = d.pop("openForMeals", UNSET)
        open_for_meals: list[OctorateRestaurantDetailsOpenForMealsItem] | Unset = UNSET
        if _open_for_meals is not UNSET:
            open_for_meals = []
            for open_for_meals_item_data in _open_for_meals:
                open_for_meals_item = enum_member(
                    OctorateRestaurantDetailsOpenForMealsItem, open_for_meals_item_data
                )

                open_for_meals.append(open_for_meals_item)

        _cuisines = d.pop("cuisines", UNSET)
        cuisines: list[OctorateRestaurantDetailsCuisinesItem] | Unset = UNSET
        if _cuisines is not UNSET:
            cuisines = []
            for cuisines_item_data in _cuisines:
                cuisines_item = enum_member(
                    OctorateRestaurantDetailsCuisinesItem, cuisines_item_data
                )

                cuisines.append(cuisines_item)

        buffet = d.pop("buffet", UNSET)

        alacarte = d.pop("alacarte", UNSET)

        octorate_restaurant_details = cls(
            name=name,
            guests_only=guests_only,
            accept_reservations=accept_reservations,
            outdoor_seating=outdoor_seating,
            meal_types=meal_types,
            ambiances=ambiances,
            open_for_meals=open_for_meals,
            cuisines=cuisines,
            buffet=buffet,
            alacarte=alacarte,
        )

        octorate_restaurant_details.additional_properties = d
        return octorate_restaurant_details

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
