from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OctorateWifiInfo")


@_attrs_define
class OctorateWifiInfo:
    """
    Attributes:
        network_name (str | Unset):
        speed_download (float | Unset):
        speed_upload (float | Unset):
    """

    network_name: str | Unset = UNSET
    speed_download: float | Unset = UNSET
    speed_upload: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        network_name = d.pop("networkName", UNSET)

        speed_download = d.pop("speedDownload", UNSET)

        speed_upload = d.pop("speedUpload", UNSET)

        octorate_wifi_info = cls(
            network_name=network_name,
            speed_download=speed_download,
            speed_upload=speed_upload,
        )

        octorate_wifi_info.additional_properties = d
        return octorate_wifi_info

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
