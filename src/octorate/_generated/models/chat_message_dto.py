from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.chat_message_dto_processor import ChatMessageDTOProcessor
from ..models.chat_message_dto_status import ChatMessageDTOStatus
from ..types import UNSET, Unset, enum_member, parse_datetime

if TYPE_CHECKING:
    from ..models.api_review_dto import ApiReviewDTO
    from ..models.chat_attachment_dto import ChatAttachmentDTO
    from ..models.chat_message_attribute_dto import ChatMessageAttributeDTO
    from ..models.chat_message_reader_dto import ChatMessageReaderDTO
    from ..models.person_dto import PersonDTO
    from ..models.special_offer_dto import SpecialOfferDTO


@_attrs_define
class ChatMessageDTO(LazyModel):
    """
    Attributes:
        sender (PersonDTO):
        thread_id (int): The chat thread linked to this message Example: 17.
        external_thread_id (str): The chat thread id inside the external portal Example: 17.
        create_time (datetime.datetime): The create time in UTC (ISO8601) of this chat message Example:
            2022-05-01T15:31:54.456Z.
        status (ChatMessageDTOStatus): The status of this chat message Example: SENT.
        processor (ChatMessageDTOProcessor): the processor of this chat message Example: DIRECT.
        id (int | Unset): Reference inside our system Example: 17.
        sent_time (datetime.datetime | Unset): The sent time in UTC (ISO8601) of this chat message Example:
            2022-05-01T15:31:54.456Z.
        external_id (str | Unset): External id of this message Example: 0000e7ae-b79b-11ec-a2b5-199d8f8d3242.
        attributes (list[ChatMessageAttributeDTO] | Unset): Attributes of this chat message Example: [{'id': 65,
            'messageId': 61, 'type': 'TEXT', 'value': 'Hello world!'}].
        readers (list[ChatMessageReaderDTO] | Unset): Readers of this chat message Example: [{'id': 56, 'messageId': 90,
            'readTime': '2022-04-29T09:12:13.000Z', 'reader': {'email': 'mario.rossi@octorate.com', 'firstname': 'Mario',
            'fullname': 'Rossi Mario', 'guestId': 12345, 'id': 54, 'lastname': 'Rossi'}}].
        attachment (ChatAttachmentDTO | Unset): The attachment of this chat message Example: {'id': 17, 'messageId': 17,
            'name': 'image.jpg', 'type': 'image/jpeg', 'size': 1024, 'content': {'id': 17, 'attachmentId': 17, 'expire':
            '2022-05-01', 'content': '...'}}.
        special_offer (SpecialOfferDTO | Unset):
        review (ApiReviewDTO | Unset):
        current_accommodations (list[str] | Unset): List of current accommodations for the chat message Example:
            ['112696', '16997'].
        external_sender (PersonDTO | Unset):
        read_time (datetime.datetime | Unset):
    """

    sender: PersonDTO
    thread_id: int
    external_thread_id: str
    create_time: datetime.datetime
    status: ChatMessageDTOStatus
    processor: ChatMessageDTOProcessor
    id: int | Unset = UNSET
    sent_time: datetime.datetime | Unset = UNSET
    external_id: str | Unset = UNSET
    attributes: list[ChatMessageAttributeDTO] | Unset = UNSET
    readers: list[ChatMessageReaderDTO] | Unset = UNSET
    attachment: ChatAttachmentDTO | Unset = UNSET
    special_offer: SpecialOfferDTO | Unset = UNSET
    review: ApiReviewDTO | Unset = UNSET
    current_accommodations: list[str] | Unset = UNSET
    external_sender: PersonDTO | Unset = UNSET
    read_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        sender = self.sender.to_dict()

        thread_id = self.thread_id

        external_thread_id = self.external_thread_id

        create_time = self.create_time.isoformat()

        status = self.status.value

        processor = self.processor.value

        id = self.id

        sent_time: str | Unset = UNSET
        if not isinstance(self.sent_time, Unset):
            sent_time = self.sent_time.isoformat()

        external_id = self.external_id

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        readers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.readers, Unset):
            readers = []
            for readers_item_data in self.readers:
                readers_item = readers_item_data.to_dict()
                readers.append(readers_item)

        attachment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachment, Unset):
            attachment = self.attachment.to_dict()

        special_offer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.special_offer, Unset):
            special_offer = self.special_offer.to_dict()

        review: dict[str, Any] | Unset = UNSET
        if not isinstance(self.review, Unset):
            review = self.review.to_dict()

        current_accommodations: list[str] | Unset = UNSET
        if not isinstance(self.current_accommodations, Unset):
            current_accommodations = self.current_accommodations

        external_sender: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_sender, Unset):
            external_sender = self.external_sender.to_dict()

        read_time: str | Unset = UNSET
        if not isinstance(self.read_time, Unset):
            read_time = self.read_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sender": sender,
                "threadId": thread_id,
                "externalThreadId": external_thread_id,
                "createTime": create_time,
                "status": status,
                "processor": processor,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if sent_time is not UNSET:
            field_dict["sentTime"] = sent_time
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if readers is not UNSET:
            field_dict["readers"] = readers
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
        if special_offer is not UNSET:
            field_dict["specialOffer"] = special_offer
        if review is not UNSET:
            field_dict["review"] = review
        if current_accommodations is not UNSET:
            field_dict["currentAccommodations"] = current_accommodations
        if external_sender is not UNSET:
            field_dict["externalSender"] = external_sender
        if read_time is not UNSET:
            field_dict["readTime"] = read_time

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


