from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.octorate_on_site_details_onsite_type import OctorateOnSiteDetailsOnsiteType
from ..types import UNSET, Unset, enum_member


@_attrs_define
class OctorateOnSiteDetails(LazyModel):
    """On-site details

    Attributes:
        onsite_type (OctorateOnSiteDetailsOnsiteType | Unset):
    """

    onsite_type: OctorateOnSiteDetailsOnsiteType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        onsite_type: str | Unset = UNSET
        if not isinstance(self.onsite_type, Unset):
            onsite_type = self.onsite_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if onsite_type is not UNSET:
            field_dict["onsiteType"] = onsite_type

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


def _load_onsite_type(d: Mapping[str, Any]) -> OctorateOnSiteDetailsOnsiteType | Unset:
    _onsite_type = d.get("onsiteType", UNSET)
    onsite_type: OctorateOnSiteDetailsOnsiteType | Unset
    if isinstance(_onsite_type, Unset):
        onsite_type = UNSET
    else:
        onsite_type = enum_member(OctorateOnSiteDetailsOnsiteType, _onsite_type)

    return onsite_type


_KNOWN_KEYS = frozenset(("onsiteType",))


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: OctorateOnSiteDetails, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "onsite_type" not in seen:
        _onsite_type = d.get("onsiteType", UNSET)
        onsite_type: OctorateOnSiteDetailsOnsiteType | Unset
        if isinstance(_onsite_type, Unset):
            onsite_type = UNSET
        else:
            onsite_type = enum_member(OctorateOnSiteDetailsOnsiteType, _onsite_type)

        _set(self, "onsite_type", onsite_type)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctorateOnSiteDetails._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "onsite_type": _load_onsite_type,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "onsite_type": "onsiteType",
    },
)
