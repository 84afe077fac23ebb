from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.chat_attachment_dto_repository import ChatAttachmentDTORepository
from ..models.chat_attachment_dto_type import ChatAttachmentDTOType
from ..types import UNSET, Unset, enum_member


@_attrs_define
class ChatAttachmentDTO(LazyModel):
    """The attachment of this chat message

    Example:
        {'id': 17, 'messageId': 17, 'name': 'image.jpg', 'type': 'image/jpeg', 'size': 1024, 'content': {'id': 17,
            'attachmentId': 17, 'expire': '2022-05-01', 'content': '...'}}

    Attributes:
        id (int): Reference inside our system Example: 17.
        name (str): The name of this attachment Example: image.jpg.
        type_ (ChatAttachmentDTOType): The type of this attachment Example: JPEG.
        size (int): The size of this attachment in bytes Example: 1024.
        url (str | Unset): The url of this attachment Example: http://mysite.com/image.jpg.
        preview_url (str | Unset): The preview of this item Example: http://mysite.com/thumb/image.jpg.
        content (str | Unset): The base64 string of this attachment content. Used only for the upload
        sort_order (int | Unset): Sorting of this photo Example: 12.
        repository (ChatAttachmentDTORepository | Unset): Repository Type Example: ROOM.
        error (str | Unset): Error of this photo, in case the system was not able to upload it Example: 12.
        message_id (int | Unset): The message linked to this attachment Example: 17.
        property_id (int | Unset): The property linked to this attachment Example: 16997.
        expire (datetime.date | Unset): The expire date in system time (ISO8601) of this attachment Example: 2022-05-01.
        external (bool | Unset): Indicates if the file is hosted by Octorate Example: True.
    """

    id: int
    name: str
    type_: ChatAttachmentDTOType
    size: int
    url: str | Unset = UNSET
    preview_url: str | Unset = UNSET
    content: str | Unset = UNSET
    sort_order: int | Unset = UNSET
    repository: ChatAttachmentDTORepository | Unset = UNSET
    error: str | Unset = UNSET
    message_id: int | Unset = UNSET
    property_id: int | Unset = UNSET
    expire: datetime.date | Unset = UNSET
    external: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        id = self.id

        name = self.name

        type_ = self.type_.value

        size = self.size

        url = self.url

        preview_url = self.preview_url

        content = self.content

        sort_order = self.sort_order

        repository: str | Unset = UNSET
        if not isinstance(self.repository, Unset):
            repository = self.repository.value

        error = self.error

        message_id = self.message_id

        property_id = self.property_id

        expire: str | Unset = UNSET
        if not isinstance(self.expire, Unset):
            expire = self.expire.isoformat()

        external = self.external

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "size": size,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if preview_url is not UNSET:
            field_dict["previewUrl"] = preview_url
        if content is not UNSET:
            field_dict["content"] = content
        if sort_order is not UNSET:
            field_dict["sortOrder"] = sort_order
        if repository is not UNSET:
            field_dict["repository"] = repository
        if error is not UNSET:
            field_dict["error"] = error
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if property_id is not UNSET:
            field_dict["propertyId"] = property_id
        if expire is not UNSET:
            field_dict["expire"] = expire
        if external is not UNSET:
            field_dict["external"] = external

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


def _load_id(d: Mapping[str, Any]) -> int:
    return d["id"]


def _load_name(d: Mapping[str, Any]) -> str:
    return d["name"]


def _load_type_(d: Mapping[str, Any]) -> ChatAttachmentDTOType:
    type_ = enum_member(ChatAttachmentDTOType, d["type"])

    return type_


def _load_size(d: Mapping[str, Any]) -> int:
    return d["size"]


def _load_url(d: Mapping[str, Any]) -> str | Unset:
    return d.get("url", UNSET)


def _load_preview_url(d: Mapping[str, Any]) -> str | Unset:
    return d.get("previewUrl", UNSET)


