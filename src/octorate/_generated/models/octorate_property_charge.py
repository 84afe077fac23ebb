from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.octorate_charge_key import OctorateChargeKey
    from ..models.octorate_charge_period import OctorateChargePeriod


T = TypeVar("T", bound="OctoratePropertyCharge")


@_attrs_define
class OctoratePropertyCharge:
    """
    Attributes:
        charge_key (OctorateChargeKey | Unset):
        charge_periods (list[OctorateChargePeriod] | Unset):
    """

    charge_key: OctorateChargeKey | Unset = UNSET
    charge_periods: list[OctorateChargePeriod] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _charge_key = d.pop("chargeKey", UNSET)
        charge_key: OctorateChargeKey | Unset
        if isinstance(_charge_key, Unset):
            charge_key = UNSET
        else:
            charge_key = OctorateChargeKey.from_dict(_charge_key)

        _charge_periods = d.pop("chargePeriods", UNSET)
        charge_periods: list[OctorateChargePeriod] | Unset = UNSET
        if _charge_periods is not UNSET:
            charge_periods = []
            for charge_periods_item_data in _charge_periods:
                charge_periods_item = OctorateChargePeriod.from_dict(charge_periods_item_data)

                charge_periods.append(charge_periods_item)

        octorate_property_charge = cls(
            charge_key=charge_key,
            charge_periods=charge_periods,
        )

        octorate_property_charge.additional_properties = d
        return octorate_property_charge

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


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.octorate_charge_key import OctorateChargeKey  # noqa: E402
from ..models.octorate_charge_period import OctorateChargePeriod  # noqa: E402
