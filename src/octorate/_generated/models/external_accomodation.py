from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.external_accomodation_booking_pets_policy import ExternalAccomodationBookingPetsPolicy
from ..types import UNSET, Unset, enum_member, parse_datetime

if TYPE_CHECKING:
    from ..models.external_accommodation_extra_bed import ExternalAccommodationExtraBed
    from ..models.external_cancellation_policy import ExternalCancellationPolicy
    from ..models.external_contact import ExternalContact
    from ..models.external_property_profile import ExternalPropertyProfile
    from ..models.language_map import LanguageMap
    from ..models.octorate_damage_policy import OctorateDamagePolicy
    from ..models.octorate_french_tax_details import OctorateFrenchTaxDetails
    from ..models.octorate_invoice_settings import OctorateInvoiceSettings
    from ..models.octorate_property_checkin_methods import OctoratePropertyCheckinMethods
    from ..models.octorate_quiet_hours import OctorateQuietHours


@_attrs_define
class ExternalAccomodation(LazyModel):
    """
    Attributes:
        last_update (datetime.datetime | Unset):
        property_type (str | Unset): Property type Example: APARTMENT.
        permission_publish (int | Unset): Legal Entity Id (BOOKING.com) Example: 123123.
        private_operator (bool | Unset):
        room_quantity (int | Unset):
        payment_methods (list[str] | Unset): Payment method portal values as described in the relative meta Example:
            {"2","3"}.
        spoken_languages (list[str] | Unset):  Example: English (UK).
        deposit_policies (list[ExternalCancellationPolicy] | Unset): Representation of the current cancellation policies
            for the deposit amount
        extra_beds (list[ExternalAccommodationExtraBed] | Unset): Rappresent an Extra bed
        max_extra_beds (int | Unset):
        booking_pets_policy (ExternalAccomodationBookingPetsPolicy | Unset):
        pets_charge_paid (bool | Unset):
        pets_deposit (float | Unset):
        pets_no_refundable (float | Unset):
        email (str | Unset):
        contacts (list[ExternalContact] | Unset):
        rental_agreement (str | Unset):  Example: resx.octorate.com/api/rentalagreement.pdf.
        chain_code (str | Unset):  Example: Marriot.
        damage_policy (OctorateDamagePolicy | Unset): External damage policy
        quiet_hours (OctorateQuietHours | Unset): External quiet hours policy
        french_tax_details (OctorateFrenchTaxDetails | Unset): French tax details
        invoice_settings (OctorateInvoiceSettings | Unset): Invoice settings details
        external_property_profile (ExternalPropertyProfile | Unset): External Property Profile
        welcome_message (LanguageMap | Unset):  Example: {'EN': 'These are the LanguageMap value in English!'}.
        neighborhood_info (LanguageMap | Unset):  Example: {'EN': 'These are the LanguageMap value in English!'}.
        owner_info (LanguageMap | Unset):  Example: {'EN': 'These are the LanguageMap value in English!'}.
        family_tips (LanguageMap | Unset):  Example: {'EN': 'These are the LanguageMap value in English!'}.
        property_checkin_methods (OctoratePropertyCheckinMethods | Unset): Property checkin methods
    """

    last_update: datetime.datetime | Unset = UNSET
    property_type: str | Unset = UNSET
    permission_publish: int | Unset = UNSET
    private_operator: bool | Unset = UNSET
    room_quantity: int | Unset = UNSET
    payment_methods: list[str] | Unset = UNSET
    spoken_languages: list[str] | Unset = UNSET
    deposit_policies: list[ExternalCancellationPolicy] | Unset = UNSET
    extra_beds: list[ExternalAccommodationExtraBed] | Unset = UNSET
    max_extra_beds: int | Unset = UNSET
    booking_pets_policy: ExternalAccomodationBookingPetsPolicy | Unset = UNSET
    pets_charge_paid: bool | Unset = UNSET
    pets_deposit: float | Unset = UNSET
    pets_no_refundable: float | Unset = UNSET
    email: str | Unset = UNSET
    contacts: list[ExternalContact] | Unset = UNSET
    rental_agreement: str | Unset = UNSET
    chain_code: str | Unset = UNSET
    damage_policy: OctorateDamagePolicy | Unset = UNSET
    quiet_hours: OctorateQuietHours | Unset = UNSET
    french_tax_details: OctorateFrenchTaxDetails | Unset = UNSET
    invoice_settings: OctorateInvoiceSettings | Unset = UNSET
    external_property_profile: ExternalPropertyProfile | Unset = UNSET
    welcome_message: LanguageMap | Unset = UNSET
    neighborhood_info: LanguageMap | Unset = UNSET
    owner_info: LanguageMap | Unset = UNSET
    family_tips: LanguageMap | Unset = UNSET
    property_checkin_methods: OctoratePropertyCheckinMethods | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        last_update: str | Unset = UNSET
        if not isinstance(self.last_update, Unset):
            last_update = self.last_update.isoformat()

        property_type = self.property_type

        permission_publish = self.permission_publish

        private_operator = self.private_operator

        room_quantity = self.room_quantity

        payment_methods: list[str] | Unset = UNSET
        if not isinstance(self.payment_methods, Unset):
            payment_methods = self.payment_methods

        spoken_languages: list[str] | Unset = UNSET
        if not isinstance(self.spoken_languages, Unset):
            spoken_languages = self.spoken_languages

        deposit_policies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deposit_policies, Unset):
            deposit_policies = []
            for deposit_policies_item_data in self.deposit_policies:
                deposit_policies_item = deposit_policies_item_data.to_dict()
                deposit_policies.append(deposit_policies_item)

        extra_beds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extra_beds, Unset):
            extra_beds = []
            for extra_beds_item_data in self.extra_beds:
                extra_beds_item = extra_beds_item_data.to_dict()
                extra_beds.append(extra_beds_item)

        max_extra_beds = self.max_extra_beds

        booking_pets_policy: str | Unset = UNSET
        if not isinstance(self.booking_pets_policy, Unset):
            booking_pets_policy = self.booking_pets_policy.value

        pets_charge_paid = self.pets_charge_paid

        pets_deposit = self.pets_deposit

        pets_no_refundable = self.pets_no_refundable

        email = self.email

        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        rental_agreement = self.rental_agreement

        chain_code = self.chain_code

        damage_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.damage_policy, Unset):
            damage_policy = self.damage_policy.to_dict()

        quiet_hours: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quiet_hours, Unset):
            quiet_hours = self.quiet_hours.to_dict()

        french_tax_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.french_tax_details, Unset):
            french_tax_details = self.french_tax_details.to_dict()

        invoice_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_settings, Unset):
            invoice_settings = self.invoice_settings.to_dict()

        external_property_profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_property_profile, Unset):
            external_property_profile = self.external_property_profile.to_dict()

        welcome_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.welcome_message, Unset):
            welcome_message = self.welcome_message.to_dict()

        neighborhood_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.neighborhood_info, Unset):
            neighborhood_info = self.neighborhood_info.to_dict()

        owner_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner_info, Unset):
            owner_info = self.owner_info.to_dict()

        family_tips: dict[str, Any] | Unset = UNSET
        if not isinstance(self.family_tips, Unset):
            family_tips = self.family_tips.to_dict()

        property_checkin_methods: dict[str, Any] | Unset = UNSET
        if not isinstance(self.property_checkin_methods, Unset):
            property_checkin_methods = self.property_checkin_methods.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_update is not UNSET:
            field_dict["lastUpdate"] = last_update
        if property_type is not UNSET:
            field_dict["propertyType"] = property_type
        if permission_publish is not UNSET:
            field_dict["permissionPublish"] = permission_publish
        if private_operator is not UNSET:
            field_dict["privateOperator"] = private_operator
        if room_quantity is not UNSET:
            field_dict["roomQuantity"] = room_quantity
        if payment_methods is not UNSET:
            field_dict["paymentMethods"] = payment_methods
        if spoken_languages is not UNSET:
            field_dict["spokenLanguages"] = spoken_languages
        if deposit_policies is not UNSET:
            field_dict["depositPolicies"] = deposit_policies
        if extra_beds is not UNSET:
            field_dict["extraBeds"] = extra_beds
        if max_extra_beds is not UNSET:
            field_dict["maxExtraBeds"] = max_extra_beds
        if booking_pets_policy is not UNSET:
            field_dict["bookingPetsPolicy"] = booking_pets_policy
        if pets_charge_paid is not UNSET:
            field_dict["petsChargePaid"] = pets_charge_paid
        if pets_deposit is not UNSET:
            field_dict["petsDeposit"] = pets_deposit
        if pets_no_refundable is not UNSET:
            field_dict["petsNoRefundable"] = pets_no_refundable
        if email is not UNSET:
            field_dict["email"] = email
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if rental_agreement is not UNSET:
            field_dict["rentalAgreement"] = rental_agreement
        if chain_code is not UNSET:
            field_dict["chainCode"] = chain_code
        if damage_policy is not UNSET:
            field_dict["damagePolicy"] = damage_policy
        if quiet_hours is not UNSET:
            field_dict["quietHours"] = quiet_hours
        if french_tax_details is not UNSET:
            field_dict["frenchTaxDetails"] = french_tax_details
        if invoice_settings is not UNSET:
            field_dict["invoiceSettings"] = invoice_settings
        if external_property_profile is not UNSET:
            field_dict["externalPropertyProfile"] = external_property_profile
        if welcome_message is not UNSET:
            field_dict["welcomeMessage"] = welcome_message
        if neighborhood_info is not UNSET:
            field_dict["neighborhoodInfo"] = neighborhood_info
        if owner_info is not UNSET:
            field_dict["ownerInfo"] = owner_info
        if family_tips is not UNSET:
            field_dict["familyTips"] = family_tips
        if property_checkin_methods is not UNSET:
            field_dict["propertyCheckinMethods"] = property_checkin_methods

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


