from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.person_dto import PersonDTO


@_attrs_define
class ChatMessageReaderDTO(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_message_id(d: Mapping[str, Any]) -> int:
    return d["messageId"]


def _load_reader(d: Mapping[str, Any]) -> PersonDTO:
    reader = PersonDTO._from_json(d["reader"])

    return reader


def _load_read_time(d: Mapping[str, Any]) -> datetime.datetime:
    read_time = parse_datetime(d["readTime"])

    return read_time


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "messageId",
        "reader",
        "readTime",
        "id",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ChatMessageReaderDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "message_id" not in seen:
        _set(self, "message_id", d["messageId"])
    if "reader" not in seen:
        reader = PersonDTO._from_json(d["reader"])

        _set(self, "reader", reader)
    if "read_time" not in seen:
        read_time = parse_datetime(d["readTime"])

        _set(self, "read_time", read_time)
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ChatMessageReaderDTO._octorate_fields = FieldTable(
    required=frozenset(
        (
            "messageId",
            "reader",
            "readTime",
        )
    ),
    loaders={
        "message_id": _load_message_id,
        "reader": _load_reader,
        "read_time": _load_read_time,
        "id": _load_id,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "reader",
        "additional_properties",
    ),
    keys={
        "message_id": "messageId",
        "reader": "reader",
        "read_time": "readTime",
        "id": "id",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.person_dto import PersonDTO  # noqa: E402
