from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.octorate_charge_key import OctorateChargeKey
    from ..models.octorate_charge_period import OctorateChargePeriod


@_attrs_define
class OctoratePropertyCharge(LazyModel):
    """
    Attributes:
        charge_key (OctorateChargeKey | Unset):
        charge_periods (list[OctorateChargePeriod] | Unset):
    """

    charge_key: OctorateChargeKey | Unset = UNSET
    charge_periods: list[OctorateChargePeriod] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        charge_key: dict[str, Any] | Unset = UNSET
        if not isinstance(self.charge_key, Unset):
            charge_key = self.charge_key.to_dict()

        charge_periods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.charge_periods, Unset):
            charge_periods = []
            for charge_periods_item_data in self.charge_periods:
                charge_periods_item = charge_periods_item_data.to_dict()
                charge_periods.append(charge_periods_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charge_key is not UNSET:
            field_dict["chargeKey"] = charge_key
        if charge_periods is not UNSET:
            field_dict["chargePeriods"] = charge_periods

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


def _load_charge_key(d: Mapping[str, Any]) -> OctorateChargeKey | Unset:
    _charge_key = d.get("chargeKey", UNSET)
    charge_key: OctorateChargeKey | Unset
    if isinstance(_charge_key, Unset):
        charge_key = UNSET
    else:
        charge_key = OctorateChargeKey._from_json(_charge_key)

    return charge_key


def _load_charge_periods(d: Mapping[str, Any]) -> list[OctorateChargePeriod] | Unset:
    _charge_periods = d.get("chargePeriods", UNSET)
    charge_periods: list[OctorateChargePeriod] | Unset = UNSET
    if _charge_periods is not UNSET:
        charge_periods = OctorateChargePeriod._from_json_list(_charge_periods)

    return charge_periods


_KNOWN_KEYS = frozenset(
    (
        "chargeKey",
        "chargePeriods",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: OctoratePropertyCharge, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "charge_key" not in seen:
        _charge_key = d.get("chargeKey", UNSET)
        charge_key: OctorateChargeKey | Unset
        if isinstance(_charge_key, Unset):
            charge_key = UNSET
        else:
            charge_key = OctorateChargeKey._from_json(_charge_key)

        _set(self, "charge_key", charge_key)
    if "charge_periods" not in seen:
        _charge_periods = d.get("chargePeriods", UNSET)
        charge_periods: list[OctorateChargePeriod] | Unset = UNSET
        if _charge_periods is not UNSET:
            charge_periods = OctorateChargePeriod._from_json_list(_charge_periods)

        _set(self, "charge_periods", charge_periods)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctoratePropertyCharge._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "charge_key": _load_charge_key,
        "charge_periods": _load_charge_periods,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "charge_key",
        "charge_periods",
        "additional_properties",
    ),
    keys={
        "charge_key": "chargeKey",
        "charge_periods": "chargePeriods",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.octorate_charge_key import OctorateChargeKey  # noqa: E402
from ..models.octorate_charge_period import OctorateChargePeriod  # noqa: E402
