from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.external_room_descriptor_location import ExternalRoomDescriptorLocation
from ..models.external_room_descriptor_type import ExternalRoomDescriptorType
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.external_bed_descriptor import ExternalBedDescriptor
    from ..models.external_subroom_configuration_descriptor import (
        ExternalSubroomConfigurationDescriptor,
    )


@_attrs_define
class ExternalRoomDescriptor(LazyModel):
    """
    Attributes:
        type_ (ExternalRoomDescriptorType | Unset):
        private_space (bool | Unset):
        half_bathroom (bool | Unset):
        location (ExternalRoomDescriptorLocation | Unset):
        room_number (int | Unset):
        sub_room_configurations (list[ExternalSubroomConfigurationDescriptor] | Unset):
        max_guests (int | Unset):
        bathtub_present (bool | Unset):
        shower_present (bool | Unset):
        description (str | Unset):
        default_sub_room_beds (list[ExternalBedDescriptor] | Unset):
        default_configuration (ExternalSubroomConfigurationDescriptor | Unset):
    """

    type_: ExternalRoomDescriptorType | Unset = UNSET
    private_space: bool | Unset = UNSET
    half_bathroom: bool | Unset = UNSET
    location: ExternalRoomDescriptorLocation | Unset = UNSET
    room_number: int | Unset = UNSET
    sub_room_configurations: list[ExternalSubroomConfigurationDescriptor] | Unset = UNSET
    max_guests: int | Unset = UNSET
    bathtub_present: bool | Unset = UNSET
    shower_present: bool | Unset = UNSET
    description: str | Unset = UNSET
    default_sub_room_beds: list[ExternalBedDescriptor] | Unset = UNSET
    default_configuration: ExternalSubroomConfigurationDescriptor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        private_space = self.private_space

        half_bathroom = self.half_bathroom

        location: str | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.value

        room_number = self.room_number

        sub_room_configurations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_room_configurations, Unset):
            sub_room_configurations = []
            for sub_room_configurations_item_data in self.sub_room_configurations:
                sub_room_configurations_item = sub_room_configurations_item_data.to_dict()
                sub_room_configurations.append(sub_room_configurations_item)

        max_guests = self.max_guests

        bathtub_present = self.bathtub_present

        shower_present = self.shower_present

        description = self.description

        default_sub_room_beds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.default_sub_room_beds, Unset):
            default_sub_room_beds = []
            for default_sub_room_beds_item_data in self.default_sub_room_beds:
                default_sub_room_beds_item = default_sub_room_beds_item_data.to_dict()
                default_sub_room_beds.append(default_sub_room_beds_item)

        default_configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_configuration, Unset):
            default_configuration = self.default_configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if private_space is not UNSET:
            field_dict["privateSpace"] = private_space
        if half_bathroom is not UNSET:
            field_dict["halfBathroom"] = half_bathroom
        if location is not UNSET:
            field_dict["location"] = location
        if room_number is not UNSET:
            field_dict["roomNumber"] = room_number
        if sub_room_configurations is not UNSET:
            field_dict["subRoomConfigurations"] = sub_room_configurations
        if max_guests is not UNSET:
            field_dict["maxGuests"] = max_guests
        if bathtub_present is not UNSET:
            field_dict["bathtubPresent"] = bathtub_present
        if shower_present is not UNSET:
            field_dict["showerPresent"] = shower_present
        if description is not UNSET:
            field_dict["description"] = description
        if default_sub_room_beds is not UNSET:
            field_dict["defaultSubRoomBeds"] = default_sub_room_beds
        if default_configuration is not UNSET:
            field_dict["defaultConfiguration"] = default_configuration

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


def _load_type_(d: Mapping[str, Any]) -> ExternalRoomDescriptorType | Unset:
    _type_ = d.get("type", UNSET)
    type_: ExternalRoomDescriptorType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = enum_member(ExternalRoomDescriptorType, _type_)

    return type_


