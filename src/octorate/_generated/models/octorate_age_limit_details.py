from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.octorate_age_limit_details_age_limit import OctorateAgeLimitDetailsAgeLimit
from ..types import UNSET, Unset, enum_member


@_attrs_define
class OctorateAgeLimitDetails(LazyModel):
    """Age limit details

    Attributes:
        age_limit (OctorateAgeLimitDetailsAgeLimit | Unset):
    """

    age_limit: OctorateAgeLimitDetailsAgeLimit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        age_limit: str | Unset = UNSET
        if not isinstance(self.age_limit, Unset):
            age_limit = self.age_limit.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if age_limit is not UNSET:
            field_dict["ageLimit"] = age_limit

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


def _load_age_limit(d: Mapping[str, Any]) -> OctorateAgeLimitDetailsAgeLimit | Unset:
    _age_limit = d.get("ageLimit", UNSET)
    age_limit: OctorateAgeLimitDetailsAgeLimit | Unset
    if isinstance(_age_limit, Unset):
        age_limit = UNSET
    else:
        age_limit = enum_member(OctorateAgeLimitDetailsAgeLimit, _age_limit)

    return age_limit


_KNOWN_KEYS = frozenset(("ageLimit",))


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: OctorateAgeLimitDetails, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "age_limit" not in seen:
        _age_limit = d.get("ageLimit", UNSET)
        age_limit: OctorateAgeLimitDetailsAgeLimit | Unset
        if isinstance(_age_limit, Unset):
            age_limit = UNSET
        else:
            age_limit = enum_member(OctorateAgeLimitDetailsAgeLimit, _age_limit)

        _set(self, "age_limit", age_limit)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctorateAgeLimitDetails._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "age_limit": _load_age_limit,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "age_limit": "ageLimit",
    },
)
