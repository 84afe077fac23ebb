from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.octorate_property_checkin_instruction import OctoratePropertyCheckinInstruction
    from ..models.octorate_property_checkin_location import OctoratePropertyCheckinLocation
    from ..models.octorate_property_checkin_other_text import OctoratePropertyCheckinOtherText


@_attrs_define
class OctoratePropertyCheckinAdditionalInfo(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_other_text(d: Mapping[str, Any]) -> OctoratePropertyCheckinOtherText | Unset:
    _other_text = d.get("otherText", UNSET)
    other_text: OctoratePropertyCheckinOtherText | Unset
    if isinstance(_other_text, Unset):
        other_text = UNSET
    else:
        other_text = OctoratePropertyCheckinOtherText._from_json(_other_text)

    return other_text


def _load_location(d: Mapping[str, Any]) -> OctoratePropertyCheckinLocation | Unset:
    _location = d.get("location", UNSET)
    location: OctoratePropertyCheckinLocation | Unset
    if isinstance(_location, Unset):
        location = UNSET
    else:
        location = OctoratePropertyCheckinLocation._from_json(_location)

    return location


def _load_brand_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("brandName", UNSET)


def _load_instruction(d: Mapping[str, Any]) -> OctoratePropertyCheckinInstruction | Unset:
    _instruction = d.get("instruction", UNSET)
    instruction: OctoratePropertyCheckinInstruction | Unset
    if isinstance(_instruction, Unset):
        instruction = UNSET
    else:
        instruction = OctoratePropertyCheckinInstruction._from_json(_instruction)

    return instruction


_KNOWN_KEYS = frozenset(
    (
        "otherText",
        "location",
        "brandName",
        "instruction",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(
    self: OctoratePropertyCheckinAdditionalInfo, d: Mapping[str, Any], seen: Container[str]
) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "other_text" not in seen:
        _other_text = d.get("otherText", UNSET)
        other_text: OctoratePropertyCheckinOtherText | Unset
        if isinstance(_other_text, Unset):
            other_text = UNSET
        else:
            other_text = OctoratePropertyCheckinOtherText._from_json(_other_text)

        _set(self, "other_text", other_text)
    if "location" not in seen:
        _location = d.get("location", UNSET)
        location: OctoratePropertyCheckinLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = OctoratePropertyCheckinLocation._from_json(_location)

        _set(self, "location", location)
    if "brand_name" not in seen:
        _set(self, "brand_name", d.get("brandName", UNSET))
    if "instruction" not in seen:
        _instruction = d.get("instruction", UNSET)
        instruction: OctoratePropertyCheckinInstruction | Unset
        if isinstance(_instruction, Unset):
            instruction = UNSET
        else:
            instruction = OctoratePropertyCheckinInstruction._from_json(_instruction)

        _set(self, "instruction", instruction)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctoratePropertyCheckinAdditionalInfo._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "other_text": _load_other_text,
        "location": _load_location,
        "brand_name": _load_brand_name,
        "instruction": _load_instruction,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "other_text",
        "location",
        "instruction",
        "additional_properties",
    ),
    keys={
        "other_text": "otherText",
        "location": "location",
        "brand_name": "brandName",
        "instruction": "instruction",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.octorate_property_checkin_instruction import OctoratePropertyCheckinInstruction  # noqa: E402
from ..models.octorate_property_checkin_location import OctoratePropertyCheckinLocation  # noqa: E402
from ..models.octorate_property_checkin_other_text import OctoratePropertyCheckinOtherText  # noqa: E402
