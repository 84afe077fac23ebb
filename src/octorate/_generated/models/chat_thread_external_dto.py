from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatThreadExternalDTO")


@_attrs_define
class ChatThreadExternalDTO:
    """The threads external linked to this thread

    Example:
        [{'id': 17, 'threadId': 17, 'connectionId': 123458, 'externalId': '0000e7ae-b79b-11ec-a2b5-199d8f8d3242'}]

    Attributes:
        thread_id (int): The chat thread linked to this chat thread external Example: 17.
        id (int | Unset): Reference inside our system Example: 17.
        connection_id (int | Unset): Internal id of the connection with the portal Example: 123458.
        external_id (str | Unset): External id of this thread external Example: 0000e7ae-b79b-11ec-a2b5-199d8f8d3242.
    """

    thread_id: int
    id: int | Unset = UNSET
    connection_id: int | Unset = UNSET
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thread_id = self.thread_id

        id = self.id

        connection_id = self.connection_id

        external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "threadId": thread_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if connection_id is not UNSET:
            field_dict["connectionId"] = connection_id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        thread_id = d.pop("threadId")

        id = d.pop("id", UNSET)

        connection_id = d.pop("connectionId", UNSET)

        external_id = d.pop("externalId", UNSET)

        chat_thread_external_dto = cls(
            thread_id=thread_id,
            id=id,
            connection_id=connection_id,
            external_id=external_id,
        )

        chat_thread_external_dto.additional_properties = d
        return chat_thread_external_dto

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
