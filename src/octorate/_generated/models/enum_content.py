from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enum_content_type_content import EnumContentTypeContent
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="EnumContent")


@_attrs_define
class EnumContent:
    """
    Attributes:
        type_content (EnumContentTypeContent | Unset):
    """

    type_content: EnumContentTypeContent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_content: str | Unset = UNSET
        if not isinstance(self.type_content, Unset):
            type_content = self.type_content.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_content is not UNSET:
            field_dict["typeContent"] = type_content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_content = d.pop("typeContent", UNSET)
        type_content: EnumContentTypeContent | Unset
        if isinstance(_type_content, Unset):
            type_content = UNSET
        else:
            type_content = enum_member(EnumContentTypeContent, _type_content)

        enum_content = cls(
            type_content=type_content,
        )

        enum_content.additional_properties = d
        return enum_content

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
