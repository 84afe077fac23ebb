from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.octorate_swimming_pool_details_allowed_age_type import (
    OctorateSwimmingPoolDetailsAllowedAgeType,
)
from ..models.octorate_swimming_pool_details_availability_type import (
    OctorateSwimmingPoolDetailsAvailabilityType,
)
from ..models.octorate_swimming_pool_details_swimming_pool_type import (
    OctorateSwimmingPoolDetailsSwimmingPoolType,
)
from ..types import UNSET, Unset, enum_member


@_attrs_define
class OctorateSwimmingPoolDetails(LazyModel):
    """Swimming pool details

    Attributes:
        name (str | Unset):
        swimming_pool_type (OctorateSwimmingPoolDetailsSwimmingPoolType | Unset):
        availability_type (OctorateSwimmingPoolDetailsAvailabilityType | Unset):
        allowed_age_type (OctorateSwimmingPoolDetailsAllowedAgeType | Unset):
        has_loungers (bool | Unset):
        has_water_slide (bool | Unset):
        has_pool_bar (bool | Unset):
        has_pool_cover (bool | Unset):
        has_free_towels (bool | Unset):
        has_pool_toys (bool | Unset):
        has_sun_umbrellas (bool | Unset):
        has_fence_around_pool (bool | Unset):
        has_snake_trap (bool | Unset):
        shared (bool | Unset):
        rooftop (bool | Unset):
        shallow_end (bool | Unset):
        infinity (bool | Unset):
        heated (bool | Unset):
        salt_water (bool | Unset):
        pool_with_view (bool | Unset):
        plunge_pool (bool | Unset):
    """

    name: str | Unset = UNSET
    swimming_pool_type: OctorateSwimmingPoolDetailsSwimmingPoolType | Unset = UNSET
    availability_type: OctorateSwimmingPoolDetailsAvailabilityType | Unset = UNSET
    allowed_age_type: OctorateSwimmingPoolDetailsAllowedAgeType | Unset = UNSET
    has_loungers: bool | Unset = UNSET
    has_water_slide: bool | Unset = UNSET
    has_pool_bar: bool | Unset = UNSET
    has_pool_cover: bool | Unset = UNSET
    has_free_towels: bool | Unset = UNSET
    has_pool_toys: bool | Unset = UNSET
    has_sun_umbrellas: bool | Unset = UNSET
    has_fence_around_pool: bool | Unset = UNSET
    has_snake_trap: bool | Unset = UNSET
    shared: bool | Unset = UNSET
    rooftop: bool | Unset = UNSET
    shallow_end: bool | Unset = UNSET
    infinity: bool | Unset = UNSET
    heated: bool | Unset = UNSET
    salt_water: bool | Unset = UNSET
    pool_with_view: bool | Unset = UNSET
    plunge_pool: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        name = self.name

        swimming_pool_type: str | Unset = UNSET
        if not isinstance(self.swimming_pool_type, Unset):
            swimming_pool_type = self.swimming_pool_type.value

        availability_type: str | Unset = UNSET
        if not isinstance(self.availability_type, Unset):
            availability_type = self.availability_type.value

        allowed_age_type: str | Unset = UNSET
        if not isinstance(self.allowed_age_type, Unset):
            allowed_age_type = self.allowed_age_type.value

        has_loungers = self.has_loungers

        has_water_slide = self.has_water_slide

        has_pool_bar = self.has_pool_bar

        has_pool_cover = self.has_pool_cover

        has_free_towels = self.has_free_towels

        has_pool_toys = self.has_pool_toys

        has_sun_umbrellas = self.has_sun_umbrellas

        has_fence_around_pool = self.has_fence_around_pool

        has_snake_trap = self.has_snake_trap

        shared = self.shared

        rooftop = self.rooftop

        shallow_end = self.shallow_end

        infinity = self.infinity

        heated = self.heated

        salt_water = self.salt_water

        pool_with_view = self.pool_with_view

        plunge_pool = self.plunge_pool

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if swimming_pool_type is not UNSET:
            field_dict["swimmingPoolType"] = swimming_pool_type
        if availability_type is not UNSET:
            field_dict["availabilityType"] = availability_type
        if allowed_age_type is not UNSET:
            field_dict["allowedAgeType"] = allowed_age_type
        if has_loungers is not UNSET:
            field_dict["hasLoungers"] = has_loungers
        if has_water_slide is not UNSET:
            field_dict["hasWaterSlide"] = has_water_slide
        if has_pool_bar is not UNSET:
            field_dict["hasPoolBar"] = has_pool_bar
        if has_pool_cover is not UNSET:
            field_dict["hasPoolCover"] = has_pool_cover
        if has_free_towels is not UNSET:
            field_dict["hasFreeTowels"] = has_free_towels
        if has_pool_toys is not UNSET:
            field_dict["hasPoolToys"] = has_pool_toys
        if has_sun_umbrellas is not UNSET:
            field_dict["hasSunUmbrellas"] = has_sun_umbrellas
        if has_fence_around_pool is not UNSET:
            field_dict["hasFenceAroundPool"] = has_fence_around_pool
        if has_snake_trap is not UNSET:
            field_dict["hasSnakeTrap"] = has_snake_trap
        if shared is not UNSET:
            field_dict["shared"] = shared
        if rooftop is not UNSET:
            field_dict["rooftop"] = rooftop
        if shallow_end is not UNSET:
            field_dict["shallowEnd"] = shallow_end
        if infinity is not UNSET:
            field_dict["infinity"] = infinity
        if heated is not UNSET:
            field_dict["heated"] = heated
        if salt_water is not UNSET:
            field_dict["saltWater"] = salt_water
        if pool_with_view is not UNSET:
            field_dict["poolWithView"] = pool_with_view
        if plunge_pool is not UNSET:
            field_dict["plungePool"] = plunge_pool

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


