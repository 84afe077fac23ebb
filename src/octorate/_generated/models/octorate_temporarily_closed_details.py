from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.octorate_temporarily_closed_entry import OctorateTemporarilyClosedEntry


@_attrs_define
class OctorateTemporarilyClosedDetails(LazyModel):
    """Temporarily closed details

    Attributes:
        closed (list[OctorateTemporarilyClosedEntry] | Unset):
    """

    closed: list[OctorateTemporarilyClosedEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        closed: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.closed, Unset):
            closed = []
            for closed_item_data in self.closed:
                closed_item = closed_item_data.to_dict()
                closed.append(closed_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if closed is not UNSET:
            field_dict["closed"] = closed

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


def _load_closed(d: Mapping[str, Any]) -> list[OctorateTemporarilyClosedEntry] | Unset:
    _closed = d.get("closed", UNSET)
    closed: list[OctorateTemporarilyClosedEntry] | Unset = UNSET
    if _closed is not UNSET:
        closed = OctorateTemporarilyClosedEntry._from_json_list(_closed)

    return closed


_KNOWN_KEYS = frozenset(("closed",))


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(
    self: OctorateTemporarilyClosedDetails, d: Mapping[str, Any], seen: Container[str]
) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "closed" not in seen:
        _closed = d.get("closed", UNSET)
        closed: list[OctorateTemporarilyClosedEntry] | Unset = UNSET
        if _closed is not UNSET:
            closed = OctorateTemporarilyClosedEntry._from_json_list(_closed)

        _set(self, "closed", closed)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctorateTemporarilyClosedDetails._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "closed": _load_closed,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "closed",
        "additional_properties",
    ),
    keys={
        "closed": "closed",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.octorate_temporarily_closed_entry import OctorateTemporarilyClosedEntry  # noqa: E402
