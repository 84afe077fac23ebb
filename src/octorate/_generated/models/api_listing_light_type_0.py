from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class ApiListingLightType0(LazyModel):
    """Normally this product applies to all the rooms of the accommodation (null).  If you want to use only for selected
    rooms, you can filter the rooms to associate with the extra

        Attributes:
            name (str | Unset): name of this room Example: Double room.
            id (int | Unset): The id of this product
    """

    name: str | Unset = UNSET
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        name = self.name

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id

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


def _load_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("name", UNSET)


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "name",
        "id",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiListingLightType0, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "name" not in seen:
        _set(self, "name", d.get("name", UNSET))
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiListingLightType0._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "name": _load_name,
        "id": _load_id,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "name": "name",
        "id": "id",
    },
)
