from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_sub_room_bathroom_location import ApiSubRoomBathroomLocation
from ..models.api_sub_room_bathroom_type import ApiSubRoomBathroomType
from ..types import UNSET, Unset, enum_member


@_attrs_define
class ApiSubRoomBathroom(LazyModel):
    """
    Attributes:
        half_bathroom (bool | Unset):
        private_space (bool | Unset):
        bathtub_present (bool | Unset):
        shower_present (bool | Unset):
        sub_room_id (int | Unset):
        location (ApiSubRoomBathroomLocation | Unset):
        id (int | Unset):
        type_ (ApiSubRoomBathroomType | Unset):
    """

    half_bathroom: bool | Unset = UNSET
    private_space: bool | Unset = UNSET
    bathtub_present: bool | Unset = UNSET
    shower_present: bool | Unset = UNSET
    sub_room_id: int | Unset = UNSET
    location: ApiSubRoomBathroomLocation | Unset = UNSET
    id: int | Unset = UNSET
    type_: ApiSubRoomBathroomType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        half_bathroom = self.half_bathroom

        private_space = self.private_space

        bathtub_present = self.bathtub_present

        shower_present = self.shower_present

        sub_room_id = self.sub_room_id

        location: str | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.value

        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if half_bathroom is not UNSET:
            field_dict["halfBathroom"] = half_bathroom
        if private_space is not UNSET:
            field_dict["privateSpace"] = private_space
        if bathtub_present is not UNSET:
            field_dict["bathtubPresent"] = bathtub_present
        if shower_present is not UNSET:
            field_dict["showerPresent"] = shower_present
        if sub_room_id is not UNSET:
            field_dict["subRoomId"] = sub_room_id
        if location is not UNSET:
            field_dict["location"] = location
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_

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


def _load_half_bathroom(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("halfBathroom", UNSET)


def _load_private_space(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("privateSpace", UNSET)


def _load_bathtub_present(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("bathtubPresent", UNSET)


def _load_shower_present(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("showerPresent", UNSET)


def _load_sub_room_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("subRoomId", UNSET)


def _load_location(d: Mapping[str, Any]) -> ApiSubRoomBathroomLocation | Unset:
    _location = d.get("location", UNSET)
    location: ApiSubRoomBathroomLocation | Unset
    if isinstance(_location, Unset):
        location = UNSET
    else:
        location = enum_member(ApiSubRoomBathroomLocation, _location)

    return location


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_type_(d: Mapping[str, Any]) -> ApiSubRoomBathroomType | Unset:
    _type_ = d.get("type", UNSET)
    type_: ApiSubRoomBathroomType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = enum_member(ApiSubRoomBathroomType, _type_)

    return type_


_KNOWN_KEYS = frozenset(
    (
        "halfBathroom",
        "privateSpace",
        "bathtubPresent",
        "showerPresent",
        "subRoomId",
        "location",
        "id",
        "type",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiSubRoomBathroom, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "half_bathroom" not in seen:
        _set(self, "half_bathroom", d.get("halfBathroom", UNSET))
    if "private_space" not in seen:
        _set(self, "private_space", d.get("privateSpace", UNSET))
    if "bathtub_present" not in seen:
        _set(self, "bathtub_present", d.get("bathtubPresent", UNSET))
    if "shower_present" not in seen:
        _set(self, "shower_present", d.get("showerPresent", UNSET))
    if "sub_room_id" not in seen:
        _set(self, "sub_room_id", d.get("subRoomId", UNSET))
    if "location" not in seen:
        _location = d.get("location", UNSET)
        location: ApiSubRoomBathroomLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = enum_member(ApiSubRoomBathroomLocation, _location)

        _set(self, "location", location)
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "type_" not in seen:
        _type_ = d.get("type", UNSET)
        type_: ApiSubRoomBathroomType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(ApiSubRoomBathroomType, _type_)

        _set(self, "type_", type_)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiSubRoomBathroom._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "half_bathroom": _load_half_bathroom,
        "private_space": _load_private_space,
        "bathtub_present": _load_bathtub_present,
        "shower_present": _load_shower_present,
        "sub_room_id": _load_sub_room_id,
        "location": _load_location,
        "id": _load_id,
        "type_": _load_type_,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "half_bathroom": "halfBathroom",
        "private_space": "privateSpace",
        "bathtub_present": "bathtubPresent",
        "shower_present": "showerPresent",
        "sub_room_id": "subRoomId",
        "location": "location",
        "id": "id",
        "type_": "type",
    },
)
