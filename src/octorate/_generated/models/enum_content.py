from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.enum_content_type_content import EnumContentTypeContent
from ..types import UNSET, Unset, enum_member


@_attrs_define
class EnumContent(LazyModel):
    """
    Attributes:
        type_content (EnumContentTypeContent | Unset):
    """

    type_content: EnumContentTypeContent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        type_content: str | Unset = UNSET
        if not isinstance(self.type_content, Unset):
            type_content = self.type_content.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_content is not UNSET:
            field_dict["typeContent"] = type_content

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


def _load_type_content(d: Mapping[str, Any]) -> EnumContentTypeContent | Unset:
    _type_content = d.get("typeContent", UNSET)
    type_content: EnumContentTypeContent | Unset
    if isinstance(_type_content, Unset):
        type_content = UNSET
    else:
        type_content = enum_member(EnumContentTypeContent, _type_content)

    return type_content


_KNOWN_KEYS = frozenset(("typeContent",))


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: EnumContent, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "type_content" not in seen:
        _type_content = d.get("typeContent", UNSET)
        type_content: EnumContentTypeContent | Unset
        if isinstance(_type_content, Unset):
            type_content = UNSET
        else:
            type_content = enum_member(EnumContentTypeContent, _type_content)

        _set(self, "type_content", type_content)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


EnumContent._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "type_content": _load_type_content,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "type_content": "typeContent",
    },
)
