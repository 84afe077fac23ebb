from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.person_dto import PersonDTO


T = TypeVar("T", bound="ChatMessageReaderDTO")


@_attrs_define
class ChatMessageReaderDTO:
    """Readers of this chat message

    Example:
        [{'id': 56, 'messageId': 90, 'readTime': '2022-04-29T09:12:13.000Z', 'reader': {'email':
            'mario.rossi@octorate.com', 'firstname': 'Mario', 'fullname': 'Rossi Mario', 'guestId': 12345, 'id': 54,
            'lastname': 'Rossi'}}]

    Attributes:
        message_id (int): The message linked to this reader Example: 17.
        reader (PersonDTO):
        read_time (datetime.datetime): The read time in UTC (ISO8601) Example: 2022-05-01T15:31:54.456Z.
        id (int | Unset): Reference inside our system Example: 17.
    """

    message_id: int
    reader: PersonDTO
    read_time: datetime.datetime
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        reader = self.reader.to_dict()

        read_time = self.read_time.isoformat()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messageId": message_id,
                "reader": reader,
                "readTime": read_time,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = d.pop("messageId")

        reader = PersonDTO.from_dict(d.pop("reader"))

        read_time = parse_datetime(d.pop("readTime"))

        id = d.pop("id", UNSET)

        chat_message_reader_dto = cls(
            message_id=message_id,
            reader=reader,
            read_time=read_time,
            id=id,
        )

        chat_message_reader_dto.additional_properties = d
        return chat_message_reader_dto

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


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.person_dto import PersonDTO  # noqa: E402
