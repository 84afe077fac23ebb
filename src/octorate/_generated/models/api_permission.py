from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_permission_accommodation import ApiPermissionAccommodation
from ..models.api_permission_card_detail import ApiPermissionCardDetail
from ..models.api_permission_content import ApiPermissionContent
from ..models.api_permission_license import ApiPermissionLicense
from ..models.api_permission_reservation import ApiPermissionReservation
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="ApiPermission")


@_attrs_define
class ApiPermission:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _accommodation = d.pop("accommodation", UNSET)
        accommodation: ApiPermissionAccommodation | Unset
        if isinstance(_accommodation, Unset):
            accommodation = UNSET
        else:
            accommodation = enum_member(ApiPermissionAccommodation, _accommodation)

        _license_ = d.pop("license", UNSET)
        license_: ApiPermissionLicense | Unset
        if isinstance(_license_, Unset):
            license_ = UNSET
        else:
            license_ = enum_member(ApiPermissionLicense, _license_)

        _card_detail = d.pop("cardDetail", UNSET)
        card_detail: ApiPermissionCardDetail | Unset
        if isinstance(_card_detail, Unset):
            card_detail = UNSET
        else:
            card_detail = enum_member(ApiPermissionCardDetail, _card_detail)

        _content = d.pop("content", UNSET)
        content: ApiPermissionContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = enum_member(ApiPermissionContent, _content)

        _reservation = d.pop("reservation", UNSET)
        reservation: ApiPermissionReservation | Unset
        if isinstance(_reservation, Unset):
            reservation = UNSET
        else:
            reservation = enum_member(ApiPermissionReservation, _reservation)

        api_permission = cls(
            accommodation=accommodation,
            license_=license_,
            card_detail=card_detail,
            content=content,
            reservation=reservation,
        )

        api_permission.additional_properties = d
        return api_permission

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
