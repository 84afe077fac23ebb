from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_reservation_metadata_dto_meta_data_type import (
    ApiReservationMetadataDTOMetaDataType,
)
from ..types import UNSET, Unset, enum_member


@_attrs_define
class ApiReservationMetadataDTO(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_descriptor_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("descriptorId", UNSET)


def _load_label_text(d: Mapping[str, Any]) -> str | Unset:
    return d.get("labelText", UNSET)


def _load_meta_key(d: Mapping[str, Any]) -> str | Unset:
    return d.get("metaKey", UNSET)


def _load_meta_data_type(d: Mapping[str, Any]) -> ApiReservationMetadataDTOMetaDataType | Unset:
    _meta_data_type = d.get("metaDataType", UNSET)
    meta_data_type: ApiReservationMetadataDTOMetaDataType | Unset
    if isinstance(_meta_data_type, Unset):
        meta_data_type = UNSET
    else:
        meta_data_type = enum_member(ApiReservationMetadataDTOMetaDataType, _meta_data_type)

    return meta_data_type


def _load_value(d: Mapping[str, Any]) -> str | Unset:
    return d.get("value", UNSET)


def _load_refer(d: Mapping[str, Any]) -> str | Unset:
    return d.get("refer", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "id",
        "descriptorId",
        "labelText",
        "metaKey",
        "metaDataType",
        "value",
        "refer",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiReservationMetadataDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "descriptor_id" not in seen:
        _set(self, "descriptor_id", d.get("descriptorId", UNSET))
    if "label_text" not in seen:
        _set(self, "label_text", d.get("labelText", UNSET))
    if "meta_key" not in seen:
        _set(self, "meta_key", d.get("metaKey", UNSET))
    if "meta_data_type" not in seen:
        _meta_data_type = d.get("metaDataType", UNSET)
        meta_data_type: ApiReservationMetadataDTOMetaDataType | Unset
        if isinstance(_meta_data_type, Unset):
            meta_data_type = UNSET
        else:
            meta_data_type = enum_member(ApiReservationMetadataDTOMetaDataType, _meta_data_type)

        _set(self, "meta_data_type", meta_data_type)
    if "value" not in seen:
        _set(self, "value", d.get("value", UNSET))
    if "refer" not in seen:
        _set(self, "refer", d.get("refer", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiReservationMetadataDTO._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "id": _load_id,
        "descriptor_id": _load_descriptor_id,
        "label_text": _load_label_text,
        "meta_key": _load_meta_key,
        "meta_data_type": _load_meta_data_type,
        "value": _load_value,
        "refer": _load_refer,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "id": "id",
        "descriptor_id": "descriptorId",
        "label_text": "labelText",
        "meta_key": "metaKey",
        "meta_data_type": "metaDataType",
        "value": "value",
        "refer": "refer",
    },
)
