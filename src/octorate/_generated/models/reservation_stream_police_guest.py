from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.reservation_stream_police_guest_accommodated_type import (
    ReservationStreamPoliceGuestAccommodatedType,
)
from ..models.reservation_stream_police_guest_age_range import ReservationStreamPoliceGuestAgeRange
from ..models.reservation_stream_police_guest_city_tax_exemption import (
    ReservationStreamPoliceGuestCityTaxExemption,
)
from ..types import UNSET, Unset, enum_member, parse_datetime


@_attrs_define
class ReservationStreamPoliceGuest(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_age_range(d: Mapping[str, Any]) -> ReservationStreamPoliceGuestAgeRange | Unset:
    _age_range = d.get("ageRange", UNSET)
    age_range: ReservationStreamPoliceGuestAgeRange | Unset
    if isinstance(_age_range, Unset):
        age_range = UNSET
    else:
        age_range = enum_member(ReservationStreamPoliceGuestAgeRange, _age_range)

    return age_range


def _load_city_tax_exemption(
    d: Mapping[str, Any],
) -> ReservationStreamPoliceGuestCityTaxExemption | Unset:
    _city_tax_exemption = d.get("cityTaxExemption", UNSET)
    city_tax_exemption: ReservationStreamPoliceGuestCityTaxExemption | Unset
    if isinstance(_city_tax_exemption, Unset):
        city_tax_exemption = UNSET
    else:
        city_tax_exemption = enum_member(
            ReservationStreamPoliceGuestCityTaxExemption, _city_tax_exemption
        )

    return city_tax_exemption


def _load_city_tax_relative_to_group(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("cityTaxRelativeToGroup", UNSET)


def _load_city_tax_price(d: Mapping[str, Any]) -> float | Unset:
    return d.get("cityTaxPrice", UNSET)


def _load_main_guest(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("mainGuest", UNSET)


def _load_accommodated_type(
    d: Mapping[str, Any],
) -> ReservationStreamPoliceGuestAccommodatedType | Unset:
    _accommodated_type = d.get("accommodatedType", UNSET)
    accommodated_type: ReservationStreamPoliceGuestAccommodatedType | Unset
    if isinstance(_accommodated_type, Unset):
        accommodated_type = UNSET
    else:
        accommodated_type = enum_member(
            ReservationStreamPoliceGuestAccommodatedType, _accommodated_type
        )

    return accommodated_type


def _load_checkout(d: Mapping[str, Any]) -> datetime.date | Unset:
    _checkout = d.get("checkout", UNSET)
    checkout: datetime.date | Unset
    if isinstance(_checkout, Unset):
        checkout = UNSET
    else:
        checkout = datetime.date.fromisoformat(_checkout)

    return checkout


def _load_checkin(d: Mapping[str, Any]) -> datetime.date | Unset:
    _checkin = d.get("checkin", UNSET)
    checkin: datetime.date | Unset
    if isinstance(_checkin, Unset):
        checkin = UNSET
    else:
        checkin = datetime.date.fromisoformat(_checkin)

    return checkin


def _load_age(d: Mapping[str, Any]) -> int | Unset:
    return d.get("age", UNSET)


def _load_zip_(d: Mapping[str, Any]) -> str | Unset:
    return d.get("zip", UNSET)


def _load_draft(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("draft", UNSET)


def _load_validated(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("validated", UNSET)


def _load_validated_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _validated_date = d.get("validatedDate", UNSET)
    validated_date: datetime.datetime | Unset
    if isinstance(_validated_date, Unset):
        validated_date = UNSET
    else:
        validated_date = parse_datetime(_validated_date)

    return validated_date


def _load_internal_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("internalId", UNSET)


def _load_external_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("externalId", UNSET)


def _load_phone(d: Mapping[str, Any]) -> str | Unset:
    return d.get("phone", UNSET)


def _load_first_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("firstName", UNSET)


def _load_last_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("lastName", UNSET)


def _load_city(d: Mapping[str, Any]) -> str | Unset:
    return d.get("city", UNSET)


def _load_email(d: Mapping[str, Any]) -> str | Unset:
    return d.get("email", UNSET)


def _load_system_generated(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("systemGenerated", UNSET)


def _load_address(d: Mapping[str, Any]) -> str | Unset:
    return d.get("address", UNSET)


def _load_country(d: Mapping[str, Any]) -> str | Unset:
    return d.get("country", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "ageRange",
        "cityTaxExemption",
        "cityTaxRelativeToGroup",
        "cityTaxPrice",
        "mainGuest",
        "accommodatedType",
        "checkout",
        "checkin",
        "age",
        "zip",
        "draft",
        "validated",
        "validatedDate",
        "internalId",
        "externalId",
        "phone",
        "firstName",
        "lastName",
        "city",
        "email",
        "systemGenerated",
        "address",
        "country",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(
    self: ReservationStreamPoliceGuest, d: Mapping[str, Any], seen: Container[str]
) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "age_range" not in seen:
        _age_range = d.get("ageRange", UNSET)
        age_range: ReservationStreamPoliceGuestAgeRange | Unset
        if isinstance(_age_range, Unset):
            age_range = UNSET
        else:
            age_range = enum_member(ReservationStreamPoliceGuestAgeRange, _age_range)

        _set(self, "age_range", age_range)
    if "city_tax_exemption" not in seen:
        _city_tax_exemption = d.get("cityTaxExemption", UNSET)
        city_tax_exemption: ReservationStreamPoliceGuestCityTaxExemption | Unset
        if isinstance(_city_tax_exemption, Unset):
            city_tax_exemption = UNSET
        else:
            city_tax_exemption = enum_member(
                ReservationStreamPoliceGuestCityTaxExemption, _city_tax_exemption
            )

        _set(self, "city_tax_exemption", city_tax_exemption)
    if "city_tax_relative_to_group" not in seen:
        _set(self, "city_tax_relative_to_group", d.get("cityTaxRelativeToGroup", UNSET))
    if "city_tax_price" not in seen:
        _set(self, "city_tax_price", d.get("cityTaxPrice", UNSET))
    if "main_guest" not in seen:
        _set(self, "main_guest", d.get("mainGuest", UNSET))
    if "accommodated_type" not in seen:
        _accommodated_type = d.get("accommodatedType", UNSET)
        accommodated_type: ReservationStreamPoliceGuestAccommodatedType | Unset
        if isinstance(_accommodated_type, Unset):
            accommodated_type = UNSET
        else:
            accommodated_type = enum_member(
                ReservationStreamPoliceGuestAccommodatedType, _accommodated_type
            )

        _set(self, "accommodated_type", accommodated_type)
    if "checkout" not in seen:
        _checkout = d.get("checkout", UNSET)
        checkout: datetime.date | Unset
        if isinstance(_checkout, Unset):
            checkout = UNSET
        else:
            checkout = datetime.date.fromisoformat(_checkout)

        _set(self, "checkout", checkout)
    if "checkin" not in seen:
        _checkin = d.get("checkin", UNSET)
        checkin: datetime.date | Unset
        if isinstance(_checkin, Unset):
            checkin = UNSET
        else:
            checkin = datetime.date.fromisoformat(_checkin)

        _set(self, "checkin", checkin)
    if "age" not in seen:
        _set(self, "age", d.get("age", UNSET))
    if "zip_" not in seen:
        _set(self, "zip_", d.get("zip", UNSET))
    if "draft" not in seen:
        _set(self, "draft", d.get("draft", UNSET))
    if "validated" not in seen:
        _set(self, "validated", d.get("validated", UNSET))
    if "validated_date" not in seen:
        _validated_date = d.get("validatedDate", UNSET)
        validated_date: datetime.datetime | Unset
        if isinstance(_validated_date, Unset):
            validated_date = UNSET
        else:
            validated_date = parse_datetime(_validated_date)

        _set(self, "validated_date", validated_date)
    if "internal_id" not in seen:
        _set(self, "internal_id", d.get("internalId", UNSET))
    if "external_id" not in seen:
        _set(self, "external_id", d.get("externalId", UNSET))
    if "phone" not in seen:
        _set(self, "phone", d.get("phone", UNSET))
    if "first_name" not in seen:
        _set(self, "first_name", d.get("firstName", UNSET))
    if "last_name" not in seen:
        _set(self, "last_name", d.get("lastName", UNSET))
    if "city" not in seen:
        _set(self, "city", d.get("city", UNSET))
    if "email" not in seen:
        _set(self, "email", d.get("email", UNSET))
    if "system_generated" not in seen:
        _set(self, "system_generated", d.get("systemGenerated", UNSET))
    if "address" not in seen:
        _set(self, "address", d.get("address", UNSET))
    if "country" not in seen:
        _set(self, "country", d.get("country", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ReservationStreamPoliceGuest._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "age_range": _load_age_range,
        "city_tax_exemption": _load_city_tax_exemption,
        "city_tax_relative_to_group": _load_city_tax_relative_to_group,
        "city_tax_price": _load_city_tax_price,
        "main_guest": _load_main_guest,
        "accommodated_type": _load_accommodated_type,
        "checkout": _load_checkout,
        "checkin": _load_checkin,
        "age": _load_age,
        "zip_": _load_zip_,
        "draft": _load_draft,
        "validated": _load_validated,
        "validated_date": _load_validated_date,
        "internal_id": _load_internal_id,
        "external_id": _load_external_id,
        "phone": _load_phone,
        "first_name": _load_first_name,
        "last_name": _load_last_name,
        "city": _load_city,
        "email": _load_email,
        "system_generated": _load_system_generated,
        "address": _load_address,
        "country": _load_country,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "age_range": "ageRange",
        "city_tax_exemption": "cityTaxExemption",
        "city_tax_relative_to_group": "cityTaxRelativeToGroup",
        "city_tax_price": "cityTaxPrice",
        "main_guest": "mainGuest",
        "accommodated_type": "accommodatedType",
        "checkout": "checkout",
        "checkin": "checkin",
        "age": "age",
        "zip_": "zip",
        "draft": "draft",
        "validated": "validated",
        "validated_date": "validatedDate",
        "internal_id": "internalId",
        "external_id": "externalId",
        "phone": "phone",
        "first_name": "firstName",
        "last_name": "lastName",
        "city": "city",
        "email": "email",
        "system_generated": "systemGenerated",
        "address": "address",
        "country": "country",
    },
)
