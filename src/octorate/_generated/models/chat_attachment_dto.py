from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_attachment_dto_repository import ChatAttachmentDTORepository
from ..models.chat_attachment_dto_type import ChatAttachmentDTOType
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="ChatAttachmentDTO")


@_attrs_define
class ChatAttachmentDTO:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = enum_member(ChatAttachmentDTOType, d.pop("type"))

        size = d.pop("size")

        url = d.pop("url", UNSET)

        preview_url = d.pop("previewUrl", UNSET)

        content = d.pop("content", UNSET)

        sort_order = d.pop("sortOrder", UNSET)

        _repository = d.pop("repository", UNSET)
        repository: ChatAttachmentDTORepository | Unset
        if isinstance(_repository, Unset):
            repository = UNSET
        else:
            repository = enum_member(ChatAttachmentDTORepository, _repository)

        error = d.pop("error", UNSET)

        message_id = d.pop("messageId", UNSET)

        property_id = d.pop("propertyId", UNSET)

        _expire = d.pop("expire", UNSET)
        expire: datetime.date | Unset
        if isinstance(_expire, Unset):
            expire = UNSET
        else:
            expire = datetime.date.fromisoformat(_expire)

        external = d.pop("external", UNSET)

        chat_attachment_dto = cls(
            id=id,
            name=name,
            type_=type_,
            size=size,
            url=url,
            preview_url=preview_url,
            content=content,
            sort_order=sort_order,
            repository=repository,
            error=error,
            message_id=message_id,
            property_id=property_id,
            expire=expire,
            external=external,
        )

        chat_attachment_dto.additional_properties = d
        return chat_attachment_dto

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