def _load_last_update(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _last_update = d.get("lastUpdate", UNSET)
    last_update: datetime.datetime | Unset
    if isinstance(_last_update, Unset):
        last_update = UNSET
    else:
        last_update = parse_datetime(_last_update)

    return last_update


def _load_property_type(d: Mapping[str, Any]) -> str | Unset:
    return d.get("propertyType", UNSET)


def _load_permission_publish(d: Mapping[str, Any]) -> int | Unset:
    return d.get("permissionPublish", UNSET)


def _load_private_operator(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("privateOperator", UNSET)


def _load_room_quantity(d: Mapping[str, Any]) -> int | Unset:
    return d.get("roomQuantity", UNSET)


def _load_payment_methods(d: Mapping[str, Any]) -> list[str] | Unset:
    payment_methods = cast(list[str], d.get("paymentMethods", UNSET))

    return payment_methods


def _load_spoken_languages(d: Mapping[str, Any]) -> list[str] | Unset:
    spoken_languages = cast(list[str], d.get("spokenLanguages", UNSET))

    return spoken_languages


def _load_deposit_policies(d: Mapping[str, Any]) -> list[ExternalCancellationPolicy] | Unset:
    _deposit_policies = d.get("depositPolicies", UNSET)
    deposit_policies: list[ExternalCancellationPolicy] | Unset = UNSET
    if _deposit_policies is not UNSET:
        deposit_policies = ExternalCancellationPolicy._from_json_list(_deposit_policies)

    return deposit_policies


def _load_extra_beds(d: Mapping[str, Any]) -> list[ExternalAccommodationExtraBed] | Unset:
    _extra_beds = d.get("extraBeds", UNSET)
    extra_beds: list[ExternalAccommodationExtraBed] | Unset = UNSET
    if _extra_beds is not UNSET:
        extra_beds = ExternalAccommodationExtraBed._from_json_list(_extra_beds)

    return extra_beds


def _load_max_extra_beds(d: Mapping[str, Any]) -> int | Unset:
    return d.get("maxExtraBeds", UNSET)


def _load_booking_pets_policy(
    d: Mapping[str, Any],
) -> ExternalAccomodationBookingPetsPolicy | Unset:
    _booking_pets_policy = d.get("bookingPetsPolicy", UNSET)
    booking_pets_policy: ExternalAccomodationBookingPetsPolicy | Unset
    if isinstance(_booking_pets_policy, Unset):
        booking_pets_policy = UNSET
    else:
        booking_pets_policy = enum_member(
            ExternalAccomodationBookingPetsPolicy, _booking_pets_policy
        )

    return booking_pets_policy


def _load_pets_charge_paid(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("petsChargePaid", UNSET)


def _load_pets_deposit(d: Mapping[str, Any]) -> float | Unset:
    return d.get("petsDeposit", UNSET)


def _load_pets_no_refundable(d: Mapping[str, Any]) -> float | Unset:
    return d.get("petsNoRefundable", UNSET)


def _load_email(d: Mapping[str, Any]) -> str | Unset:
    return d.get("email", UNSET)


def _load_contacts(d: Mapping[str, Any]) -> list[ExternalContact] | Unset:
    _contacts = d.get("contacts", UNSET)
    contacts: list[ExternalContact] | Unset = UNSET
    if _contacts is not UNSET:
        contacts = ExternalContact._from_json_list(_contacts)

    return contacts


def _load_rental_agreement(d: Mapping[str, Any]) -> str | Unset:
    return d.get("rentalAgreement", UNSET)


def _load_chain_code(d: Mapping[str, Any]) -> str | Unset:
    return d.get("chainCode", UNSET)


def _load_damage_policy(d: Mapping[str, Any]) -> OctorateDamagePolicy | Unset:
    _damage_policy = d.get("damagePolicy", UNSET)
    damage_policy: OctorateDamagePolicy | Unset
    if isinstance(_damage_policy, Unset):
        damage_policy = UNSET
    else:
        damage_policy = OctorateDamagePolicy._from_json(_damage_policy)

    return damage_policy


def _load_quiet_hours(d: Mapping[str, Any]) -> OctorateQuietHours | Unset:
    _quiet_hours = d.get("quietHours", UNSET)
    quiet_hours: OctorateQuietHours | Unset
    if isinstance(_quiet_hours, Unset):
        quiet_hours = UNSET
    else:
        quiet_hours = OctorateQuietHours._from_json(_quiet_hours)

    return quiet_hours


def _load_french_tax_details(d: Mapping[str, Any]) -> OctorateFrenchTaxDetails | Unset:
    _french_tax_details = d.get("frenchTaxDetails", UNSET)
    french_tax_details: OctorateFrenchTaxDetails | Unset
    if isinstance(_french_tax_details, Unset):
        french_tax_details = UNSET
    else:
        french_tax_details = OctorateFrenchTaxDetails._from_json(_french_tax_details)

    return french_tax_details


def _load_invoice_settings(d: Mapping[str, Any]) -> OctorateInvoiceSettings | Unset:
    _invoice_settings = d.get("invoiceSettings", UNSET)
    invoice_settings: OctorateInvoiceSettings | Unset
    if isinstance(_invoice_settings, Unset):
        invoice_settings = UNSET
    else:
        invoice_settings = OctorateInvoiceSettings._from_json(_invoice_settings)

    return invoice_settings


def _load_external_property_profile(d: Mapping[str, Any]) -> ExternalPropertyProfile | Unset:
    _external_property_profile = d.get("externalPropertyProfile", UNSET)
    external_property_profile: ExternalPropertyProfile | Unset
    if isinstance(_external_property_profile, Unset):
        external_property_profile = UNSET
    else:
        external_property_profile = ExternalPropertyProfile._from_json(_external_property_profile)

    return external_property_profile


def _load_welcome_message(d: Mapping[str, Any]) -> LanguageMap | Unset:
    _welcome_message = d.get("welcomeMessage", UNSET)
    welcome_message: LanguageMap | Unset
    if isinstance(_welcome_message, Unset):
        welcome_message = UNSET
    else:
        welcome_message = LanguageMap._from_json(_welcome_message)

    return welcome_message


def _load_neighborhood_info(d: Mapping[str, Any]) -> LanguageMap | Unset:
    _neighborhood_info = d.get("neighborhoodInfo", UNSET)
    neighborhood_info: LanguageMap | Unset
    if isinstance(_neighborhood_info, Unset):
        neighborhood_info = UNSET
    else:
        neighborhood_info = LanguageMap._from_json(_neighborhood_info)

    return neighborhood_info


def _load_owner_info(d: Mapping[str, Any]) -> LanguageMap | Unset:
    _owner_info = d.get("ownerInfo", UNSET)
    owner_info: LanguageMap | Unset
    if isinstance(_owner_info, Unset):
        owner_info = UNSET
    else:
        owner_info = LanguageMap._from_json(_owner_info)

    return owner_info


def _load_family_tips(d: Mapping[str, Any]) -> LanguageMap | Unset:
    _family_tips = d.get("familyTips", UNSET)
    family_tips: LanguageMap | Unset
    if isinstance(_family_tips, Unset):
        family_tips = UNSET
    else:
        family_tips = LanguageMap._from_json(_family_tips)

    return family_tips


def _load_property_checkin_methods(d: Mapping[str, Any]) -> OctoratePropertyCheckinMethods | Unset:
    _property_checkin_methods = d.get("propertyCheckinMethods", UNSET)
    property_checkin_methods: OctoratePropertyCheckinMethods | Unset
    if isinstance(_property_checkin_methods, Unset):
        property_checkin_methods = UNSET
    else:
        property_checkin_methods = OctoratePropertyCheckinMethods._from_json(
            _property_checkin_methods
        )

    return property_checkin_methods


_KNOWN_KEYS = frozenset(
    (
        "lastUpdate",
        "propertyType",
        "permissionPublish",
        "privateOperator",
        "roomQuantity",
        "paymentMethods",
        "spokenLanguages",
        "depositPolicies",
        "extraBeds",
        "maxExtraBeds",
        "bookingPetsPolicy",
        "petsChargePaid",
        "petsDeposit",
        "petsNoRefundable",
        "email",
        "contacts",
        "rentalAgreement",
        "chainCode",
        "damagePolicy",
        "quietHours",
        "frenchTaxDetails",
        "invoiceSettings",
        "externalPropertyProfile",
        "welcomeMessage",
        "neighborhoodInfo",
        "ownerInfo",
        "familyTips",
        "propertyCheckinMethods",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ExternalAccomodation, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "last_update" not in seen:
        _last_update = d.get("lastUpdate", UNSET)
        last_update: datetime.datetime | Unset
        if isinstance(_last_update, Unset):
            last_update = UNSET
        else:
            last_update = parse_datetime(_last_update)

        _set(self, "last_update", last_update)
    if "property_type" not in seen:
        _set(self, "property_type", d.get("propertyType", UNSET))
    if "permission_publish" not in seen:
        _set(self, "permission_publish", d.get("permissionPublish", UNSET))
    if "private_operator" not in seen:
        _set(self, "private_operator", d.get("privateOperator", UNSET))
    if "room_quantity" not in seen:
        _set(self, "room_quantity", d.get("roomQuantity", UNSET))
    if "payment_methods" not in seen:
        payment_methods = cast(list[str], d.get("paymentMethods", UNSET))

        _set(self, "payment_methods", payment_methods)
    if "spoken_languages" not in seen:
        spoken_languages = cast(list[str], d.get("spokenLanguages", UNSET))

        _set(self, "spoken_languages", spoken_languages)
    if "deposit_policies" not in seen:
        _deposit_policies = d.get("depositPolicies", UNSET)
        deposit_policies: list[ExternalCancellationPolicy] | Unset = UNSET
        if _deposit_policies is not UNSET:
            deposit_policies = ExternalCancellationPolicy._from_json_list(_deposit_policies)

        _set(self, "deposit_policies", deposit_policies)
    if "extra_beds" not in seen:
        _extra_beds = d.get("extraBeds", UNSET)
        extra_beds: list[ExternalAccommodationExtraBed] | Unset = UNSET
        if _extra_beds is not UNSET:
            extra_beds = ExternalAccommodationExtraBed._from_json_list(_extra_beds)

        _set(self, "extra_beds", extra_beds)
    if "max_extra_beds" not in seen:
        _set(self, "max_extra_beds", d.get("maxExtraBeds", UNSET))
    if "booking_pets_policy" not in seen:
        _booking_pets_policy = d.get("bookingPetsPolicy", UNSET)
        booking_pets_policy: ExternalAccomodationBookingPetsPolicy | Unset
        if isinstance(_booking_pets_policy, Unset):
            booking_pets_policy = UNSET
        else:
            booking_pets_policy = enum_member(
                ExternalAccomodationBookingPetsPolicy, _booking_pets_policy
            )

        _set(self, "booking_pets_policy", booking_pets_policy)
    if "pets_charge_paid" not in seen:
        _set(self, "pets_charge_paid", d.get("petsChargePaid", UNSET))
    if "pets_deposit" not in seen:
        _set(self, "pets_deposit", d.get("petsDeposit", UNSET))
    if "pets_no_refundable" not in seen:
        _set(self, "pets_no_refundable", d.get("petsNoRefundable", UNSET))
    if "email" not in seen:
        _set(self, "email", d.get("email", UNSET))
    if "contacts" not in seen:
        _contacts = d.get("contacts", UNSET)
        contacts: list[ExternalContact] | Unset = UNSET
        if _contacts is not UNSET:
            contacts = ExternalContact._from_json_list(_contacts)

        _set(self, "contacts", contacts)
    if "rental_agreement" not in seen:
        _set(self, "rental_agreement", d.get("rentalAgreement", UNSET))
    if "chain_code" not in seen:
        _set(self, "chain_code", d.get("chainCode", UNSET))
    if "damage_policy" not in seen:
        _damage_policy = d.get("damagePolicy", UNSET)
        damage_policy: OctorateDamagePolicy | Unset
        if isinstance(_damage_policy, Unset):
            damage_policy = UNSET
        else:
            damage_policy = OctorateDamagePolicy._from_json(_damage_policy)

        _set(self, "damage_policy", damage_policy)
    if "quiet_hours" not in seen:
        _quiet_hours = d.get("quietHours", UNSET)
        quiet_hours: OctorateQuietHours | Unset
        if isinstance(_quiet_hours, Unset):
            quiet_hours = UNSET
        else:
            quiet_hours = OctorateQuietHours._from_json(_quiet_hours)

        _set(self, "quiet_hours", quiet_hours)
    if "french_tax_details" not in seen:
        _french_tax_details = d.get("frenchTaxDetails", UNSET)
        french_tax_details: OctorateFrenchTaxDetails | Unset
        if isinstance(_french_tax_details, Unset):
            french_tax_details = UNSET
        else:
            french_tax_details = OctorateFrenchTaxDetails._from_json(_french_tax_details)

        _set(self, "french_tax_details", french_tax_details)
    if "invoice_settings" not in seen:
        _invoice_settings = d.get("invoiceSettings", UNSET)
        invoice_settings: OctorateInvoiceSettings | Unset
        if isinstance(_invoice_settings, Unset):
            invoice_settings = UNSET
        else:
            invoice_settings = OctorateInvoiceSettings._from_json(_invoice_settings)

        _set(self, "invoice_settings", invoice_settings)
    if "external_property_profile" not in seen:
        _external_property_profile = d.get("externalPropertyProfile", UNSET)
        external_property_profile: ExternalPropertyProfile | Unset
        if isinstance(_external_property_profile, Unset):
            external_property_profile = UNSET
        else:
            external_property_profile = ExternalPropertyProfile._from_json(
                _external_property_profile
            )

        _set(self, "external_property_profile", external_property_profile)
    if "welcome_message" not in seen:
        _welcome_message = d.get("welcomeMessage", UNSET)
        welcome_message: LanguageMap | Unset
        if isinstance(_welcome_message, Unset):
            welcome_message = UNSET
        else:
            welcome_message = LanguageMap._from_json(_welcome_message)

        _set(self, "welcome_message", welcome_message)
    if "neighborhood_info" not in seen:
        _neighborhood_info = d.get("neighborhoodInfo", UNSET)
        neighborhood_info: LanguageMap | Unset
        if isinstance(_neighborhood_info, Unset):
            neighborhood_info = UNSET
        else:
            neighborhood_info = LanguageMap._from_json(_neighborhood_info)

        _set(self, "neighborhood_info", neighborhood_info)
    if "owner_info" not in seen:
        _owner_info = d.get("ownerInfo", UNSET)
        owner_info: LanguageMap | Unset
        if isinstance(_owner_info, Unset):
            owner_info = UNSET
        else:
            owner_info = LanguageMap._from_json(_owner_info)

        _set(self, "owner_info", owner_info)
    if "family_tips" not in seen:
        _family_tips = d.get("familyTips", UNSET)
        family_tips: LanguageMap | Unset
        if isinstance(_family_tips, Unset):
            family_tips = UNSET
        else:
            family_tips = LanguageMap._from_json(_family_tips)

        _set(self, "family_tips", family_tips)
    if "property_checkin_methods" not in seen:
        _property_checkin_methods = d.get("propertyCheckinMethods", UNSET)
        property_checkin_methods: OctoratePropertyCheckinMethods | Unset
        if isinstance(_property_checkin_methods, Unset):
            property_checkin_methods = UNSET
        else:
            property_checkin_methods = OctoratePropertyCheckinMethods._from_json(
                _property_checkin_methods
            )

        _set(self, "property_checkin_methods", property_checkin_methods)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ExternalAccomodation._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "last_update": _load_last_update,
        "property_type": _load_property_type,
        "permission_publish": _load_permission_publish,
        "private_operator": _load_private_operator,
        "room_quantity": _load_room_quantity,
        "payment_methods": _load_payment_methods,
        "spoken_languages": _load_spoken_languages,
        "deposit_policies": _load_deposit_policies,
        "extra_beds": _load_extra_beds,
        "max_extra_beds": _load_max_extra_beds,
        "booking_pets_policy": _load_booking_pets_policy,
        "pets_charge_paid": _load_pets_charge_paid,
        "pets_deposit": _load_pets_deposit,
        "pets_no_refundable": _load_pets_no_refundable,
        "email": _load_email,
        "contacts": _load_contacts,
        "rental_agreement": _load_rental_agreement,
        "chain_code": _load_chain_code,
        "damage_policy": _load_damage_policy,
        "quiet_hours": _load_quiet_hours,
        "french_tax_details": _load_french_tax_details,
        "invoice_settings": _load_invoice_settings,
        "external_property_profile": _load_external_property_profile,
        "welcome_message": _load_welcome_message,
        "neighborhood_info": _load_neighborhood_info,
        "owner_info": _load_owner_info,
        "family_tips": _load_family_tips,
        "property_checkin_methods": _load_property_checkin_methods,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "payment_methods",
        "spoken_languages",
        "deposit_policies",
        "extra_beds",
        "contacts",
        "damage_policy",
        "quiet_hours",
        "french_tax_details",
        "invoice_settings",
        "external_property_profile",
        "welcome_message",
        "neighborhood_info",
        "owner_info",
        "family_tips",
        "property_checkin_methods",
        "additional_properties",
    ),
    keys={
        "last_update": "lastUpdate",
        "property_type": "propertyType",
        "permission_publish": "permissionPublish",
        "private_operator": "privateOperator",
        "room_quantity": "roomQuantity",
        "payment_methods": "paymentMethods",
        "spoken_languages": "spokenLanguages",
        "deposit_policies": "depositPolicies",
        "extra_beds": "extraBeds",
        "max_extra_beds": "maxExtraBeds",
        "booking_pets_policy": "bookingPetsPolicy",
        "pets_charge_paid": "petsChargePaid",
        "pets_deposit": "petsDeposit",
        "pets_no_refundable": "petsNoRefundable",
        "email": "email",
        "contacts": "contacts",
        "rental_agreement": "rentalAgreement",
        "chain_code": "chainCode",
        "damage_policy": "damagePolicy",
        "quiet_hours": "quietHours",
        "french_tax_details": "frenchTaxDetails",
        "invoice_settings": "invoiceSettings",
        "external_property_profile": "externalPropertyProfile",
        "welcome_message": "welcomeMessage",
        "neighborhood_info": "neighborhoodInfo",
        "owner_info": "ownerInfo",
        "family_tips": "familyTips",
        "property_checkin_methods": "propertyCheckinMethods",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.external_accommodation_extra_bed import ExternalAccommodationExtraBed  # noqa: E402
from ..models.external_cancellation_policy import ExternalCancellationPolicy  # noqa: E402
from ..models.external_contact import ExternalContact  # noqa: E402
from ..models.external_property_profile import ExternalPropertyProfile  # noqa: E402
from ..models.language_map import LanguageMap  # noqa: E402
from ..models.octorate_damage_policy import OctorateDamagePolicy  # noqa: E402
from ..models.octorate_french_tax_details import OctorateFrenchTaxDetails  # noqa: E402
from ..models.octorate_invoice_settings import OctorateInvoiceSettings  # noqa: E402
from ..models.octorate_property_checkin_methods import OctoratePropertyCheckinMethods  # noqa: E402
from ..models.octorate_quiet_hours import OctorateQuietHours  # noqa: E402
