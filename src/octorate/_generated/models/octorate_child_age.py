from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class OctorateChildAge(LazyModel):
    """
    Attributes:
        multiplier (float | Unset):
        lte (int | Unset):
    """

    multiplier: float | Unset = UNSET
    lte: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        multiplier = self.multiplier

        lte = self.lte

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier
        if lte is not UNSET:
            field_dict["lte"] = lte

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


def _load_multiplier(d: Mapping[str, Any]) -> float | Unset:
    return d.get("multiplier", UNSET)


def _load_lte(d: Mapping[str, Any]) -> int | Unset:
    return d.get("lte", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "multiplier",
        "lte",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: OctorateChildAge, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "multiplier" not in seen:
        _set(self, "multiplier", d.get("multiplier", UNSET))
    if "lte" not in seen:
        _set(self, "lte", d.get("lte", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctorateChildAge._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "multiplier": _load_multiplier,
        "lte": _load_lte,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "multiplier": "multiplier",
        "lte": "lte",
    },
)
