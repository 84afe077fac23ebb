from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.country_code import CountryCode
from ..models.octorate_invoice_settings_notification_channel import (
    OctorateInvoiceSettingsNotificationChannel,
)
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.octorate_brazil_tax_details import OctorateBrazilTaxDetails


T = TypeVar("T", bound="OctorateInvoiceSettings")


@_attrs_define
class OctorateInvoiceSettings:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        legal_name = d.pop("legalName", UNSET)

        contact_person = d.pop("contactPerson", UNSET)

        address = d.pop("address", UNSET)

        _country = d.pop("country", UNSET)
        country: CountryCode | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = enum_member(CountryCode, _country)

        city = d.pop("city", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        state = d.pop("state", UNSET)

        _notification_channel = d.pop("notificationChannel", UNSET)
        notification_channel: OctorateInvoiceSettingsNotificationChannel | Unset
        if isinstance(_notification_channel, Unset):
            notification_channel = UNSET
        else:
            notification_channel = enum_member(
                OctorateInvoiceSettingsNotificationChannel, _notification_channel
            )

        _brazil_tax_details = d.pop("brazilTaxDetails", UNSET)
        brazil_tax_details: OctorateBrazilTaxDetails | Unset
        if isinstance(_brazil_tax_details, Unset):
            brazil_tax_details = UNSET
        else:
            brazil_tax_details = OctorateBrazilTaxDetails.from_dict(_brazil_tax_details)

        octorate_invoice_settings = cls(
            legal_name=legal_name,
            contact_person=contact_person,
            address=address,
            country=country,
            city=city,
            postal_code=postal_code,
            state=state,
            notification_channel=notification_channel,
            brazil_tax_details=brazil_tax_details,
        )

        octorate_invoice_settings.additional_properties = d
        return octorate_invoice_settings

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
from ..models.octorate_brazil_tax_details import OctorateBrazilTaxDetails  # noqa: E402
