from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class ApiContact(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_contact_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("contactName", UNSET)


def _load_phone_number(d: Mapping[str, Any]) -> str | Unset:
    return d.get("phoneNumber", UNSET)


def _load_phone_number_2(d: Mapping[str, Any]) -> str | Unset:
    return d.get("phoneNumber2", UNSET)


def _load_mobile_number_full(d: Mapping[str, Any]) -> str | Unset:
    return d.get("mobileNumberFull", UNSET)


def _load_mobile_prefix(d: Mapping[str, Any]) -> str | Unset:
    return d.get("mobilePrefix", UNSET)


def _load_mobile_number(d: Mapping[str, Any]) -> str | Unset:
    return d.get("mobileNumber", UNSET)


def _load_email(d: Mapping[str, Any]) -> str | Unset:
    return d.get("email", UNSET)


def _load_secondary_email(d: Mapping[str, Any]) -> str | Unset:
    return d.get("secondaryEmail", UNSET)


def _load_given_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("givenName", UNSET)


def _load_family_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("familyName", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "contactName",
        "phoneNumber",
        "phoneNumber2",
        "mobileNumberFull",
        "mobilePrefix",
        "mobileNumber",
        "email",
        "secondaryEmail",
        "givenName",
        "familyName",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiContact, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "contact_name" not in seen:
        _set(self, "contact_name", d.get("contactName", UNSET))
    if "phone_number" not in seen:
        _set(self, "phone_number", d.get("phoneNumber", UNSET))
    if "phone_number_2" not in seen:
        _set(self, "phone_number_2", d.get("phoneNumber2", UNSET))
    if "mobile_number_full" not in seen:
        _set(self, "mobile_number_full", d.get("mobileNumberFull", UNSET))
    if "mobile_prefix" not in seen:
        _set(self, "mobile_prefix", d.get("mobilePrefix", UNSET))
    if "mobile_number" not in seen:
        _set(self, "mobile_number", d.get("mobileNumber", UNSET))
    if "email" not in seen:
        _set(self, "email", d.get("email", UNSET))
    if "secondary_email" not in seen:
        _set(self, "secondary_email", d.get("secondaryEmail", UNSET))
    if "given_name" not in seen:
        _set(self, "given_name", d.get("givenName", UNSET))
    if "family_name" not in seen:
        _set(self, "family_name", d.get("familyName", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiContact._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "contact_name": _load_contact_name,
        "phone_number": _load_phone_number,
        "phone_number_2": _load_phone_number_2,
        "mobile_number_full": _load_mobile_number_full,
        "mobile_prefix": _load_mobile_prefix,
        "mobile_number": _load_mobile_number,
        "email": _load_email,
        "secondary_email": _load_secondary_email,
        "given_name": _load_given_name,
        "family_name": _load_family_name,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "contact_name": "contactName",
        "phone_number": "phoneNumber",
        "phone_number_2": "phoneNumber2",
        "mobile_number_full": "mobileNumberFull",
        "mobile_prefix": "mobilePrefix",
        "mobile_number": "mobileNumber",
        "email": "email",
        "secondary_email": "secondaryEmail",
        "given_name": "givenName",
        "family_name": "familyName",
    },
)
