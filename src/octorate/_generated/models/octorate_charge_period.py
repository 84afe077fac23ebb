from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.octorate_applicable import OctorateApplicable
    from ..models.octorate_configuration import OctorateConfiguration


@_attrs_define
class OctorateChargePeriod(LazyModel):
    """
    Attributes:
        applicable (OctorateApplicable | Unset):
        configuration (OctorateConfiguration | Unset):
    """

    applicable: OctorateApplicable | Unset = UNSET
    configuration: OctorateConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        applicable: dict[str, Any] | Unset = UNSET
        if not isinstance(self.applicable, Unset):
            applicable = self.applicable.to_dict()

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if applicable is not UNSET:
            field_dict["applicable"] = applicable
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

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


def _load_applicable(d: Mapping[str, Any]) -> OctorateApplicable | Unset:
    _applicable = d.get("applicable", UNSET)
    applicable: OctorateApplicable | Unset
    if isinstance(_applicable, Unset):
        applicable = UNSET
    else:
        applicable = OctorateApplicable._from_json(_applicable)

    return applicable


def _load_configuration(d: Mapping[str, Any]) -> OctorateConfiguration | Unset:
    _configuration = d.get("configuration", UNSET)
    configuration: OctorateConfiguration | Unset
    if isinstance(_configuration, Unset):
        configuration = UNSET
    else:
        configuration = OctorateConfiguration._from_json(_configuration)

    return configuration


_KNOWN_KEYS = frozenset(
    (
        "applicable",
        "configuration",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: OctorateChargePeriod, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "applicable" not in seen:
        _applicable = d.get("applicable", UNSET)
        applicable: OctorateApplicable | Unset
        if isinstance(_applicable, Unset):
            applicable = UNSET
        else:
            applicable = OctorateApplicable._from_json(_applicable)

        _set(self, "applicable", applicable)
    if "configuration" not in seen:
        _configuration = d.get("configuration", UNSET)
        configuration: OctorateConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = OctorateConfiguration._from_json(_configuration)

        _set(self, "configuration", configuration)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctorateChargePeriod._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "applicable": _load_applicable,
        "configuration": _load_configuration,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "applicable",
        "configuration",
        "additional_properties",
    ),
    keys={
        "applicable": "applicable",
        "configuration": "configuration",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.octorate_applicable import OctorateApplicable  # noqa: E402
from ..models.octorate_configuration import OctorateConfiguration  # noqa: E402
