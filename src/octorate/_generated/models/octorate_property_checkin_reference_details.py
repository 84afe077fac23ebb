from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OctoratePropertyCheckinReferenceDetails")


@_attrs_define
class OctoratePropertyCheckinReferenceDetails:
    """
    Attributes:
        photo_id (str | Unset):
        photo_uri (str | Unset):
        octorate_temp_file_path (str | Unset):
    """

    photo_id: str | Unset = UNSET
    photo_uri: str | Unset = UNSET
    octorate_temp_file_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        photo_id = self.photo_id

        photo_uri = self.photo_uri

        octorate_temp_file_path = self.octorate_temp_file_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if photo_id is not UNSET:
            field_dict["photoId"] = photo_id
        if photo_uri is not UNSET:
            field_dict["photoUri"] = photo_uri
        if octorate_temp_file_path is not UNSET:
            field_dict["octorateTempFilePath"] = octorate_temp_file_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        photo_id = d.pop("photoId", UNSET)

        photo_uri = d.pop("photoUri", UNSET)

        octorate_temp_file_path = d.pop("octorateTempFilePath", UNSET)

        octorate_property_checkin_reference_details = cls(
            photo_id=photo_id,
            photo_uri=photo_uri,
            octorate_temp_file_path=octorate_temp_file_path,
        )

        octorate_property_checkin_reference_details.additional_properties = d
        return octorate_property_checkin_reference_details

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
