from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.external_task_type import ExternalTaskType
from ..types import UNSET, Unset, enum_member


@_attrs_define
class ExternalTask(LazyModel):
    """
    Attributes:
        type_ (ExternalTaskType | Unset):
        task_detail (str | Unset):
        present (bool | Unset):
    """

    type_: ExternalTaskType | Unset = UNSET
    task_detail: str | Unset = UNSET
    present: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        task_detail = self.task_detail

        present = self.present

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if task_detail is not UNSET:
            field_dict["taskDetail"] = task_detail
        if present is not UNSET:
            field_dict["present"] = present

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


def _load_type_(d: Mapping[str, Any]) -> ExternalTaskType | Unset:
    _type_ = d.get("type", UNSET)
    type_: ExternalTaskType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = enum_member(ExternalTaskType, _type_)

    return type_


def _load_task_detail(d: Mapping[str, Any]) -> str | Unset:
    return d.get("taskDetail", UNSET)


def _load_present(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("present", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "type",
        "taskDetail",
        "present",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ExternalTask, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "type_" not in seen:
        _type_ = d.get("type", UNSET)
        type_: ExternalTaskType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(ExternalTaskType, _type_)

        _set(self, "type_", type_)
    if "task_detail" not in seen:
        _set(self, "task_detail", d.get("taskDetail", UNSET))
    if "present" not in seen:
        _set(self, "present", d.get("present", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ExternalTask._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "type_": _load_type_,
        "task_detail": _load_task_detail,
        "present": _load_present,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "type_": "type",
        "task_detail": "taskDetail",
        "present": "present",
    },
)