def _load_private_space(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("privateSpace", UNSET)


def _load_half_bathroom(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("halfBathroom", UNSET)


def _load_location(d: Mapping[str, Any]) -> ExternalRoomDescriptorLocation | Unset:
    _location = d.get("location", UNSET)
    location: ExternalRoomDescriptorLocation | Unset
    if isinstance(_location, Unset):
        location = UNSET
    else:
        location = enum_member(ExternalRoomDescriptorLocation, _location)

    return location


def _load_room_number(d: Mapping[str, Any]) -> int | Unset:
    return d.get("roomNumber", UNSET)


def _load_sub_room_configurations(
    d: Mapping[str, Any],
) -> list[ExternalSubroomConfigurationDescriptor] | Unset:
    _sub_room_configurations = d.get("subRoomConfigurations", UNSET)
    sub_room_configurations: list[ExternalSubroomConfigurationDescriptor] | Unset = UNSET
    if _sub_room_configurations is not UNSET:
        sub_room_configurations = ExternalSubroomConfigurationDescriptor._from_json_list(
            _sub_room_configurations
        )

    return sub_room_configurations


def _load_max_guests(d: Mapping[str, Any]) -> int | Unset:
    return d.get("maxGuests", UNSET)


def _load_bathtub_present(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("bathtubPresent", UNSET)


def _load_shower_present(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("showerPresent", UNSET)


def _load_description(d: Mapping[str, Any]) -> str | Unset:
    return d.get("description", UNSET)


def _load_default_sub_room_beds(d: Mapping[str, Any]) -> list[ExternalBedDescriptor] | Unset:
    _default_sub_room_beds = d.get("defaultSubRoomBeds", UNSET)
    default_sub_room_beds: list[ExternalBedDescriptor] | Unset = UNSET
    if _default_sub_room_beds is not UNSET:
        default_sub_room_beds = ExternalBedDescriptor._from_json_list(_default_sub_room_beds)

    return default_sub_room_beds


def _load_default_configuration(
    d: Mapping[str, Any],
) -> ExternalSubroomConfigurationDescriptor | Unset:
    _default_configuration = d.get("defaultConfiguration", UNSET)
    default_configuration: ExternalSubroomConfigurationDescriptor | Unset
    if isinstance(_default_configuration, Unset):
        default_configuration = UNSET
    else:
        default_configuration = ExternalSubroomConfigurationDescriptor._from_json(
            _default_configuration
        )

    return default_configuration


_KNOWN_KEYS = frozenset(
    (
        "type",
        "privateSpace",
        "halfBathroom",
        "location",
        "roomNumber",
        "subRoomConfigurations",
        "maxGuests",
        "bathtubPresent",
        "showerPresent",
        "description",
        "defaultSubRoomBeds",
        "defaultConfiguration",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ExternalRoomDescriptor, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "type_" not in seen:
        _type_ = d.get("type", UNSET)
        type_: ExternalRoomDescriptorType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(ExternalRoomDescriptorType, _type_)

        _set(self, "type_", type_)
    if "private_space" not in seen:
        _set(self, "private_space", d.get("privateSpace", UNSET))
    if "half_bathroom" not in seen:
        _set(self, "half_bathroom", d.get("halfBathroom", UNSET))
    if "location" not in seen:
        _location = d.get("location", UNSET)
        location: ExternalRoomDescriptorLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = enum_member(ExternalRoomDescriptorLocation, _location)

        _set(self, "location", location)
    if "room_number" not in seen:
        _set(self, "room_number", d.get("roomNumber", UNSET))
    if "sub_room_configurations" not in seen:
        _sub_room_configurations = d.get("subRoomConfigurations", UNSET)
        sub_room_configurations: list[ExternalSubroomConfigurationDescriptor] | Unset = UNSET
        if _sub_room_configurations is not UNSET:
            sub_room_configurations = ExternalSubroomConfigurationDescriptor._from_json_list(
                _sub_room_configurations
            )

        _set(self, "sub_room_configurations", sub_room_configurations)
    if "max_guests" not in seen:
        _set(self, "max_guests", d.get("maxGuests", UNSET))
    if "bathtub_present" not in seen:
        _set(self, "bathtub_present", d.get("bathtubPresent", UNSET))
    if "shower_present" not in seen:
        _set(self, "shower_present", d.get("showerPresent", UNSET))
    if "description" not in seen:
        _set(self, "description", d.get("description", UNSET))
    if "default_sub_room_beds" not in seen:
        _default_sub_room_beds = d.get("defaultSubRoomBeds", UNSET)
        default_sub_room_beds: list[ExternalBedDescriptor] | Unset = UNSET
        if _default_sub_room_beds is not UNSET:
            default_sub_room_beds = ExternalBedDescriptor._from_json_list(_default_sub_room_beds)

        _set(self, "default_sub_room_beds", default_sub_room_beds)
    if "default_configuration" not in seen:
        _default_configuration = d.get("defaultConfiguration", UNSET)
        default_configuration: ExternalSubroomConfigurationDescriptor | Unset
        if isinstance(_default_configuration, Unset):
            default_configuration = UNSET
        else:
            default_configuration = ExternalSubroomConfigurationDescriptor._from_json(
                _default_configuration
            )

        _set(self, "default_configuration", default_configuration)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ExternalRoomDescriptor._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "type_": _load_type_,
        "private_space": _load_private_space,
        "half_bathroom": _load_half_bathroom,
        "location": _load_location,
        "room_number": _load_room_number,
        "sub_room_configurations": _load_sub_room_configurations,
        "max_guests": _load_max_guests,
        "bathtub_present": _load_bathtub_present,
        "shower_present": _load_shower_present,
        "description": _load_description,
        "default_sub_room_beds": _load_default_sub_room_beds,
        "default_configuration": _load_default_configuration,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "sub_room_configurations",
        "default_sub_room_beds",
        "default_configuration",
        "additional_properties",
    ),
    keys={
        "type_": "type",
        "private_space": "privateSpace",
        "half_bathroom": "halfBathroom",
        "location": "location",
        "room_number": "roomNumber",
        "sub_room_configurations": "subRoomConfigurations",
        "max_guests": "maxGuests",
        "bathtub_present": "bathtubPresent",
        "shower_present": "showerPresent",
        "description": "description",
        "default_sub_room_beds": "defaultSubRoomBeds",
        "default_configuration": "defaultConfiguration",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.external_bed_descriptor import ExternalBedDescriptor  # noqa: E402
from ..models.external_subroom_configuration_descriptor import (
    ExternalSubroomConfigurationDescriptor,  # noqa: E402
)
