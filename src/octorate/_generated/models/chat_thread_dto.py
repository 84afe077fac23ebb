from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.chat_thread_dto_default_processor import ChatThreadDTODefaultProcessor
from ..types import UNSET, Unset, enum_member, parse_datetime

if TYPE_CHECKING:
    from ..models.api_reservation_resp_dto import ApiReservationRespDTO
    from ..models.chat_message_dto import ChatMessageDTO
    from ..models.chat_thread_attribute_dto import ChatThreadAttributeDTO
    from ..models.chat_thread_external_dto import ChatThreadExternalDTO
    from ..models.person_dto import PersonDTO


@_attrs_define
class ChatThreadDTO(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_default_processor(d: Mapping[str, Any]) -> ChatThreadDTODefaultProcessor:
    default_processor = enum_member(ChatThreadDTODefaultProcessor, d["defaultProcessor"])

    return default_processor


def _load_persons(d: Mapping[str, Any]) -> list[PersonDTO]:
    persons = PersonDTO._from_json_list(d["persons"])

    return persons


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_accommodation_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("accommodationId", UNSET)


def _load_last_message(d: Mapping[str, Any]) -> ChatMessageDTO | Unset:
    _last_message = d.get("lastMessage", UNSET)
    last_message: ChatMessageDTO | Unset
    if isinstance(_last_message, Unset):
        last_message = UNSET
    else:
        last_message = ChatMessageDTO._from_json(_last_message)

    return last_message


def _load_chat_thread_externals(d: Mapping[str, Any]) -> list[ChatThreadExternalDTO] | Unset:
    _chat_thread_externals = d.get("chatThreadExternals", UNSET)
    chat_thread_externals: list[ChatThreadExternalDTO] | Unset = UNSET
    if _chat_thread_externals is not UNSET:
        chat_thread_externals = ChatThreadExternalDTO._from_json_list(_chat_thread_externals)

    return chat_thread_externals


def _load_attributes(d: Mapping[str, Any]) -> list[ChatThreadAttributeDTO] | Unset:
    _attributes = d.get("attributes", UNSET)
    attributes: list[ChatThreadAttributeDTO] | Unset = UNSET
    if _attributes is not UNSET:
        attributes = ChatThreadAttributeDTO._from_json_list(_attributes)

    return attributes


def _load_reservation(d: Mapping[str, Any]) -> ApiReservationRespDTO | Unset:
    _reservation = d.get("reservation", UNSET)
    reservation: ApiReservationRespDTO | Unset
    if isinstance(_reservation, Unset):
        reservation = UNSET
    else:
        reservation = ApiReservationRespDTO._from_json(_reservation)

    return reservation


def _load_archive_time(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _archive_time = d.get("archiveTime", UNSET)
    archive_time: datetime.datetime | Unset
    if isinstance(_archive_time, Unset):
        archive_time = UNSET
    else:
        archive_time = parse_datetime(_archive_time)

    return archive_time


def _load_ai_driven(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("aiDriven", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "defaultProcessor",
        "persons",
        "id",
        "accommodationId",
        "lastMessage",
        "chatThreadExternals",
        "attributes",
        "reservation",
        "archiveTime",
        "aiDriven",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ChatThreadDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "default_processor" not in seen:
        default_processor = enum_member(ChatThreadDTODefaultProcessor, d["defaultProcessor"])

        _set(self, "default_processor", default_processor)
    if "persons" not in seen:
        persons = PersonDTO._from_json_list(d["persons"])

        _set(self, "persons", persons)
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "accommodation_id" not in seen:
        _set(self, "accommodation_id", d.get("accommodationId", UNSET))
    if "last_message" not in seen:
        _last_message = d.get("lastMessage", UNSET)
        last_message: ChatMessageDTO | Unset
        if isinstance(_last_message, Unset):
            last_message = UNSET
        else:
            last_message = ChatMessageDTO._from_json(_last_message)

        _set(self, "last_message", last_message)
    if "chat_thread_externals" not in seen:
        _chat_thread_externals = d.get("chatThreadExternals", UNSET)
        chat_thread_externals: list[ChatThreadExternalDTO] | Unset = UNSET
        if _chat_thread_externals is not UNSET:
            chat_thread_externals = ChatThreadExternalDTO._from_json_list(_chat_thread_externals)

        _set(self, "chat_thread_externals", chat_thread_externals)
    if "attributes" not in seen:
        _attributes = d.get("attributes", UNSET)
        attributes: list[ChatThreadAttributeDTO] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = ChatThreadAttributeDTO._from_json_list(_attributes)

        _set(self, "attributes", attributes)
    if "reservation" not in seen:
        _reservation = d.get("reservation", UNSET)
        reservation: ApiReservationRespDTO | Unset
        if isinstance(_reservation, Unset):
            reservation = UNSET
        else:
            reservation = ApiReservationRespDTO._from_json(_reservation)

        _set(self, "reservation", reservation)
    if "archive_time" not in seen:
        _archive_time = d.get("archiveTime", UNSET)
        archive_time: datetime.datetime | Unset
        if isinstance(_archive_time, Unset):
            archive_time = UNSET
        else:
            archive_time = parse_datetime(_archive_time)

        _set(self, "archive_time", archive_time)
    if "ai_driven" not in seen:
        _set(self, "ai_driven", d.get("aiDriven", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ChatThreadDTO._octorate_fields = FieldTable(
    required=frozenset(
        (
            "defaultProcessor",
            "persons",
        )
    ),
    loaders={
        "default_processor": _load_default_processor,
        "persons": _load_persons,
        "id": _load_id,
        "accommodation_id": _load_accommodation_id,
        "last_message": _load_last_message,
        "chat_thread_externals": _load_chat_thread_externals,
        "attributes": _load_attributes,
        "reservation": _load_reservation,
        "archive_time": _load_archive_time,
        "ai_driven": _load_ai_driven,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "persons",
        "last_message",
        "chat_thread_externals",
        "attributes",
        "reservation",
        "additional_properties",
    ),
    keys={
        "default_processor": "defaultProcessor",
        "persons": "persons",
        "id": "id",
        "accommodation_id": "accommodationId",
        "last_message": "lastMessage",
        "chat_thread_externals": "chatThreadExternals",
        "attributes": "attributes",
        "reservation": "reservation",
        "archive_time": "archiveTime",
        "ai_driven": "aiDriven",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_reservation_resp_dto import ApiReservationRespDTO  # noqa: E402
from ..models.chat_message_dto import ChatMessageDTO  # noqa: E402
from ..models.chat_thread_attribute_dto import ChatThreadAttributeDTO  # noqa: E402
from ..models.chat_thread_external_dto import ChatThreadExternalDTO  # noqa: E402
from ..models.person_dto import PersonDTO  # noqa: E402
