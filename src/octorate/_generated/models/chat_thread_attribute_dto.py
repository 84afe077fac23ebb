from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.chat_thread_attribute_dto_type import ChatThreadAttributeDTOType
from ..types import UNSET, Unset, enum_member


@_attrs_define
class ChatThreadAttributeDTO(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_thread_id(d: Mapping[str, Any]) -> int:
    return d["threadId"]


def _load_value(d: Mapping[str, Any]) -> str:
    return d["value"]


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_type_(d: Mapping[str, Any]) -> ChatThreadAttributeDTOType | Unset:
    _type_ = d.get("type", UNSET)
    type_: ChatThreadAttributeDTOType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = enum_member(ChatThreadAttributeDTOType, _type_)

    return type_


_KNOWN_KEYS = frozenset(
    (
        "threadId",
        "value",
        "id",
        "type",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ChatThreadAttributeDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "thread_id" not in seen:
        _set(self, "thread_id", d["threadId"])
    if "value" not in seen:
        _set(self, "value", d["value"])
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "type_" not in seen:
        _type_ = d.get("type", UNSET)
        type_: ChatThreadAttributeDTOType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(ChatThreadAttributeDTOType, _type_)

        _set(self, "type_", type_)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ChatThreadAttributeDTO._octorate_fields = FieldTable(
    required=frozenset(
        (
            "threadId",
            "value",
        )
    ),
    loaders={
        "thread_id": _load_thread_id,
        "value": _load_value,
        "id": _load_id,
        "type_": _load_type_,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "thread_id": "threadId",
        "value": "value",
        "id": "id",
        "type_": "type",
    },
)
