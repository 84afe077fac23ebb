from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_sub_room_type import ApiSubRoomType
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.api_sub_room_bathroom import ApiSubRoomBathroom
    from ..models.api_sub_room_bed import ApiSubRoomBed
    from ..models.api_sub_room_configuration import ApiSubRoomConfiguration


@_attrs_define
class ApiSubRoom(LazyModel):
    """The list of the subrooms of this room

    Attributes:
        room_id (int | Unset):
        sub_room_configurations (list[ApiSubRoomConfiguration] | Unset):
        max_guests (int | Unset):
        sub_room_bathroom (ApiSubRoomBathroom | Unset):
        room_number (int | Unset):
        sub_room_beds (list[ApiSubRoomBed] | Unset):
        private_space (bool | Unset):
        id (int | Unset):
        type_ (ApiSubRoomType | Unset):
    """

    room_id: int | Unset = UNSET
    sub_room_configurations: list[ApiSubRoomConfiguration] | Unset = UNSET
    max_guests: int | Unset = UNSET
    sub_room_bathroom: ApiSubRoomBathroom | Unset = UNSET
    room_number: int | Unset = UNSET
    sub_room_beds: list[ApiSubRoomBed] | Unset = UNSET
    private_space: bool | Unset = UNSET
    id: int | Unset = UNSET
    type_: ApiSubRoomType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        room_id = self.room_id

        sub_room_configurations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_room_configurations, Unset):
            sub_room_configurations = []
            for sub_room_configurations_item_data in self.sub_room_configurations:
                sub_room_configurations_item = sub_room_configurations_item_data.to_dict()
                sub_room_configurations.append(sub_room_configurations_item)

        max_guests = self.max_guests

        sub_room_bathroom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sub_room_bathroom, Unset):
            sub_room_bathroom = self.sub_room_bathroom.to_dict()

        room_number = self.room_number

        sub_room_beds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_room_beds, Unset):
            sub_room_beds = []
            for sub_room_beds_item_data in self.sub_room_beds:
                sub_room_beds_item = sub_room_beds_item_data.to_dict()
                sub_room_beds.append(sub_room_beds_item)

        private_space = self.private_space

        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if room_id is not UNSET:
            field_dict["roomId"] = room_id
        if sub_room_configurations is not UNSET:
            field_dict["subRoomConfigurations"] = sub_room_configurations
        if max_guests is not UNSET:
            field_dict["maxGuests"] = max_guests
        if sub_room_bathroom is not UNSET:
            field_dict["subRoomBathroom"] = sub_room_bathroom
        if room_number is not UNSET:
            field_dict["roomNumber"] = room_number
        if sub_room_beds is not UNSET:
            field_dict["subRoomBeds"] = sub_room_beds
        if private_space is not UNSET:
            field_dict["privateSpace"] = private_space
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


def _load_room_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("roomId", UNSET)


def _load_sub_room_configurations(d: Mapping[str, Any]) -> list[ApiSubRoomConfiguration] | Unset:
    _sub_room_configurations = d.get("subRoomConfigurations", UNSET)
    sub_room_configurations: list[ApiSubRoomConfiguration] | Unset = UNSET
    if _sub_room_configurations is not UNSET:
        sub_room_configurations = ApiSubRoomConfiguration._from_json_list(_sub_room_configurations)

    return sub_room_configurations


def _load_max_guests(d: Mapping[str, Any]) -> int | Unset:
    return d.get("maxGuests", UNSET)


def _load_sub_room_bathroom(d: Mapping[str, Any]) -> ApiSubRoomBathroom | Unset:
    _sub_room_bathroom = d.get("subRoomBathroom", UNSET)
    sub_room_bathroom: ApiSubRoomBathroom | Unset
    if isinstance(_sub_room_bathroom, Unset):
        sub_room_bathroom = UNSET
    else:
        sub_room_bathroom = ApiSubRoomBathroom._from_json(_sub_room_bathroom)

    return sub_room_bathroom


def _load_room_number(d: Mapping[str, Any]) -> int | Unset:
    return d.get("roomNumber", UNSET)


