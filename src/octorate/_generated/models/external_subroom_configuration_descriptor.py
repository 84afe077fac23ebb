from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_bed_descriptor import ExternalBedDescriptor


T = TypeVar("T", bound="ExternalSubroomConfigurationDescriptor")


@_attrs_define
class ExternalSubroomConfigurationDescriptor:
    """
    Attributes:
        beds (list[ExternalBedDescriptor] | Unset):
        default_configuration (bool | Unset):
    """

    beds: list[ExternalBedDescriptor] | Unset = UNSET
    default_configuration: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        beds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.beds, Unset):
            beds = []
            for beds_item_data in self.beds:
                beds_item = beds_item_data.to_dict()
                beds.append(beds_item)

        default_configuration = self.default_configuration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if beds is not UNSET:
            field_dict["beds"] = beds
        if default_configuration is not UNSET:
            field_dict["defaultConfiguration"] = default_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _beds = d.pop("beds", UNSET)
        beds: list[ExternalBedDescriptor] | Unset = UNSET
        if _beds is not UNSET:
            beds = []
            for beds_item_data in _beds:
                beds_item = ExternalBedDescriptor.from_dict(beds_item_data)

                beds.append(beds_item)

        default_configuration = d.pop("defaultConfiguration", UNSET)

        external_subroom_configuration_descriptor = cls(
            beds=beds,
            default_configuration=default_configuration,
        )

        external_subroom_configuration_descriptor.additional_properties = d
        return external_subroom_configuration_descriptor

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
