from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class ReservationExternal(LazyModel):
    """
    Attributes:
        id (int | Unset):
        channel_id (str | Unset):
        property_id (str | Unset):
        octorate_id (str | Unset):
        room (str | Unset):
    """

    id: int | Unset = UNSET
    channel_id: str | Unset = UNSET
    property_id: str | Unset = UNSET
    octorate_id: str | Unset = UNSET
    room: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        id = self.id

        channel_id = self.channel_id

        property_id = self.property_id

        octorate_id = self.octorate_id

        room = self.room

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if channel_id is not UNSET:
            field_dict["channelId"] = channel_id
        if property_id is not UNSET:
            field_dict["propertyId"] = property_id
        if octorate_id is not UNSET:
            field_dict["octorateId"] = octorate_id
        if room is not UNSET:
            field_dict["room"] = room

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


def _load_channel_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("channelId", UNSET)


def _load_property_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("propertyId", UNSET)


def _load_octorate_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("octorateId", UNSET)


def _load_room(d: Mapping[str, Any]) -> str | Unset:
    return d.get("room", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "id",
        "channelId",
        "propertyId",
        "octorateId",
        "room",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ReservationExternal, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "channel_id" not in seen:
        _set(self, "channel_id", d.get("channelId", UNSET))
    if "property_id" not in seen:
        _set(self, "property_id", d.get("propertyId", UNSET))
    if "octorate_id" not in seen:
        _set(self, "octorate_id", d.get("octorateId", UNSET))
    if "room" not in seen:
        _set(self, "room", d.get("room", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ReservationExternal._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "id": _load_id,
        "channel_id": _load_channel_id,
        "property_id": _load_property_id,
        "octorate_id": _load_octorate_id,
        "room": _load_room,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "id": "id",
        "channel_id": "channelId",
        "property_id": "propertyId",
        "octorate_id": "octorateId",
        "room": "room",
    },
)
