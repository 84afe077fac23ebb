from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.country_code import CountryCode
from ..models.guest_dto_category import GuestDTOCategory
from ..models.guest_dto_commission_policy import GuestDTOCommissionPolicy
from ..models.guest_dto_document_country import GuestDTODocumentCountry
from ..models.guest_dto_language import GuestDTOLanguage
from ..models.guest_dto_payment_condition import GuestDTOPaymentCondition
from ..models.guest_dto_sex import GuestDTOSex
from ..models.guest_dto_status import GuestDTOStatus
from ..models.guest_dto_suggested_payment_mode import GuestDTOSuggestedPaymentMode
from ..models.guest_dto_type import GuestDTOType
from ..types import UNSET, Unset, enum_member, parse_datetime


@_attrs_define
class GuestDTO(LazyModel):
    """
    Attributes:
        id (int): Reference inside our system Example: 17.
        category (GuestDTOCategory | Unset): The category Example: TRAVEL_AGENCY.
        type_ (GuestDTOType | Unset): The type Example: REAL.
        accommodation_id (str | Unset): The accommodation id Example: 999999.
        firstname (str | Unset): The firstname Example: Mario.
        lastname (str | Unset): The lastname Example: Rossi.
        fullname (str | Unset): A user friendly string to describe this guest Example: Rossi Mario.
        company (str | Unset): The company
        fiscal_code (str | Unset): The fiscal code
        vat_code (str | Unset): The VAT code
        address (str | Unset): The address
        city (str | Unset): The city
        birth_country (CountryCode | Unset): ISO 3166-1 alpha-2 country code, as Octorate lists them.
        birth_city_raw (str | Unset): The birth city raw
        birth_city_id (int | Unset): The birth city id
        zip_ (str | Unset): The zip
        district (str | Unset): The district
        sex (GuestDTOSex | Unset): The sex
        mobile (str | Unset): The mobile
        email (str | Unset): The email
        document_id (str | Unset): The document id
        document_issue_place (str | Unset): The document issue place
        color (str | Unset): The color
        country (CountryCode | Unset): ISO 3166-1 alpha-2 country code, as Octorate lists them.
        birth_date (datetime.datetime | Unset): The birth date in UTC (ISO8601)
        notes (str | Unset): The notes
        birth_place (str | Unset): The birth place
        invoice_agency (bool | Unset):
        destination_office (str | Unset): The destination office
        legal_mail (str | Unset): The legal mail
        newsletter_concent (bool | Unset): true if newsletter enabled
        newsletter_concent_ip (str | Unset): The newsletter concent ip
        newsletter_concent_date (datetime.datetime | Unset): The newsletter concent date in UTC (ISO8601)
        document_country (GuestDTODocumentCountry | Unset): The document country
        document_expire (datetime.datetime | Unset): The document expire date in UTC (ISO8601)
        suggested_payment_mode (GuestDTOSuggestedPaymentMode | Unset): The suggested payment mode
        payment_condition (GuestDTOPaymentCondition | Unset): The payment condition
        exclude_commissions (bool | Unset):
        exclude_city_tax_agency (bool | Unset):
        exclude_city_tax (bool | Unset):
        commission (float | Unset): The commission
        commission_policy (GuestDTOCommissionPolicy | Unset): The commission policy
        invoice_to (int | Unset): The invoice to
        language (GuestDTOLanguage | Unset): The language
        status (GuestDTOStatus | Unset): The status
        document_type_id (int | Unset): The police document type id
        reservation_guest_category_id (int | Unset): The reservation guest category id
        reservation_guest_refer_id (int | Unset): The reservation guest refer id
        rate_plan_id (int | Unset): The rate plan id
        external_guest_id (int | Unset): The external guest id
        manage_commission_payment_ota (bool | Unset): whether the commission is always included as payment
    """

    id: int
    category: GuestDTOCategory | Unset = UNSET
    type_: GuestDTOType | Unset = UNSET
    accommodation_id: str | Unset = UNSET
    firstname: str | Unset = UNSET
    lastname: str | Unset = UNSET
    fullname: str | Unset = UNSET
    company: str | Unset = UNSET
    fiscal_code: str | Unset = UNSET
    vat_code: str | Unset = UNSET
    address: str | Unset = UNSET
    city: str | Unset = UNSET
    birth_country: CountryCode | Unset = UNSET
    birth_city_raw: str | Unset = UNSET
    birth_city_id: int | Unset = UNSET
    zip_: str | Unset = UNSET
    district: str | Unset = UNSET
    sex: GuestDTOSex | Unset = UNSET
    mobile: str | Unset = UNSET
    email: str | Unset = UNSET
    document_id: str | Unset = UNSET
    document_issue_place: str | Unset = UNSET
    color: str | Unset = UNSET
    country: CountryCode | Unset = UNSET
    birth_date: datetime.datetime | Unset = UNSET
    notes: str | Unset = UNSET
    birth_place: str | Unset = UNSET
    invoice_agency: bool | Unset = UNSET
    destination_office: str | Unset = UNSET
    legal_mail: str | Unset = UNSET
    newsletter_concent: bool | Unset = UNSET
    newsletter_concent_ip: str | Unset = UNSET
    newsletter_concent_date: datetime.datetime | Unset = UNSET
    document_country: GuestDTODocumentCountry | Unset = UNSET
    document_expire: datetime.datetime | Unset = UNSET
    suggested_payment_mode: GuestDTOSuggestedPaymentMode | Unset = UNSET
    payment_condition: GuestDTOPaymentCondition | Unset = UNSET
    exclude_commissions: bool | Unset = UNSET
    exclude_city_tax_agency: bool | Unset = UNSET
    exclude_city_tax: bool | Unset = UNSET
    commission: float | Unset = UNSET
    commission_policy: GuestDTOCommissionPolicy | Unset = UNSET
    invoice_to: int | Unset = UNSET
    language: GuestDTOLanguage | Unset = UNSET
    status: GuestDTOStatus | Unset = UNSET
    document_type_id: int | Unset = UNSET
    reservation_guest_category_id: int | Unset = UNSET
    reservation_guest_refer_id: int | Unset = UNSET
    rate_plan_id: int | Unset = UNSET
    external_guest_id: int | Unset = UNSET
    manage_commission_payment_ota: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        id = self.id

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        accommodation_id = self.accommodation_id

        firstname = self.firstname

        lastname = self.lastname

        fullname = self.fullname

        company = self.company

        fiscal_code = self.fiscal_code

        vat_code = self.vat_code

        address = self.address

        city = self.city

        birth_country: str | Unset = UNSET
        if not isinstance(self.birth_country, Unset):
            birth_country = self.birth_country.value

        birth_city_raw = self.birth_city_raw

        birth_city_id = self.birth_city_id

        zip_ = self.zip_

        district = self.district

        sex: str | Unset = UNSET
        if not isinstance(self.sex, Unset):
            sex = self.sex.value

        mobile = self.mobile

        email = self.email

        document_id = self.document_id

        document_issue_place = self.document_issue_place

        color = self.color

        country: str | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.value

        birth_date: str | Unset = UNSET
        if not isinstance(self.birth_date, Unset):
            birth_date = self.birth_date.isoformat()

        notes = self.notes

        birth_place = self.birth_place

        invoice_agency = self.invoice_agency

        destination_office = self.destination_office

        legal_mail = self.legal_mail

        newsletter_concent = self.newsletter_concent

        newsletter_concent_ip = self.newsletter_concent_ip

        newsletter_concent_date: str | Unset = UNSET
        if not isinstance(self.newsletter_concent_date, Unset):
            newsletter_concent_date = self.newsletter_concent_date.isoformat()

        document_country: str | Unset = UNSET
        if not isinstance(self.document_country, Unset):
            document_country = self.document_country.value

        document_expire: str | Unset = UNSET
        if not isinstance(self.document_expire, Unset):
            document_expire = self.document_expire.isoformat()

        suggested_payment_mode: str | Unset = UNSET
        if not isinstance(self.suggested_payment_mode, Unset):
            suggested_payment_mode = self.suggested_payment_mode.value

        payment_condition: str | Unset = UNSET
        if not isinstance(self.payment_condition, Unset):
            payment_condition = self.payment_condition.value

        exclude_commissions = self.exclude_commissions

        exclude_city_tax_agency = self.exclude_city_tax_agency

        exclude_city_tax = self.exclude_city_tax

        commission = self.commission

        commission_policy: str | Unset = UNSET
        if not isinstance(self.commission_policy, Unset):
            commission_policy = self.commission_policy.value

        invoice_to = self.invoice_to

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        document_type_id = self.document_type_id

        reservation_guest_category_id = self.reservation_guest_category_id

        reservation_guest_refer_id = self.reservation_guest_refer_id

        rate_plan_id = self.rate_plan_id

        external_guest_id = self.external_guest_id

        manage_commission_payment_ota = self.manage_commission_payment_ota

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if type_ is not UNSET:
            field_dict["type"] = type_
        if accommodation_id is not UNSET:
            field_dict["accommodationId"] = accommodation_id
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if fullname is not UNSET:
            field_dict["fullname"] = fullname
        if company is not UNSET:
            field_dict["company"] = company
        if fiscal_code is not UNSET:
            field_dict["fiscalCode"] = fiscal_code
        if vat_code is not UNSET:
            field_dict["vatCode"] = vat_code
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if birth_country is not UNSET:
            field_dict["birthCountry"] = birth_country
        if birth_city_raw is not UNSET:
            field_dict["birthCityRaw"] = birth_city_raw
        if birth_city_id is not UNSET:
            field_dict["birthCityId"] = birth_city_id
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if district is not UNSET:
            field_dict["district"] = district
        if sex is not UNSET:
            field_dict["sex"] = sex
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if email is not UNSET:
            field_dict["email"] = email
        if document_id is not UNSET:
            field_dict["documentId"] = document_id
        if document_issue_place is not UNSET:
            field_dict["documentIssuePlace"] = document_issue_place
        if color is not UNSET:
            field_dict["color"] = color
        if country is not UNSET:
            field_dict["country"] = country
        if birth_date is not UNSET:
            field_dict["birthDate"] = birth_date
        if notes is not UNSET:
            field_dict["notes"] = notes
        if birth_place is not UNSET:
            field_dict["birthPlace"] = birth_place
        if invoice_agency is not UNSET:
            field_dict["invoiceAgency"] = invoice_agency
        if destination_office is not UNSET:
            field_dict["destinationOffice"] = destination_office
        if legal_mail is not UNSET:
            field_dict["legalMail"] = legal_mail
        if newsletter_concent is not UNSET:
            field_dict["newsletterConcent"] = newsletter_concent
        if newsletter_concent_ip is not UNSET:
            field_dict["newsletterConcentIp"] = newsletter_concent_ip
        if newsletter_concent_date is not UNSET:
            field_dict["newsletterConcentDate"] = newsletter_concent_date
        if document_country is not UNSET:
            field_dict["documentCountry"] = document_country
        if document_expire is not UNSET:
            field_dict["documentExpire"] = document_expire
        if suggested_payment_mode is not UNSET:
            field_dict["suggestedPaymentMode"] = suggested_payment_mode
        if payment_condition is not UNSET:
            field_dict["paymentCondition"] = payment_condition
        if exclude_commissions is not UNSET:
            field_dict["excludeCommissions"] = exclude_commissions
        if exclude_city_tax_agency is not UNSET:
            field_dict["excludeCityTaxAgency"] = exclude_city_tax_agency
        if exclude_city_tax is not UNSET:
            field_dict["excludeCityTax"] = exclude_city_tax
        if commission is not UNSET:
            field_dict["commission"] = commission
        if commission_policy is not UNSET:
            field_dict["commissionPolicy"] = commission_policy
        if invoice_to is not UNSET:
            field_dict["invoiceTo"] = invoice_to
        if language is not UNSET:
            field_dict["language"] = language
        if status is not UNSET:
            field_dict["status"] = status
        if document_type_id is not UNSET:
            field_dict["documentTypeId"] = document_type_id
        if reservation_guest_category_id is not UNSET:
            field_dict["reservationGuestCategoryId"] = reservation_guest_category_id
        if reservation_guest_refer_id is not UNSET:
            field_dict["reservationGuestReferId"] = reservation_guest_refer_id
        if rate_plan_id is not UNSET:
            field_dict["ratePlanId"] = rate_plan_id
        if external_guest_id is not UNSET:
            field_dict["externalGuestId"] = external_guest_id
        if manage_commission_payment_ota is not UNSET:
            field_dict["manageCommissionPaymentOta"] = manage_commission_payment_ota

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


