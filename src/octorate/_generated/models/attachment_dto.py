from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attachment_dto_repository import AttachmentDTORepository
from ..models.attachment_dto_type import AttachmentDTOType
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="AttachmentDTO")


@_attrs_define
class AttachmentDTO:
    """Attachment DTO

    Attributes:
        id (int): Reference inside our system Example: 17.
        name (str): The name of this attachment Example: image.jpg.
        type_ (AttachmentDTOType): The type of this attachment Example: JPEG.
        url (str | Unset): The url of this attachment Example: http://mysite.com/image.jpg.
        preview_url (str | Unset): The preview of this item Example: http://mysite.com/thumb/image.jpg.
        content (str | Unset): The base64 string of this attachment content. Used only for the upload
        sort_order (int | Unset): Sorting of this photo Example: 12.
        repository (AttachmentDTORepository | Unset): Repository Type Example: ROOM.
        error (str | Unset): Error of this photo, in case the system was not able to upload it Example: 12.
    """

    id: int
    name: str
    type_: AttachmentDTOType
    url: str | Unset = UNSET
    preview_url: str | Unset = UNSET
    content: str | Unset = UNSET
    sort_order: int | Unset = UNSET
    repository: AttachmentDTORepository | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_.value

        url = self.url

        preview_url = self.preview_url

        content = self.content

        sort_order = self.sort_order

        repository: str | Unset = UNSET
        if not isinstance(self.repository, Unset):
            repository = self.repository.value

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = enum_member(AttachmentDTOType, d.pop("type"))

        url = d.pop("url", UNSET)

        preview_url = d.pop("previewUrl", UNSET)

        content = d.pop("content", UNSET)

        sort_order = d.pop("sortOrder", UNSET)

        _repository = d.pop("repository", UNSET)
        repository: AttachmentDTORepository | Unset
        if isinstance(_repository, Unset):
            repository = UNSET
        else:
            repository = enum_member(AttachmentDTORepository, _repository)

        error = d.pop("error", UNSET)

        attachment_dto = cls(
            id=id,
            name=name,
            type_=type_,
            url=url,
            preview_url=preview_url,
            content=content,
            sort_order=sort_order,
            repository=repository,
            error=error,
        )

        attachment_dto.additional_properties = d
        return attachment_dto

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
