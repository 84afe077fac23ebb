from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class CalendarBulkResponse(LazyModel):
    """Answer of a calendar bulk update (observed, not documented by Octorate).

    Attributes:
        process (list[int] | Unset):
        success (bool | Unset):
    """

    process: list[int] | Unset = UNSET
    success: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        process: list[int] | Unset = UNSET
        if not isinstance(self.process, Unset):
            process = self.process

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if process is not UNSET:
            field_dict["process"] = process
        if success is not UNSET:
            field_dict["success"] = success

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


def _load_process(d: Mapping[str, Any]) -> list[int] | Unset:
    process = cast(list[int], d.get("process", UNSET))

    return process


def _load_success(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("success", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "process",
        "success",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: CalendarBulkResponse, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "process" not in seen:
        process = cast(list[int], d.get("process", UNSET))

        _set(self, "process", process)
    if "success" not in seen:
        _set(self, "success", d.get("success", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


CalendarBulkResponse._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "process": _load_process,
        "success": _load_success,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "process",
        "additional_properties",
    ),
    keys={
        "process": "process",
        "success": "success",
    },
)
