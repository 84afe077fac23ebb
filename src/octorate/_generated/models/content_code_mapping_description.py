from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContentCodeMappingDescription")


@_attrs_define
class ContentCodeMappingDescription:
    """
    Example:
        {'EN': 'These are the LanguageMap value in English!'}

    Attributes:
        empty_values (bool | Unset):
        empty (bool | Unset):
    """

    empty_values: bool | Unset = UNSET
    empty: bool | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        empty_values = self.empty_values

        empty = self.empty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if empty_values is not UNSET:
            field_dict["emptyValues"] = empty_values
        if empty is not UNSET:
            field_dict["empty"] = empty

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        empty_values = d.pop("emptyValues", UNSET)

        empty = d.pop("empty", UNSET)

        content_code_mapping_description = cls(
            empty_values=empty_values,
            empty=empty,
        )

        content_code_mapping_description.additional_properties = d
        return content_code_mapping_description

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
