from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.external_accommodation_extra_bed_apply_guest_booking import (
    ExternalAccommodationExtraBedApplyGuestBooking,
)
from ..models.external_accommodation_extra_bed_code_type import (
    ExternalAccommodationExtraBedCodeType,
)
from ..models.portal_names import PortalNames
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.octorate_property_charge import OctoratePropertyCharge


T = TypeVar("T", bound="ExternalAccommodationExtraBed")


@_attrs_define
class ExternalAccommodationExtraBed:
    """Rappresent an Extra bed

    Attributes:
        portal (PortalNames | Unset):  Example: AIRBNB.
        apply_guest_range (int | Unset):
        type_ (str | Unset):
        price (float | Unset):
        quantity (int | Unset):
        portal_value (str | Unset):
        code_type (ExternalAccommodationExtraBedCodeType | Unset):
        children (bool | Unset):
        apply_guest_booking (ExternalAccommodationExtraBedApplyGuestBooking | Unset):
        deletable (bool | Unset):
        editable (bool | Unset):
        property_charge (OctoratePropertyCharge | Unset):
    """

    portal: PortalNames | Unset = UNSET
    apply_guest_range: int | Unset = UNSET
    type_: str | Unset = UNSET
    price: float | Unset = UNSET
    quantity: int | Unset = UNSET
    portal_value: str | Unset = UNSET
    code_type: ExternalAccommodationExtraBedCodeType | Unset = UNSET
    children: bool | Unset = UNSET
    apply_guest_booking: ExternalAccommodationExtraBedApplyGuestBooking | Unset = UNSET
    deletable: bool | Unset = UNSET
    editable: bool | Unset = UNSET
    property_charge: OctoratePropertyCharge | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        portal: str | Unset = UNSET
        if not isinstance(self.portal, Unset):
            portal = self.portal.value

        apply_guest_range = self.apply_guest_range

        type_ = self.type_

        price = self.price

        quantity = self.quantity

        portal_value = self.portal_value

        code_type: str | Unset = UNSET
        if not isinstance(self.code_type, Unset):
            code_type = self.code_type.value

        children = self.children

        apply_guest_booking: str | Unset = UNSET
        if not isinstance(self.apply_guest_booking, Unset):
            apply_guest_booking = self.apply_guest_booking.value

        deletable = self.deletable

        editable = self.editable

        property_charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.property_charge, Unset):
            property_charge = self.property_charge.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if portal is not UNSET:
            field_dict["portal"] = portal
        if apply_guest_range is not UNSET:
            field_dict["applyGuestRange"] = apply_guest_range
        if type_ is not UNSET:
            field_dict["type"] = type_
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if portal_value is not UNSET:
            field_dict["portalValue"] = portal_value
        if code_type is not UNSET:
            field_dict["codeType"] = code_type
        if children is not UNSET:
            field_dict["children"] = children
        if apply_guest_booking is not UNSET:
            field_dict["applyGuestBooking"] = apply_guest_booking
        if deletable is not UNSET:
            field_dict["deletable"] = deletable
        if editable is not UNSET:
            field_dict["editable"] = editable
        if property_charge is not UNSET:
            field_dict["propertyCharge"] = property_charge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _portal = d.pop("portal", UNSET)
        portal: PortalNames | Unset
        if isinstance(_portal, Unset):
            portal = UNSET
        else:
            portal = enum_member(PortalNames, _portal)

        apply_guest_range = d.pop("applyGuestRange", UNSET)

        type_ = d.pop("type", UNSET)

        price = d.pop("price", UNSET)

        quantity = d.pop("quantity", UNSET)

        portal_value = d.pop("portalValue", UNSET)

        _code_type = d.pop("codeType", UNSET)
        code_type: ExternalAccommodationExtraBedCodeType | Unset
        if isinstance(_code_type, Unset):
            code_type = UNSET
        else:
            code_type = enum_member(ExternalAccommodationExtraBedCodeType, _code_type)

        children = d.pop("children", UNSET)

        _apply_guest_booking = d.pop("applyGuestBooking", UNSET)
        apply_guest_booking: ExternalAccommodationExtraBedApplyGuestBooking | Unset
        if isinstance(_apply_guest_booking, Unset):
            apply_guest_booking = UNSET
        else:
            apply_guest_booking = enum_member(
                ExternalAccommodationExtraBedApplyGuestBooking, _apply_guest_booking
            )

        deletable = d.pop("deletable", UNSET)

        editable = d.pop("editable", UNSET)

        _property_charge = d.pop("propertyCharge", UNSET)
        property_charge: OctoratePropertyCharge | Unset
        if isinstance(_property_charge, Unset):
            property_charge = UNSET
        else:
            property_charge = OctoratePropertyCharge.from_dict(_property_charge)

        external_accommodation_extra_bed = cls(
            portal=portal,
            apply_guest_range=apply_guest_range,
            type_=type_,
            price=price,
            quantity=quantity,
            portal_value=portal_value,
            code_type=code_type,
            children=children,
            apply_guest_booking=apply_guest_booking,
            deletable=deletable,
            editable=editable,
            property_charge=property_charge,
        )

        external_accommodation_extra_bed.additional_properties = d
        return external_accommodation_extra_bed

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
from ..models.octorate_property_charge import OctoratePropertyCharge  # noqa: E402
