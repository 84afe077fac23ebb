from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.external_bed_descriptor_bed_type import ExternalBedDescriptorBedType
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.external_bed_descriptor_transient_external import (
        ExternalBedDescriptorTransientExternal,
    )


T = TypeVar("T", bound="ExternalBedDescriptor")


@_attrs_define
class ExternalBedDescriptor:
    """
    Attributes:
        quantity (int | Unset):
        included (bool | Unset):
        bed_type (ExternalBedDescriptorBedType | Unset):
        transient_external (ExternalBedDescriptorTransientExternal | Unset):
        applicable_until_age (int | Unset):
        extra_price (float | Unset):
    """

    quantity: int | Unset = UNSET
    included: bool | Unset = UNSET
    bed_type: ExternalBedDescriptorBedType | Unset = UNSET
    transient_external: ExternalBedDescriptorTransientExternal | Unset = UNSET
    applicable_until_age: int | Unset = UNSET
    extra_price: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        included = self.included

        bed_type: str | Unset = UNSET
        if not isinstance(self.bed_type, Unset):
            bed_type = self.bed_type.value

        transient_external: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transient_external, Unset):
            transient_external = self.transient_external.to_dict()

        applicable_until_age = self.applicable_until_age

        extra_price = self.extra_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if included is not UNSET:
            field_dict["included"] = included
        if bed_type is not UNSET:
            field_dict["bedType"] = bed_type
        if transient_external is not UNSET:
            field_dict["transientExternal"] = transient_external
        if applicable_until_age is not UNSET:
            field_dict["applicableUntilAge"] = applicable_until_age
        if extra_price is not UNSET:
            field_dict["extraPrice"] = extra_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quantity = d.pop("quantity", UNSET)

        included = d.pop("included", UNSET)

        _bed_type = d.pop("bedType", UNSET)
        bed_type: ExternalBedDescriptorBedType | Unset
        if isinstance(_bed_type, Unset):
            bed_type = UNSET
        else:
            bed_type = enum_member(ExternalBedDescriptorBedType, _bed_type)

        _transient_external = d.pop("transientExternal", UNSET)
        transient_external: ExternalBedDescriptorTransientExternal | Unset
        if isinstance(_transient_external, Unset):
            transient_external = UNSET
        else:
            transient_external = ExternalBedDescriptorTransientExternal.from_dict(
                _transient_external
            )

        applicable_until_age = d.pop("applicableUntilAge", UNSET)

        extra_price = d.pop("extraPrice", UNSET)

        external_bed_descriptor = cls(
            quantity=quantity,
            included=included,
            bed_type=bed_type,
            transient_external=transient_external,
            applicable_until_age=applicable_until_age,
            extra_price=extra_price,
        )

        external_bed_descriptor.additional_properties = d
        return external_bed_descriptor

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
from ..models.external_bed_descriptor_transient_external import (
    ExternalBedDescriptorTransientExternal,  # noqa: E402
)
