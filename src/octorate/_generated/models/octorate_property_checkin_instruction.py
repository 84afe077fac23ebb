from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.octorate_property_checkin_instruction_how import OctoratePropertyCheckinInstructionHow
from ..models.octorate_property_checkin_instruction_when import (
    OctoratePropertyCheckinInstructionWhen,
)
from ..types import UNSET, Unset, enum_member


@_attrs_define
class OctoratePropertyCheckinInstruction(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_how(d: Mapping[str, Any]) -> OctoratePropertyCheckinInstructionHow | Unset:
    _how = d.get("how", UNSET)
    how: OctoratePropertyCheckinInstructionHow | Unset
    if isinstance(_how, Unset):
        how = UNSET
    else:
        how = enum_member(OctoratePropertyCheckinInstructionHow, _how)

    return how


def _load_when(d: Mapping[str, Any]) -> OctoratePropertyCheckinInstructionWhen | Unset:
    _when = d.get("when", UNSET)
    when: OctoratePropertyCheckinInstructionWhen | Unset
    if isinstance(_when, Unset):
        when = UNSET
    else:
        when = enum_member(OctoratePropertyCheckinInstructionWhen, _when)

    return when


def _load_identifier(d: Mapping[str, Any]) -> str | Unset:
    return d.get("identifier", UNSET)


def _load_other(d: Mapping[str, Any]) -> str | Unset:
    return d.get("other", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "how",
        "when",
        "identifier",
        "other",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(
    self: OctoratePropertyCheckinInstruction, d: Mapping[str, Any], seen: Container[str]
) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "how" not in seen:
        _how = d.get("how", UNSET)
        how: OctoratePropertyCheckinInstructionHow | Unset
        if isinstance(_how, Unset):
            how = UNSET
        else:
            how = enum_member(OctoratePropertyCheckinInstructionHow, _how)

        _set(self, "how", how)
    if "when" not in seen:
        _when = d.get("when", UNSET)
        when: OctoratePropertyCheckinInstructionWhen | Unset
        if isinstance(_when, Unset):
            when = UNSET
        else:
            when = enum_member(OctoratePropertyCheckinInstructionWhen, _when)

        _set(self, "when", when)
    if "identifier" not in seen:
        _set(self, "identifier", d.get("identifier", UNSET))
    if "other" not in seen:
        _set(self, "other", d.get("other", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctoratePropertyCheckinInstruction._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "how": _load_how,
        "when": _load_when,
        "identifier": _load_identifier,
        "other": _load_other,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "how": "how",
        "when": "when",
        "identifier": "identifier",
        "other": "other",
    },
)