def _load_sub_room_beds(d: Mapping[str, Any]) -> list[ApiSubRoomBed] | Unset:
    _sub_room_beds = d.get("subRoomBeds", UNSET)
    sub_room_beds: list[ApiSubRoomBed] | Unset = UNSET
    if _sub_room_beds is not UNSET:
        sub_room_beds = ApiSubRoomBed._from_json_list(_sub_room_beds)

    return sub_room_beds


def _load_private_space(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("privateSpace", UNSET)


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_type_(d: Mapping[str, Any]) -> ApiSubRoomType | Unset:
    _type_ = d.get("type", UNSET)
    type_: ApiSubRoomType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = enum_member(ApiSubRoomType, _type_)

    return type_


_KNOWN_KEYS = frozenset(
    (
        "roomId",
        "subRoomConfigurations",
        "maxGuests",
        "subRoomBathroom",
        "roomNumber",
        "subRoomBeds",
        "privateSpace",
        "id",
        "type",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiSubRoom, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "room_id" not in seen:
        _set(self, "room_id", d.get("roomId", UNSET))
    if "sub_room_configurations" not in seen:
        _sub_room_configurations = d.get("subRoomConfigurations", UNSET)
        sub_room_configurations: list[ApiSubRoomConfiguration] | Unset = UNSET
        if _sub_room_configurations is not UNSET:
            sub_room_configurations = ApiSubRoomConfiguration._from_json_list(
                _sub_room_configurations
            )

        _set(self, "sub_room_configurations", sub_room_configurations)
    if "max_guests" not in seen:
        _set(self, "max_guests", d.get("maxGuests", UNSET))
    if "sub_room_bathroom" not in seen:
        _sub_room_bathroom = d.get("subRoomBathroom", UNSET)
        sub_room_bathroom: ApiSubRoomBathroom | Unset
        if isinstance(_sub_room_bathroom, Unset):
            sub_room_bathroom = UNSET
        else:
            sub_room_bathroom = ApiSubRoomBathroom._from_json(_sub_room_bathroom)

        _set(self, "sub_room_bathroom", sub_room_bathroom)
    if "room_number" not in seen:
        _set(self, "room_number", d.get("roomNumber", UNSET))
    if "sub_room_beds" not in seen:
        _sub_room_beds = d.get("subRoomBeds", UNSET)
        sub_room_beds: list[ApiSubRoomBed] | Unset = UNSET
        if _sub_room_beds is not UNSET:
            sub_room_beds = ApiSubRoomBed._from_json_list(_sub_room_beds)

        _set(self, "sub_room_beds", sub_room_beds)
    if "private_space" not in seen:
        _set(self, "private_space", d.get("privateSpace", UNSET))
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "type_" not in seen:
        _type_ = d.get("type", UNSET)
        type_: ApiSubRoomType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(ApiSubRoomType, _type_)

        _set(self, "type_", type_)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiSubRoom._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "room_id": _load_room_id,
        "sub_room_configurations": _load_sub_room_configurations,
        "max_guests": _load_max_guests,
        "sub_room_bathroom": _load_sub_room_bathroom,
        "room_number": _load_room_number,
        "sub_room_beds": _load_sub_room_beds,
        "private_space": _load_private_space,
        "id": _load_id,
        "type_": _load_type_,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "sub_room_configurations",
        "sub_room_bathroom",
        "sub_room_beds",
        "additional_properties",
    ),
    keys={
        "room_id": "roomId",
        "sub_room_configurations": "subRoomConfigurations",
        "max_guests": "maxGuests",
        "sub_room_bathroom": "subRoomBathroom",
        "room_number": "roomNumber",
        "sub_room_beds": "subRoomBeds",
        "private_space": "privateSpace",
        "id": "id",
        "type_": "type",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_sub_room_bathroom import ApiSubRoomBathroom  # noqa: E402
from ..models.api_sub_room_bed import ApiSubRoomBed  # noqa: E402
from ..models.api_sub_room_configuration import ApiSubRoomConfiguration  # noqa: E402
