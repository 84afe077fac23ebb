from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.octorate_payment_details_charge_mode import OctoratePaymentDetailsChargeMode
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.octorate_charge_details import OctorateChargeDetails


@_attrs_define
class OctoratePaymentDetails(LazyModel):
    """Payment details

    Attributes:
        charge_mode (OctoratePaymentDetailsChargeMode | Unset):
        charge_details (OctorateChargeDetails | Unset):
    """

    charge_mode: OctoratePaymentDetailsChargeMode | Unset = UNSET
    charge_details: OctorateChargeDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        charge_mode: str | Unset = UNSET
        if not isinstance(self.charge_mode, Unset):
            charge_mode = self.charge_mode.value

        charge_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.charge_details, Unset):
            charge_details = self.charge_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charge_mode is not UNSET:
            field_dict["chargeMode"] = charge_mode
        if charge_details is not UNSET:
            field_dict["chargeDetails"] = charge_details

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


def _load_charge_mode(d: Mapping[str, Any]) -> OctoratePaymentDetailsChargeMode | Unset:
    _charge_mode = d.get("chargeMode", UNSET)
    charge_mode: OctoratePaymentDetailsChargeMode | Unset
    if isinstance(_charge_mode, Unset):
        charge_mode = UNSET
    else:
        charge_mode = enum_member(OctoratePaymentDetailsChargeMode, _charge_mode)

    return charge_mode


def _load_charge_details(d: Mapping[str, Any]) -> OctorateChargeDetails | Unset:
    _charge_details = d.get("chargeDetails", UNSET)
    charge_details: OctorateChargeDetails | Unset
    if isinstance(_charge_details, Unset):
        charge_details = UNSET
    else:
        charge_details = OctorateChargeDetails._from_json(_charge_details)

    return charge_details


_KNOWN_KEYS = frozenset(
    (
        "chargeMode",
        "chargeDetails",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: OctoratePaymentDetails, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "charge_mode" not in seen:
        _charge_mode = d.get("chargeMode", UNSET)
        charge_mode: OctoratePaymentDetailsChargeMode | Unset
        if isinstance(_charge_mode, Unset):
            charge_mode = UNSET
        else:
            charge_mode = enum_member(OctoratePaymentDetailsChargeMode, _charge_mode)

        _set(self, "charge_mode", charge_mode)
    if "charge_details" not in seen:
        _charge_details = d.get("chargeDetails", UNSET)
        charge_details: OctorateChargeDetails | Unset
        if isinstance(_charge_details, Unset):
            charge_details = UNSET
        else:
            charge_details = OctorateChargeDetails._from_json(_charge_details)

        _set(self, "charge_details", charge_details)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctoratePaymentDetails._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "charge_mode": _load_charge_mode,
        "charge_details": _load_charge_details,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "charge_details",
        "additional_properties",
    ),
    keys={
        "charge_mode": "chargeMode",
        "charge_details": "chargeDetails",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.octorate_charge_details import OctorateChargeDetails  # noqa: E402
