from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.octorate_on_site_details_onsite_type import OctorateOnSiteDetailsOnsiteType
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="OctorateOnSiteDetails")


@_attrs_define
class OctorateOnSiteDetails:
    """On-site details

    Attributes:
        onsite_type (OctorateOnSiteDetailsOnsiteType | Unset):
    """

    onsite_type: OctorateOnSiteDetailsOnsiteType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        onsite_type: str | Unset = UNSET
        if not isinstance(self.onsite_type, Unset):
            onsite_type = self.onsite_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if onsite_type is not UNSET:
            field_dict["onsiteType"] = onsite_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _onsite_type = d.pop("onsiteType", UNSET)
        onsite_type: OctorateOnSiteDetailsOnsiteType | Unset
        if isinstance(_onsite_type, Unset):
            onsite_type = UNSET
        else:
            onsite_type = enum_member(OctorateOnSiteDetailsOnsiteType, _onsite_type)

        octorate_on_site_details = cls(
            onsite_type=onsite_type,
        )

        octorate_on_site_details.additional_properties = d
        return octorate_on_site_details

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
