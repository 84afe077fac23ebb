from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.octorate_internet_details_area import OctorateInternetDetailsArea
from ..models.octorate_internet_details_type import OctorateInternetDetailsType
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.octorate_wifi_info import OctorateWifiInfo


@_attrs_define
class OctorateInternetDetails(LazyModel):
    """Internet details

    Attributes:
        area (OctorateInternetDetailsArea | Unset):
        type_ (OctorateInternetDetailsType | Unset):
        wifi_info (OctorateWifiInfo | Unset):
    """

    area: OctorateInternetDetailsArea | Unset = UNSET
    type_: OctorateInternetDetailsType | Unset = UNSET
    wifi_info: OctorateWifiInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_area(d: Mapping[str, Any]) -> OctorateInternetDetailsArea | Unset:
    _area = d.get("area", UNSET)
    area: OctorateInternetDetailsArea | Unset
    if isinstance(_area, Unset):
        area = UNSET
    else:
        area = enum_member(OctorateInternetDetailsArea, _area)

    return area


def _load_type_(d: Mapping[str, Any]) -> OctorateInternetDetailsType | Unset:
    _type_ = d.get("type", UNSET)
    type_: OctorateInternetDetailsType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = enum_member(OctorateInternetDetailsType, _type_)

    return type_


def _load_wifi_info(d: Mapping[str, Any]) -> OctorateWifiInfo | Unset:
    _wifi_info = d.get("wifiInfo", UNSET)
    wifi_info: OctorateWifiInfo | Unset
    if isinstance(_wifi_info, Unset):
        wifi_info = UNSET
    else:
        wifi_info = OctorateWifiInfo._from_json(_wifi_info)

    return wifi_info


_KNOWN_KEYS = frozenset(
    (
        "area",
        "type",
        "wifiInfo",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: OctorateInternetDetails, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "area" not in seen:
        _area = d.get("area", UNSET)
        area: OctorateInternetDetailsArea | Unset
        if isinstance(_area, Unset):
            area = UNSET
        else:
            area = enum_member(OctorateInternetDetailsArea, _area)

        _set(self, "area", area)
    if "type_" not in seen:
        _type_ = d.get("type", UNSET)
        type_: OctorateInternetDetailsType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(OctorateInternetDetailsType, _type_)

        _set(self, "type_", type_)
    if "wifi_info" not in seen:
        _wifi_info = d.get("wifiInfo", UNSET)
        wifi_info: OctorateWifiInfo | Unset
        if isinstance(_wifi_info, Unset):
            wifi_info = UNSET
        else:
            wifi_info = OctorateWifiInfo._from_json(_wifi_info)

        _set(self, "wifi_info", wifi_info)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctorateInternetDetails._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "area": _load_area,
        "type_": _load_type_,
        "wifi_info": _load_wifi_info,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "wifi_info",
        "additional_properties",
    ),
    keys={
        "area": "area",
        "type_": "type",
        "wifi_info": "wifiInfo",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.octorate_wifi_info import OctorateWifiInfo  # noqa: E402
