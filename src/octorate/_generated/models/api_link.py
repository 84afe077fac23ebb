from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class ApiLink(LazyModel):
    """
    Attributes:
        href (str | Unset):
        rel (str | Unset):
        type_ (str | Unset):
    """

    href: str | Unset = UNSET
    rel: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        href = self.href

        rel = self.rel

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href is not UNSET:
            field_dict["href"] = href
        if rel is not UNSET:
            field_dict["rel"] = rel
        if type_ is not UNSET:
            field_dict["type"] = type_

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


def _load_href(d: Mapping[str, Any]) -> str | Unset:
    return d.get("href", UNSET)


def _load_rel(d: Mapping[str, Any]) -> str | Unset:
    return d.get("rel", UNSET)


def _load_type_(d: Mapping[str, Any]) -> str | Unset:
    return d.get("type", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "href",
        "rel",
        "type",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiLink, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "href" not in seen:
        _set(self, "href", d.get("href", UNSET))
    if "rel" not in seen:
        _set(self, "rel", d.get("rel", UNSET))
    if "type_" not in seen:
        _set(self, "type_", d.get("type", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiLink._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "href": _load_href,
        "rel": _load_rel,
        "type_": _load_type_,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "href": "href",
        "rel": "rel",
        "type_": "type",
    },
)
