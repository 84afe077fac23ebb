from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_json_patch_dto_op import ApiJsonPatchDTOOp
from ..models.api_json_patch_dto_type import ApiJsonPatchDTOType
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="ApiJsonPatchDTO")


@_attrs_define
class ApiJsonPatchDTO:
    """The json patch (enriched RFC 6902) tracking the changes of this log

    Attributes:
        op (ApiJsonPatchDTOOp | Unset): RFC6902 operation: add, remove, replace, move, copy, test Example: replace.
        path (str | Unset): JSON Pointer path (RFC6901) Example: /path/to/field.
        value (str | Unset): New value as JSON string (object/array/scalar)
        old_value (str | Unset): Previous value as JSON string (non-standard enrichment)
        from_ (str | Unset): 'from' field for move/copy operations
        view_value (str | Unset): Textual representation of the new value for the UI
        view_old_value (str | Unset): Textual representation of the previous value for the UI
        type_ (ApiJsonPatchDTOType | Unset): Type indication
    """

    op: ApiJsonPatchDTOOp | Unset = UNSET
    path: str | Unset = UNSET
    value: str | Unset = UNSET
    old_value: str | Unset = UNSET
    from_: str | Unset = UNSET
    view_value: str | Unset = UNSET
    view_old_value: str | Unset = UNSET
    type_: ApiJsonPatchDTOType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        op: str | Unset = UNSET
        if not isinstance(self.op, Unset):
            op = self.op.value

        path = self.path

        value = self.value

        old_value = self.old_value

        from_ = self.from_

        view_value = self.view_value

        view_old_value = self.view_old_value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if op is not UNSET:
            field_dict["op"] = op
        if path is not UNSET:
            field_dict["path"] = path
        if value is not UNSET:
            field_dict["value"] = value
        if old_value is not UNSET:
            field_dict["oldValue"] = old_value
        if from_ is not UNSET:
            field_dict["from"] = from_
        if view_value is not UNSET:
            field_dict["viewValue"] = view_value
        if view_old_value is not UNSET:
            field_dict["viewOldValue"] = view_old_value
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _op = d.pop("op", UNSET)
        op: ApiJsonPatchDTOOp | Unset
        if isinstance(_op, Unset):
            op = UNSET
        else:
            op = enum_member(ApiJsonPatchDTOOp, _op)

        path = d.pop("path", UNSET)

        value = d.pop("value", UNSET)

        old_value = d.pop("oldValue", UNSET)

        from_ = d.pop("from", UNSET)

        view_value = d.pop("viewValue", UNSET)

        view_old_value = d.pop("viewOldValue", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ApiJsonPatchDTOType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(ApiJsonPatchDTOType, _type_)

        api_json_patch_dto = cls(
            op=op,
            path=path,
            value=value,
            old_value=old_value,
            from_=from_,
            view_value=view_value,
            view_old_value=view_old_value,
            type_=type_,
        )

        api_json_patch_dto.additional_properties = d
        return api_json_patch_dto

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
