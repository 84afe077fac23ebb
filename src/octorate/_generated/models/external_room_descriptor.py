from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.external_room_descriptor_location import ExternalRoomDescriptorLocation
from ..models.external_room_descriptor_type import ExternalRoomDescriptorType
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.external_bed_descriptor import ExternalBedDescriptor
    from ..models.external_subroom_configuration_descriptor import (
        ExternalSubroomConfigurationDescriptor,
    )


T = TypeVar("T", bound="ExternalRoomDescriptor")


@_attrs_define
class ExternalRoomDescriptor:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ExternalRoomDescriptorType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(ExternalRoomDescriptorType, _type_)

        private_space = d.pop("privateSpace", UNSET)

        half_bathroom = d.pop("halfBathroom", UNSET)

        _location = d.pop("location", UNSET)
        location: ExternalRoomDescriptorLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = enum_member(ExternalRoomDescriptorLocation, _location)

        room_number = d.pop("roomNumber", UNSET)

        _sub_room_configurations = d.pop("subRoomConfigurations", UNSET)
        sub_room_configurations: list[ExternalSubroomConfigurationDescriptor] | Unset = UNSET
        if _sub_room_configurations is not UNSET:
            sub_room_configurations = []
            for sub_room_configurations_item_data in _sub_room_configurations:
                sub_room_configurations_item = ExternalSubroomConfigurationDescriptor.from_dict(
                    sub_room_configurations_item_data
                )

                sub_room_configurations.append(sub_room_configurations_item)

        max_guests = d.pop("maxGuests", UNSET)

        bathtub_present = d.pop("bathtubPresent", UNSET)

        shower_present = d.pop("showerPresent", UNSET)

        description = d.pop("description", UNSET)

        _default_sub_room_beds = d.pop("defaultSubRoomBeds", UNSET)
        default_sub_room_beds: list[ExternalBedDescriptor] | Unset = UNSET
        if _default_sub_room_beds is not UNSET:
            default_sub_room_beds = []
            for default_sub_room_beds_item_data in _default_sub_room_beds:
                default_sub_room_beds_item = ExternalBedDescriptor.from_dict(
                    default_sub_room_beds_item_data
                )

                default_sub_room_beds.append(default_sub_room_beds_item)

        _default_configuration = d.pop("defaultConfiguration", UNSET)
        default_configuration: ExternalSubroomConfigurationDescriptor | Unset
        if isinstance(_default_configuration, Unset):
            default_configuration = UNSET
        else:
            default_configuration = ExternalSubroomConfigurationDescriptor.from_dict(
                _default_configuration
            )

        external_room_descriptor = cls(
            type_=type_,
            private_space=private_space,
            half_bathroom=half_bathroom,
            location=location,
            room_number=room_number,
            sub_room_configurations=sub_room_configurations,
            max_guests=max_guests,
            bathtub_present=bathtub_present,
            shower_present=shower_present,
            description=description,
            default_sub_room_beds=default_sub_room_beds,
            default_configuration=default_configuration,
        )

        external_room_descriptor.additional_properties = d
        return external_room_descriptor

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


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.external_bed_descriptor import ExternalBedDescriptor  # noqa: E402
from ..models.external_subroom_configuration_descriptor import (
    ExternalSubroomConfigurationDescriptor,  # noqa: E402
)
