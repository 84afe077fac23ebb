from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.octorate_age_limit_details_age_limit import OctorateAgeLimitDetailsAgeLimit
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="OctorateAgeLimitDetails")


@_attrs_define
class OctorateAgeLimitDetails:
    """Age limit details

    Attributes:
        age_limit (OctorateAgeLimitDetailsAgeLimit | Unset):
    """

    age_limit: OctorateAgeLimitDetailsAgeLimit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        age_limit: str | Unset = UNSET
        if not isinstance(self.age_limit, Unset):
            age_limit = self.age_limit.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if age_limit is not UNSET:
            field_dict["ageLimit"] = age_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _age_limit = d.pop("ageLimit", UNSET)
        age_limit: OctorateAgeLimitDetailsAgeLimit | Unset
        if isinstance(_age_limit, Unset):
            age_limit = UNSET
        else:
            age_limit = enum_member(OctorateAgeLimitDetailsAgeLimit, _age_limit)

        octorate_age_limit_details = cls(
            age_limit=age_limit,
        )

        octorate_age_limit_details.additional_properties = d
        return octorate_age_limit_details

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
