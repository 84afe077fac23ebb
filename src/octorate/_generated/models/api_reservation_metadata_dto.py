from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_reservation_metadata_dto_meta_data_type import (
    ApiReservationMetadataDTOMetaDataType,
)
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="ApiReservationMetadataDTO")


@_attrs_define
class ApiReservationMetadataDTO:
    """Some custom fields that can be shown to the hotel or the guest

    Attributes:
        id (int | Unset):
        descriptor_id (int | Unset): The associated meta descriptor inside our db
        label_text (str | Unset): the text to display to the customer, NOTE: This will affect all the meta with the same
            key
        meta_key (str | Unset): this is the meta key to display to the customer when he need to select this value
        meta_data_type (ApiReservationMetadataDTOMetaDataType | Unset): Describe here the type of data required, we will
            change the presentation according to the type
        value (str | Unset): value for this reservation
        refer (str | Unset): related refer
    """

    id: int | Unset = UNSET
    descriptor_id: int | Unset = UNSET
    label_text: str | Unset = UNSET
    meta_key: str | Unset = UNSET
    meta_data_type: ApiReservationMetadataDTOMetaDataType | Unset = UNSET
    value: str | Unset = UNSET
    refer: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        descriptor_id = self.descriptor_id

        label_text = self.label_text

        meta_key = self.meta_key

        meta_data_type: str | Unset = UNSET
        if not isinstance(self.meta_data_type, Unset):
            meta_data_type = self.meta_data_type.value

        value = self.value

        refer = self.refer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if descriptor_id is not UNSET:
            field_dict["descriptorId"] = descriptor_id
        if label_text is not UNSET:
            field_dict["labelText"] = label_text
        if meta_key is not UNSET:
            field_dict["metaKey"] = meta_key
        if meta_data_type is not UNSET:
            field_dict["metaDataType"] = meta_data_type
        if value is not UNSET:
            field_dict["value"] = value
        if refer is not UNSET:
            field_dict["refer"] = refer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        descriptor_id = d.pop("descriptorId", UNSET)

        label_text = d.pop("labelText", UNSET)

        meta_key = d.pop("metaKey", UNSET)

        _meta_data_type = d.pop("metaDataType", UNSET)
        meta_data_type: ApiReservationMetadataDTOMetaDataType | Unset
        if isinstance(_meta_data_type, Unset):
            meta_data_type = UNSET
        else:
            meta_data_type = enum_member(ApiReservationMetadataDTOMetaDataType, _meta_data_type)

        value = d.pop("value", UNSET)

        refer = d.pop("refer", UNSET)

        api_reservation_metadata_dto = cls(
            id=id,
            descriptor_id=descriptor_id,
            label_text=label_text,
            meta_key=meta_key,
            meta_data_type=meta_data_type,
            value=value,
            refer=refer,
        )

        api_reservation_metadata_dto.additional_properties = d
        return api_reservation_metadata_dto

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
