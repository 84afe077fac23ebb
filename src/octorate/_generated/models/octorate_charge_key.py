from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.octorate_charge_key_guest_origin import OctorateChargeKeyGuestOrigin
from ..models.octorate_charge_key_travel_purpose import OctorateChargeKeyTravelPurpose
from ..types import UNSET, Unset, enum_member


@_attrs_define
class OctorateChargeKey(LazyModel):
    """
    Attributes:
        type_ (str | Unset):
        guest_origin (OctorateChargeKeyGuestOrigin | Unset):
        travel_purpose (OctorateChargeKeyTravelPurpose | Unset):
    """

    type_: str | Unset = UNSET
    guest_origin: OctorateChargeKeyGuestOrigin | Unset = UNSET
    travel_purpose: OctorateChargeKeyTravelPurpose | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        type_ = self.type_

        guest_origin: str | Unset = UNSET
        if not isinstance(self.guest_origin, Unset):
            guest_origin = self.guest_origin.value

        travel_purpose: str | Unset = UNSET
        if not isinstance(self.travel_purpose, Unset):
            travel_purpose = self.travel_purpose.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if guest_origin is not UNSET:
            field_dict["guestOrigin"] = guest_origin
        if travel_purpose is not UNSET:
            field_dict["travelPurpose"] = travel_purpose

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


def _load_type_(d: Mapping[str, Any]) -> str | Unset:
    return d.get("type", UNSET)


def _load_guest_origin(d: Mapping[str, Any]) -> OctorateChargeKeyGuestOrigin | Unset:
    _guest_origin = d.get("guestOrigin", UNSET)
    guest_origin: OctorateChargeKeyGuestOrigin | Unset
    if isinstance(_guest_origin, Unset):
        guest_origin = UNSET
    else:
        guest_origin = enum_member(OctorateChargeKeyGuestOrigin, _guest_origin)

    return guest_origin


def _load_travel_purpose(d: Mapping[str, Any]) -> OctorateChargeKeyTravelPurpose | Unset:
    _travel_purpose = d.get("travelPurpose", UNSET)
    travel_purpose: OctorateChargeKeyTravelPurpose | Unset
    if isinstance(_travel_purpose, Unset):
        travel_purpose = UNSET
    else:
        travel_purpose = enum_member(OctorateChargeKeyTravelPurpose, _travel_purpose)

    return travel_purpose


_KNOWN_KEYS = frozenset(
    (
        "type",
        "guestOrigin",
        "travelPurpose",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: OctorateChargeKey, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "type_" not in seen:
        _set(self, "type_", d.get("type", UNSET))
    if "guest_origin" not in seen:
        _guest_origin = d.get("guestOrigin", UNSET)
        guest_origin: OctorateChargeKeyGuestOrigin | Unset
        if isinstance(_guest_origin, Unset):
            guest_origin = UNSET
        else:
            guest_origin = enum_member(OctorateChargeKeyGuestOrigin, _guest_origin)

        _set(self, "guest_origin", guest_origin)
    if "travel_purpose" not in seen:
        _travel_purpose = d.get("travelPurpose", UNSET)
        travel_purpose: OctorateChargeKeyTravelPurpose | Unset
        if isinstance(_travel_purpose, Unset):
            travel_purpose = UNSET
        else:
            travel_purpose = enum_member(OctorateChargeKeyTravelPurpose, _travel_purpose)

        _set(self, "travel_purpose", travel_purpose)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctorateChargeKey._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "type_": _load_type_,
        "guest_origin": _load_guest_origin,
        "travel_purpose": _load_travel_purpose,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "type_": "type",
        "guest_origin": "guestOrigin",
        "travel_purpose": "travelPurpose",
    },
)
