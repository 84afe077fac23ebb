from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class ApiRoomManagementBasicDTO(LazyModel):
    """
    Attributes:
        room_ids (list[int] | Unset): The rooms to move, copy or run rules
    """

    room_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        room_ids: list[int] | Unset = UNSET
        if not isinstance(self.room_ids, Unset):
            room_ids = self.room_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if room_ids is not UNSET:
            field_dict["roomIds"] = room_ids

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


def _load_room_ids(d: Mapping[str, Any]) -> list[int] | Unset:
    room_ids = cast(list[int], d.get("roomIds", UNSET))

    return room_ids


_KNOWN_KEYS = frozenset(("roomIds",))


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiRoomManagementBasicDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "room_ids" not in seen:
        room_ids = cast(list[int], d.get("roomIds", UNSET))

        _set(self, "room_ids", room_ids)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiRoomManagementBasicDTO._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "room_ids": _load_room_ids,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "room_ids",
        "additional_properties",
    ),
    keys={
        "room_ids": "roomIds",
    },
)