def _load_swimming_pool_type(
    d: Mapping[str, Any],
) -> OctorateSwimmingPoolDetailsSwimmingPoolType | Unset:
    _swimming_pool_type = d.get("swimmingPoolType", UNSET)
    swimming_pool_type: OctorateSwimmingPoolDetailsSwimmingPoolType | Unset
    if isinstance(_swimming_pool_type, Unset):
        swimming_pool_type = UNSET
    else:
        swimming_pool_type = enum_member(
            OctorateSwimmingPoolDetailsSwimmingPoolType, _swimming_pool_type
        )

    return swimming_pool_type


def _load_availability_type(
    d: Mapping[str, Any],
) -> OctorateSwimmingPoolDetailsAvailabilityType | Unset:
    _availability_type = d.get("availabilityType", UNSET)
    availability_type: OctorateSwimmingPoolDetailsAvailabilityType | Unset
    if isinstance(_availability_type, Unset):
        availability_type = UNSET
    else:
        availability_type = enum_member(
            OctorateSwimmingPoolDetailsAvailabilityType, _availability_type
        )

    return availability_type


def _load_allowed_age_type(
    d: Mapping[str, Any],
) -> OctorateSwimmingPoolDetailsAllowedAgeType | Unset:
    _allowed_age_type = d.get("allowedAgeType", UNSET)
    allowed_age_type: OctorateSwimmingPoolDetailsAllowedAgeType | Unset
    if isinstance(_allowed_age_type, Unset):
        allowed_age_type = UNSET
    else:
        allowed_age_type = enum_member(OctorateSwimmingPoolDetailsAllowedAgeType, _allowed_age_type)

    return allowed_age_type


