from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class OctoratePropertyCheckinReferenceDetails(LazyModel):
    """
    Attributes:
        photo_id (str | Unset):
        photo_uri (str | Unset):
        octorate_temp_file_path (str | Unset):
    """

    photo_id: str | Unset = UNSET
    photo_uri: str | Unset = UNSET
    octorate_temp_file_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_photo_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("photoId", UNSET)


def _load_photo_uri(d: Mapping[str, Any]) -> str | Unset:
    return d.get("photoUri", UNSET)


def _load_octorate_temp_file_path(d: Mapping[str, Any]) -> str | Unset:
    return d.get("octorateTempFilePath", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "photoId",
        "photoUri",
        "octorateTempFilePath",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(
    self: OctoratePropertyCheckinReferenceDetails, d: Mapping[str, Any], seen: Container[str]
) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "photo_id" not in seen:
        _set(self, "photo_id", d.get("photoId", UNSET))
    if "photo_uri" not in seen:
        _set(self, "photo_uri", d.get("photoUri", UNSET))
    if "octorate_temp_file_path" not in seen:
        _set(self, "octorate_temp_file_path", d.get("octorateTempFilePath", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctoratePropertyCheckinReferenceDetails._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "photo_id": _load_photo_id,
        "photo_uri": _load_photo_uri,
        "octorate_temp_file_path": _load_octorate_temp_file_path,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "photo_id": "photoId",
        "photo_uri": "photoUri",
        "octorate_temp_file_path": "octorateTempFilePath",
    },
)
