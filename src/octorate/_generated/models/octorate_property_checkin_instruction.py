from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.octorate_property_checkin_instruction_how import OctoratePropertyCheckinInstructionHow
from ..models.octorate_property_checkin_instruction_when import (
    OctoratePropertyCheckinInstructionWhen,
)
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="OctoratePropertyCheckinInstruction")


@_attrs_define
class OctoratePropertyCheckinInstruction:
    """
    Attributes:
        how (OctoratePropertyCheckinInstructionHow | Unset):
        when (OctoratePropertyCheckinInstructionWhen | Unset):
        identifier (str | Unset):
        other (str | Unset):
    """

    how: OctoratePropertyCheckinInstructionHow | Unset = UNSET
    when: OctoratePropertyCheckinInstructionWhen | Unset = UNSET
    identifier: str | Unset = UNSET
    other: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        how: str | Unset = UNSET
        if not isinstance(self.how, Unset):
            how = self.how.value

        when: str | Unset = UNSET
        if not isinstance(self.when, Unset):
            when = self.when.value

        identifier = self.identifier

        other = self.other

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if how is not UNSET:
            field_dict["how"] = how
        if when is not UNSET:
            field_dict["when"] = when
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if other is not UNSET:
            field_dict["other"] = other

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _how = d.pop("how", UNSET)
        how: OctoratePropertyCheckinInstructionHow | Unset
        if isinstance(_how, Unset):
            how = UNSET
        else:
            how = enum_member(OctoratePropertyCheckinInstructionHow, _how)

        _when = d.pop("when", UNSET)
        when: OctoratePropertyCheckinInstructionWhen | Unset
        if isinstance(_when, Unset):
            when = UNSET
        else:
            when = enum_member(OctoratePropertyCheckinInstructionWhen, _when)

        identifier = d.pop("identifier", UNSET)

        other = d.pop("other", UNSET)

        octorate_property_checkin_instruction = cls(
            how=how,
            when=when,
            identifier=identifier,
            other=other,
        )

        octorate_property_checkin_instruction.additional_properties = d
        return octorate_property_checkin_instruction

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