def _load_has_loungers(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("hasLoungers", UNSET)


def _load_has_water_slide(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("hasWaterSlide", UNSET)


def _load_has_pool_bar(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("hasPoolBar", UNSET)


def _load_has_pool_cover(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("hasPoolCover", UNSET)


def _load_has_free_towels(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("hasFreeTowels", UNSET)


def _load_has_pool_toys(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("hasPoolToys", UNSET)


def _load_has_sun_umbrellas(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("hasSunUmbrellas", UNSET)


def _load_has_fence_around_pool(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("hasFenceAroundPool", UNSET)


def _load_has_snake_trap(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("hasSnakeTrap", UNSET)


def _load_shared(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("shared", UNSET)


def _load_rooftop(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("rooftop", UNSET)


def _load_shallow_end(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("shallowEnd", UNSET)


def _load_infinity(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("infinity", UNSET)


def _load_heated(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("heated", UNSET)


def _load_salt_water(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("saltWater", UNSET)


def _load_pool_with_view(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("poolWithView", UNSET)


def _load_plunge_pool(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("plungePool", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "name",
        "swimmingPoolType",
        "availabilityType",
        "allowedAgeType",
        "hasLoungers",
        "hasWaterSlide",
        "hasPoolBar",
        "hasPoolCover",
        "hasFreeTowels",
        "hasPoolToys",
        "hasSunUmbrellas",
        "hasFenceAroundPool",
        "hasSnakeTrap",
        "shared",
        "rooftop",
        "shallowEnd",
        "infinity",
        "heated",
        "saltWater",
        "poolWithView",
        "plungePool",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(
    self: OctorateSwimmingPoolDetails, d: Mapping[str, Any], seen: Container[str]
) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "name" not in seen:
        _set(self, "name", d.get("name", UNSET))
    if "swimming_pool_type" not in seen:
        _swimming_pool_type = d.get("swimmingPoolType", UNSET)
        swimming_pool_type: OctorateSwimmingPoolDetailsSwimmingPoolType | Unset
        if isinstance(_swimming_pool_type, Unset):
            swimming_pool_type = UNSET
        else:
            swimming_pool_type = enum_member(
                OctorateSwimmingPoolDetailsSwimmingPoolType, _swimming_pool_type
            )

        _set(self, "swimming_pool_type", swimming_pool_type)
    if "availability_type" not in seen:
        _availability_type = d.get("availabilityType", UNSET)
        availability_type: OctorateSwimmingPoolDetailsAvailabilityType | Unset
        if isinstance(_availability_type, Unset):
            availability_type = UNSET
        else:
            availability_type = enum_member(
                OctorateSwimmingPoolDetailsAvailabilityType, _availability_type
            )

        _set(self, "availability_type", availability_type)
    if "allowed_age_type" not in seen:
        _allowed_age_type = d.get("allowedAgeType", UNSET)
        allowed_age_type: OctorateSwimmingPoolDetailsAllowedAgeType | Unset
        if isinstance(_allowed_age_type, Unset):
            allowed_age_type = UNSET
        else:
            allowed_age_type = enum_member(
                OctorateSwimmingPoolDetailsAllowedAgeType, _allowed_age_type
            )

        _set(self, "allowed_age_type", allowed_age_type)
    if "has_loungers" not in seen:
        _set(self, "has_loungers", d.get("hasLoungers", UNSET))
    if "has_water_slide" not in seen:
        _set(self, "has_water_slide", d.get("hasWaterSlide", UNSET))
    if "has_pool_bar" not in seen:
        _set(self, "has_pool_bar", d.get("hasPoolBar", UNSET))
    if "has_pool_cover" not in seen:
        _set(self, "has_pool_cover", d.get("hasPoolCover", UNSET))
    if "has_free_towels" not in seen:
        _set(self, "has_free_towels", d.get("hasFreeTowels", UNSET))
    if "has_pool_toys" not in seen:
        _set(self, "has_pool_toys", d.get("hasPoolToys", UNSET))
    if "has_sun_umbrellas" not in seen:
        _set(self, "has_sun_umbrellas", d.get("hasSunUmbrellas", UNSET))
    if "has_fence_around_pool" not in seen:
        _set(self, "has_fence_around_pool", d.get("hasFenceAroundPool", UNSET))
    if "has_snake_trap" not in seen:
        _set(self, "has_snake_trap", d.get("hasSnakeTrap", UNSET))
    if "shared" not in seen:
        _set(self, "shared", d.get("shared", UNSET))
    if "rooftop" not in seen:
        _set(self, "rooftop", d.get("rooftop", UNSET))
    if "shallow_end" not in seen:
        _set(self, "shallow_end", d.get("shallowEnd", UNSET))
    if "infinity" not in seen:
        _set(self, "infinity", d.get("infinity", UNSET))
    if "heated" not in seen:
        _set(self, "heated", d.get("heated", UNSET))
    if "salt_water" not in seen:
        _set(self, "salt_water", d.get("saltWater", UNSET))
    if "pool_with_view" not in seen:
        _set(self, "pool_with_view", d.get("poolWithView", UNSET))
    if "plunge_pool" not in seen:
        _set(self, "plunge_pool", d.get("plungePool", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctorateSwimmingPoolDetails._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "name": _load_name,
        "swimming_pool_type": _load_swimming_pool_type,
        "availability_type": _load_availability_type,
        "allowed_age_type": _load_allowed_age_type,
        "has_loungers": _load_has_loungers,
        "has_water_slide": _load_has_water_slide,
        "has_pool_bar": _load_has_pool_bar,
        "has_pool_cover": _load_has_pool_cover,
        "has_free_towels": _load_has_free_towels,
        "has_pool_toys": _load_has_pool_toys,
        "has_sun_umbrellas": _load_has_sun_umbrellas,
        "has_fence_around_pool": _load_has_fence_around_pool,
        "has_snake_trap": _load_has_snake_trap,
        "shared": _load_shared,
        "rooftop": _load_rooftop,
        "shallow_end": _load_shallow_end,
        "infinity": _load_infinity,
        "heated": _load_heated,
        "salt_water": _load_salt_water,
        "pool_with_view": _load_pool_with_view,
        "plunge_pool": _load_plunge_pool,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "name": "name",
        "swimming_pool_type": "swimmingPoolType",
        "availability_type": "availabilityType",
        "allowed_age_type": "allowedAgeType",
        "has_loungers": "hasLoungers",
        "has_water_slide": "hasWaterSlide",
        "has_pool_bar": "hasPoolBar",
        "has_pool_cover": "hasPoolCover",
        "has_free_towels": "hasFreeTowels",
        "has_pool_toys": "hasPoolToys",
        "has_sun_umbrellas": "hasSunUmbrellas",
        "has_fence_around_pool": "hasFenceAroundPool",
        "has_snake_trap": "hasSnakeTrap",
        "shared": "shared",
        "rooftop": "rooftop",
        "shallow_end": "shallowEnd",
        "infinity": "infinity",
        "heated": "heated",
        "salt_water": "saltWater",
        "pool_with_view": "poolWithView",
        "plunge_pool": "plungePool",
    },
)
