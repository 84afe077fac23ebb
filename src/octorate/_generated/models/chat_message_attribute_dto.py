from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_message_attribute_dto_type import ChatMessageAttributeDTOType
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="ChatMessageAttributeDTO")


@_attrs_define
class ChatMessageAttributeDTO:
    """Attributes of this chat message

    Example:
        [{'id': 65, 'messageId': 61, 'type': 'TEXT', 'value': 'Hello world!'}]

    Attributes:
        message_id (int): The message linked to this attribute Example: 17.
        value (str): The value of this attribute Example: Hello world!.
        id (int | Unset): Reference inside our system Example: 17.
        type_ (ChatMessageAttributeDTOType | Unset): The type of this attribute Example: TEXT.
    """

    message_id: int
    value: str
    id: int | Unset = UNSET
    type_: ChatMessageAttributeDTOType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        value = self.value

        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messageId": message_id,
                "value": value,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = d.pop("messageId")

        value = d.pop("value")

        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ChatMessageAttributeDTOType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(ChatMessageAttributeDTOType, _type_)

        chat_message_attribute_dto = cls(
            message_id=message_id,
            value=value,
            id=id,
            type_=type_,
        )

        chat_message_attribute_dto.additional_properties = d
        return chat_message_attribute_dto

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
