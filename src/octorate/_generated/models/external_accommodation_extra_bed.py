from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
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


@_attrs_define
class ExternalAccommodationExtraBed(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_portal(d: Mapping[str, Any]) -> PortalNames | Unset:
    _portal = d.get("portal", UNSET)
    portal: PortalNames | Unset
    if isinstance(_portal, Unset):
        portal = UNSET
    else:
        portal = enum_member(PortalNames, _portal)

    return portal


def _load_apply_guest_range(d: Mapping[str, Any]) -> int | Unset:
    return d.get("applyGuestRange", UNSET)


def _load_type_(d: Mapping[str, Any]) -> str | Unset:
    return d.get("type", UNSET)


def _load_price(d: Mapping[str, Any]) -> float | Unset:
    return d.get("price", UNSET)


def _load_quantity(d: Mapping[str, Any]) -> int | Unset:
    return d.get("quantity", UNSET)


def _load_portal_value(d: Mapping[str, Any]) -> str | Unset:
    return d.get("portalValue", UNSET)


def _load_code_type(d: Mapping[str, Any]) -> ExternalAccommodationExtraBedCodeType | Unset:
    _code_type = d.get("codeType", UNSET)
    code_type: ExternalAccommodationExtraBedCodeType | Unset
    if isinstance(_code_type, Unset):
        code_type = UNSET
    else:
        code_type = enum_member(ExternalAccommodationExtraBedCodeType, _code_type)

    return code_type


def _load_children(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("children", UNSET)


def _load_apply_guest_booking(
    d: Mapping[str, Any],
) -> ExternalAccommodationExtraBedApplyGuestBooking | Unset:
    _apply_guest_booking = d.get("applyGuestBooking", UNSET)
    apply_guest_booking: ExternalAccommodationExtraBedApplyGuestBooking | Unset
    if isinstance(_apply_guest_booking, Unset):
        apply_guest_booking = UNSET
    else:
        apply_guest_booking = enum_member(
            ExternalAccommodationExtraBedApplyGuestBooking, _apply_guest_booking
        )

    return apply_guest_booking


def _load_deletable(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("deletable", UNSET)


def _load_editable(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("editable", UNSET)


def _load_property_charge(d: Mapping[str, Any]) -> OctoratePropertyCharge | Unset:
    _property_charge = d.get("propertyCharge", UNSET)
    property_charge: OctoratePropertyCharge | Unset
    if isinstance(_property_charge, Unset):
        property_charge = UNSET
    else:
        property_charge = OctoratePropertyCharge._from_json(_property_charge)

    return property_charge


_KNOWN_KEYS = frozenset(
    (
        "portal",
        "applyGuestRange",
        "type",
        "price",
        "quantity",
        "portalValue",
        "codeType",
        "children",
        "applyGuestBooking",
        "deletable",
        "editable",
        "propertyCharge",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(
    self: ExternalAccommodationExtraBed, d: Mapping[str, Any], seen: Container[str]
) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "portal" not in seen:
        _portal = d.get("portal", UNSET)
        portal: PortalNames | Unset
        if isinstance(_portal, Unset):
            portal = UNSET
        else:
            portal = enum_member(PortalNames, _portal)

        _set(self, "portal", portal)
    if "apply_guest_range" not in seen:
        _set(self, "apply_guest_range", d.get("applyGuestRange", UNSET))
    if "type_" not in seen:
        _set(self, "type_", d.get("type", UNSET))
    if "price" not in seen:
        _set(self, "price", d.get("price", UNSET))
    if "quantity" not in seen:
        _set(self, "quantity", d.get("quantity", UNSET))
    if "portal_value" not in seen:
        _set(self, "portal_value", d.get("portalValue", UNSET))
    if "code_type" not in seen:
        _code_type = d.get("codeType", UNSET)
        code_type: ExternalAccommodationExtraBedCodeType | Unset
        if isinstance(_code_type, Unset):
            code_type = UNSET
        else:
            code_type = enum_member(ExternalAccommodationExtraBedCodeType, _code_type)

        _set(self, "code_type", code_type)
    if "children" not in seen:
        _set(self, "children", d.get("children", UNSET))
    if "apply_guest_booking" not in seen:
        _apply_guest_booking = d.get("applyGuestBooking", UNSET)
        apply_guest_booking: ExternalAccommodationExtraBedApplyGuestBooking | Unset
        if isinstance(_apply_guest_booking, Unset):
            apply_guest_booking = UNSET
        else:
            apply_guest_booking = enum_member(
                ExternalAccommodationExtraBedApplyGuestBooking, _apply_guest_booking
            )

        _set(self, "apply_guest_booking", apply_guest_booking)
    if "deletable" not in seen:
        _set(self, "deletable", d.get("deletable", UNSET))
    if "editable" not in seen:
        _set(self, "editable", d.get("editable", UNSET))
    if "property_charge" not in seen:
        _property_charge = d.get("propertyCharge", UNSET)
        property_charge: OctoratePropertyCharge | Unset
        if isinstance(_property_charge, Unset):
            property_charge = UNSET
        else:
            property_charge = OctoratePropertyCharge._from_json(_property_charge)

        _set(self, "property_charge", property_charge)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ExternalAccommodationExtraBed._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "portal": _load_portal,
        "apply_guest_range": _load_apply_guest_range,
        "type_": _load_type_,
        "price": _load_price,
        "quantity": _load_quantity,
        "portal_value": _load_portal_value,
        "code_type": _load_code_type,
        "children": _load_children,
        "apply_guest_booking": _load_apply_guest_booking,
        "deletable": _load_deletable,
        "editable": _load_editable,
        "property_charge": _load_property_charge,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "property_charge",
        "additional_properties",
    ),
    keys={
        "portal": "portal",
        "apply_guest_range": "applyGuestRange",
        "type_": "type",
        "price": "price",
        "quantity": "quantity",
        "portal_value": "portalValue",
        "code_type": "codeType",
        "children": "children",
        "apply_guest_booking": "applyGuestBooking",
        "deletable": "deletable",
        "editable": "editable",
        "property_charge": "propertyCharge",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.octorate_property_charge import OctoratePropertyCharge  # noqa: E402
