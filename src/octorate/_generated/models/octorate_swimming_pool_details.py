from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="OctorateSwimmingPoolDetails")


@_attrs_define
class OctorateSwimmingPoolDetails:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _swimming_pool_type = d.pop("swimmingPoolType", UNSET)
        swimming_pool_type: OctorateSwimmingPoolDetailsSwimmingPoolType | Unset
        if isinstance(_swimming_pool_type, Unset):
            swimming_pool_type = UNSET
        else:
            swimming_pool_type = enum_member(
                OctorateSwimmingPoolDetailsSwimmingPoolType, _swimming_pool_type
            )

        _availability_type = d.pop("availabilityType", UNSET)
        availability_type: OctorateSwimmingPoolDetailsAvailabilityType | Unset
        if isinstance(_availability_type, Unset):
            availability_type = UNSET
        else:
            availability_type = enum_member(
                OctorateSwimmingPoolDetailsAvailabilityType, _availability_type
            )

        _allowed_age_type = d.pop("allowedAgeType", UNSET)
        allowed_age_type: OctorateSwimmingPoolDetailsAllowedAgeType | Unset
        if isinstance(_allowed_age_type, Unset):
            allowed_age_type = UNSET
        else:
            allowed_age_type = enum_member(
                OctorateSwimmingPoolDetailsAllowedAgeType, _allowed_age_type
            )

        has_loungers = d.pop("hasLoungers", UNSET)

        has_water_slide = d.pop("hasWaterSlide", UNSET)

        has_pool_bar = d.pop("hasPoolBar", UNSET)

        has_pool_cover = d.pop("hasPoolCover", UNSET)

        has_free_towels = d.pop("hasFreeTowels", UNSET)

        has_pool_toys = d.pop("hasPoolToys", UNSET)

        has_sun_umbrellas = d.pop("hasSunUmbrellas", UNSET)

        has_fence_around_pool = d.pop("hasFenceAroundPool", UNSET)

        has_snake_trap = d.pop("hasSnakeTrap", UNSET)

        shared = d.pop("shared", UNSET)

        rooftop = d.pop("rooftop", UNSET)

        shallow_end = d.pop("shallowEnd", UNSET)

        infinity = d.pop("infinity", UNSET)

        heated = d.pop("heated", UNSET)

        salt_water = d.pop("saltWater", UNSET)

        pool_with_view = d.pop("poolWithView", UNSET)

        plunge_pool = d.pop("plungePool", UNSET)

        octorate_swimming_pool_details = cls(
            name=name,
            swimming_pool_type=swimming_pool_type,
            availability_type=availability_type,
            allowed_age_type=allowed_age_type,
            has_loungers=has_loungers,
            has_water_slide=has_water_slide,
            has_pool_bar=has_pool_bar,
            has_pool_cover=has_pool_cover,
            has_free_towels=has_free_towels,
            has_pool_toys=has_pool_toys,
            has_sun_umbrellas=has_sun_umbrellas,
            has_fence_around_pool=has_fence_around_pool,
            has_snake_trap=has_snake_trap,
            shared=shared,
            rooftop=rooftop,
            shallow_end=shallow_end,
            infinity=infinity,
            heated=heated,
            salt_water=salt_water,
            pool_with_view=pool_with_view,
            plunge_pool=plunge_pool,
        )

        octorate_swimming_pool_details.additional_properties = d
        return octorate_swimming_pool_details

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
