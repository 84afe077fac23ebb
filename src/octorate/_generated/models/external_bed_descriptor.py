from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.external_bed_descriptor_bed_type import ExternalBedDescriptorBedType
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.external_bed_descriptor_transient_external import (
        ExternalBedDescriptorTransientExternal,
    )


@_attrs_define
class ExternalBedDescriptor(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_quantity(d: Mapping[str, Any]) -> int | Unset:
    return d.get("quantity", UNSET)


def _load_included(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("included", UNSET)


def _load_bed_type(d: Mapping[str, Any]) -> ExternalBedDescriptorBedType | Unset:
    _bed_type = d.get("bedType", UNSET)
    bed_type: ExternalBedDescriptorBedType | Unset
    if isinstance(_bed_type, Unset):
        bed_type = UNSET
    else:
        bed_type = enum_member(ExternalBedDescriptorBedType, _bed_type)

    return bed_type


def _load_transient_external(
    d: Mapping[str, Any],
) -> ExternalBedDescriptorTransientExternal | Unset:
    _transient_external = d.get("transientExternal", UNSET)
    transient_external: ExternalBedDescriptorTransientExternal | Unset
    if isinstance(_transient_external, Unset):
        transient_external = UNSET
    else:
        transient_external = ExternalBedDescriptorTransientExternal._from_json(_transient_external)

    return transient_external


def _load_applicable_until_age(d: Mapping[str, Any]) -> int | Unset:
    return d.get("applicableUntilAge", UNSET)


def _load_extra_price(d: Mapping[str, Any]) -> float | Unset:
    return d.get("extraPrice", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "quantity",
        "included",
        "bedType",
        "transientExternal",
        "applicableUntilAge",
        "extraPrice",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ExternalBedDescriptor, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "quantity" not in seen:
        _set(self, "quantity", d.get("quantity", UNSET))
    if "included" not in seen:
        _set(self, "included", d.get("included", UNSET))
    if "bed_type" not in seen:
        _bed_type = d.get("bedType", UNSET)
        bed_type: ExternalBedDescriptorBedType | Unset
        if isinstance(_bed_type, Unset):
            bed_type = UNSET
        else:
            bed_type = enum_member(ExternalBedDescriptorBedType, _bed_type)

        _set(self, "bed_type", bed_type)
    if "transient_external" not in seen:
        _transient_external = d.get("transientExternal", UNSET)
        transient_external: ExternalBedDescriptorTransientExternal | Unset
        if isinstance(_transient_external, Unset):
            transient_external = UNSET
        else:
            transient_external = ExternalBedDescriptorTransientExternal._from_json(
                _transient_external
            )

        _set(self, "transient_external", transient_external)
    if "applicable_until_age" not in seen:
        _set(self, "applicable_until_age", d.get("applicableUntilAge", UNSET))
    if "extra_price" not in seen:
        _set(self, "extra_price", d.get("extraPrice", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ExternalBedDescriptor._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "quantity": _load_quantity,
        "included": _load_included,
        "bed_type": _load_bed_type,
        "transient_external": _load_transient_external,
        "applicable_until_age": _load_applicable_until_age,
        "extra_price": _load_extra_price,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "transient_external",
        "additional_properties",
    ),
    keys={
        "quantity": "quantity",
        "included": "included",
        "bed_type": "bedType",
        "transient_external": "transientExternal",
        "applicable_until_age": "applicableUntilAge",
        "extra_price": "extraPrice",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.external_bed_descriptor_transient_external import (
    ExternalBedDescriptorTransientExternal,  # noqa: E402
)
