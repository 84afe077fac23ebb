from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_bed_descriptor import ExternalBedDescriptor


@_attrs_define
class ExternalSubroomConfigurationDescriptor(LazyModel):
    """
    Attributes:
        beds (list[ExternalBedDescriptor] | Unset):
        default_configuration (bool | Unset):
    """

    beds: list[ExternalBedDescriptor] | Unset = UNSET
    default_configuration: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        beds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.beds, Unset):
            beds = []
            for beds_item_data in self.beds:
                beds_item = beds_item_data.to_dict()
                beds.append(beds_item)

        default_configuration = self.default_configuration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if beds is not UNSET:
            field_dict["beds"] = beds
        if default_configuration is not UNSET:
            field_dict["defaultConfiguration"] = default_configuration

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


def _load_beds(d: Mapping[str, Any]) -> list[ExternalBedDescriptor] | Unset:
    _beds = d.get("beds", UNSET)
    beds: list[ExternalBedDescriptor] | Unset = UNSET
    if _beds is not UNSET:
        beds = ExternalBedDescriptor._from_json_list(_beds)

    return beds


def _load_default_configuration(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("defaultConfiguration", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "beds",
        "defaultConfiguration",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(
    self: ExternalSubroomConfigurationDescriptor, d: Mapping[str, Any], seen: Container[str]
) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "beds" not in seen:
        _beds = d.get("beds", UNSET)
        beds: list[ExternalBedDescriptor] | Unset = UNSET
        if _beds is not UNSET:
            beds = ExternalBedDescriptor._from_json_list(_beds)

        _set(self, "beds", beds)
    if "default_configuration" not in seen:
        _set(self, "default_configuration", d.get("defaultConfiguration", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ExternalSubroomConfigurationDescriptor._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "beds": _load_beds,
        "default_configuration": _load_default_configuration,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "beds",
        "additional_properties",
    ),
    keys={
        "beds": "beds",
        "default_configuration": "defaultConfiguration",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.external_bed_descriptor import ExternalBedDescriptor  # noqa: E402
