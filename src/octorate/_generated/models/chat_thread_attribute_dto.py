from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_thread_attribute_dto_type import ChatThreadAttributeDTOType
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="ChatThreadAttributeDTO")


@_attrs_define
class ChatThreadAttributeDTO:
    """Attributes of this chat thread

    Example:
        [{'id': 65, 'messageId': 61, 'type': 'AIRBNB_BOOKING_DETAILS', 'value': 'Hello world!'}]

    Attributes:
        thread_id (int): The thread linked to this attribute Example: 17.
        value (str): The value of this attribute Example: Hello world!.
        id (int | Unset): Reference inside our system Example: 17.
        type_ (ChatThreadAttributeDTOType | Unset): The type of this attribute Example: AIRBNB_BOOKING_DETAILS.
    """

    thread_id: int
    value: str
    id: int | Unset = UNSET
    type_: ChatThreadAttributeDTOType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thread_id = self.thread_id

        value = self.value

        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "threadId": thread_id,
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
        thread_id = d.pop("threadId")

        value = d.pop("value")

        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ChatThreadAttributeDTOType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(ChatThreadAttributeDTOType, _type_)

        chat_thread_attribute_dto = cls(
            thread_id=thread_id,
            value=value,
            id=id,
            type_=type_,
        )

        chat_thread_attribute_dto.additional_properties = d
        return chat_thread_attribute_dto

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
