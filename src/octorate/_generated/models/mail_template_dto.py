from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mail_template_dto_language import MailTemplateDTOLanguage
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="MailTemplateDTO")


@_attrs_define
class MailTemplateDTO:
    """
    Attributes:
        id (int | Unset): Reference inside our system Example: 17.
        name (str | Unset): The name of this template Example: Conferma prenotazione.
        language (MailTemplateDTOLanguage | Unset): The language of this template Example: IT.
        text (str | Unset): The body of this template Example: Hello world!.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    language: MailTemplateDTOLanguage | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if language is not UNSET:
            field_dict["language"] = language
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _language = d.pop("language", UNSET)
        language: MailTemplateDTOLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = enum_member(MailTemplateDTOLanguage, _language)

        text = d.pop("text", UNSET)

        mail_template_dto = cls(
            id=id,
            name=name,
            language=language,
            text=text,
        )

        mail_template_dto.additional_properties = d
        return mail_template_dto

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
