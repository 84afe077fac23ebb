from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.country_code import CountryCode
from ..models.octorate_invoice_settings_notification_channel import (
    OctorateInvoiceSettingsNotificationChannel,
)
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.octorate_brazil_tax_details import OctorateBrazilTaxDetails


@_attrs_define
class OctorateInvoiceSettings(LazyModel):
    """Invoice settings details

    Attributes:
        legal_name (str | Unset):
        contact_person (str | Unset):
        address (str | Unset):
        country (CountryCode | Unset): ISO 3166-1 alpha-2 country code, as Octorate lists them.
        city (str | Unset):
        postal_code (str | Unset):
        state (str | Unset):
        notification_channel (OctorateInvoiceSettingsNotificationChannel | Unset):
        brazil_tax_details (OctorateBrazilTaxDetails | Unset):
    """

    legal_name: str | Unset = UNSET
    contact_person: str | Unset = UNSET
    address: str | Unset = UNSET
    country: CountryCode | Unset = UNSET
    city: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    state: str | Unset = UNSET
    notification_channel: OctorateInvoiceSettingsNotificationChannel | Unset = UNSET
    brazil_tax_details: OctorateBrazilTaxDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        legal_name = self.legal_name

        contact_person = self.contact_person

        address = self.address

        country: str | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.value

        city = self.city

        postal_code = self.postal_code

        state = self.state

        notification_channel: str | Unset = UNSET
        if not isinstance(self.notification_channel, Unset):
            notification_channel = self.notification_channel.value

        brazil_tax_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.brazil_tax_details, Unset):
            brazil_tax_details = self.brazil_tax_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if legal_name is not UNSET:
            field_dict["legalName"] = legal_name
        if contact_person is not UNSET:
            field_dict["contactPerson"] = contact_person
        if address is not UNSET:
            field_dict["address"] = address
        if country is not UNSET:
            field_dict["country"] = country
        if city is not UNSET:
            field_dict["city"] = city
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if state is not UNSET:
            field_dict["state"] = state
        if notification_channel is not UNSET:
            field_dict["notificationChannel"] = notification_channel
        if brazil_tax_details is not UNSET:
            field_dict["brazilTaxDetails"] = brazil_tax_details

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


def _load_legal_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("legalName", UNSET)


def _load_contact_person(d: Mapping[str, Any]) -> str | Unset:
    return d.get("contactPerson", UNSET)


def _load_address(d: Mapping[str, Any]) -> str | Unset:
    return d.get("address", UNSET)


def _load_country(d: Mapping[str, Any]) -> CountryCode | Unset:
    _country = d.get("country", UNSET)
    country: CountryCode | Unset
    if isinstance(_country, Unset):
        country = UNSET
    else:
        country = enum_member(CountryCode, _country)

    return country


def _load_city(d: Mapping[str, Any]) -> str | Unset:
    return d.get("city", UNSET)


def _load_postal_code(d: Mapping[str, Any]) -> str | Unset:
    return d.get("postalCode", UNSET)


def _load_state(d: Mapping[str, Any]) -> str | Unset:
    return d.get("state", UNSET)


def _load_notification_channel(
    d: Mapping[str, Any],
) -> OctorateInvoiceSettingsNotificationChannel | Unset:
    _notification_channel = d.get("notificationChannel", UNSET)
    notification_channel: OctorateInvoiceSettingsNotificationChannel | Unset
    if isinstance(_notification_channel, Unset):
        notification_channel = UNSET
    else:
        notification_channel = enum_member(
            OctorateInvoiceSettingsNotificationChannel, _notification_channel
        )

    return notification_channel


def _load_brazil_tax_details(d: Mapping[str, Any]) -> OctorateBrazilTaxDetails | Unset:
    _brazil_tax_details = d.get("brazilTaxDetails", UNSET)
    brazil_tax_details: OctorateBrazilTaxDetails | Unset
    if isinstance(_brazil_tax_details, Unset):
        brazil_tax_details = UNSET
    else:
        brazil_tax_details = OctorateBrazilTaxDetails._from_json(_brazil_tax_details)

    return brazil_tax_details


_KNOWN_KEYS = frozenset(
    (
        "legalName",
        "contactPerson",
        "address",
        "country",
        "city",
        "postalCode",
        "state",
        "notificationChannel",
        "brazilTaxDetails",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: OctorateInvoiceSettings, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "legal_name" not in seen:
        _set(self, "legal_name", d.get("legalName", UNSET))
    if "contact_person" not in seen:
        _set(self, "contact_person", d.get("contactPerson", UNSET))
    if "address" not in seen:
        _set(self, "address", d.get("address", UNSET))
    if "country" not in seen:
        _country = d.get("country", UNSET)
        country: CountryCode | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = enum_member(CountryCode, _country)

        _set(self, "country", country)
    if "city" not in seen:
        _set(self, "city", d.get("city", UNSET))
    if "postal_code" not in seen:
        _set(self, "postal_code", d.get("postalCode", UNSET))
    if "state" not in seen:
        _set(self, "state", d.get("state", UNSET))
    if "notification_channel" not in seen:
        _notification_channel = d.get("notificationChannel", UNSET)
        notification_channel: OctorateInvoiceSettingsNotificationChannel | Unset
        if isinstance(_notification_channel, Unset):
            notification_channel = UNSET
        else:
            notification_channel = enum_member(
                OctorateInvoiceSettingsNotificationChannel, _notification_channel
            )

        _set(self, "notification_channel", notification_channel)
    if "brazil_tax_details" not in seen:
        _brazil_tax_details = d.get("brazilTaxDetails", UNSET)
        brazil_tax_details: OctorateBrazilTaxDetails | Unset
        if isinstance(_brazil_tax_details, Unset):
            brazil_tax_details = UNSET
        else:
            brazil_tax_details = OctorateBrazilTaxDetails._from_json(_brazil_tax_details)

        _set(self, "brazil_tax_details", brazil_tax_details)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctorateInvoiceSettings._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "legal_name": _load_legal_name,
        "contact_person": _load_contact_person,
        "address": _load_address,
        "country": _load_country,
        "city": _load_city,
        "postal_code": _load_postal_code,
        "state": _load_state,
        "notification_channel": _load_notification_channel,
        "brazil_tax_details": _load_brazil_tax_details,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "brazil_tax_details",
        "additional_properties",
    ),
    keys={
        "legal_name": "legalName",
        "contact_person": "contactPerson",
        "address": "address",
        "country": "country",
        "city": "city",
        "postal_code": "postalCode",
        "state": "state",
        "notification_channel": "notificationChannel",
        "brazil_tax_details": "brazilTaxDetails",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.octorate_brazil_tax_details import OctorateBrazilTaxDetails  # noqa: E402