def _load_content(d: Mapping[str, Any]) -> str | Unset:
    return d.get("content", UNSET)


def _load_sort_order(d: Mapping[str, Any]) -> int | Unset:
    return d.get("sortOrder", UNSET)


def _load_repository(d: Mapping[str, Any]) -> ChatAttachmentDTORepository | Unset:
    _repository = d.get("repository", UNSET)
    repository: ChatAttachmentDTORepository | Unset
    if isinstance(_repository, Unset):
        repository = UNSET
    else:
        repository = enum_member(ChatAttachmentDTORepository, _repository)

    return repository


def _load_error(d: Mapping[str, Any]) -> str | Unset:
    return d.get("error", UNSET)


def _load_message_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("messageId", UNSET)


def _load_property_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("propertyId", UNSET)


def _load_expire(d: Mapping[str, Any]) -> datetime.date | Unset:
    _expire = d.get("expire", UNSET)
    expire: datetime.date | Unset
    if isinstance(_expire, Unset):
        expire = UNSET
    else:
        expire = datetime.date.fromisoformat(_expire)

    return expire


def _load_external(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("external", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "id",
        "name",
        "type",
        "size",
        "url",
        "previewUrl",
        "content",
        "sortOrder",
        "repository",
        "error",
        "messageId",
        "propertyId",
        "expire",
        "external",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ChatAttachmentDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d["id"])
    if "name" not in seen:
        _set(self, "name", d["name"])
    if "type_" not in seen:
        type_ = enum_member(ChatAttachmentDTOType, d["type"])

        _set(self, "type_", type_)
    if "size" not in seen:
        _set(self, "size", d["size"])
    if "url" not in seen:
        _set(self, "url", d.get("url", UNSET))
    if "preview_url" not in seen:
        _set(self, "preview_url", d.get("previewUrl", UNSET))
    if "content" not in seen:
        _set(self, "content", d.get("content", UNSET))
    if "sort_order" not in seen:
        _set(self, "sort_order", d.get("sortOrder", UNSET))
    if "repository" not in seen:
        _repository = d.get("repository", UNSET)
        repository: ChatAttachmentDTORepository | Unset
        if isinstance(_repository, Unset):
            repository = UNSET
        else:
            repository = enum_member(ChatAttachmentDTORepository, _repository)

        _set(self, "repository", repository)
    if "error" not in seen:
        _set(self, "error", d.get("error", UNSET))
    if "message_id" not in seen:
        _set(self, "message_id", d.get("messageId", UNSET))
    if "property_id" not in seen:
        _set(self, "property_id", d.get("propertyId", UNSET))
    if "expire" not in seen:
        _expire = d.get("expire", UNSET)
        expire: datetime.date | Unset
        if isinstance(_expire, Unset):
            expire = UNSET
        else:
            expire = datetime.date.fromisoformat(_expire)

        _set(self, "expire", expire)
    if "external" not in seen:
        _set(self, "external", d.get("external", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ChatAttachmentDTO._octorate_fields = FieldTable(
    required=frozenset(
        (
            "id",
            "name",
            "type",
            "size",
        )
    ),
    loaders={
        "id": _load_id,
        "name": _load_name,
        "type_": _load_type_,
        "size": _load_size,
        "url": _load_url,
        "preview_url": _load_preview_url,
        "content": _load_content,
        "sort_order": _load_sort_order,
        "repository": _load_repository,
        "error": _load_error,
        "message_id": _load_message_id,
        "property_id": _load_property_id,
        "expire": _load_expire,
        "external": _load_external,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "id": "id",
        "name": "name",
        "type_": "type",
        "size": "size",
        "url": "url",
        "preview_url": "previewUrl",
        "content": "content",
        "sort_order": "sortOrder",
        "repository": "repository",
        "error": "error",
        "message_id": "messageId",
        "property_id": "propertyId",
        "expire": "expire",
        "external": "external",
    },
)