def _load_id(d: Mapping[str, Any]) -> int:
    return d["id"]


def _load_category(d: Mapping[str, Any]) -> GuestDTOCategory | Unset:
    _category = d.get("category", UNSET)
    category: GuestDTOCategory | Unset
    if isinstance(_category, Unset):
        category = UNSET
    else:
        category = enum_member(GuestDTOCategory, _category)

    return category


def _load_type_(d: Mapping[str, Any]) -> GuestDTOType | Unset:
    _type_ = d.get("type", UNSET)
    type_: GuestDTOType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = enum_member(GuestDTOType, _type_)

    return type_


def _load_accommodation_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("accommodationId", UNSET)


def _load_firstname(d: Mapping[str, Any]) -> str | Unset:
    return d.get("firstname", UNSET)


def _load_lastname(d: Mapping[str, Any]) -> str | Unset:
    return d.get("lastname", UNSET)


def _load_fullname(d: Mapping[str, Any]) -> str | Unset:
    return d.get("fullname", UNSET)


def _load_company(d: Mapping[str, Any]) -> str | Unset:
    return d.get("company", UNSET)


def _load_fiscal_code(d: Mapping[str, Any]) -> str | Unset:
    return d.get("fiscalCode", UNSET)


def _load_vat_code(d: Mapping[str, Any]) -> str | Unset:
    return d.get("vatCode", UNSET)


