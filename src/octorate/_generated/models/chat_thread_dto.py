from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_thread_dto_default_processor import ChatThreadDTODefaultProcessor
from ..types import UNSET, Unset, enum_member, parse_datetime

if TYPE_CHECKING:
    from ..models.api_reservation_resp_dto import ApiReservationRespDTO
    from ..models.chat_message_dto import ChatMessageDTO
    from ..models.chat_thread_attribute_dto import ChatThreadAttributeDTO
    from ..models.chat_thread_external_dto import ChatThreadExternalDTO
    from ..models.person_dto import PersonDTO


T = TypeVar("T", bound="ChatThreadDTO")


@_attrs_define
class ChatThreadDTO:
    """
    Attributes:
        default_processor (ChatThreadDTODefaultProcessor): The default processor of this chat thread Example: DIRECT.
        persons (list[PersonDTO]): The members of this thread Example: [{'email': 'mario.rossi@octorate.com',
            'firstname': 'Mario', 'fullname': 'Rossi Mario', 'id': 17, 'lastname': 'Rossi', 'userId': 12345, 'username':
            'mario_rossi'}].
        id (int | Unset): Reference inside our system Example: 17.
        accommodation_id (str | Unset): The accommodation owning this thread Example: 17.
        last_message (ChatMessageDTO | Unset):
        chat_thread_externals (list[ChatThreadExternalDTO] | Unset): The threads external linked to this thread Example:
            [{'id': 17, 'threadId': 17, 'connectionId': 123458, 'externalId': '0000e7ae-b79b-11ec-a2b5-199d8f8d3242'}].
        attributes (list[ChatThreadAttributeDTO] | Unset): Attributes of this chat thread Example: [{'id': 65,
            'messageId': 61, 'type': 'AIRBNB_BOOKING_DETAILS', 'value': 'Hello world!'}].
        reservation (ApiReservationRespDTO | Unset):
        archive_time (datetime.datetime | Unset): The archive time of this thread Example: 2022-12-06T12:54:15.636Z.
        ai_driven (bool | Unset): Is this thread driven by the AI?
    """

    default_processor: ChatThreadDTODefaultProcessor
    persons: list[PersonDTO]
    id: int | Unset = UNSET
    accommodation_id: str | Unset = UNSET
    last_message: ChatMessageDTO | Unset = UNSET
    chat_thread_externals: list[ChatThreadExternalDTO] | Unset = UNSET
    attributes: list[ChatThreadAttributeDTO] | Unset = UNSET
    reservation: ApiReservationRespDTO | Unset = UNSET
    archive_time: datetime.datetime | Unset = UNSET
    ai_driven: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_processor = self.default_processor.value

        persons = []
        for persons_item_data in self.persons:
            persons_item = persons_item_data.to_dict()
            persons.append(persons_item)

        id = self.id

        accommodation_id = self.accommodation_id

        last_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_message, Unset):
            last_message = self.last_message.to_dict()

        chat_thread_externals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.chat_thread_externals, Unset):
            chat_thread_externals = []
            for chat_thread_externals_item_data in self.chat_thread_externals:
                chat_thread_externals_item = chat_thread_externals_item_data.to_dict()
                chat_thread_externals.append(chat_thread_externals_item)

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        reservation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reservation, Unset):
            reservation = self.reservation.to_dict()

        archive_time: str | Unset = UNSET
        if not isinstance(self.archive_time, Unset):
            archive_time = self.archive_time.isoformat()

        ai_driven = self.ai_driven

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "defaultProcessor": default_processor,
                "persons": persons,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if accommodation_id is not UNSET:
            field_dict["accommodationId"] = accommodation_id
        if last_message is not UNSET:
            field_dict["lastMessage"] = last_message
        if chat_thread_externals is not UNSET:
            field_dict["chatThreadExternals"] = chat_thread_externals
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if reservation is not UNSET:
            field_dict["reservation"] = reservation
        if archive_time is not UNSET:
            field_dict["archiveTime"] = archive_time
        if ai_driven is not UNSET:
            field_dict["aiDriven"] = ai_driven

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        default_processor = enum_member(ChatThreadDTODefaultProcessor, d.pop("defaultProcessor"))

        persons = []
        _persons = d.pop("persons")
        for persons_item_data in _persons:
            persons_item = PersonDTO.from_dict(persons_item_data)

            persons.append(persons_item)

        id = d.pop("id", UNSET)

        accommodation_id = d.pop("accommodationId", UNSET)

        _last_message = d.pop("lastMessage", UNSET)
        last_message: ChatMessageDTO | Unset
        if isinstance(_last_message, Unset):
            last_message = UNSET
        else:
            last_message = ChatMessageDTO.from_dict(_last_message)

        _chat_thread_externals = d.pop("chatThreadExternals", UNSET)
        chat_thread_externals: list[ChatThreadExternalDTO] | Unset = UNSET
        if _chat_thread_externals is not UNSET:
            chat_thread_externals = []
            for chat_thread_externals_item_data in _chat_thread_externals:
                chat_thread_externals_item = ChatThreadExternalDTO.from_dict(
                    chat_thread_externals_item_data
                )

                chat_thread_externals.append(chat_thread_externals_item)

        _attributes = d.pop("attributes", UNSET)
        attributes: list[ChatThreadAttributeDTO] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = ChatThreadAttributeDTO.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        _reservation = d.pop("reservation", UNSET)
        reservation: ApiReservationRespDTO | Unset
        if isinstance(_reservation, Unset):
            reservation = UNSET
        else:
            reservation = ApiReservationRespDTO.from_dict(_reservation)

        _archive_time = d.pop("archiveTime", UNSET)
        archive_time: datetime.datetime | Unset
        if isinstance(_archive_time, Unset):
            archive_time = UNSET
        else:
            archive_time = parse_datetime(_archive_time)

        ai_driven = d.pop("aiDriven", UNSET)

        chat_thread_dto = cls(
            default_processor=default_processor,
            persons=persons,
            id=id,
            accommodation_id=accommodation_id,
            last_message=last_message,
            chat_thread_externals=chat_thread_externals,
            attributes=attributes,
            reservation=reservation,
            archive_time=archive_time,
            ai_driven=ai_driven,
        )

        chat_thread_dto.additional_properties = d
        return chat_thread_dto

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
from ..models.api_reservation_resp_dto import ApiReservationRespDTO  # noqa: E402
from ..models.chat_message_dto import ChatMessageDTO  # noqa: E402
from ..models.chat_thread_attribute_dto import ChatThreadAttributeDTO  # noqa: E402
from ..models.chat_thread_external_dto import ChatThreadExternalDTO  # noqa: E402
from ..models.person_dto import PersonDTO  # noqa: E402
