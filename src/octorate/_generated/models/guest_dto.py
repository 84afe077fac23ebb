from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="GuestDTO")


@_attrs_define
class GuestDTO:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _category = d.pop("category", UNSET)
        category: GuestDTOCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = enum_member(GuestDTOCategory, _category)

        _type_ = d.pop("type", UNSET)
        type_: GuestDTOType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(GuestDTOType, _type_)

        accommodation_id = d.pop("accommodationId", UNSET)

        firstname = d.pop("firstname", UNSET)

        lastname = d.pop("lastname", UNSET)

        fullname = d.pop("fullname", UNSET)

        company = d.pop("company", UNSET)

        fiscal_code = d.pop("fiscalCode", UNSET)

        vat_code = d.pop("vatCode", UNSET)

        address = d.pop("address", UNSET)

        city = d.pop("city", UNSET)

        _birth_country = d.pop("birthCountry", UNSET)
        birth_country: CountryCode | Unset
        if isinstance(_birth_country, Unset):
            birth_country = UNSET
        else:
            birth_country = enum_member(CountryCode, _birth_country)

        birth_city_raw = d.pop("birthCityRaw", UNSET)

        birth_city_id = d.pop("birthCityId", UNSET)

        zip_ = d.pop("zip", UNSET)

        district = d.pop("district", UNSET)

        _sex = d.pop("sex", UNSET)
        sex: GuestDTOSex | Unset
        if isinstance(_sex, Unset):
            sex = UNSET
        else:
            sex = enum_member(GuestDTOSex, _sex)

        mobile = d.pop("mobile", UNSET)

        email = d.pop("email", UNSET)

        document_id = d.pop("documentId", UNSET)

        document_issue_place = d.pop("documentIssuePlace", UNSET)

        color = d.pop("color", UNSET)

        _country = d.pop("country", UNSET)
        country: CountryCode | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = enum_member(CountryCode, _country)

        _birth_date = d.pop("birthDate", UNSET)
        birth_date: datetime.datetime | Unset
        if isinstance(_birth_date, Unset):
            birth_date = UNSET
        else:
            birth_date = parse_datetime(_birth_date)

        notes = d.pop("notes", UNSET)

        birth_place = d.pop("birthPlace", UNSET)

        invoice_agency = d.pop("invoiceAgency", UNSET)

        destination_office = d.pop("destinationOffice", UNSET)

        legal_mail = d.pop("legalMail", UNSET)

        newsletter_concent = d.pop("newsletterConcent", UNSET)

        newsletter_concent_ip = d.pop("newsletterConcentIp", UNSET)

        _newsletter_concent_date = d.pop("newsletterConcentDate", UNSET)
        newsletter_concent_date: datetime.datetime | Unset
        if isinstance(_newsletter_concent_date, Unset):
            newsletter_concent_date = UNSET
        else:
            newsletter_concent_date = parse_datetime(_newsletter_concent_date)

        _document_country = d.pop("documentCountry", UNSET)
        document_country: GuestDTODocumentCountry | Unset
        if isinstance(_document_country, Unset):
            document_country = UNSET
        else:
            document_country = enum_member(GuestDTODocumentCountry, _document_country)

        _document_expire = d.pop("documentExpire", UNSET)
        document_expire: datetime.datetime | Unset
        if isinstance(_document_expire, Unset):
            document_expire = UNSET
        else:
            document_expire = parse_datetime(_document_expire)

        _suggested_payment_mode = d.pop("suggestedPaymentMode", UNSET)
        suggested_payment_mode: GuestDTOSuggestedPaymentMode | Unset
        if isinstance(_suggested_payment_mode, Unset):
            suggested_payment_mode = UNSET
        else:
            suggested_payment_mode = enum_member(
                GuestDTOSuggestedPaymentMode, _suggested_payment_mode
            )

        _payment_condition = d.pop("paymentCondition", UNSET)
        payment_condition: GuestDTOPaymentCondition | Unset
        if isinstance(_payment_condition, Unset):
            payment_condition = UNSET
        else:
            payment_condition = enum_member(GuestDTOPaymentCondition, _payment_condition)

        exclude_commissions = d.pop("excludeCommissions", UNSET)

        exclude_city_tax_agency = d.pop("excludeCityTaxAgency", UNSET)

        exclude_city_tax = d.pop("excludeCityTax", UNSET)

        commission = d.pop("commission", UNSET)

        _commission_policy = d.pop("commissionPolicy", UNSET)
        commission_policy: GuestDTOCommissionPolicy | Unset
        if isinstance(_commission_policy, Unset):
            commission_policy = UNSET
        else:
            commission_policy = enum_member(GuestDTOCommissionPolicy, _commission_policy)

        invoice_to = d.pop("invoiceTo", UNSET)

        _language = d.pop("language", UNSET)
        language: GuestDTOLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = enum_member(GuestDTOLanguage, _language)

        _status = d.pop("status", UNSET)
        status: GuestDTOStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = enum_member(GuestDTOStatus, _status)

        document_type_id = d.pop("documentTypeId", UNSET)

        reservation_guest_category_id = d.pop("reservationGuestCategoryId", UNSET)

        reservation_guest_refer_id = d.pop("reservationGuestReferId", UNSET)

        rate_plan_id = d.pop("ratePlanId", UNSET)

        external_guest_id = d.pop("externalGuestId", UNSET)

        manage_commission_payment_ota = d.pop("manageCommissionPaymentOta", UNSET)

        guest_dto = cls(
            id=id,
            category=category,
            type_=type_,
            accommodation_id=accommodation_id,
            firstname=firstname,
            lastname=lastname,
            fullname=fullname,
            company=company,
            fiscal_code=fiscal_code,
            vat_code=vat_code,
            address=address,
            city=city,
            birth_country=birth_country,
            birth_city_raw=birth_city_raw,
            birth_city_id=birth_city_id,
            zip_=zip_,
            district=district,
            sex=sex,
            mobile=mobile,
            email=email,
            document_id=document_id,
            document_issue_place=document_issue_place,
            color=color,
            country=country,
            birth_date=birth_date,
            notes=notes,
            birth_place=birth_place,
            invoice_agency=invoice_agency,
            destination_office=destination_office,
            legal_mail=legal_mail,
            newsletter_concent=newsletter_concent,
            newsletter_concent_ip=newsletter_concent_ip,
            newsletter_concent_date=newsletter_concent_date,
            document_country=document_country,
            document_expire=document_expire,
            suggested_payment_mode=suggested_payment_mode,
            payment_condition=payment_condition,
            exclude_commissions=exclude_commissions,
            exclude_city_tax_agency=exclude_city_tax_agency,
            exclude_city_tax=exclude_city_tax,
            commission=commission,
            commission_policy=commission_policy,
            invoice_to=invoice_to,
            language=language,
            status=status,
            document_type_id=document_type_id,
            reservation_guest_category_id=reservation_guest_category_id,
            reservation_guest_refer_id=reservation_guest_refer_id,
            rate_plan_id=rate_plan_id,
            external_guest_id=external_guest_id,
            manage_commission_payment_ota=manage_commission_payment_ota,
        )

        guest_dto.additional_properties = d
        return guest_dto

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
