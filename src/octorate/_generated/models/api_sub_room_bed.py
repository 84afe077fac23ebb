from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_sub_room_bed_bed_type import ApiSubRoomBedBedType
from ..types import UNSET, Unset, enum_member


@_attrs_define
class ApiSubRoomBed(LazyModel):
    """
    Attributes:
        quantity (int | Unset):
        bed_type (ApiSubRoomBedBedType | Unset):
        id (int | Unset):
        parent_id (int | Unset):
    """

    quantity: int | Unset = UNSET
    bed_type: ApiSubRoomBedBedType | Unset = UNSET
    id: int | Unset = UNSET
    parent_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        quantity = self.quantity

        bed_type: str | Unset = UNSET
        if not isinstance(self.bed_type, Unset):
            bed_type = self.bed_type.value

        id = self.id

        parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if bed_type is not UNSET:
            field_dict["bedType"] = bed_type
        if id is not UNSET:
            field_dict["id"] = id
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id

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


def _load_bed_type(d: Mapping[str, Any]) -> ApiSubRoomBedBedType | Unset:
    _bed_type = d.get("bedType", UNSET)
    bed_type: ApiSubRoomBedBedType | Unset
    if isinstance(_bed_type, Unset):
        bed_type = UNSET
    else:
        bed_type = enum_member(ApiSubRoomBedBedType, _bed_type)

    return bed_type


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_parent_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("parentId", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "quantity",
        "bedType",
        "id",
        "parentId",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiSubRoomBed, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "quantity" not in seen:
        _set(self, "quantity", d.get("quantity", UNSET))
    if "bed_type" not in seen:
        _bed_type = d.get("bedType", UNSET)
        bed_type: ApiSubRoomBedBedType | Unset
        if isinstance(_bed_type, Unset):
            bed_type = UNSET
        else:
            bed_type = enum_member(ApiSubRoomBedBedType, _bed_type)

        _set(self, "bed_type", bed_type)
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "parent_id" not in seen:
        _set(self, "parent_id", d.get("parentId", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiSubRoomBed._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "quantity": _load_quantity,
        "bed_type": _load_bed_type,
        "id": _load_id,
        "parent_id": _load_parent_id,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "quantity": "quantity",
        "bed_type": "bedType",
        "id": "id",
        "parent_id": "parentId",
    },
)
