from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.mail_template_dto_language import MailTemplateDTOLanguage
from ..types import UNSET, Unset, enum_member


@_attrs_define
class MailTemplateDTO(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("name", UNSET)


def _load_language(d: Mapping[str, Any]) -> MailTemplateDTOLanguage | Unset:
    _language = d.get("language", UNSET)
    language: MailTemplateDTOLanguage | Unset
    if isinstance(_language, Unset):
        language = UNSET
    else:
        language = enum_member(MailTemplateDTOLanguage, _language)

    return language


def _load_text(d: Mapping[str, Any]) -> str | Unset:
    return d.get("text", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "id",
        "name",
        "language",
        "text",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: MailTemplateDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "name" not in seen:
        _set(self, "name", d.get("name", UNSET))
    if "language" not in seen:
        _language = d.get("language", UNSET)
        language: MailTemplateDTOLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = enum_member(MailTemplateDTOLanguage, _language)

        _set(self, "language", language)
    if "text" not in seen:
        _set(self, "text", d.get("text", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


MailTemplateDTO._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "id": _load_id,
        "name": _load_name,
        "language": _load_language,
        "text": _load_text,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "id": "id",
        "name": "name",
        "language": "language",
        "text": "text",
    },
)
