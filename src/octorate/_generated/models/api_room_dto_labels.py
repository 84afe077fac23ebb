from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class ApiRoomDTOLabels(LazyModel):
    """label that is used inside our booking engine to describe the unit of measure. For instance to say '1 Room', '1
    Castle', '1 Apartment', '1 Cavaran', etc....

        Example:
            {'EN': 'These are the LanguageMap value in English!'}

        Attributes:
            empty_values (bool | Unset):
            empty (bool | Unset):
    """

    empty_values: bool | Unset = UNSET
    empty: bool | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        empty_values = self.empty_values

        empty = self.empty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if empty_values is not UNSET:
            field_dict["emptyValues"] = empty_values
        if empty is not UNSET:
            field_dict["empty"] = empty

        return field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_set = object.__setattr__

# Field loaders: each turns the raw JSON object into one attribute's value, the first time
# that attribute is read (see octorate._hooks.LazyModel).


def _load_empty_values(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("emptyValues", UNSET)


def _load_empty(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("empty", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "emptyValues",
        "empty",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, str]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiRoomDTOLabels, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "empty_values" not in seen:
        _set(self, "empty_values", d.get("emptyValues", UNSET))
    if "empty" not in seen:
        _set(self, "empty", d.get("empty", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiRoomDTOLabels._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "empty_values": _load_empty_values,
        "empty": _load_empty,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "empty_values": "emptyValues",
        "empty": "empty",
    },
)
