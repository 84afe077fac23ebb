from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiError")


@_attrs_define
class ApiError:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        type_ = d.pop("type", UNSET)

        machine_name = d.pop("machine_name", UNSET)

        human_name = d.pop("human_name", UNSET)

        element = d.pop("element", UNSET)

        suggestion = d.pop("suggestion", UNSET)

        _nested = d.pop("nested", UNSET)
        nested: list[ApiError] | Unset = UNSET
        if _nested is not UNSET:
            nested = []
            for nested_item_data in _nested:
                nested_item = ApiError.from_dict(nested_item_data)

                nested.append(nested_item)

        api_error = cls(
            message=message,
            type_=type_,
            machine_name=machine_name,
            human_name=human_name,
            element=element,
            suggestion=suggestion,
            nested=nested,
        )

        api_error.additional_properties = d
        return api_error

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
