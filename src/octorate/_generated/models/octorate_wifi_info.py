from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class OctorateWifiInfo(LazyModel):
    """
    Attributes:
        network_name (str | Unset):
        speed_download (float | Unset):
        speed_upload (float | Unset):
    """

    network_name: str | Unset = UNSET
    speed_download: float | Unset = UNSET
    speed_upload: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        network_name = self.network_name

        speed_download = self.speed_download

        speed_upload = self.speed_upload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if network_name is not UNSET:
            field_dict["networkName"] = network_name
        if speed_download is not UNSET:
            field_dict["speedDownload"] = speed_download
        if speed_upload is not UNSET:
            field_dict["speedUpload"] = speed_upload

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


def _load_network_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("networkName", UNSET)


def _load_speed_download(d: Mapping[str, Any]) -> float | Unset:
    return d.get("speedDownload", UNSET)


def _load_speed_upload(d: Mapping[str, Any]) -> float | Unset:
    return d.get("speedUpload", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "networkName",
        "speedDownload",
        "speedUpload",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: OctorateWifiInfo, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "network_name" not in seen:
        _set(self, "network_name", d.get("networkName", UNSET))
    if "speed_download" not in seen:
        _set(self, "speed_download", d.get("speedDownload", UNSET))
    if "speed_upload" not in seen:
        _set(self, "speed_upload", d.get("speedUpload", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctorateWifiInfo._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "network_name": _load_network_name,
        "speed_download": _load_speed_download,
        "speed_upload": _load_speed_upload,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "network_name": "networkName",
        "speed_download": "speedDownload",
        "speed_upload": "speedUpload",
    },
)
