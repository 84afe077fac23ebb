from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_json_patch_dto_op import ApiJsonPatchDTOOp
from ..models.api_json_patch_dto_type import ApiJsonPatchDTOType
from ..types import UNSET, Unset, enum_member


@_attrs_define
class ApiJsonPatchDTO(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_op(d: Mapping[str, Any]) -> ApiJsonPatchDTOOp | Unset:
    _op = d.get("op", UNSET)
    op: ApiJsonPatchDTOOp | Unset
    if isinstance(_op, Unset):
        op = UNSET
    else:
        op = enum_member(ApiJsonPatchDTOOp, _op)

    return op


def _load_path(d: Mapping[str, Any]) -> str | Unset:
    return d.get("path", UNSET)


def _load_value(d: Mapping[str, Any]) -> str | Unset:
    return d.get("value", UNSET)


def _load_old_value(d: Mapping[str, Any]) -> str | Unset:
    return d.get("oldValue", UNSET)


def _load_from_(d: Mapping[str, Any]) -> str | Unset:
    return d.get("from", UNSET)


def _load_view_value(d: Mapping[str, Any]) -> str | Unset:
    return d.get("viewValue", UNSET)


def _load_view_old_value(d: Mapping[str, Any]) -> str | Unset:
    return d.get("viewOldValue", UNSET)


def _load_type_(d: Mapping[str, Any]) -> ApiJsonPatchDTOType | Unset:
    _type_ = d.get("type", UNSET)
    type_: ApiJsonPatchDTOType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = enum_member(ApiJsonPatchDTOType, _type_)

    return type_


_KNOWN_KEYS = frozenset(
    (
        "op",
        "path",
        "value",
        "oldValue",
        "from",
        "viewValue",
        "viewOldValue",
        "type",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiJsonPatchDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "op" not in seen:
        _op = d.get("op", UNSET)
        op: ApiJsonPatchDTOOp | Unset
        if isinstance(_op, Unset):
            op = UNSET
        else:
            op = enum_member(ApiJsonPatchDTOOp, _op)

        _set(self, "op", op)
    if "path" not in seen:
        _set(self, "path", d.get("path", UNSET))
    if "value" not in seen:
        _set(self, "value", d.get("value", UNSET))
    if "old_value" not in seen:
        _set(self, "old_value", d.get("oldValue", UNSET))
    if "from_" not in seen:
        _set(self, "from_", d.get("from", UNSET))
    if "view_value" not in seen:
        _set(self, "view_value", d.get("viewValue", UNSET))
    if "view_old_value" not in seen:
        _set(self, "view_old_value", d.get("viewOldValue", UNSET))
    if "type_" not in seen:
        _type_ = d.get("type", UNSET)
        type_: ApiJsonPatchDTOType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(ApiJsonPatchDTOType, _type_)

        _set(self, "type_", type_)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiJsonPatchDTO._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "op": _load_op,
        "path": _load_path,
        "value": _load_value,
        "old_value": _load_old_value,
        "from_": _load_from_,
        "view_value": _load_view_value,
        "view_old_value": _load_view_old_value,
        "type_": _load_type_,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "op": "op",
        "path": "path",
        "value": "value",
        "old_value": "oldValue",
        "from_": "from",
        "view_value": "viewValue",
        "view_old_value": "viewOldValue",
        "type_": "type",
    },
)
