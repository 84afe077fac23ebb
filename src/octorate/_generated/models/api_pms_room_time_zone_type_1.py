from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class ApiPmsRoomTimeZoneType1(LazyModel):
    """Timezone of the room's property

    Attributes:
        display_name (str | Unset):
        id (str | Unset):
        dstsavings (int | Unset):
        raw_offset (int | Unset):
    """

    display_name: str | Unset = UNSET
    id: str | Unset = UNSET
    dstsavings: int | Unset = UNSET
    raw_offset: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        display_name = self.display_name

        id = self.id

        dstsavings = self.dstsavings

        raw_offset = self.raw_offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if id is not UNSET:
            field_dict["id"] = id
        if dstsavings is not UNSET:
            field_dict["dstsavings"] = dstsavings
        if raw_offset is not UNSET:
            field_dict["rawOffset"] = raw_offset

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


def _load_display_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("displayName", UNSET)


def _load_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("id", UNSET)


def _load_dstsavings(d: Mapping[str, Any]) -> int | Unset:
    return d.get("dstsavings", UNSET)


def _load_raw_offset(d: Mapping[str, Any]) -> int | Unset:
    return d.get("rawOffset", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "displayName",
        "id",
        "dstsavings",
        "rawOffset",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiPmsRoomTimeZoneType1, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "display_name" not in seen:
        _set(self, "display_name", d.get("displayName", UNSET))
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "dstsavings" not in seen:
        _set(self, "dstsavings", d.get("dstsavings", UNSET))
    if "raw_offset" not in seen:
        _set(self, "raw_offset", d.get("rawOffset", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiPmsRoomTimeZoneType1._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "display_name": _load_display_name,
        "id": _load_id,
        "dstsavings": _load_dstsavings,
        "raw_offset": _load_raw_offset,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "display_name": "displayName",
        "id": "id",
        "dstsavings": "dstsavings",
        "raw_offset": "rawOffset",
    },
)