def _load_address(d: Mapping[str, Any]) -> str | Unset:
    return d.get("address", UNSET)


def _load_city(d: Mapping[str, Any]) -> str | Unset:
    return d.get("city", UNSET)


def _load_birth_country(d: Mapping[str, Any]) -> CountryCode | Unset:
    _birth_country = d.get("birthCountry", UNSET)
    birth_country: CountryCode | Unset
    if isinstance(_birth_country, Unset):
        birth_country = UNSET
    else:
        birth_country = enum_member(CountryCode, _birth_country)

    return birth_country


def _load_birth_city_raw(d: Mapping[str, Any]) -> str | Unset:
    return d.get("birthCityRaw", UNSET)


def _load_birth_city_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("birthCityId", UNSET)


def _load_zip_(d: Mapping[str, Any]) -> str | Unset:
    return d.get("zip", UNSET)


def _load_district(d: Mapping[str, Any]) -> str | Unset:
    return d.get("district", UNSET)


def _load_sex(d: Mapping[str, Any]) -> GuestDTOSex | Unset:
    _sex = d.get("sex", UNSET)
    sex: GuestDTOSex | Unset
    if isinstance(_sex, Unset):
        sex = UNSET
    else:
        sex = enum_member(GuestDTOSex, _sex)

    return sex


