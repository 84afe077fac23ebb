from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.octorate_property_checkin_external_reference_type import (
    OctoratePropertyCheckinExternalReferenceType,
)
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.octorate_property_checkin_reference_details import (
        OctoratePropertyCheckinReferenceDetails,
    )


@_attrs_define
class OctoratePropertyCheckinExternalReference(LazyModel):
    """
    Attributes:
        sequence (int | Unset):
        type_ (OctoratePropertyCheckinExternalReferenceType | Unset):
        references (OctoratePropertyCheckinReferenceDetails | Unset):
    """

    sequence: int | Unset = UNSET
    type_: OctoratePropertyCheckinExternalReferenceType | Unset = UNSET
    references: OctoratePropertyCheckinReferenceDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        sequence = self.sequence

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        references: dict[str, Any] | Unset = UNSET
        if not isinstance(self.references, Unset):
            references = self.references.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sequence is not UNSET:
            field_dict["sequence"] = sequence
        if type_ is not UNSET:
            field_dict["type"] = type_
        if references is not UNSET:
            field_dict["references"] = references

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


def _load_sequence(d: Mapping[str, Any]) -> int | Unset:
    return d.get("sequence", UNSET)


def _load_type_(d: Mapping[str, Any]) -> OctoratePropertyCheckinExternalReferenceType | Unset:
    _type_ = d.get("type", UNSET)
    type_: OctoratePropertyCheckinExternalReferenceType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = enum_member(OctoratePropertyCheckinExternalReferenceType, _type_)

    return type_


def _load_references(d: Mapping[str, Any]) -> OctoratePropertyCheckinReferenceDetails | Unset:
    _references = d.get("references", UNSET)
    references: OctoratePropertyCheckinReferenceDetails | Unset
    if isinstance(_references, Unset):
        references = UNSET
    else:
        references = OctoratePropertyCheckinReferenceDetails._from_json(_references)

    return references


_KNOWN_KEYS = frozenset(
    (
        "sequence",
        "type",
        "references",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(
    self: OctoratePropertyCheckinExternalReference, d: Mapping[str, Any], seen: Container[str]
) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "sequence" not in seen:
        _set(self, "sequence", d.get("sequence", UNSET))
    if "type_" not in seen:
        _type_ = d.get("type", UNSET)
        type_: OctoratePropertyCheckinExternalReferenceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(OctoratePropertyCheckinExternalReferenceType, _type_)

        _set(self, "type_", type_)
    if "references" not in seen:
        _references = d.get("references", UNSET)
        references: OctoratePropertyCheckinReferenceDetails | Unset
        if isinstance(_references, Unset):
            references = UNSET
        else:
            references = OctoratePropertyCheckinReferenceDetails._from_json(_references)

        _set(self, "references", references)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctoratePropertyCheckinExternalReference._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "sequence": _load_sequence,
        "type_": _load_type_,
        "references": _load_references,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "references",
        "additional_properties",
    ),
    keys={
        "sequence": "sequence",
        "type_": "type",
        "references": "references",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.octorate_property_checkin_reference_details import (
    OctoratePropertyCheckinReferenceDetails,  # noqa: E402
)
