from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.octorate_property_checkin_external_reference_type import (
    OctoratePropertyCheckinExternalReferenceType,
)
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.octorate_property_checkin_reference_details import (
        OctoratePropertyCheckinReferenceDetails,
    )


T = TypeVar("T", bound="OctoratePropertyCheckinExternalReference")


@_attrs_define
class OctoratePropertyCheckinExternalReference:
    """
    Attributes:
        sequence (int | Unset):
        type_ (OctoratePropertyCheckinExternalReferenceType | Unset):
        references (OctoratePropertyCheckinReferenceDetails | Unset):
    """

    sequence: int | Unset = UNSET
    type_: OctoratePropertyCheckinExternalReferenceType | Unset = UNSET
    references: OctoratePropertyCheckinReferenceDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sequence = d.pop("sequence", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: OctoratePropertyCheckinExternalReferenceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(OctoratePropertyCheckinExternalReferenceType, _type_)

        _references = d.pop("references", UNSET)
        references: OctoratePropertyCheckinReferenceDetails | Unset
        if isinstance(_references, Unset):
            references = UNSET
        else:
            references = OctoratePropertyCheckinReferenceDetails.from_dict(_references)

        octorate_property_checkin_external_reference = cls(
            sequence=sequence,
            type_=type_,
            references=references,
        )

        octorate_property_checkin_external_reference.additional_properties = d
        return octorate_property_checkin_external_reference

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
from ..models.octorate_property_checkin_reference_details import (
    OctoratePropertyCheckinReferenceDetails,  # noqa: E402
)