def _load_mobile(d: Mapping[str, Any]) -> str | Unset:
    return d.get("mobile", UNSET)


def _load_email(d: Mapping[str, Any]) -> str | Unset:
    return d.get("email", UNSET)


def _load_document_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("documentId", UNSET)


def _load_document_issue_place(d: Mapping[str, Any]) -> str | Unset:
    return d.get("documentIssuePlace", UNSET)


def _load_color(d: Mapping[str, Any]) -> str | Unset:
    return d.get("color", UNSET)


def _load_country(d: Mapping[str, Any]) -> CountryCode | Unset:
    _country = d.get("country", UNSET)
    country: CountryCode | Unset
    if isinstance(_country, Unset):
        country = UNSET
    else:
        country = enum_member(CountryCode, _country)

    return country


def _load_birth_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _birth_date = d.get("birthDate", UNSET)
    birth_date: datetime.datetime | Unset
    if isinstance(_birth_date, Unset):
        birth_date = UNSET
    else:
        birth_date = parse_datetime(_birth_date)

    return birth_date


def _load_notes(d: Mapping[str, Any]) -> str | Unset:
    return d.get("notes", UNSET)


def _load_birth_place(d: Mapping[str, Any]) -> str | Unset:
    return d.get("birthPlace", UNSET)


