from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class ApiRoomAmenityDTO(LazyModel):
    """
    Attributes:
        id (int | Unset): The id of this room amenity
        room_id (int | Unset): The id of the room
        amenity_id (int | Unset): The id of the amenity
        details (str | Unset): Details of this room amenity
        title (str | Unset): Title
    """

    id: int | Unset = UNSET
    room_id: int | Unset = UNSET
    amenity_id: int | Unset = UNSET
    details: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        id = self.id

        room_id = self.room_id

        amenity_id = self.amenity_id

        details = self.details

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if room_id is not UNSET:
            field_dict["roomId"] = room_id
        if amenity_id is not UNSET:
            field_dict["amenityId"] = amenity_id
        if details is not UNSET:
            field_dict["details"] = details
        if title is not UNSET:
            field_dict["title"] = title

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


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_room_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("roomId", UNSET)


def _load_amenity_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("amenityId", UNSET)


def _load_details(d: Mapping[str, Any]) -> str | Unset:
    return d.get("details", UNSET)


def _load_title(d: Mapping[str, Any]) -> str | Unset:
    return d.get("title", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "id",
        "roomId",
        "amenityId",
        "details",
        "title",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiRoomAmenityDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "room_id" not in seen:
        _set(self, "room_id", d.get("roomId", UNSET))
    if "amenity_id" not in seen:
        _set(self, "amenity_id", d.get("amenityId", UNSET))
    if "details" not in seen:
        _set(self, "details", d.get("details", UNSET))
    if "title" not in seen:
        _set(self, "title", d.get("title", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiRoomAmenityDTO._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "id": _load_id,
        "room_id": _load_room_id,
        "amenity_id": _load_amenity_id,
        "details": _load_details,
        "title": _load_title,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "id": "id",
        "room_id": "roomId",
        "amenity_id": "amenityId",
        "details": "details",
        "title": "title",
    },
)
