from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.octorate_property_checkin_other_text_lang import OctoratePropertyCheckinOtherTextLang
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="OctoratePropertyCheckinOtherText")


@_attrs_define
class OctoratePropertyCheckinOtherText:
    """
    Attributes:
        lang (OctoratePropertyCheckinOtherTextLang | Unset):
        text (str | Unset):
    """

    lang: OctoratePropertyCheckinOtherTextLang | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _lang = d.pop("lang", UNSET)
        lang: OctoratePropertyCheckinOtherTextLang | Unset
        if isinstance(_lang, Unset):
            lang = UNSET
        else:
            lang = enum_member(OctoratePropertyCheckinOtherTextLang, _lang)

        text = d.pop("text", UNSET)

        octorate_property_checkin_other_text = cls(
            lang=lang,
            text=text,
        )

        octorate_property_checkin_other_text.additional_properties = d
        return octorate_property_checkin_other_text

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