def _load_invoice_agency(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("invoiceAgency", UNSET)


def _load_destination_office(d: Mapping[str, Any]) -> str | Unset:
    return d.get("destinationOffice", UNSET)


def _load_legal_mail(d: Mapping[str, Any]) -> str | Unset:
    return d.get("legalMail", UNSET)


def _load_newsletter_concent(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("newsletterConcent", UNSET)


def _load_newsletter_concent_ip(d: Mapping[str, Any]) -> str | Unset:
    return d.get("newsletterConcentIp", UNSET)


def _load_newsletter_concent_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _newsletter_concent_date = d.get("newsletterConcentDate", UNSET)
    newsletter_concent_date: datetime.datetime | Unset
    if isinstance(_newsletter_concent_date, Unset):
        newsletter_concent_date = UNSET
    else:
        newsletter_concent_date = parse_datetime(_newsletter_concent_date)

    return newsletter_concent_date


def _load_document_country(d: Mapping[str, Any]) -> GuestDTODocumentCountry | Unset:
    _document_country = d.get("documentCountry", UNSET)
    document_country: GuestDTODocumentCountry | Unset
    if isinstance(_document_country, Unset):
        document_country = UNSET
    else:
        document_country = enum_member(GuestDTODocumentCountry, _document_country)

    return document_country


def _load_document_expire(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _document_expire = d.get("documentExpire", UNSET)
    document_expire: datetime.datetime | Unset
    if isinstance(_document_expire, Unset):
        document_expire = UNSET
    else:
        document_expire = parse_datetime(_document_expire)

    return document_expire


def _load_suggested_payment_mode(d: Mapping[str, Any]) -> GuestDTOSuggestedPaymentMode | Unset:
    _suggested_payment_mode = d.get("suggestedPaymentMode", UNSET)
    suggested_payment_mode: GuestDTOSuggestedPaymentMode | Unset
    if isinstance(_suggested_payment_mode, Unset):
        suggested_payment_mode = UNSET
    else:
        suggested_payment_mode = enum_member(GuestDTOSuggestedPaymentMode, _suggested_payment_mode)

    return suggested_payment_mode


def _load_payment_condition(d: Mapping[str, Any]) -> GuestDTOPaymentCondition | Unset:
    _payment_condition = d.get("paymentCondition", UNSET)
    payment_condition: GuestDTOPaymentCondition | Unset
    if isinstance(_payment_condition, Unset):
        payment_condition = UNSET
    else:
        payment_condition = enum_member(GuestDTOPaymentCondition, _payment_condition)

    return payment_condition


def _load_exclude_commissions(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("excludeCommissions", UNSET)


def _load_exclude_city_tax_agency(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("excludeCityTaxAgency", UNSET)


def _load_exclude_city_tax(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("excludeCityTax", UNSET)


def _load_commission(d: Mapping[str, Any]) -> float | Unset:
    return d.get("commission", UNSET)


def _load_commission_policy(d: Mapping[str, Any]) -> GuestDTOCommissionPolicy | Unset:
    _commission_policy = d.get("commissionPolicy", UNSET)
    commission_policy: GuestDTOCommissionPolicy | Unset
    if isinstance(_commission_policy, Unset):
        commission_policy = UNSET
    else:
        commission_policy = enum_member(GuestDTOCommissionPolicy, _commission_policy)

    return commission_policy


def _load_invoice_to(d: Mapping[str, Any]) -> int | Unset:
    return d.get("invoiceTo", UNSET)


def _load_language(d: Mapping[str, Any]) -> GuestDTOLanguage | Unset:
    _language = d.get("language", UNSET)
    language: GuestDTOLanguage | Unset
    if isinstance(_language, Unset):
        language = UNSET
    else:
        language = enum_member(GuestDTOLanguage, _language)

    return language


def _load_status(d: Mapping[str, Any]) -> GuestDTOStatus | Unset:
    _status = d.get("status", UNSET)
    status: GuestDTOStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = enum_member(GuestDTOStatus, _status)

    return status


def _load_document_type_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("documentTypeId", UNSET)


def _load_reservation_guest_category_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("reservationGuestCategoryId", UNSET)


def _load_reservation_guest_refer_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("reservationGuestReferId", UNSET)


def _load_rate_plan_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("ratePlanId", UNSET)


def _load_external_guest_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("externalGuestId", UNSET)


def _load_manage_commission_payment_ota(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("manageCommissionPaymentOta", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "id",
        "category",
        "type",
        "accommodationId",
        "firstname",
        "lastname",
        "fullname",
        "company",
        "fiscalCode",
        "vatCode",
        "address",
        "city",
        "birthCountry",
        "birthCityRaw",
        "birthCityId",
        "zip",
        "district",
        "sex",
        "mobile",
        "email",
        "documentId",
        "documentIssuePlace",
        "color",
        "country",
        "birthDate",
        "notes",
        "birthPlace",
        "invoiceAgency",
        "destinationOffice",
        "legalMail",
        "newsletterConcent",
        "newsletterConcentIp",
        "newsletterConcentDate",
        "documentCountry",
        "documentExpire",
        "suggestedPaymentMode",
        "paymentCondition",
        "excludeCommissions",
        "excludeCityTaxAgency",
        "excludeCityTax",
        "commission",
        "commissionPolicy",
        "invoiceTo",
        "language",
        "status",
        "documentTypeId",
        "reservationGuestCategoryId",
        "reservationGuestReferId",
        "ratePlanId",
        "externalGuestId",
        "manageCommissionPaymentOta",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: GuestDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d["id"])
    if "category" not in seen:
        _category = d.get("category", UNSET)
        category: GuestDTOCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = enum_member(GuestDTOCategory, _category)

        _set(self, "category", category)
    if "type_" not in seen:
        _type_ = d.get("type", UNSET)
        type_: GuestDTOType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(GuestDTOType, _type_)

        _set(self, "type_", type_)
    if "accommodation_id" not in seen:
        _set(self, "accommodation_id", d.get("accommodationId", UNSET))
    if "firstname" not in seen:
        _set(self, "firstname", d.get("firstname", UNSET))
    if "lastname" not in seen:
        _set(self, "lastname", d.get("lastname", UNSET))
    if "fullname" not in seen:
        _set(self, "fullname", d.get("fullname", UNSET))
    if "company" not in seen:
        _set(self, "company", d.get("company", UNSET))
    if "fiscal_code" not in seen:
        _set(self, "fiscal_code", d.get("fiscalCode", UNSET))
    if "vat_code" not in seen:
        _set(self, "vat_code", d.get("vatCode", UNSET))
    if "address" not in seen:
        _set(self, "address", d.get("address", UNSET))
    if "city" not in seen:
        _set(self, "city", d.get("city", UNSET))
    if "birth_country" not in seen:
        _birth_country = d.get("birthCountry", UNSET)
        birth_country: CountryCode | Unset
        if isinstance(_birth_country, Unset):
            birth_country = UNSET
        else:
            birth_country = enum_member(CountryCode, _birth_country)

        _set(self, "birth_country", birth_country)
    if "birth_city_raw" not in seen:
        _set(self, "birth_city_raw", d.get("birthCityRaw", UNSET))
    if "birth_city_id" not in seen:
        _set(self, "birth_city_id", d.get("birthCityId", UNSET))
    if "zip_" not in seen:
        _set(self, "zip_", d.get("zip", UNSET))
    if "district" not in seen:
        _set(self, "district", d.get("district", UNSET))
    if "sex" not in seen:
        _sex = d.get("sex", UNSET)
        sex: GuestDTOSex | Unset
        if isinstance(_sex, Unset):
            sex = UNSET
        else:
            sex = enum_member(GuestDTOSex, _sex)

        _set(self, "sex", sex)
    if "mobile" not in seen:
        _set(self, "mobile", d.get("mobile", UNSET))
    if "email" not in seen:
        _set(self, "email", d.get("email", UNSET))
    if "document_id" not in seen:
        _set(self, "document_id", d.get("documentId", UNSET))
    if "document_issue_place" not in seen:
        _set(self, "document_issue_place", d.get("documentIssuePlace", UNSET))
    if "color" not in seen:
        _set(self, "color", d.get("color", UNSET))
    if "country" not in seen:
        _country = d.get("country", UNSET)
        country: CountryCode | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = enum_member(CountryCode, _country)

        _set(self, "country", country)
    if "birth_date" not in seen:
        _birth_date = d.get("birthDate", UNSET)
        birth_date: datetime.datetime | Unset
        if isinstance(_birth_date, Unset):
            birth_date = UNSET
        else:
            birth_date = parse_datetime(_birth_date)

        _set(self, "birth_date", birth_date)
    if "notes" not in seen:
        _set(self, "notes", d.get("notes", UNSET))
    if "birth_place" not in seen:
        _set(self, "birth_place", d.get("birthPlace", UNSET))
    if "invoice_agency" not in seen:
        _set(self, "invoice_agency", d.get("invoiceAgency", UNSET))
    if "destination_office" not in seen:
        _set(self, "destination_office", d.get("destinationOffice", UNSET))
    if "legal_mail" not in seen:
        _set(self, "legal_mail", d.get("legalMail", UNSET))
    if "newsletter_concent" not in seen:
        _set(self, "newsletter_concent", d.get("newsletterConcent", UNSET))
    if "newsletter_concent_ip" not in seen:
        _set(self, "newsletter_concent_ip", d.get("newsletterConcentIp", UNSET))
    if "newsletter_concent_date" not in seen:
        _newsletter_concent_date = d.get("newsletterConcentDate", UNSET)
        newsletter_concent_date: datetime.datetime | Unset
        if isinstance(_newsletter_concent_date, Unset):
            newsletter_concent_date = UNSET
        else:
            newsletter_concent_date = parse_datetime(_newsletter_concent_date)

        _set(self, "newsletter_concent_date", newsletter_concent_date)
    if "document_country" not in seen:
        _document_country = d.get("documentCountry", UNSET)
        document_country: GuestDTODocumentCountry | Unset
        if isinstance(_document_country, Unset):
            document_country = UNSET
        else:
            document_country = enum_member(GuestDTODocumentCountry, _document_country)

        _set(self, "document_country", document_country)
    if "document_expire" not in seen:
        _document_expire = d.get("documentExpire", UNSET)
        document_expire: datetime.datetime | Unset
        if isinstance(_document_expire, Unset):
            document_expire = UNSET
        else:
            document_expire = parse_datetime(_document_expire)

        _set(self, "document_expire", document_expire)
    if "suggested_payment_mode" not in seen:
        _suggested_payment_mode = d.get("suggestedPaymentMode", UNSET)
        suggested_payment_mode: GuestDTOSuggestedPaymentMode | Unset
        if isinstance(_suggested_payment_mode, Unset):
            suggested_payment_mode = UNSET
        else:
            suggested_payment_mode = enum_member(
                GuestDTOSuggestedPaymentMode, _suggested_payment_mode
            )

        _set(self, "suggested_payment_mode", suggested_payment_mode)
    if "payment_condition" not in seen:
        _payment_condition = d.get("paymentCondition", UNSET)
        payment_condition: GuestDTOPaymentCondition | Unset
        if isinstance(_payment_condition, Unset):
            payment_condition = UNSET
        else:
            payment_condition = enum_member(GuestDTOPaymentCondition, _payment_condition)

        _set(self, "payment_condition", payment_condition)
    if "exclude_commissions" not in seen:
        _set(self, "exclude_commissions", d.get("excludeCommissions", UNSET))
    if "exclude_city_tax_agency" not in seen:
        _set(self, "exclude_city_tax_agency", d.get("excludeCityTaxAgency", UNSET))
    if "exclude_city_tax" not in seen:
        _set(self, "exclude_city_tax", d.get("excludeCityTax", UNSET))
    if "commission" not in seen:
        _set(self, "commission", d.get("commission", UNSET))
    if "commission_policy" not in seen:
        _commission_policy = d.get("commissionPolicy", UNSET)
        commission_policy: GuestDTOCommissionPolicy | Unset
        if isinstance(_commission_policy, Unset):
            commission_policy = UNSET
        else:
            commission_policy = enum_member(GuestDTOCommissionPolicy, _commission_policy)

        _set(self, "commission_policy", commission_policy)
    if "invoice_to" not in seen:
        _set(self, "invoice_to", d.get("invoiceTo", UNSET))
    if "language" not in seen:
        _language = d.get("language", UNSET)
        language: GuestDTOLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = enum_member(GuestDTOLanguage, _language)

        _set(self, "language", language)
    if "status" not in seen:
        _status = d.get("status", UNSET)
        status: GuestDTOStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = enum_member(GuestDTOStatus, _status)

        _set(self, "status", status)
    if "document_type_id" not in seen:
        _set(self, "document_type_id", d.get("documentTypeId", UNSET))
    if "reservation_guest_category_id" not in seen:
        _set(self, "reservation_guest_category_id", d.get("reservationGuestCategoryId", UNSET))
    if "reservation_guest_refer_id" not in seen:
        _set(self, "reservation_guest_refer_id", d.get("reservationGuestReferId", UNSET))
    if "rate_plan_id" not in seen:
        _set(self, "rate_plan_id", d.get("ratePlanId", UNSET))
    if "external_guest_id" not in seen:
        _set(self, "external_guest_id", d.get("externalGuestId", UNSET))
    if "manage_commission_payment_ota" not in seen:
        _set(self, "manage_commission_payment_ota", d.get("manageCommissionPaymentOta", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


GuestDTO._octorate_fields = FieldTable(
    required=frozenset(("id",)),
    loaders={
        "id": _load_id,
        "category": _load_category,
        "type_": _load_type_,
        "accommodation_id": _load_accommodation_id,
        "firstname": _load_firstname,
        "lastname": _load_lastname,
        "fullname": _load_fullname,
        "company": _load_company,
        "fiscal_code": _load_fiscal_code,
        "vat_code": _load_vat_code,
        "address": _load_address,
        "city": _load_city,
        "birth_country": _load_birth_country,
        "birth_city_raw": _load_birth_city_raw,
        "birth_city_id": _load_birth_city_id,
        "zip_": _load_zip_,
        "district": _load_district,
        "sex": _load_sex,
        "mobile": _load_mobile,
        "email": _load_email,
        "document_id": _load_document_id,
        "document_issue_place": _load_document_issue_place,
        "color": _load_color,
        "country": _load_country,
        "birth_date": _load_birth_date,
        "notes": _load_notes,
        "birth_place": _load_birth_place,
        "invoice_agency": _load_invoice_agency,
        "destination_office": _load_destination_office,
        "legal_mail": _load_legal_mail,
        "newsletter_concent": _load_newsletter_concent,
        "newsletter_concent_ip": _load_newsletter_concent_ip,
        "newsletter_concent_date": _load_newsletter_concent_date,
        "document_country": _load_document_country,
        "document_expire": _load_document_expire,
        "suggested_payment_mode": _load_suggested_payment_mode,
        "payment_condition": _load_payment_condition,
        "exclude_commissions": _load_exclude_commissions,
        "exclude_city_tax_agency": _load_exclude_city_tax_agency,
        "exclude_city_tax": _load_exclude_city_tax,
        "commission": _load_commission,
        "commission_policy": _load_commission_policy,
        "invoice_to": _load_invoice_to,
        "language": _load_language,
        "status": _load_status,
        "document_type_id": _load_document_type_id,
        "reservation_guest_category_id": _load_reservation_guest_category_id,
        "reservation_guest_refer_id": _load_reservation_guest_refer_id,
        "rate_plan_id": _load_rate_plan_id,
        "external_guest_id": _load_external_guest_id,
        "manage_commission_payment_ota": _load_manage_commission_payment_ota,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "id": "id",
        "category": "category",
        "type_": "type",
        "accommodation_id": "accommodationId",
        "firstname": "firstname",
        "lastname": "lastname",
        "fullname": "fullname",
        "company": "company",
        "fiscal_code": "fiscalCode",
        "vat_code": "vatCode",
        "address": "address",
        "city": "city",
        "birth_country": "birthCountry",
        "birth_city_raw": "birthCityRaw",
        "birth_city_id": "birthCityId",
        "zip_": "zip",
        "district": "district",
        "sex": "sex",
        "mobile": "mobile",
        "email": "email",
        "document_id": "documentId",
        "document_issue_place": "documentIssuePlace",
        "color": "color",
        "country": "country",
        "birth_date": "birthDate",
        "notes": "notes",
        "birth_place": "birthPlace",
        "invoice_agency": "invoiceAgency",
        "destination_office": "destinationOffice",
        "legal_mail": "legalMail",
        "newsletter_concent": "newsletterConcent",
        "newsletter_concent_ip": "newsletterConcentIp",
        "newsletter_concent_date": "newsletterConcentDate",
        "document_country": "documentCountry",
        "document_expire": "documentExpire",
        "suggested_payment_mode": "suggestedPaymentMode",
        "payment_condition": "paymentCondition",
        "exclude_commissions": "excludeCommissions",
        "exclude_city_tax_agency": "excludeCityTaxAgency",
        "exclude_city_tax": "excludeCityTax",
        "commission": "commission",
        "commission_policy": "commissionPolicy",
        "invoice_to": "invoiceTo",
        "language": "language",
        "status": "status",
        "document_type_id": "documentTypeId",
        "reservation_guest_category_id": "reservationGuestCategoryId",
        "reservation_guest_refer_id": "reservationGuestReferId",
        "rate_plan_id": "ratePlanId",
        "external_guest_id": "externalGuestId",
        "manage_commission_payment_ota": "manageCommissionPaymentOta",
    },
)
