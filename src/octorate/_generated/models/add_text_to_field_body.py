from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.add_text_to_field_body_additional_property import (
        AddTextToFieldBodyAdditionalProperty,
    )


T = TypeVar("T", bound="AddTextToFieldBody")


@_attrs_define
class AddTextToFieldBody:
    additional_properties: dict[str, AddTextToFieldBodyAdditionalProperty] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        add_text_to_field_body = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = AddTextToFieldBodyAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        add_text_to_field_body.additional_properties = additional_properties
        return add_text_to_field_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> AddTextToFieldBodyAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: AddTextToFieldBodyAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.add_text_to_field_body_additional_property import AddTextToFieldBodyAdditionalProperty  # noqa: E402
