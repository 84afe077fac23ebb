from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset, parse_datetime


@_attrs_define
class OctorateApplicable(LazyModel):
    """
    Attributes:
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
    """

    from_: datetime.datetime | Unset = UNSET
    to: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        from_: str | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.isoformat()

        to: str | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

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


def _load_from_(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _from_ = d.get("from", UNSET)
    from_: datetime.datetime | Unset
    if isinstance(_from_, Unset):
        from_ = UNSET
    else:
        from_ = parse_datetime(_from_)

    return from_


def _load_to(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _to = d.get("to", UNSET)
    to: datetime.datetime | Unset
    if isinstance(_to, Unset):
        to = UNSET
    else:
        to = parse_datetime(_to)

    return to


_KNOWN_KEYS = frozenset(
    (
        "from",
        "to",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: OctorateApplicable, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "from_" not in seen:
        _from_ = d.get("from", UNSET)
        from_: datetime.datetime | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = parse_datetime(_from_)

        _set(self, "from_", from_)
    if "to" not in seen:
        _to = d.get("to", UNSET)
        to: datetime.datetime | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = parse_datetime(_to)

        _set(self, "to", to)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctorateApplicable._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "from_": _load_from_,
        "to": _load_to,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "from_": "from",
        "to": "to",
    },
)
