from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class ApiError(LazyModel):
    """
    Attributes:
        message (str | Unset): That's the detailed message we can provide you to describe what's when wrong. If you
            provide the 'Accept-Language' header we will try to translate it for you (useful i.e. in content) Example:
            Internal error: No enum constant Country.EN'.
        type_ (str | Unset): That's the most interesting field to generally understand the error other than the http
            response code. It helps to understand the category of the error Example: ApiParamsExemption.
        machine_name (str | Unset): If available, a manually added (so don't use it as direct pointer) reference, to
            where the wrong field in json it's located, or where you should look the error
        human_name (str | Unset): That's helps you to rapid understand what's going wrong Example: Invalid Json.
        element (str | Unset): The element that's causing the issue. I.e. if you're looking for a Reservation and it
            doesn't exists, might be that Example: Reservation.
        suggestion (str | Unset): If available (more likely in the content) the suggested action to fix the issue
        nested (list[ApiError] | Unset): List of errors that depends on this (i.e this might be an Invalid Params error
            and in nested you can find all the discarded params)
    """

    message: str | Unset = UNSET
    type_: str | Unset = UNSET
    machine_name: str | Unset = UNSET
    human_name: str | Unset = UNSET
    element: str | Unset = UNSET
    suggestion: str | Unset = UNSET
    nested: list[ApiError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        message = self.message

        type_ = self.type_

        machine_name = self.machine_name

        human_name = self.human_name

        element = self.element

        suggestion = self.suggestion

        nested: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nested, Unset):
            nested = []
            for nested_item_data in self.nested:
                nested_item = nested_item_data.to_dict()
                nested.append(nested_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if type_ is not UNSET:
            field_dict["type"] = type_
        if machine_name is not UNSET:
            field_dict["machine_name"] = machine_name
        if human_name is not UNSET:
            field_dict["human_name"] = human_name
        if element is not UNSET:
            field_dict["element"] = element
        if suggestion is not UNSET:
            field_dict["suggestion"] = suggestion
        if nested is not UNSET:
            field_dict["nested"] = nested

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


def _load_message(d: Mapping[str, Any]) -> str | Unset:
    return d.get("message", UNSET)


def _load_type_(d: Mapping[str, Any]) -> str | Unset:
    return d.get("type", UNSET)


def _load_machine_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("machine_name", UNSET)


def _load_human_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("human_name", UNSET)


def _load_element(d: Mapping[str, Any]) -> str | Unset:
    return d.get("element", UNSET)


def _load_suggestion(d: Mapping[str, Any]) -> str | Unset:
    return d.get("suggestion", UNSET)


def _load_nested(d: Mapping[str, Any]) -> list[ApiError] | Unset:
    _nested = d.get("nested", UNSET)
    nested: list[ApiError] | Unset = UNSET
    if _nested is not UNSET:
        nested = ApiError._from_json_list(_nested)

    return nested


_KNOWN_KEYS = frozenset(
    (
        "message",
        "type",
        "machine_name",
        "human_name",
        "element",
        "suggestion",
        "nested",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiError, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "message" not in seen:
        _set(self, "message", d.get("message", UNSET))
    if "type_" not in seen:
        _set(self, "type_", d.get("type", UNSET))
    if "machine_name" not in seen:
        _set(self, "machine_name", d.get("machine_name", UNSET))
    if "human_name" not in seen:
        _set(self, "human_name", d.get("human_name", UNSET))
    if "element" not in seen:
        _set(self, "element", d.get("element", UNSET))
    if "suggestion" not in seen:
        _set(self, "suggestion", d.get("suggestion", UNSET))
    if "nested" not in seen:
        _nested = d.get("nested", UNSET)
        nested: list[ApiError] | Unset = UNSET
        if _nested is not UNSET:
            nested = ApiError._from_json_list(_nested)

        _set(self, "nested", nested)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiError._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "message": _load_message,
        "type_": _load_type_,
        "machine_name": _load_machine_name,
        "human_name": _load_human_name,
        "element": _load_element,
        "suggestion": _load_suggestion,
        "nested": _load_nested,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "nested",
        "additional_properties",
    ),
    keys={
        "message": "message",
        "type_": "type",
        "machine_name": "machine_name",
        "human_name": "human_name",
        "element": "element",
        "suggestion": "suggestion",
        "nested": "nested",
    },
)
