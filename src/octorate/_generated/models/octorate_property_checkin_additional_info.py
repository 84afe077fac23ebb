from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.octorate_property_checkin_instruction import OctoratePropertyCheckinInstruction
    from ..models.octorate_property_checkin_location import OctoratePropertyCheckinLocation
    from ..models.octorate_property_checkin_other_text import OctoratePropertyCheckinOtherText


T = TypeVar("T", bound="OctoratePropertyCheckinAdditionalInfo")


@_attrs_define
class OctoratePropertyCheckinAdditionalInfo:
    """
    Attributes:
        other_text (OctoratePropertyCheckinOtherText | Unset):
        location (OctoratePropertyCheckinLocation | Unset):
        brand_name (str | Unset):
        instruction (OctoratePropertyCheckinInstruction | Unset):
    """

    other_text: OctoratePropertyCheckinOtherText | Unset = UNSET
    location: OctoratePropertyCheckinLocation | Unset = UNSET
    brand_name: str | Unset = UNSET
    instruction: OctoratePropertyCheckinInstruction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        other_text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.other_text, Unset):
            other_text = self.other_text.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        brand_name = self.brand_name

        instruction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instruction, Unset):
            instruction = self.instruction.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if other_text is not UNSET:
            field_dict["otherText"] = other_text
        if location is not UNSET:
            field_dict["location"] = location
        if brand_name is not UNSET:
            field_dict["brandName"] = brand_name
        if instruction is not UNSET:
            field_dict["instruction"] = instruction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _other_text = d.pop("otherText", UNSET)
        other_text: OctoratePropertyCheckinOtherText | Unset
        if isinstance(_other_text, Unset):
            other_text = UNSET
        else:
            other_text = OctoratePropertyCheckinOtherText.from_dict(_other_text)

        _location = d.pop("location", UNSET)
        location: OctoratePropertyCheckinLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = OctoratePropertyCheckinLocation.from_dict(_location)

        brand_name = d.pop("brandName", UNSET)

        _instruction = d.pop("instruction", UNSET)
        instruction: OctoratePropertyCheckinInstruction | Unset
        if isinstance(_instruction, Unset):
            instruction = UNSET
        else:
            instruction = OctoratePropertyCheckinInstruction.from_dict(_instruction)

        octorate_property_checkin_additional_info = cls(
            other_text=other_text,
            location=location,
            brand_name=brand_name,
            instruction=instruction,
        )

        octorate_property_checkin_additional_info.additional_properties = d
        return octorate_property_checkin_additional_info

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


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.octorate_property_checkin_instruction import OctoratePropertyCheckinInstruction  # noqa: E402
from ..models.octorate_property_checkin_location import OctoratePropertyCheckinLocation  # noqa: E402
from ..models.octorate_property_checkin_other_text import OctoratePropertyCheckinOtherText  # noqa: E402
