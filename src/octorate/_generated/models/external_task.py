from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.external_task_type import ExternalTaskType
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="ExternalTask")


@_attrs_define
class ExternalTask:
    """
    Attributes:
        type_ (ExternalTaskType | Unset):
        task_detail (str | Unset):
        present (bool | Unset):
    """

    type_: ExternalTaskType | Unset = UNSET
    task_detail: str | Unset = UNSET
    present: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ExternalTaskType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(ExternalTaskType, _type_)

        task_detail = d.pop("taskDetail", UNSET)

        present = d.pop("present", UNSET)

        external_task = cls(
            type_=type_,
            task_detail=task_detail,
            present=present,
        )

        external_task.additional_properties = d
        return external_task

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
