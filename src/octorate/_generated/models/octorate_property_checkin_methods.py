from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.octorate_property_checkin_method import OctoratePropertyCheckinMethod


@_attrs_define
class OctoratePropertyCheckinMethods(LazyModel):
    """Property checkin methods

    Attributes:
        checkin_methods (list[OctoratePropertyCheckinMethod] | Unset):
    """

    checkin_methods: list[OctoratePropertyCheckinMethod] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        checkin_methods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.checkin_methods, Unset):
            checkin_methods = []
            for checkin_methods_item_data in self.checkin_methods:
                checkin_methods_item = checkin_methods_item_data.to_dict()
                checkin_methods.append(checkin_methods_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if checkin_methods is not UNSET:
            field_dict["checkinMethods"] = checkin_methods

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


def _load_checkin_methods(d: Mapping[str, Any]) -> list[OctoratePropertyCheckinMethod] | Unset:
    _checkin_methods = d.get("checkinMethods", UNSET)
    checkin_methods: list[OctoratePropertyCheckinMethod] | Unset = UNSET
    if _checkin_methods is not UNSET:
        checkin_methods = OctoratePropertyCheckinMethod._from_json_list(_checkin_methods)

    return checkin_methods


_KNOWN_KEYS = frozenset(("checkinMethods",))


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(
    self: OctoratePropertyCheckinMethods, d: Mapping[str, Any], seen: Container[str]
) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "checkin_methods" not in seen:
        _checkin_methods = d.get("checkinMethods", UNSET)
        checkin_methods: list[OctoratePropertyCheckinMethod] | Unset = UNSET
        if _checkin_methods is not UNSET:
            checkin_methods = OctoratePropertyCheckinMethod._from_json_list(_checkin_methods)

        _set(self, "checkin_methods", checkin_methods)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctoratePropertyCheckinMethods._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "checkin_methods": _load_checkin_methods,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "checkin_methods",
        "additional_properties",
    ),
    keys={
        "checkin_methods": "checkinMethods",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.octorate_property_checkin_method import OctoratePropertyCheckinMethod  # noqa: E402
