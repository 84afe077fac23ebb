from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiContact")


@_attrs_define
class ApiContact:
    """Contact information of this property

    Attributes:
        contact_name (str | Unset): Name of this contact type
        phone_number (str | Unset): Phone number of the accommodation
        phone_number_2 (str | Unset): Secondary phone number of the accommodation
        mobile_number_full (str | Unset): Mobile phone number of the accommodation
        mobile_prefix (str | Unset): Mobile prefix number
        mobile_number (str | Unset): Mobile national number
        email (str | Unset): Email address of the property
        secondary_email (str | Unset): Secondary email address of the property
        given_name (str | Unset): First name of the property owner
        family_name (str | Unset): Last name of the property owner
    """

    contact_name: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    phone_number_2: str | Unset = UNSET
    mobile_number_full: str | Unset = UNSET
    mobile_prefix: str | Unset = UNSET
    mobile_number: str | Unset = UNSET
    email: str | Unset = UNSET
    secondary_email: str | Unset = UNSET
    given_name: str | Unset = UNSET
    family_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_name = self.contact_name

        phone_number = self.phone_number

        phone_number_2 = self.phone_number_2

        mobile_number_full = self.mobile_number_full

        mobile_prefix = self.mobile_prefix

        mobile_number = self.mobile_number

        email = self.email

        secondary_email = self.secondary_email

        given_name = self.given_name

        family_name = self.family_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_name is not UNSET:
            field_dict["contactName"] = contact_name
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if phone_number_2 is not UNSET:
            field_dict["phoneNumber2"] = phone_number_2
        if mobile_number_full is not UNSET:
            field_dict["mobileNumberFull"] = mobile_number_full
        if mobile_prefix is not UNSET:
            field_dict["mobilePrefix"] = mobile_prefix
        if mobile_number is not UNSET:
            field_dict["mobileNumber"] = mobile_number
        if email is not UNSET:
            field_dict["email"] = email
        if secondary_email is not UNSET:
            field_dict["secondaryEmail"] = secondary_email
        if given_name is not UNSET:
            field_dict["givenName"] = given_name
        if family_name is not UNSET:
            field_dict["familyName"] = family_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contact_name = d.pop("contactName", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        phone_number_2 = d.pop("phoneNumber2", UNSET)

        mobile_number_full = d.pop("mobileNumberFull", UNSET)

        mobile_prefix = d.pop("mobilePrefix", UNSET)

        mobile_number = d.pop("mobileNumber", UNSET)

        email = d.pop("email", UNSET)

        secondary_email = d.pop("secondaryEmail", UNSET)

        given_name = d.pop("givenName", UNSET)

        family_name = d.pop("familyName", UNSET)

        api_contact = cls(
            contact_name=contact_name,
            phone_number=phone_number,
            phone_number_2=phone_number_2,
            mobile_number_full=mobile_number_full,
            mobile_prefix=mobile_prefix,
            mobile_number=mobile_number,
            email=email,
            secondary_email=secondary_email,
            given_name=given_name,
            family_name=family_name,
        )

        api_contact.additional_properties = d
        return api_contact

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
