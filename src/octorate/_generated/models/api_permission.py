from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_permission_accommodation import ApiPermissionAccommodation
from ..models.api_permission_card_detail import ApiPermissionCardDetail
from ..models.api_permission_content import ApiPermissionContent
from ..models.api_permission_license import ApiPermissionLicense
from ..models.api_permission_reservation import ApiPermissionReservation
from ..types import UNSET, Unset, enum_member


@_attrs_define
class ApiPermission(LazyModel):
    """Action authorized for your application

    Attributes:
        accommodation (ApiPermissionAccommodation | Unset):
        license_ (ApiPermissionLicense | Unset):
        card_detail (ApiPermissionCardDetail | Unset):
        content (ApiPermissionContent | Unset):
        reservation (ApiPermissionReservation | Unset):
    """

    accommodation: ApiPermissionAccommodation | Unset = UNSET
    license_: ApiPermissionLicense | Unset = UNSET
    card_detail: ApiPermissionCardDetail | Unset = UNSET
    content: ApiPermissionContent | Unset = UNSET
    reservation: ApiPermissionReservation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        accommodation: str | Unset = UNSET
        if not isinstance(self.accommodation, Unset):
            accommodation = self.accommodation.value

        license_: str | Unset = UNSET
        if not isinstance(self.license_, Unset):
            license_ = self.license_.value

        card_detail: str | Unset = UNSET
        if not isinstance(self.card_detail, Unset):
            card_detail = self.card_detail.value

        content: str | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.value

        reservation: str | Unset = UNSET
        if not isinstance(self.reservation, Unset):
            reservation = self.reservation.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accommodation is not UNSET:
            field_dict["accommodation"] = accommodation
        if license_ is not UNSET:
            field_dict["license"] = license_
        if card_detail is not UNSET:
            field_dict["cardDetail"] = card_detail
        if content is not UNSET:
            field_dict["content"] = content
        if reservation is not UNSET:
            field_dict["reservation"] = reservation

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


def _load_accommodation(d: Mapping[str, Any]) -> ApiPermissionAccommodation | Unset:
    _accommodation = d.get("accommodation", UNSET)
    accommodation: ApiPermissionAccommodation | Unset
    if isinstance(_accommodation, Unset):
        accommodation = UNSET
    else:
        accommodation = enum_member(ApiPermissionAccommodation, _accommodation)

    return accommodation


def _load_license_(d: Mapping[str, Any]) -> ApiPermissionLicense | Unset:
    _license_ = d.get("license", UNSET)
    license_: ApiPermissionLicense | Unset
    if isinstance(_license_, Unset):
        license_ = UNSET
    else:
        license_ = enum_member(ApiPermissionLicense, _license_)

    return license_


def _load_card_detail(d: Mapping[str, Any]) -> ApiPermissionCardDetail | Unset:
    _card_detail = d.get("cardDetail", UNSET)
    card_detail: ApiPermissionCardDetail | Unset
    if isinstance(_card_detail, Unset):
        card_detail = UNSET
    else:
        card_detail = enum_member(ApiPermissionCardDetail, _card_detail)

    return card_detail


def _load_content(d: Mapping[str, Any]) -> ApiPermissionContent | Unset:
    _content = d.get("content", UNSET)
    content: ApiPermissionContent | Unset
    if isinstance(_content, Unset):
        content = UNSET
    else:
        content = enum_member(ApiPermissionContent, _content)

    return content


def _load_reservation(d: Mapping[str, Any]) -> ApiPermissionReservation | Unset:
    _reservation = d.get("reservation", UNSET)
    reservation: ApiPermissionReservation | Unset
    if isinstance(_reservation, Unset):
        reservation = UNSET
    else:
        reservation = enum_member(ApiPermissionReservation, _reservation)

    return reservation


_KNOWN_KEYS = frozenset(
    (
        "accommodation",
        "license",
        "cardDetail",
        "content",
        "reservation",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiPermission, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "accommodation" not in seen:
        _accommodation = d.get("accommodation", UNSET)
        accommodation: ApiPermissionAccommodation | Unset
        if isinstance(_accommodation, Unset):
            accommodation = UNSET
        else:
            accommodation = enum_member(ApiPermissionAccommodation, _accommodation)

        _set(self, "accommodation", accommodation)
    if "license_" not in seen:
        _license_ = d.get("license", UNSET)
        license_: ApiPermissionLicense | Unset
        if isinstance(_license_, Unset):
            license_ = UNSET
        else:
            license_ = enum_member(ApiPermissionLicense, _license_)

        _set(self, "license_", license_)
    if "card_detail" not in seen:
        _card_detail = d.get("cardDetail", UNSET)
        card_detail: ApiPermissionCardDetail | Unset
        if isinstance(_card_detail, Unset):
            card_detail = UNSET
        else:
            card_detail = enum_member(ApiPermissionCardDetail, _card_detail)

        _set(self, "card_detail", card_detail)
    if "content" not in seen:
        _content = d.get("content", UNSET)
        content: ApiPermissionContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = enum_member(ApiPermissionContent, _content)

        _set(self, "content", content)
    if "reservation" not in seen:
        _reservation = d.get("reservation", UNSET)
        reservation: ApiPermissionReservation | Unset
        if isinstance(_reservation, Unset):
            reservation = UNSET
        else:
            reservation = enum_member(ApiPermissionReservation, _reservation)

        _set(self, "reservation", reservation)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiPermission._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "accommodation": _load_accommodation,
        "license_": _load_license_,
        "card_detail": _load_card_detail,
        "content": _load_content,
        "reservation": _load_reservation,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "accommodation": "accommodation",
        "license_": "license",
        "card_detail": "cardDetail",
        "content": "content",
        "reservation": "reservation",
    },
)
