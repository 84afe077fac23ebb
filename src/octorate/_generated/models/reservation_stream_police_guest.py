from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reservation_stream_police_guest_accommodated_type import (
    ReservationStreamPoliceGuestAccommodatedType,
)
from ..models.reservation_stream_police_guest_age_range import ReservationStreamPoliceGuestAgeRange
from ..models.reservation_stream_police_guest_city_tax_exemption import (
    ReservationStreamPoliceGuestCityTaxExemption,
)
from ..types import UNSET, Unset, enum_member, parse_datetime

T = TypeVar("T", bound="ReservationStreamPoliceGuest")


@_attrs_define
class ReservationStreamPoliceGuest:
    """
    Attributes:
        age_range (ReservationStreamPoliceGuestAgeRange | Unset):
        city_tax_exemption (ReservationStreamPoliceGuestCityTaxExemption | Unset):
        city_tax_relative_to_group (bool | Unset):
        city_tax_price (float | Unset):
        main_guest (bool | Unset):
        accommodated_type (ReservationStreamPoliceGuestAccommodatedType | Unset):
        checkout (datetime.date | Unset):
        checkin (datetime.date | Unset):
        age (int | Unset):
        zip_ (str | Unset):
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

    age_range: ReservationStreamPoliceGuestAgeRange | Unset = UNSET
    city_tax_exemption: ReservationStreamPoliceGuestCityTaxExemption | Unset = UNSET
    city_tax_relative_to_group: bool | Unset = UNSET
    city_tax_price: float | Unset = UNSET
    main_guest: bool | Unset = UNSET
    accommodated_type: ReservationStreamPoliceGuestAccommodatedType | Unset = UNSET
    checkout: datetime.date | Unset = UNSET
    checkin: datetime.date | Unset = UNSET
    age: int | Unset = UNSET
    zip_: str | Unset = UNSET
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
        age_range: str | Unset = UNSET
        if not isinstance(self.age_range, Unset):
            age_range = self.age_range.value

        city_tax_exemption: str | Unset = UNSET
        if not isinstance(self.city_tax_exemption, Unset):
            city_tax_exemption = self.city_tax_exemption.value

        city_tax_relative_to_group = self.city_tax_relative_to_group

        city_tax_price = self.city_tax_price

        main_guest = self.main_guest

        accommodated_type: str | Unset = UNSET
        if not isinstance(self.accommodated_type, Unset):
            accommodated_type = self.accommodated_type.value

        checkout: str | Unset = UNSET
        if not isinstance(self.checkout, Unset):
            checkout = self.checkout.isoformat()

        checkin: str | Unset = UNSET
        if not isinstance(self.checkin, Unset):
            checkin = self.checkin.isoformat()

        age = self.age

        zip_ = self.zip_

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
        if age_range is not UNSET:
            field_dict["ageRange"] = age_range
        if city_tax_exemption is not UNSET:
            field_dict["cityTaxExemption"] = city_tax_exemption
        if city_tax_relative_to_group is not UNSET:
            field_dict["cityTaxRelativeToGroup"] = city_tax_relative_to_group
        if city_tax_price is not UNSET:
            field_dict["cityTaxPrice"] = city_tax_price
        if main_guest is not UNSET:
            field_dict["mainGuest"] = main_guest
        if accommodated_type is not UNSET:
            field_dict["accommodatedType"] = accommodated_type
        if checkout is not UNSET:
            field_dict["checkout"] = checkout
        if checkin is not UNSET:
            field_dict["checkin"] = checkin
        if age is not UNSET:
            field_dict["age"] = age
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
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
        _age_range = d.pop("ageRange", UNSET)
        age_range: ReservationStreamPoliceGuestAgeRange | Unset
        if isinstance(_age_range, Unset):
            age_range = UNSET
        else:
            age_range = enum_member(ReservationStreamPoliceGuestAgeRange, _age_range)

        _city_tax_exemption = d.pop("cityTaxExemption", UNSET)
        city_tax_exemption: ReservationStreamPoliceGuestCityTaxExemption | Unset
        if isinstance(_city_tax_exemption, Unset):
            city_tax_exemption = UNSET
        else:
            city_tax_exemption = enum_member(
                ReservationStreamPoliceGuestCityTaxExemption, _city_tax_exemption
            )

        city_tax_relative_to_group = d.pop("cityTaxRelativeToGroup", UNSET)

        city_tax_price = d.pop("cityTaxPrice", UNSET)

        main_guest = d.pop("mainGuest", UNSET)

        _accommodated_type = d.pop("accommodatedType", UNSET)
        accommodated_type: ReservationStreamPoliceGuestAccommodatedType | Unset
        if isinstance(_accommodated_type, Unset):
            accommodated_type = UNSET
        else:
            accommodated_type = enum_member(
                ReservationStreamPoliceGuestAccommodatedType, _accommodated_type
            )

        _checkout = d.pop("checkout", UNSET)
        checkout: datetime.date | Unset
        if isinstance(_checkout, Unset):
            checkout = UNSET
        else:
            checkout = datetime.date.fromisoformat(_checkout)

        _checkin = d.pop("checkin", UNSET)
        checkin: datetime.date | Unset
        if isinstance(_checkin, Unset):
            checkin = UNSET
        else:
            checkin = datetime.date.fromisoformat(_checkin)

        age = d.pop("age", UNSET)

        zip_ = d.pop("zip", UNSET)

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

        reservation_stream_police_guest = cls(
            age_range=age_range,
            city_tax_exemption=city_tax_exemption,
            city_tax_relative_to_group=city_tax_relative_to_group,
            city_tax_price=city_tax_price,
            main_guest=main_guest,
            accommodated_type=accommodated_type,
            checkout=checkout,
            checkin=checkin,
            age=age,
            zip_=zip_,
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

        reservation_stream_police_guest.additional_properties = d
        return reservation_stream_police_guest

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
