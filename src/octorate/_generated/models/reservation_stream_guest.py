from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reservation_stream_guest_city_tax_exemption import (
    ReservationStreamGuestCityTaxExemption,
)
from ..types import UNSET, Unset, enum_member, parse_datetime

T = TypeVar("T", bound="ReservationStreamGuest")


@_attrs_define
class ReservationStreamGuest:
    """
    Attributes:
        city_tax_exemption (ReservationStreamGuestCityTaxExemption | Unset):
        zip_ (str | Unset):
        city_tax_price (float | Unset):
        draft (bool | Unset):
        validated (bool | Unset):
        validated_date (datetime.datetime | Unset):
        internal_id (int | Unset):
        external_id (str | Unset):
        phone (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        city (str | Unset):
        email (str | Unset):
        system_generated (bool | Unset):
        address (str | Unset):
        country (str | Unset):
    """

    city_tax_exemption: ReservationStreamGuestCityTaxExemption | Unset = UNSET
    zip_: str | Unset = UNSET
    city_tax_price: float | Unset = UNSET
    draft: bool | Unset = UNSET
    validated: bool | Unset = UNSET
    validated_date: datetime.datetime | Unset = UNSET
    internal_id: int | Unset = UNSET
    external_id: str | Unset = UNSET
    phone: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    city: str | Unset = UNSET
    email: str | Unset = UNSET
    system_generated: bool | Unset = UNSET
    address: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city_tax_exemption: str | Unset = UNSET
        if not isinstance(self.city_tax_exemption, Unset):
            city_tax_exemption = self.city_tax_exemption.value

        zip_ = self.zip_

        city_tax_price = self.city_tax_price

        draft = self.draft

        validated = self.validated

        validated_date: str | Unset = UNSET
        if not isinstance(self.validated_date, Unset):
            validated_date = self.validated_date.isoformat()

        internal_id = self.internal_id

        external_id = self.external_id

        phone = self.phone

        first_name = self.first_name

        last_name = self.last_name

        city = self.city

        email = self.email

        system_generated = self.system_generated

        address = self.address

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if city_tax_exemption is not UNSET:
            field_dict["cityTaxExemption"] = city_tax_exemption
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if city_tax_price is not UNSET:
            field_dict["cityTaxPrice"] = city_tax_price
        if draft is not UNSET:
            field_dict["draft"] = draft
        if validated is not UNSET:
            field_dict["validated"] = validated
        if validated_date is not UNSET:
            field_dict["validatedDate"] = validated_date
        if internal_id is not UNSET:
            field_dict["internalId"] = internal_id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if city is not UNSET:
            field_dict["city"] = city
        if email is not UNSET:
            field_dict["email"] = email
        if system_generated is not UNSET:
            field_dict["systemGenerated"] = system_generated
        if address is not UNSET:
            field_dict["address"] = address
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _city_tax_exemption = d.pop("cityTaxExemption", UNSET)
        city_tax_exemption: ReservationStreamGuestCityTaxExemption | Unset
        if isinstance(_city_tax_exemption, Unset):
            city_tax_exemption = UNSET
        else:
            city_tax_exemption = enum_member(
                ReservationStreamGuestCityTaxExemption, _city_tax_exemption
            )

        zip_ = d.pop("zip", UNSET)

        city_tax_price = d.pop("cityTaxPrice", UNSET)

        draft = d.pop("draft", UNSET)

        validated = d.pop("validated", UNSET)

        _validated_date = d.pop("validatedDate", UNSET)
        validated_date: datetime.datetime | Unset
        if isinstance(_validated_date, Unset):
            validated_date = UNSET
        else:
            validated_date = parse_datetime(_validated_date)

        internal_id = d.pop("internalId", UNSET)

        external_id = d.pop("externalId", UNSET)

        phone = d.pop("phone", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        city = d.pop("city", UNSET)

        email = d.pop("email", UNSET)

        system_generated = d.pop("systemGenerated", UNSET)

        address = d.pop("address", UNSET)

        country = d.pop("country", UNSET)

        reservation_stream_guest = cls(
            city_tax_exemption=city_tax_exemption,
            zip_=zip_,
            city_tax_price=city_tax_price,
            draft=draft,
            validated=validated,
            validated_date=validated_date,
            internal_id=internal_id,
            external_id=external_id,
            phone=phone,
            first_name=first_name,
            last_name=last_name,
            city=city,
            email=email,
            system_generated=system_generated,
            address=address,
            country=country,
        )

        reservation_stream_guest.additional_properties = d
        return reservation_stream_guest

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
