from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.octorate_property_checkin_other_text_lang import OctoratePropertyCheckinOtherTextLang
from ..types import UNSET, Unset, enum_member


@_attrs_define
class OctoratePropertyCheckinOtherText(LazyModel):
    """
    Attributes:
        lang (OctoratePropertyCheckinOtherTextLang | Unset):
        text (str | Unset):
    """

    lang: OctoratePropertyCheckinOtherTextLang | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        lang: str | Unset = UNSET
        if not isinstance(self.lang, Unset):
            lang = self.lang.value

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lang is not UNSET:
            field_dict["lang"] = lang
        if text is not UNSET:
            field_dict["text"] = text

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


def _load_lang(d: Mapping[str, Any]) -> OctoratePropertyCheckinOtherTextLang | Unset:
    _lang = d.get("lang", UNSET)
    lang: OctoratePropertyCheckinOtherTextLang | Unset
    if isinstance(_lang, Unset):
        lang = UNSET
    else:
        lang = enum_member(OctoratePropertyCheckinOtherTextLang, _lang)

    return lang


def _load_text(d: Mapping[str, Any]) -> str | Unset:
    return d.get("text", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "lang",
        "text",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(
    self: OctoratePropertyCheckinOtherText, d: Mapping[str, Any], seen: Container[str]
) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "lang" not in seen:
        _lang = d.get("lang", UNSET)
        lang: OctoratePropertyCheckinOtherTextLang | Unset
        if isinstance(_lang, Unset):
            lang = UNSET
        else:
            lang = enum_member(OctoratePropertyCheckinOtherTextLang, _lang)

        _set(self, "lang", lang)
    if "text" not in seen:
        _set(self, "text", d.get("text", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctoratePropertyCheckinOtherText._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "lang": _load_lang,
        "text": _load_text,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "lang": "lang",
        "text": "text",
    },
)
