from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.octorate_payment_details_charge_mode import OctoratePaymentDetailsChargeMode
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.octorate_charge_details import OctorateChargeDetails


T = TypeVar("T", bound="OctoratePaymentDetails")


@_attrs_define
class OctoratePaymentDetails:
    """Payment details

    Attributes:
        charge_mode (OctoratePaymentDetailsChargeMode | Unset):
        charge_details (OctorateChargeDetails | Unset):
    """

    charge_mode: OctoratePaymentDetailsChargeMode | Unset = UNSET
    charge_details: OctorateChargeDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _charge_mode = d.pop("chargeMode", UNSET)
        charge_mode: OctoratePaymentDetailsChargeMode | Unset
        if isinstance(_charge_mode, Unset):
            charge_mode = UNSET
        else:
            charge_mode = enum_member(OctoratePaymentDetailsChargeMode, _charge_mode)

        _charge_details = d.pop("chargeDetails", UNSET)
        charge_details: OctorateChargeDetails | Unset
        if isinstance(_charge_details, Unset):
            charge_details = UNSET
        else:
            charge_details = OctorateChargeDetails.from_dict(_charge_details)

        octorate_payment_details = cls(
            charge_mode=charge_mode,
            charge_details=charge_details,
        )

        octorate_payment_details.additional_properties = d
        return octorate_payment_details

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
from ..models.octorate_charge_details import OctorateChargeDetails  # noqa: E402
