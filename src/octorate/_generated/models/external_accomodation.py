from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


T = TypeVar("T", bound="ExternalAccomodation")


@_attrs_define
class ExternalAccomodation:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _last_update = d.pop("lastUpdate", UNSET)
        last_update: datetime.datetime | Unset
        if isinstance(_last_update, Unset):
            last_update = UNSET
        else:
            last_update = parse_datetime(_last_update)

        property_type = d.pop("propertyType", UNSET)

        permission_publish = d.pop("permissionPublish", UNSET)

        private_operator = d.pop("privateOperator", UNSET)

        room_quantity = d.pop("roomQuantity", UNSET)

        payment_methods = cast(list[str], d.pop("paymentMethods", UNSET))

        spoken_languages = cast(list[str], d.pop("spokenLanguages", UNSET))

        _deposit_policies = d.pop("depositPolicies", UNSET)
        deposit_policies: list[ExternalCancellationPolicy] | Unset = UNSET
        if _deposit_policies is not UNSET:
            deposit_policies = []
            for deposit_policies_item_data in _deposit_policies:
                deposit_policies_item = ExternalCancellationPolicy.from_dict(
                    deposit_policies_item_data
                )

                deposit_policies.append(deposit_policies_item)

        _extra_beds = d.pop("extraBeds", UNSET)
        extra_beds: list[ExternalAccommodationExtraBed] | Unset = UNSET
        if _extra_beds is not UNSET:
            extra_beds = []
            for extra_beds_item_data in _extra_beds:
                extra_beds_item = ExternalAccommodationExtraBed.from_dict(extra_beds_item_data)

                extra_beds.append(extra_beds_item)

        max_extra_beds = d.pop("maxExtraBeds", UNSET)

        _booking_pets_policy = d.pop("bookingPetsPolicy", UNSET)
        booking_pets_policy: ExternalAccomodationBookingPetsPolicy | Unset
        if isinstance(_booking_pets_policy, Unset):
            booking_pets_policy = UNSET
        else:
            booking_pets_policy = enum_member(
                ExternalAccomodationBookingPetsPolicy, _booking_pets_policy
            )

        pets_charge_paid = d.pop("petsChargePaid", UNSET)

        pets_deposit = d.pop("petsDeposit", UNSET)

        pets_no_refundable = d.pop("petsNoRefundable", UNSET)

        email = d.pop("email", UNSET)

        _contacts = d.pop("contacts", UNSET)
        contacts: list[ExternalContact] | Unset = UNSET
        if _contacts is not UNSET:
            contacts = []
            for contacts_item_data in _contacts:
                contacts_item = ExternalContact.from_dict(contacts_item_data)

                contacts.append(contacts_item)

        rental_agreement = d.pop("rentalAgreement", UNSET)

        chain_code = d.pop("chainCode", UNSET)

        _damage_policy = d.pop("damagePolicy", UNSET)
        damage_policy: OctorateDamagePolicy | Unset
        if isinstance(_damage_policy, Unset):
            damage_policy = UNSET
        else:
            damage_policy = OctorateDamagePolicy.from_dict(_damage_policy)

        _quiet_hours = d.pop("quietHours", UNSET)
        quiet_hours: OctorateQuietHours | Unset
        if isinstance(_quiet_hours, Unset):
            quiet_hours = UNSET
        else:
            quiet_hours = OctorateQuietHours.from_dict(_quiet_hours)

        _french_tax_details = d.pop("frenchTaxDetails", UNSET)
        french_tax_details: OctorateFrenchTaxDetails | Unset
        if isinstance(_french_tax_details, Unset):
            french_tax_details = UNSET
        else:
            french_tax_details = OctorateFrenchTaxDetails.from_dict(_french_tax_details)

        _invoice_settings = d.pop("invoiceSettings", UNSET)
        invoice_settings: OctorateInvoiceSettings | Unset
        if isinstance(_invoice_settings, Unset):
            invoice_settings = UNSET
        else:
            invoice_settings = OctorateInvoiceSettings.from_dict(_invoice_settings)

        _external_property_profile = d.pop("externalPropertyProfile", UNSET)
        external_property_profile: ExternalPropertyProfile | Unset
        if isinstance(_external_property_profile, Unset):
            external_property_profile = UNSET
        else:
            external_property_profile = ExternalPropertyProfile.from_dict(
                _external_property_profile
            )

        _welcome_message = d.pop("welcomeMessage", UNSET)
        welcome_message: LanguageMap | Unset
        if isinstance(_welcome_message, Unset):
            welcome_message = UNSET
        else:
            welcome_message = LanguageMap.from_dict(_welcome_message)

        _neighborhood_info = d.pop("neighborhoodInfo", UNSET)
        neighborhood_info: LanguageMap | Unset
        if isinstance(_neighborhood_info, Unset):
            neighborhood_info = UNSET
        else:
            neighborhood_info = LanguageMap.from_dict(_neighborhood_info)

        _owner_info = d.pop("ownerInfo", UNSET)
        owner_info: LanguageMap | Unset
        if isinstance(_owner_info, Unset):
            owner_info = UNSET
        else:
            owner_info = LanguageMap.from_dict(_owner_info)

        _family_tips = d.pop("familyTips", UNSET)
        family_tips: LanguageMap | Unset
        if isinstance(_family_tips, Unset):
            family_tips = UNSET
        else:
            family_tips = LanguageMap.from_dict(_family_tips)

        _property_checkin_methods = d.pop("propertyCheckinMethods", UNSET)
        property_checkin_methods: OctoratePropertyCheckinMethods | Unset
        if isinstance(_property_checkin_methods, Unset):
            property_checkin_methods = UNSET
        else:
            property_checkin_methods = OctoratePropertyCheckinMethods.from_dict(
                _property_checkin_methods
            )

        external_accomodation = cls(
            last_update=last_update,
            property_type=property_type,
            permission_publish=permission_publish,
            private_operator=private_operator,
            room_quantity=room_quantity,
            payment_methods=payment_methods,
            spoken_languages=spoken_languages,
            deposit_policies=deposit_policies,
            extra_beds=extra_beds,
            max_extra_beds=max_extra_beds,
            booking_pets_policy=booking_pets_policy,
            pets_charge_paid=pets_charge_paid,
            pets_deposit=pets_deposit,
            pets_no_refundable=pets_no_refundable,
            email=email,
            contacts=contacts,
            rental_agreement=rental_agreement,
            chain_code=chain_code,
            damage_policy=damage_policy,
            quiet_hours=quiet_hours,
            french_tax_details=french_tax_details,
            invoice_settings=invoice_settings,
            external_property_profile=external_property_profile,
            welcome_message=welcome_message,
            neighborhood_info=neighborhood_info,
            owner_info=owner_info,
            family_tips=family_tips,
            property_checkin_methods=property_checkin_methods,
        )

        external_accomodation.additional_properties = d
        return external_accomodation

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
