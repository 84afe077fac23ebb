from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_listing_place_dto import ApiListingPlaceDTO


@_attrs_define
class ApiRoomManagementDTO(LazyModel):
    """
    Attributes:
        room_ids (list[int] | Unset): The rooms to move, copy or run rules
        destination_accommodation_id (str | Unset): The destination accommodation. Empty if new structure
        new_accommodation_name (str | Unset): The new accommodation name
        new_accommodation_place (ApiListingPlaceDTO | Unset): The location of this listing
    """

    room_ids: list[int] | Unset = UNSET
    destination_accommodation_id: str | Unset = UNSET
    new_accommodation_name: str | Unset = UNSET
    new_accommodation_place: ApiListingPlaceDTO | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        room_ids: list[int] | Unset = UNSET
        if not isinstance(self.room_ids, Unset):
            room_ids = self.room_ids

        destination_accommodation_id = self.destination_accommodation_id

        new_accommodation_name = self.new_accommodation_name

        new_accommodation_place: dict[str, Any] | Unset = UNSET
        if not isinstance(self.new_accommodation_place, Unset):
            new_accommodation_place = self.new_accommodation_place.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if room_ids is not UNSET:
            field_dict["roomIds"] = room_ids
        if destination_accommodation_id is not UNSET:
            field_dict["destinationAccommodationId"] = destination_accommodation_id
        if new_accommodation_name is not UNSET:
            field_dict["newAccommodationName"] = new_accommodation_name
        if new_accommodation_place is not UNSET:
            field_dict["newAccommodationPlace"] = new_accommodation_place

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


def _load_destination_accommodation_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("destinationAccommodationId", UNSET)


def _load_new_accommodation_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("newAccommodationName", UNSET)


def _load_new_accommodation_place(d: Mapping[str, Any]) -> ApiListingPlaceDTO | Unset:
    _new_accommodation_place = d.get("newAccommodationPlace", UNSET)
    new_accommodation_place: ApiListingPlaceDTO | Unset
    if isinstance(_new_accommodation_place, Unset):
        new_accommodation_place = UNSET
    else:
        new_accommodation_place = ApiListingPlaceDTO._from_json(_new_accommodation_place)

    return new_accommodation_place


_KNOWN_KEYS = frozenset(
    (
        "roomIds",
        "destinationAccommodationId",
        "newAccommodationName",
        "newAccommodationPlace",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiRoomManagementDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "room_ids" not in seen:
        room_ids = cast(list[int], d.get("roomIds", UNSET))

        _set(self, "room_ids", room_ids)
    if "destination_accommodation_id" not in seen:
        _set(self, "destination_accommodation_id", d.get("destinationAccommodationId", UNSET))
    if "new_accommodation_name" not in seen:
        _set(self, "new_accommodation_name", d.get("newAccommodationName", UNSET))
    if "new_accommodation_place" not in seen:
        _new_accommodation_place = d.get("newAccommodationPlace", UNSET)
        new_accommodation_place: ApiListingPlaceDTO | Unset
        if isinstance(_new_accommodation_place, Unset):
            new_accommodation_place = UNSET
        else:
            new_accommodation_place = ApiListingPlaceDTO._from_json(_new_accommodation_place)

        _set(self, "new_accommodation_place", new_accommodation_place)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiRoomManagementDTO._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "room_ids": _load_room_ids,
        "destination_accommodation_id": _load_destination_accommodation_id,
        "new_accommodation_name": _load_new_accommodation_name,
        "new_accommodation_place": _load_new_accommodation_place,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "room_ids",
        "new_accommodation_place",
        "additional_properties",
    ),
    keys={
        "room_ids": "roomIds",
        "destination_accommodation_id": "destinationAccommodationId",
        "new_accommodation_name": "newAccommodationName",
        "new_accommodation_place": "newAccommodationPlace",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_listing_place_dto import ApiListingPlaceDTO  # noqa: E402
