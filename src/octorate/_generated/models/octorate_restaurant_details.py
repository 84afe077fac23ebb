from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
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


@_attrs_define
class OctorateRestaurantDetails(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("name", UNSET)


def _load_guests_only(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("guestsOnly", UNSET)


def _load_accept_reservations(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("acceptReservations", UNSET)


def _load_outdoor_seating(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("outdoorSeating", UNSET)


def _load_meal_types(d: Mapping[str, Any]) -> list[OctorateRestaurantDetailsMealTypesItem] | Unset:
    _meal_types = d.get("mealTypes", UNSET)
    meal_types: list[OctorateRestaurantDetailsMealTypesItem] | Unset = UNSET
    if _meal_types is not UNSET:
        meal_types = []
        for meal_types_item_data in _meal_types:
            meal_types_item = enum_member(
                OctorateRestaurantDetailsMealTypesItem, meal_types_item_data
            )

            meal_types.append(meal_types_item)

    return meal_types


def _load_ambiances(d: Mapping[str, Any]) -> list[OctorateRestaurantDetailsAmbiancesItem] | Unset:
    _ambiances = d.get("ambiances", UNSET)
    ambiances: list[OctorateRestaurantDetailsAmbiancesItem] | Unset = UNSET
    if _ambiances is not UNSET:
        ambiances = []
        for ambiances_item_data in _ambiances:
            ambiances_item = enum_member(
                OctorateRestaurantDetailsAmbiancesItem, ambiances_item_data
            )

            ambiances.append(ambiances_item)

    return ambiances


def _load_open_for_meals(
    d: Mapping[str, Any],
) -> list[OctorateRestaurantDetailsOpenForMealsItem] | Unset:
    _open_for_meals = d.get("openForMeals", UNSET)
    open_for_meals: list[OctorateRestaurantDetailsOpenForMealsItem] | Unset = UNSET
    if _open_for_meals is not UNSET:
        open_for_meals = []
        for open_for_meals_item_data in _open_for_meals:
            open_for_meals_item = enum_member(
                OctorateRestaurantDetailsOpenForMealsItem, open_for_meals_item_data
            )

            open_for_meals.append(open_for_meals_item)

    return open_for_meals


def _load_cuisines(d: Mapping[str, Any]) -> list[OctorateRestaurantDetailsCuisinesItem] | Unset:
    _cuisines = d.get("cuisines", UNSET)
    cuisines: list[OctorateRestaurantDetailsCuisinesItem] | Unset = UNSET
    if _cuisines is not UNSET:
        cuisines = []
        for cuisines_item_data in _cuisines:
            cuisines_item = enum_member(OctorateRestaurantDetailsCuisinesItem, cuisines_item_data)

            cuisines.append(cuisines_item)

    return cuisines


def _load_buffet(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("buffet", UNSET)


def _load_alacarte(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("alacarte", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "name",
        "guestsOnly",
        "acceptReservations",
        "outdoorSeating",
        "mealTypes",
        "ambiances",
        "openForMeals",
        "cuisines",
        "buffet",
        "alacarte",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: OctorateRestaurantDetails, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "name" not in seen:
        _set(self, "name", d.get("name", UNSET))
    if "guests_only" not in seen:
        _set(self, "guests_only", d.get("guestsOnly", UNSET))
    if "accept_reservations" not in seen:
        _set(self, "accept_reservations", d.get("acceptReservations", UNSET))
    if "outdoor_seating" not in seen:
        _set(self, "outdoor_seating", d.get("outdoorSeating", UNSET))
    if "meal_types" not in seen:
        _meal_types = d.get("mealTypes", UNSET)
        meal_types: list[OctorateRestaurantDetailsMealTypesItem] | Unset = UNSET
        if _meal_types is not UNSET:
            meal_types = []
            for meal_types_item_data in _meal_types:
                meal_types_item = enum_member(
                    OctorateRestaurantDetailsMealTypesItem, meal_types_item_data
                )

                meal_types.append(meal_types_item)

        _set(self, "meal_types", meal_types)
    if "ambiances" not in seen:
        _ambiances = d.get("ambiances", UNSET)
        ambiances: list[OctorateRestaurantDetailsAmbiancesItem] | Unset = UNSET
        if _ambiances is not UNSET:
            ambiances = []
            for ambiances_item_data in _ambiances:
                ambiances_item = enum_member(
                    OctorateRestaurantDetailsAmbiancesItem, ambiances_item_data
                )

                ambiances.append(ambiances_item)

        _set(self, "ambiances", ambiances)
    if "open_for_meals" not in seen:
        _open_for_meals = d.get("openForMeals", UNSET)
        open_for_meals: list[OctorateRestaurantDetailsOpenForMealsItem] | Unset = UNSET
        if _open_for_meals is not UNSET:
            open_for_meals = []
            for open_for_meals_item_data in _open_for_meals:
                open_for_meals_item = enum_member(
                    OctorateRestaurantDetailsOpenForMealsItem, open_for_meals_item_data
                )

                open_for_meals.append(open_for_meals_item)

        _set(self, "open_for_meals", open_for_meals)
    if "cuisines" not in seen:
        _cuisines = d.get("cuisines", UNSET)
        cuisines: list[OctorateRestaurantDetailsCuisinesItem] | Unset = UNSET
        if _cuisines is not UNSET:
            cuisines = []
            for cuisines_item_data in _cuisines:
                cuisines_item = enum_member(
                    OctorateRestaurantDetailsCuisinesItem, cuisines_item_data
                )

                cuisines.append(cuisines_item)

        _set(self, "cuisines", cuisines)
    if "buffet" not in seen:
        _set(self, "buffet", d.get("buffet", UNSET))
    if "alacarte" not in seen:
        _set(self, "alacarte", d.get("alacarte", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctorateRestaurantDetails._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "name": _load_name,
        "guests_only": _load_guests_only,
        "accept_reservations": _load_accept_reservations,
        "outdoor_seating": _load_outdoor_seating,
        "meal_types": _load_meal_types,
        "ambiances": _load_ambiances,
        "open_for_meals": _load_open_for_meals,
        "cuisines": _load_cuisines,
        "buffet": _load_buffet,
        "alacarte": _load_alacarte,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "meal_types",
        "ambiances",
        "open_for_meals",
        "cuisines",
        "additional_properties",
    ),
    keys={
        "name": "name",
        "guests_only": "guestsOnly",
        "accept_reservations": "acceptReservations",
        "outdoor_seating": "outdoorSeating",
        "meal_types": "mealTypes",
        "ambiances": "ambiances",
        "open_for_meals": "openForMeals",
        "cuisines": "cuisines",
        "buffet": "buffet",
        "alacarte": "alacarte",
    },
)
