from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.octorate_internet_details_area import OctorateInternetDetailsArea
from ..models.octorate_internet_details_type import OctorateInternetDetailsType
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.octorate_wifi_info import OctorateWifiInfo


T = TypeVar("T", bound="OctorateInternetDetails")


@_attrs_define
class OctorateInternetDetails:
    """Internet details

    Attributes:
        area (OctorateInternetDetailsArea | Unset):
        type_ (OctorateInternetDetailsType | Unset):
        wifi_info (OctorateWifiInfo | Unset):
    """

    area: OctorateInternetDetailsArea | Unset = UNSET
    type_: OctorateInternetDetailsType | Unset = UNSET
    wifi_info: OctorateWifiInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        area: str | Unset = UNSET
        if not isinstance(self.area, Unset):
            area = self.area.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        wifi_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wifi_info, Unset):
            wifi_info = self.wifi_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if area is not UNSET:
            field_dict["area"] = area
        if type_ is not UNSET:
            field_dict["type"] = type_
        if wifi_info is not UNSET:
            field_dict["wifiInfo"] = wifi_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _area = d.pop("area", UNSET)
        area: OctorateInternetDetailsArea | Unset
        if isinstance(_area, Unset):
            area = UNSET
        else:
            area = enum_member(OctorateInternetDetailsArea, _area)

        _type_ = d.pop("type", UNSET)
        type_: OctorateInternetDetailsType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(OctorateInternetDetailsType, _type_)

        _wifi_info = d.pop("wifiInfo", UNSET)
        wifi_info: OctorateWifiInfo | Unset
        if isinstance(_wifi_info, Unset):
            wifi_info = UNSET
        else:
            wifi_info = OctorateWifiInfo.from_dict(_wifi_info)

        octorate_internet_details = cls(
            area=area,
            type_=type_,
            wifi_info=wifi_info,
        )

        octorate_internet_details.additional_properties = d
        return octorate_internet_details

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
from ..models.octorate_wifi_info import OctorateWifiInfo  # noqa: E402
