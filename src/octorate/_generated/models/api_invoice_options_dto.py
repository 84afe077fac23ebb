from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class ApiInvoiceOptionsDTO(LazyModel):
    """The invoice options of this accommodation

    Attributes:
        id (int | Unset): Reference inside our system
        accommodation_id (str | Unset): The id of the accommodation Example: 999999.
        treasury_active (bool | Unset): true if the integration with the treasury is active
        split_commission_property_manager (bool | Unset): True if I have to break Property Manager Commission
    """

    id: int | Unset = UNSET
    accommodation_id: str | Unset = UNSET
    treasury_active: bool | Unset = UNSET
    split_commission_property_manager: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        id = self.id

        accommodation_id = self.accommodation_id

        treasury_active = self.treasury_active

        split_commission_property_manager = self.split_commission_property_manager

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if accommodation_id is not UNSET:
            field_dict["accommodationId"] = accommodation_id
        if treasury_active is not UNSET:
            field_dict["treasuryActive"] = treasury_active
        if split_commission_property_manager is not UNSET:
            field_dict["splitCommissionPropertyManager"] = split_commission_property_manager

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


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_accommodation_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("accommodationId", UNSET)


def _load_treasury_active(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("treasuryActive", UNSET)


def _load_split_commission_property_manager(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("splitCommissionPropertyManager", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "id",
        "accommodationId",
        "treasuryActive",
        "splitCommissionPropertyManager",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiInvoiceOptionsDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "accommodation_id" not in seen:
        _set(self, "accommodation_id", d.get("accommodationId", UNSET))
    if "treasury_active" not in seen:
        _set(self, "treasury_active", d.get("treasuryActive", UNSET))
    if "split_commission_property_manager" not in seen:
        _set(
            self,
            "split_commission_property_manager",
            d.get("splitCommissionPropertyManager", UNSET),
        )
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiInvoiceOptionsDTO._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "id": _load_id,
        "accommodation_id": _load_accommodation_id,
        "treasury_active": _load_treasury_active,
        "split_commission_property_manager": _load_split_commission_property_manager,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "id": "id",
        "accommodation_id": "accommodationId",
        "treasury_active": "treasuryActive",
        "split_commission_property_manager": "splitCommissionPropertyManager",
    },
)