def _load_sender(d: Mapping[str, Any]) -> PersonDTO:
    sender = PersonDTO._from_json(d["sender"])

    return sender


def _load_thread_id(d: Mapping[str, Any]) -> int:
    return d["threadId"]


def _load_external_thread_id(d: Mapping[str, Any]) -> str:
    return d["externalThreadId"]


def _load_create_time(d: Mapping[str, Any]) -> datetime.datetime:
    create_time = parse_datetime(d["createTime"])

    return create_time


def _load_status(d: Mapping[str, Any]) -> ChatMessageDTOStatus:
    status = enum_member(ChatMessageDTOStatus, d["status"])

    return status


def _load_processor(d: Mapping[str, Any]) -> ChatMessageDTOProcessor:
    processor = enum_member(ChatMessageDTOProcessor, d["processor"])

    return processor


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_sent_time(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _sent_time = d.get("sentTime", UNSET)
    sent_time: datetime.datetime | Unset
    if isinstance(_sent_time, Unset):
        sent_time = UNSET
    else:
        sent_time = parse_datetime(_sent_time)

    return sent_time


def _load_external_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("externalId", UNSET)


def _load_attributes(d: Mapping[str, Any]) -> list[ChatMessageAttributeDTO] | Unset:
    _attributes = d.get("attributes", UNSET)
    attributes: list[ChatMessageAttributeDTO] | Unset = UNSET
    if _attributes is not UNSET:
        attributes = ChatMessageAttributeDTO._from_json_list(_attributes)

    return attributes


def _load_readers(d: Mapping[str, Any]) -> list[ChatMessageReaderDTO] | Unset:
    _readers = d.get("readers", UNSET)
    readers: list[ChatMessageReaderDTO] | Unset = UNSET
    if _readers is not UNSET:
        readers = ChatMessageReaderDTO._from_json_list(_readers)

    return readers


def _load_attachment(d: Mapping[str, Any]) -> ChatAttachmentDTO | Unset:
    _attachment = d.get("attachment", UNSET)
    attachment: ChatAttachmentDTO | Unset
    if isinstance(_attachment, Unset):
        attachment = UNSET
    else:
        attachment = ChatAttachmentDTO._from_json(_attachment)

    return attachment


def _load_special_offer(d: Mapping[str, Any]) -> SpecialOfferDTO | Unset:
    _special_offer = d.get("specialOffer", UNSET)
    special_offer: SpecialOfferDTO | Unset
    if isinstance(_special_offer, Unset):
        special_offer = UNSET
    else:
        special_offer = SpecialOfferDTO._from_json(_special_offer)

    return special_offer


def _load_review(d: Mapping[str, Any]) -> ApiReviewDTO | Unset:
    _review = d.get("review", UNSET)
    review: ApiReviewDTO | Unset
    if isinstance(_review, Unset):
        review = UNSET
    else:
        review = ApiReviewDTO._from_json(_review)

    return review


def _load_current_accommodations(d: Mapping[str, Any]) -> list[str] | Unset:
    current_accommodations = cast(list[str], d.get("currentAccommodations", UNSET))

    return current_accommodations


def _load_external_sender(d: Mapping[str, Any]) -> PersonDTO | Unset:
    _external_sender = d.get("externalSender", UNSET)
    external_sender: PersonDTO | Unset
    if isinstance(_external_sender, Unset):
        external_sender = UNSET
    else:
        external_sender = PersonDTO._from_json(_external_sender)

    return external_sender


def _load_read_time(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _read_time = d.get("readTime", UNSET)
    read_time: datetime.datetime | Unset
    if isinstance(_read_time, Unset):
        read_time = UNSET
    else:
        read_time = parse_datetime(_read_time)

    return read_time


_KNOWN_KEYS = frozenset(
    (
        "sender",
        "threadId",
        "externalThreadId",
        "createTime",
        "status",
        "processor",
        "id",
        "sentTime",
        "externalId",
        "attributes",
        "readers",
        "attachment",
        "specialOffer",
        "review",
        "currentAccommodations",
        "externalSender",
        "readTime",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ChatMessageDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "sender" not in seen:
        sender = PersonDTO._from_json(d["sender"])

        _set(self, "sender", sender)
    if "thread_id" not in seen:
        _set(self, "thread_id", d["threadId"])
    if "external_thread_id" not in seen:
        _set(self, "external_thread_id", d["externalThreadId"])
    if "create_time" not in seen:
        create_time = parse_datetime(d["createTime"])

        _set(self, "create_time", create_time)
    if "status" not in seen:
        status = enum_member(ChatMessageDTOStatus, d["status"])

        _set(self, "status", status)
    if "processor" not in seen:
        processor = enum_member(ChatMessageDTOProcessor, d["processor"])

        _set(self, "processor", processor)
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "sent_time" not in seen:
        _sent_time = d.get("sentTime", UNSET)
        sent_time: datetime.datetime | Unset
        if isinstance(_sent_time, Unset):
            sent_time = UNSET
        else:
            sent_time = parse_datetime(_sent_time)

        _set(self, "sent_time", sent_time)
    if "external_id" not in seen:
        _set(self, "external_id", d.get("externalId", UNSET))
    if "attributes" not in seen:
        _attributes = d.get("attributes", UNSET)
        attributes: list[ChatMessageAttributeDTO] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = ChatMessageAttributeDTO._from_json_list(_attributes)

        _set(self, "attributes", attributes)
    if "readers" not in seen:
        _readers = d.get("readers", UNSET)
        readers: list[ChatMessageReaderDTO] | Unset = UNSET
        if _readers is not UNSET:
            readers = ChatMessageReaderDTO._from_json_list(_readers)

        _set(self, "readers", readers)
    if "attachment" not in seen:
        _attachment = d.get("attachment", UNSET)
        attachment: ChatAttachmentDTO | Unset
        if isinstance(_attachment, Unset):
            attachment = UNSET
        else:
            attachment = ChatAttachmentDTO._from_json(_attachment)

        _set(self, "attachment", attachment)
    if "special_offer" not in seen:
        _special_offer = d.get("specialOffer", UNSET)
        special_offer: SpecialOfferDTO | Unset
        if isinstance(_special_offer, Unset):
            special_offer = UNSET
        else:
            special_offer = SpecialOfferDTO._from_json(_special_offer)

        _set(self, "special_offer", special_offer)
    if "review" not in seen:
        _review = d.get("review", UNSET)
        review: ApiReviewDTO | Unset
        if isinstance(_review, Unset):
            review = UNSET
        else:
            review = ApiReviewDTO._from_json(_review)

        _set(self, "review", review)
    if "current_accommodations" not in seen:
        current_accommodations = cast(list[str], d.get("currentAccommodations", UNSET))

        _set(self, "current_accommodations", current_accommodations)
    if "external_sender" not in seen:
        _external_sender = d.get("externalSender", UNSET)
        external_sender: PersonDTO | Unset
        if isinstance(_external_sender, Unset):
            external_sender = UNSET
        else:
            external_sender = PersonDTO._from_json(_external_sender)

        _set(self, "external_sender", external_sender)
    if "read_time" not in seen:
        _read_time = d.get("readTime", UNSET)
        read_time: datetime.datetime | Unset
        if isinstance(_read_time, Unset):
            read_time = UNSET
        else:
            read_time = parse_datetime(_read_time)

        _set(self, "read_time", read_time)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ChatMessageDTO._octorate_fields = FieldTable(
    required=frozenset(
        (
            "sender",
            "threadId",
            "externalThreadId",
            "createTime",
            "status",
            "processor",
        )
    ),
    loaders={
        "sender": _load_sender,
        "thread_id": _load_thread_id,
        "external_thread_id": _load_external_thread_id,
        "create_time": _load_create_time,
        "status": _load_status,
        "processor": _load_processor,
        "id": _load_id,
        "sent_time": _load_sent_time,
        "external_id": _load_external_id,
        "attributes": _load_attributes,
        "readers": _load_readers,
        "attachment": _load_attachment,
        "special_offer": _load_special_offer,
        "review": _load_review,
        "current_accommodations": _load_current_accommodations,
        "external_sender": _load_external_sender,
        "read_time": _load_read_time,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "sender",
        "attributes",
        "readers",
        "attachment",
        "special_offer",
        "review",
        "current_accommodations",
        "external_sender",
        "additional_properties",
    ),
    keys={
        "sender": "sender",
        "thread_id": "threadId",
        "external_thread_id": "externalThreadId",
        "create_time": "createTime",
        "status": "status",
        "processor": "processor",
        "id": "id",
        "sent_time": "sentTime",
        "external_id": "externalId",
        "attributes": "attributes",
        "readers": "readers",
        "attachment": "attachment",
        "special_offer": "specialOffer",
        "review": "review",
        "current_accommodations": "currentAccommodations",
        "external_sender": "externalSender",
        "read_time": "readTime",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_review_dto import ApiReviewDTO  # noqa: E402
from ..models.chat_attachment_dto import ChatAttachmentDTO  # noqa: E402
from ..models.chat_message_attribute_dto import ChatMessageAttributeDTO  # noqa: E402
from ..models.chat_message_reader_dto import ChatMessageReaderDTO  # noqa: E402
from ..models.person_dto import PersonDTO  # noqa: E402
from ..models.special_offer_dto import SpecialOfferDTO  # noqa: E402
