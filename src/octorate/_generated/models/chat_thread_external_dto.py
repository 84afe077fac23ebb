from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class ChatThreadExternalDTO(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_connection_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("connectionId", UNSET)


def _load_external_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("externalId", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "threadId",
        "id",
        "connectionId",
        "externalId",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ChatThreadExternalDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "thread_id" not in seen:
        _set(self, "thread_id", d["threadId"])
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "connection_id" not in seen:
        _set(self, "connection_id", d.get("connectionId", UNSET))
    if "external_id" not in seen:
        _set(self, "external_id", d.get("externalId", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ChatThreadExternalDTO._octorate_fields = FieldTable(
    required=frozenset(("threadId",)),
    loaders={
        "thread_id": _load_thread_id,
        "id": _load_id,
        "connection_id": _load_connection_id,
        "external_id": _load_external_id,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "thread_id": "threadId",
        "id": "id",
        "connection_id": "connectionId",
        "external_id": "externalId",
    },
)
