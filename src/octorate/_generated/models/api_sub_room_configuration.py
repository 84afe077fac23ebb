from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_sub_room_bed import ApiSubRoomBed


@_attrs_define
class ApiSubRoomConfiguration(LazyModel):
    """
    Attributes:
        sub_room_beds (list[ApiSubRoomBed] | Unset):
        sub_room_id (int | Unset):
        default_configuration (bool | Unset):
        id (int | Unset):
    """

    sub_room_beds: list[ApiSubRoomBed] | Unset = UNSET
    sub_room_id: int | Unset = UNSET
    default_configuration: bool | Unset = UNSET
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        sub_room_beds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_room_beds, Unset):
            sub_room_beds = []
            for sub_room_beds_item_data in self.sub_room_beds:
                sub_room_beds_item = sub_room_beds_item_data.to_dict()
                sub_room_beds.append(sub_room_beds_item)

        sub_room_id = self.sub_room_id

        default_configuration = self.default_configuration

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sub_room_beds is not UNSET:
            field_dict["subRoomBeds"] = sub_room_beds
        if sub_room_id is not UNSET:
            field_dict["subRoomId"] = sub_room_id
        if default_configuration is not UNSET:
            field_dict["defaultConfiguration"] = default_configuration
        if id is not UNSET:
            field_dict["id"] = id

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


def _load_sub_room_beds(d: Mapping[str, Any]) -> list[ApiSubRoomBed] | Unset:
    _sub_room_beds = d.get("subRoomBeds", UNSET)
    sub_room_beds: list[ApiSubRoomBed] | Unset = UNSET
    if _sub_room_beds is not UNSET:
        sub_room_beds = ApiSubRoomBed._from_json_list(_sub_room_beds)

    return sub_room_beds


def _load_sub_room_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("subRoomId", UNSET)


def _load_default_configuration(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("defaultConfiguration", UNSET)


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "subRoomBeds",
        "subRoomId",
        "defaultConfiguration",
        "id",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiSubRoomConfiguration, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "sub_room_beds" not in seen:
        _sub_room_beds = d.get("subRoomBeds", UNSET)
        sub_room_beds: list[ApiSubRoomBed] | Unset = UNSET
        if _sub_room_beds is not UNSET:
            sub_room_beds = ApiSubRoomBed._from_json_list(_sub_room_beds)

        _set(self, "sub_room_beds", sub_room_beds)
    if "sub_room_id" not in seen:
        _set(self, "sub_room_id", d.get("subRoomId", UNSET))
    if "default_configuration" not in seen:
        _set(self, "default_configuration", d.get("defaultConfiguration", UNSET))
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiSubRoomConfiguration._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "sub_room_beds": _load_sub_room_beds,
        "sub_room_id": _load_sub_room_id,
        "default_configuration": _load_default_configuration,
        "id": _load_id,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "sub_room_beds",
        "additional_properties",
    ),
    keys={
        "sub_room_beds": "subRoomBeds",
        "sub_room_id": "subRoomId",
        "default_configuration": "defaultConfiguration",
        "id": "id",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_sub_room_bed import ApiSubRoomBed  # noqa: E402
