from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.octorate_surcharge_details_surcharge_type import OctorateSurchargeDetailsSurchargeType
from ..types import UNSET, Unset, enum_member


@_attrs_define
class OctorateSurchargeDetails(LazyModel):
    """Surcharge details

    Attributes:
        surcharge_type (OctorateSurchargeDetailsSurchargeType | Unset):
    """

    surcharge_type: OctorateSurchargeDetailsSurchargeType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        surcharge_type: str | Unset = UNSET
        if not isinstance(self.surcharge_type, Unset):
            surcharge_type = self.surcharge_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if surcharge_type is not UNSET:
            field_dict["surchargeType"] = surcharge_type

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


def _load_surcharge_type(d: Mapping[str, Any]) -> OctorateSurchargeDetailsSurchargeType | Unset:
    _surcharge_type = d.get("surchargeType", UNSET)
    surcharge_type: OctorateSurchargeDetailsSurchargeType | Unset
    if isinstance(_surcharge_type, Unset):
        surcharge_type = UNSET
    else:
        surcharge_type = enum_member(OctorateSurchargeDetailsSurchargeType, _surcharge_type)

    return surcharge_type


_KNOWN_KEYS = frozenset(("surchargeType",))


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: OctorateSurchargeDetails, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "surcharge_type" not in seen:
        _surcharge_type = d.get("surchargeType", UNSET)
        surcharge_type: OctorateSurchargeDetailsSurchargeType | Unset
        if isinstance(_surcharge_type, Unset):
            surcharge_type = UNSET
        else:
            surcharge_type = enum_member(OctorateSurchargeDetailsSurchargeType, _surcharge_type)

        _set(self, "surcharge_type", surcharge_type)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctorateSurchargeDetails._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "surcharge_type": _load_surcharge_type,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "surcharge_type": "surchargeType",
    },
)
