from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_reservation_guest_dto_accommodated_type import (
    ApiReservationGuestDTOAccommodatedType,
)
from ..models.api_reservation_guest_dto_age_range import ApiReservationGuestDTOAgeRange
from ..models.api_reservation_guest_dto_city_tax_exemption import (
    ApiReservationGuestDTOCityTaxExemption,
)
from ..models.api_reservation_guest_dto_degree import ApiReservationGuestDTODegree
from ..models.api_reservation_guest_dto_family_relationship_type import (
    ApiReservationGuestDTOFamilyRelationshipType,
)
from ..models.api_reservation_guest_dto_language import ApiReservationGuestDTOLanguage
from ..models.api_reservation_guest_dto_sex import ApiReservationGuestDTOSex
from ..models.api_reservation_guest_dto_source import ApiReservationGuestDTOSource
from ..models.api_reservation_guest_dto_tourism_type import ApiReservationGuestDTOTourismType
from ..models.api_reservation_guest_dto_travel_refer import ApiReservationGuestDTOTravelRefer
from ..models.api_reservation_guest_dto_travel_way import ApiReservationGuestDTOTravelWay
from ..models.api_reservation_guest_dto_type import ApiReservationGuestDTOType
from ..models.country_code import CountryCode
from ..types import UNSET, Unset, enum_member, parse_datetime


@_attrs_define
class ApiReservationGuestDTO(LazyModel):
    """
    Attributes:
        type_ (ApiReservationGuestDTOType): Describes if this guest is who has been registered when booking process has
            done or it's a registered guest. As new police guests you can register only 'GUEST' Example: BOOKER.
        given_name (str): Name of the guest Example: Mario.
        family_name (str): Last name of the guest Example: Rossi.
        checkin (str): Date of the checkin of this guest in format yyyy-MM-dd Example: 2019-12-17.
        checkout (str): Date of the checkout of this guest in format yyyy-MM-dd Example: 2019-12-17.
        id (int | Unset): Readonly guest id. This id is given only if a 'police record guest' is saved Example: 123123.
        accommodated_type (ApiReservationGuestDTOAccommodatedType | Unset): What is the relationship between the guests
            of the reservation? If null: The first one will be automatically set as head of family, the others as relatives
            if null Example: MAIN.
        source (ApiReservationGuestDTOSource | Unset): The source of this record, Readable only, api records will be
            inserted as " API " Example: API.
        customer_name (str | Unset): Customer name. This field should not contain guest name but other info like company
            or agency name
        birth_date (datetime.date | Unset): Birth date of the guest. Can range to TODAY minus 110 years to TODAY
            Example: 1992-10-22.
        birth_country (CountryCode | Unset): ISO 3166-1 alpha-2 country code, as Octorate lists them.
        birth_city (str | Unset): The city in the customer locale. If we have not yet registered the value for the
            country, we might accept any value Example: ROMA.
        residence_country (CountryCode | Unset): ISO 3166-1 alpha-2 country code, as Octorate lists them.
        city (str | Unset): The city in the customer locale. If we have not yet registered the value for the country, we
            might accept any value Example: Roma.
        email (str | Unset): Email of the customer is validated against classic email regex Example:
            myname@mycompany.com.
        phone (str | Unset): Main phone number including prefix Example: +39332554555.
        phone_available (bool | Unset): True when a phone exists in DB but is masked for the Octorate frontend. External
            APIs always receive the real value.
        email_available (bool | Unset): True when an email exists in DB but is masked for the Octorate frontend.
            External APIs always receive the real value.
        skip_contact_info (bool | Unset): When true, the save endpoint will not overwrite phone and email in DB. Set by
            the Octorate frontend when the user has not retrieved the real contact info.
        address (str | Unset):  Example: 15th Street, Manhattan, New York.
        zip_code (str | Unset):  Example: 00022.
        language (ApiReservationGuestDTOLanguage | Unset): The language in the ISO2 CODE. Check SCHEMA for the values
            available Example: IT.
        document_code (str | Unset): The document code Example: AS3332DC.
        document_type (str | Unset): The document type in the Police code of the country. ITALY: PASOR o IDENT. SPAIN
            Example: Passport.
        document_issue_date (datetime.date | Unset): Document issue date Example: 2020-10-01.
        document_issue_place (str | Unset): In country locale, the city where this document has been issued Example:
            Roma.
        nationality (CountryCode | Unset): ISO 3166-1 alpha-2 country code, as Octorate lists them.
        document_expire (datetime.datetime | Unset): The expiration of the document
        sex (ApiReservationGuestDTOSex | Unset):  Example: MALE.
        address_line_1 (str | Unset):  Example: 98-120 Brooklyn Ave.
        address_line_2 (str | Unset):  Example: 2nd line of address.
        police_sent_time (datetime.datetime | Unset): When was sent to the country police
        police_sent_status (bool | Unset): Was this record sent and what was the status?
        invoice_agency (bool | Unset): Should we invoice to this agency?
        exclude_city_tax (bool | Unset): Should exclude city tax when invoicing? It means that city tax is already paid
            from the channel
        exclude_city_tax_agency (bool | Unset): Should exclude city tax when invoicing to this agency?
        travel_way (ApiReservationGuestDTOTravelWay | Unset):  Example: CAR.
        plate_number (str | Unset):  Example: AB123CD.
        tourism_type (ApiReservationGuestDTOTourismType | Unset):  Example: BEACH_RESORT.
        degree (ApiReservationGuestDTODegree | Unset):  Example: UNIVERSITY_DEGREE.
        travel_refer (ApiReservationGuestDTOTravelRefer | Unset):  Example: DIRECT_WEB.
        draft (bool | Unset): Draft means the accommodation still want to have a look on it before sending to police
        validated (bool | Unset): Validated false means that this record has been inserted by the guest and the
            accommodation still needs to have a look into
        validated_date (datetime.datetime | Unset): The datetime when this record was validated by the accommodation
        age_range (ApiReservationGuestDTOAgeRange | Unset): Age of the guest
        city_tax_price (float | Unset): City Tax Price for this guest
        city_tax_exemption (ApiReservationGuestDTOCityTaxExemption | Unset): City tax exemption for this guest
        city_tax_relative_to_group (bool | Unset): If there is any city tax to pay, guests pays a city tax, this flag
            indicates
        system_generated (bool | Unset): If true, the city tax of this guest is relative to group
        city_raw (str | Unset): The city for colombian customer. We might accept any value Example: Medellín.
        previous_city (str | Unset): The city of departure for colombian customer. We might accept any value Example:
            Messico.
        citizenship (CountryCode | Unset): ISO 3166-1 alpha-2 country code, as Octorate lists them.
        family_relationship_type (ApiReservationGuestDTOFamilyRelationshipType | Unset): The family relationship with
            the main guest
        document_support_number (str | Unset): The document support number
        city_police_code (str | Unset): The police code of the city, if this field is filled in the creation of the
            guest, the city will be loaded from this code and not by the City value
    """

    type_: ApiReservationGuestDTOType
    given_name: str
    family_name: str
    checkin: str
    checkout: str
    id: int | Unset = UNSET
    accommodated_type: ApiReservationGuestDTOAccommodatedType | Unset = UNSET
    source: ApiReservationGuestDTOSource | Unset = UNSET
    customer_name: str | Unset = UNSET
    birth_date: datetime.date | Unset = UNSET
    birth_country: CountryCode | Unset = UNSET
    birth_city: str | Unset = UNSET
    residence_country: CountryCode | Unset = UNSET
    city: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    phone_available: bool | Unset = UNSET
    email_available: bool | Unset = UNSET
    skip_contact_info: bool | Unset = UNSET
    address: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    language: ApiReservationGuestDTOLanguage | Unset = UNSET
    document_code: str | Unset = UNSET
    document_type: str | Unset = UNSET
    document_issue_date: datetime.date | Unset = UNSET
    document_issue_place: str | Unset = UNSET
    nationality: CountryCode | Unset = UNSET
    document_expire: datetime.datetime | Unset = UNSET
    sex: ApiReservationGuestDTOSex | Unset = UNSET
    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    police_sent_time: datetime.datetime | Unset = UNSET
    police_sent_status: bool | Unset = UNSET
    invoice_agency: bool | Unset = UNSET
    exclude_city_tax: bool | Unset = UNSET
    exclude_city_tax_agency: bool | Unset = UNSET
    travel_way: ApiReservationGuestDTOTravelWay | Unset = UNSET
    plate_number: str | Unset = UNSET
    tourism_type: ApiReservationGuestDTOTourismType | Unset = UNSET
    degree: ApiReservationGuestDTODegree | Unset = UNSET
    travel_refer: ApiReservationGuestDTOTravelRefer | Unset = UNSET
    draft: bool | Unset = UNSET
    validated: bool | Unset = UNSET
    validated_date: datetime.datetime | Unset = UNSET
    age_range: ApiReservationGuestDTOAgeRange | Unset = UNSET
    city_tax_price: float | Unset = UNSET
    city_tax_exemption: ApiReservationGuestDTOCityTaxExemption | Unset = UNSET
    city_tax_relative_to_group: bool | Unset = UNSET
    system_generated: bool | Unset = UNSET
    city_raw: str | Unset = UNSET
    previous_city: str | Unset = UNSET
    citizenship: CountryCode | Unset = UNSET
    family_relationship_type: ApiReservationGuestDTOFamilyRelationshipType | Unset = UNSET
    document_support_number: str | Unset = UNSET
    city_police_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        type_ = self.type_.value

        given_name = self.given_name

        family_name = self.family_name

        checkin = self.checkin

        checkout = self.checkout

        id = self.id

        accommodated_type: str | Unset = UNSET
        if not isinstance(self.accommodated_type, Unset):
            accommodated_type = self.accommodated_type.value

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        customer_name = self.customer_name

        birth_date: str | Unset = UNSET
        if not isinstance(self.birth_date, Unset):
            birth_date = self.birth_date.isoformat()

        birth_country: str | Unset = UNSET
        if not isinstance(self.birth_country, Unset):
            birth_country = self.birth_country.value

        birth_city = self.birth_city

        residence_country: str | Unset = UNSET
        if not isinstance(self.residence_country, Unset):
            residence_country = self.residence_country.value

        city = self.city

        email = self.email

        phone = self.phone

        phone_available = self.phone_available

        email_available = self.email_available

        skip_contact_info = self.skip_contact_info

        address = self.address

        zip_code = self.zip_code

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        document_code = self.document_code

        document_type = self.document_type

        document_issue_date: str | Unset = UNSET
        if not isinstance(self.document_issue_date, Unset):
            document_issue_date = self.document_issue_date.isoformat()

        document_issue_place = self.document_issue_place

        nationality: str | Unset = UNSET
        if not isinstance(self.nationality, Unset):
            nationality = self.nationality.value

        document_expire: str | Unset = UNSET
        if not isinstance(self.document_expire, Unset):
            document_expire = self.document_expire.isoformat()

        sex: str | Unset = UNSET
        if not isinstance(self.sex, Unset):
            sex = self.sex.value

        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        police_sent_time: str | Unset = UNSET
        if not isinstance(self.police_sent_time, Unset):
            police_sent_time = self.police_sent_time.isoformat()

        police_sent_status = self.police_sent_status

        invoice_agency = self.invoice_agency

        exclude_city_tax = self.exclude_city_tax

        exclude_city_tax_agency = self.exclude_city_tax_agency

        travel_way: str | Unset = UNSET
        if not isinstance(self.travel_way, Unset):
            travel_way = self.travel_way.value

        plate_number = self.plate_number

        tourism_type: str | Unset = UNSET
        if not isinstance(self.tourism_type, Unset):
            tourism_type = self.tourism_type.value

        degree: str | Unset = UNSET
        if not isinstance(self.degree, Unset):
            degree = self.degree.value

        travel_refer: str | Unset = UNSET
        if not isinstance(self.travel_refer, Unset):
            travel_refer = self.travel_refer.value

        draft = self.draft

        validated = self.validated

        validated_date: str | Unset = UNSET
        if not isinstance(self.validated_date, Unset):
            validated_date = self.validated_date.isoformat()

        age_range: str | Unset = UNSET
        if not isinstance(self.age_range, Unset):
            age_range = self.age_range.value

        city_tax_price = self.city_tax_price

        city_tax_exemption: str | Unset = UNSET
        if not isinstance(self.city_tax_exemption, Unset):
            city_tax_exemption = self.city_tax_exemption.value

        city_tax_relative_to_group = self.city_tax_relative_to_group

        system_generated = self.system_generated

        city_raw = self.city_raw

        previous_city = self.previous_city

        citizenship: str | Unset = UNSET
        if not isinstance(self.citizenship, Unset):
            citizenship = self.citizenship.value

        family_relationship_type: str | Unset = UNSET
        if not isinstance(self.family_relationship_type, Unset):
            family_relationship_type = self.family_relationship_type.value

        document_support_number = self.document_support_number

        city_police_code = self.city_police_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "givenName": given_name,
                "familyName": family_name,
                "checkin": checkin,
                "checkout": checkout,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if accommodated_type is not UNSET:
            field_dict["accommodatedType"] = accommodated_type
        if source is not UNSET:
            field_dict["source"] = source
        if customer_name is not UNSET:
            field_dict["customerName"] = customer_name
        if birth_date is not UNSET:
            field_dict["birthDate"] = birth_date
        if birth_country is not UNSET:
            field_dict["birthCountry"] = birth_country
        if birth_city is not UNSET:
            field_dict["birthCity"] = birth_city
        if residence_country is not UNSET:
            field_dict["residenceCountry"] = residence_country
        if city is not UNSET:
            field_dict["city"] = city
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phone_available is not UNSET:
            field_dict["phoneAvailable"] = phone_available
        if email_available is not UNSET:
            field_dict["emailAvailable"] = email_available
        if skip_contact_info is not UNSET:
            field_dict["skipContactInfo"] = skip_contact_info
        if address is not UNSET:
            field_dict["address"] = address
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        if language is not UNSET:
            field_dict["language"] = language
        if document_code is not UNSET:
            field_dict["documentCode"] = document_code
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if document_issue_date is not UNSET:
            field_dict["documentIssueDate"] = document_issue_date
        if document_issue_place is not UNSET:
            field_dict["documentIssuePlace"] = document_issue_place
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        if document_expire is not UNSET:
            field_dict["documentExpire"] = document_expire
        if sex is not UNSET:
            field_dict["sex"] = sex
        if address_line_1 is not UNSET:
            field_dict["addressLine1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if police_sent_time is not UNSET:
            field_dict["policeSentTime"] = police_sent_time
        if police_sent_status is not UNSET:
            field_dict["policeSentStatus"] = police_sent_status
        if invoice_agency is not UNSET:
            field_dict["invoiceAgency"] = invoice_agency
        if exclude_city_tax is not UNSET:
            field_dict["excludeCityTax"] = exclude_city_tax
        if exclude_city_tax_agency is not UNSET:
            field_dict["excludeCityTaxAgency"] = exclude_city_tax_agency
        if travel_way is not UNSET:
            field_dict["travelWay"] = travel_way
        if plate_number is not UNSET:
            field_dict["plateNumber"] = plate_number
        if tourism_type is not UNSET:
            field_dict["tourismType"] = tourism_type
        if degree is not UNSET:
            field_dict["degree"] = degree
        if travel_refer is not UNSET:
            field_dict["travelRefer"] = travel_refer
        if draft is not UNSET:
            field_dict["draft"] = draft
        if validated is not UNSET:
            field_dict["validated"] = validated
        if validated_date is not UNSET:
            field_dict["validatedDate"] = validated_date
        if age_range is not UNSET:
            field_dict["ageRange"] = age_range
        if city_tax_price is not UNSET:
            field_dict["cityTaxPrice"] = city_tax_price
        if city_tax_exemption is not UNSET:
            field_dict["cityTaxExemption"] = city_tax_exemption
        if city_tax_relative_to_group is not UNSET:
            field_dict["cityTaxRelativeToGroup"] = city_tax_relative_to_group
        if system_generated is not UNSET:
            field_dict["systemGenerated"] = system_generated
        if city_raw is not UNSET:
            field_dict["cityRaw"] = city_raw
        if previous_city is not UNSET:
            field_dict["previousCity"] = previous_city
        if citizenship is not UNSET:
            field_dict["citizenship"] = citizenship
        if family_relationship_type is not UNSET:
            field_dict["familyRelationshipType"] = family_relationship_type
        if document_support_number is not UNSET:
            field_dict["documentSupportNumber"] = document_support_number
        if city_police_code is not UNSET:
            field_dict["cityPoliceCode"] = city_police_code

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


def _load_type_(d: Mapping[str, Any]) -> ApiReservationGuestDTOType:
    type_ = enum_member(ApiReservationGuestDTOType, d["type"])

    return type_


def _load_given_name(d: Mapping[str, Any]) -> str:
    return d["givenName"]


def _load_family_name(d: Mapping[str, Any]) -> str:
    return d["familyName"]


def _load_checkin(d: Mapping[str, Any]) -> str:
    return d["checkin"]


def _load_checkout(d: Mapping[str, Any]) -> str:
    return d["checkout"]


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_accommodated_type(d: Mapping[str, Any]) -> ApiReservationGuestDTOAccommodatedType | Unset:
    _accommodated_type = d.get("accommodatedType", UNSET)
    accommodated_type: ApiReservationGuestDTOAccommodatedType | Unset
    if isinstance(_accommodated_type, Unset):
        accommodated_type = UNSET
    else:
        accommodated_type = enum_member(ApiReservationGuestDTOAccommodatedType, _accommodated_type)

    return accommodated_type


def _load_source(d: Mapping[str, Any]) -> ApiReservationGuestDTOSource | Unset:
    _source = d.get("source", UNSET)
    source: ApiReservationGuestDTOSource | Unset
    if isinstance(_source, Unset):
        source = UNSET
    else:
        source = enum_member(ApiReservationGuestDTOSource, _source)

    return source


def _load_customer_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("customerName", UNSET)


def _load_birth_date(d: Mapping[str, Any]) -> datetime.date | Unset:
    _birth_date = d.get("birthDate", UNSET)
    birth_date: datetime.date | Unset
    if isinstance(_birth_date, Unset):
        birth_date = UNSET
    else:
        birth_date = datetime.date.fromisoformat(_birth_date)

    return birth_date


def _load_birth_country(d: Mapping[str, Any]) -> CountryCode | Unset:
    _birth_country = d.get("birthCountry", UNSET)
    birth_country: CountryCode | Unset
    if isinstance(_birth_country, Unset):
        birth_country = UNSET
    else:
        birth_country = enum_member(CountryCode, _birth_country)

    return birth_country


def _load_birth_city(d: Mapping[str, Any]) -> str | Unset:
    return d.get("birthCity", UNSET)


def _load_residence_country(d: Mapping[str, Any]) -> CountryCode | Unset:
    _residence_country = d.get("residenceCountry", UNSET)
    residence_country: CountryCode | Unset
    if isinstance(_residence_country, Unset):
        residence_country = UNSET
    else:
        residence_country = enum_member(CountryCode, _residence_country)

    return residence_country


def _load_city(d: Mapping[str, Any]) -> str | Unset:
    return d.get("city", UNSET)


def _load_email(d: Mapping[str, Any]) -> str | Unset:
    return d.get("email", UNSET)


def _load_phone(d: Mapping[str, Any]) -> str | Unset:
    return d.get("phone", UNSET)


def _load_phone_available(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("phoneAvailable", UNSET)


def _load_email_available(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("emailAvailable", UNSET)


def _load_skip_contact_info(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("skipContactInfo", UNSET)


def _load_address(d: Mapping[str, Any]) -> str | Unset:
    return d.get("address", UNSET)


def _load_zip_code(d: Mapping[str, Any]) -> str | Unset:
    return d.get("zipCode", UNSET)


def _load_language(d: Mapping[str, Any]) -> ApiReservationGuestDTOLanguage | Unset:
    _language = d.get("language", UNSET)
    language: ApiReservationGuestDTOLanguage | Unset
    if isinstance(_language, Unset):
        language = UNSET
    else:
        language = enum_member(ApiReservationGuestDTOLanguage, _language)

    return language


def _load_document_code(d: Mapping[str, Any]) -> str | Unset:
    return d.get("documentCode", UNSET)


def _load_document_type(d: Mapping[str, Any]) -> str | Unset:
    return d.get("documentType", UNSET)


def _load_document_issue_date(d: Mapping[str, Any]) -> datetime.date | Unset:
    _document_issue_date = d.get("documentIssueDate", UNSET)
    document_issue_date: datetime.date | Unset
    if isinstance(_document_issue_date, Unset):
        document_issue_date = UNSET
    else:
        document_issue_date = datetime.date.fromisoformat(_document_issue_date)

    return document_issue_date


def _load_document_issue_place(d: Mapping[str, Any]) -> str | Unset:
    return d.get("documentIssuePlace", UNSET)


def _load_nationality(d: Mapping[str, Any]) -> CountryCode | Unset:
    _nationality = d.get("nationality", UNSET)
    nationality: CountryCode | Unset
    if isinstance(_nationality, Unset):
        nationality = UNSET
    else:
        nationality = enum_member(CountryCode, _nationality)

    return nationality


def _load_document_expire(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _document_expire = d.get("documentExpire", UNSET)
    document_expire: datetime.datetime | Unset
    if isinstance(_document_expire, Unset):
        document_expire = UNSET
    else:
        document_expire = parse_datetime(_document_expire)

    return document_expire


def _load_sex(d: Mapping[str, Any]) -> ApiReservationGuestDTOSex | Unset:
    _sex = d.get("sex", UNSET)
    sex: ApiReservationGuestDTOSex | Unset
    if isinstance(_sex, Unset):
        sex = UNSET
    else:
        sex = enum_member(ApiReservationGuestDTOSex, _sex)

    return sex


def _load_address_line_1(d: Mapping[str, Any]) -> str | Unset:
    return d.get("addressLine1", UNSET)


def _load_address_line_2(d: Mapping[str, Any]) -> str | Unset:
    return d.get("addressLine2", UNSET)


def _load_police_sent_time(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _police_sent_time = d.get("policeSentTime", UNSET)
    police_sent_time: datetime.datetime | Unset
    if isinstance(_police_sent_time, Unset):
        police_sent_time = UNSET
    else:
        police_sent_time = parse_datetime(_police_sent_time)

    return police_sent_time


def _load_police_sent_status(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("policeSentStatus", UNSET)


def _load_invoice_agency(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("invoiceAgency", UNSET)


def _load_exclude_city_tax(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("excludeCityTax", UNSET)


def _load_exclude_city_tax_agency(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("excludeCityTaxAgency", UNSET)


def _load_travel_way(d: Mapping[str, Any]) -> ApiReservationGuestDTOTravelWay | Unset:
    _travel_way = d.get("travelWay", UNSET)
    travel_way: ApiReservationGuestDTOTravelWay | Unset
    if isinstance(_travel_way, Unset):
        travel_way = UNSET
    else:
        travel_way = enum_member(ApiReservationGuestDTOTravelWay, _travel_way)

    return travel_way


def _load_plate_number(d: Mapping[str, Any]) -> str | Unset:
    return d.get("plateNumber", UNSET)


def _load_tourism_type(d: Mapping[str, Any]) -> ApiReservationGuestDTOTourismType | Unset:
    _tourism_type = d.get("tourismType", UNSET)
    tourism_type: ApiReservationGuestDTOTourismType | Unset
    if isinstance(_tourism_type, Unset):
        tourism_type = UNSET
    else:
        tourism_type = enum_member(ApiReservationGuestDTOTourismType, _tourism_type)

    return tourism_type


def _load_degree(d: Mapping[str, Any]) -> ApiReservationGuestDTODegree | Unset:
    _degree = d.get("degree", UNSET)
    degree: ApiReservationGuestDTODegree | Unset
    if isinstance(_degree, Unset):
        degree = UNSET
    else:
        degree = enum_member(ApiReservationGuestDTODegree, _degree)

    return degree


def _load_travel_refer(d: Mapping[str, Any]) -> ApiReservationGuestDTOTravelRefer | Unset:
    _travel_refer = d.get("travelRefer", UNSET)
    travel_refer: ApiReservationGuestDTOTravelRefer | Unset
    if isinstance(_travel_refer, Unset):
        travel_refer = UNSET
    else:
        travel_refer = enum_member(ApiReservationGuestDTOTravelRefer, _travel_refer)

    return travel_refer


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


def _load_age_range(d: Mapping[str, Any]) -> ApiReservationGuestDTOAgeRange | Unset:
    _age_range = d.get("ageRange", UNSET)
    age_range: ApiReservationGuestDTOAgeRange | Unset
    if isinstance(_age_range, Unset):
        age_range = UNSET
    else:
        age_range = enum_member(ApiReservationGuestDTOAgeRange, _age_range)

    return age_range


def _load_city_tax_price(d: Mapping[str, Any]) -> float | Unset:
    return d.get("cityTaxPrice", UNSET)


def _load_city_tax_exemption(
    d: Mapping[str, Any],
) -> ApiReservationGuestDTOCityTaxExemption | Unset:
    _city_tax_exemption = d.get("cityTaxExemption", UNSET)
    city_tax_exemption: ApiReservationGuestDTOCityTaxExemption | Unset
    if isinstance(_city_tax_exemption, Unset):
        city_tax_exemption = UNSET
    else:
        city_tax_exemption = enum_member(
            ApiReservationGuestDTOCityTaxExemption, _city_tax_exemption
        )

    return city_tax_exemption


def _load_city_tax_relative_to_group(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("cityTaxRelativeToGroup", UNSET)


def _load_system_generated(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("systemGenerated", UNSET)


def _load_city_raw(d: Mapping[str, Any]) -> str | Unset:
    return d.get("cityRaw", UNSET)


def _load_previous_city(d: Mapping[str, Any]) -> str | Unset:
    return d.get("previousCity", UNSET)


def _load_citizenship(d: Mapping[str, Any]) -> CountryCode | Unset:
    _citizenship = d.get("citizenship", UNSET)
    citizenship: CountryCode | Unset
    if isinstance(_citizenship, Unset):
        citizenship = UNSET
    else:
        citizenship = enum_member(CountryCode, _citizenship)

    return citizenship


def _load_family_relationship_type(
    d: Mapping[str, Any],
) -> ApiReservationGuestDTOFamilyRelationshipType | Unset:
    _family_relationship_type = d.get("familyRelationshipType", UNSET)
    family_relationship_type: ApiReservationGuestDTOFamilyRelationshipType | Unset
    if isinstance(_family_relationship_type, Unset):
        family_relationship_type = UNSET
    else:
        family_relationship_type = enum_member(
            ApiReservationGuestDTOFamilyRelationshipType, _family_relationship_type
        )

    return family_relationship_type


def _load_document_support_number(d: Mapping[str, Any]) -> str | Unset:
    return d.get("documentSupportNumber", UNSET)


def _load_city_police_code(d: Mapping[str, Any]) -> str | Unset:
    return d.get("cityPoliceCode", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "type",
        "givenName",
        "familyName",
        "checkin",
        "checkout",
        "id",
        "accommodatedType",
        "source",
        "customerName",
        "birthDate",
        "birthCountry",
        "birthCity",
        "residenceCountry",
        "city",
        "email",
        "phone",
        "phoneAvailable",
        "emailAvailable",
        "skipContactInfo",
        "address",
        "zipCode",
        "language",
        "documentCode",
        "documentType",
        "documentIssueDate",
        "documentIssuePlace",
        "nationality",
        "documentExpire",
        "sex",
        "addressLine1",
        "addressLine2",
        "policeSentTime",
        "policeSentStatus",
        "invoiceAgency",
        "excludeCityTax",
        "excludeCityTaxAgency",
        "travelWay",
        "plateNumber",
        "tourismType",
        "degree",
        "travelRefer",
        "draft",
        "validated",
        "validatedDate",
        "ageRange",
        "cityTaxPrice",
        "cityTaxExemption",
        "cityTaxRelativeToGroup",
        "systemGenerated",
        "cityRaw",
        "previousCity",
        "citizenship",
        "familyRelationshipType",
        "documentSupportNumber",
        "cityPoliceCode",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiReservationGuestDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "type_" not in seen:
        type_ = enum_member(ApiReservationGuestDTOType, d["type"])

        _set(self, "type_", type_)
    if "given_name" not in seen:
        _set(self, "given_name", d["givenName"])
    if "family_name" not in seen:
        _set(self, "family_name", d["familyName"])
    if "checkin" not in seen:
        _set(self, "checkin", d["checkin"])
    if "checkout" not in seen:
        _set(self, "checkout", d["checkout"])
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "accommodated_type" not in seen:
        _accommodated_type = d.get("accommodatedType", UNSET)
        accommodated_type: ApiReservationGuestDTOAccommodatedType | Unset
        if isinstance(_accommodated_type, Unset):
            accommodated_type = UNSET
        else:
            accommodated_type = enum_member(
                ApiReservationGuestDTOAccommodatedType, _accommodated_type
            )

        _set(self, "accommodated_type", accommodated_type)
    if "source" not in seen:
        _source = d.get("source", UNSET)
        source: ApiReservationGuestDTOSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = enum_member(ApiReservationGuestDTOSource, _source)

        _set(self, "source", source)
    if "customer_name" not in seen:
        _set(self, "customer_name", d.get("customerName", UNSET))
    if "birth_date" not in seen:
        _birth_date = d.get("birthDate", UNSET)
        birth_date: datetime.date | Unset
        if isinstance(_birth_date, Unset):
            birth_date = UNSET
        else:
            birth_date = datetime.date.fromisoformat(_birth_date)

        _set(self, "birth_date", birth_date)
    if "birth_country" not in seen:
        _birth_country = d.get("birthCountry", UNSET)
        birth_country: CountryCode | Unset
        if isinstance(_birth_country, Unset):
            birth_country = UNSET
        else:
            birth_country = enum_member(CountryCode, _birth_country)

        _set(self, "birth_country", birth_country)
    if "birth_city" not in seen:
        _set(self, "birth_city", d.get("birthCity", UNSET))
    if "residence_country" not in seen:
        _residence_country = d.get("residenceCountry", UNSET)
        residence_country: CountryCode | Unset
        if isinstance(_residence_country, Unset):
            residence_country = UNSET
        else:
            residence_country = enum_member(CountryCode, _residence_country)

        _set(self, "residence_country", residence_country)
    if "city" not in seen:
        _set(self, "city", d.get("city", UNSET))
    if "email" not in seen:
        _set(self, "email", d.get("email", UNSET))
    if "phone" not in seen:
        _set(self, "phone", d.get("phone", UNSET))
    if "phone_available" not in seen:
        _set(self, "phone_available", d.get("phoneAvailable", UNSET))
    if "email_available" not in seen:
        _set(self, "email_available", d.get("emailAvailable", UNSET))
    if "skip_contact_info" not in seen:
        _set(self, "skip_contact_info", d.get("skipContactInfo", UNSET))
    if "address" not in seen:
        _set(self, "address", d.get("address", UNSET))
    if "zip_code" not in seen:
        _set(self, "zip_code", d.get("zipCode", UNSET))
    if "language" not in seen:
        _language = d.get("language", UNSET)
        language: ApiReservationGuestDTOLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = enum_member(ApiReservationGuestDTOLanguage, _language)

        _set(self, "language", language)
    if "document_code" not in seen:
        _set(self, "document_code", d.get("documentCode", UNSET))
    if "document_type" not in seen:
        _set(self, "document_type", d.get("documentType", UNSET))
    if "document_issue_date" not in seen:
        _document_issue_date = d.get("documentIssueDate", UNSET)
        document_issue_date: datetime.date | Unset
        if isinstance(_document_issue_date, Unset):
            document_issue_date = UNSET
        else:
            document_issue_date = datetime.date.fromisoformat(_document_issue_date)

        _set(self, "document_issue_date", document_issue_date)
    if "document_issue_place" not in seen:
        _set(self, "document_issue_place", d.get("documentIssuePlace", UNSET))
    if "nationality" not in seen:
        _nationality = d.get("nationality", UNSET)
        nationality: CountryCode | Unset
        if isinstance(_nationality, Unset):
            nationality = UNSET
        else:
            nationality = enum_member(CountryCode, _nationality)

        _set(self, "nationality", nationality)
    if "document_expire" not in seen:
        _document_expire = d.get("documentExpire", UNSET)
        document_expire: datetime.datetime | Unset
        if isinstance(_document_expire, Unset):
            document_expire = UNSET
        else:
            document_expire = parse_datetime(_document_expire)

        _set(self, "document_expire", document_expire)
    if "sex" not in seen:
        _sex = d.get("sex", UNSET)
        sex: ApiReservationGuestDTOSex | Unset
        if isinstance(_sex, Unset):
            sex = UNSET
        else:
            sex = enum_member(ApiReservationGuestDTOSex, _sex)

        _set(self, "sex", sex)
    if "address_line_1" not in seen:
        _set(self, "address_line_1", d.get("addressLine1", UNSET))
    if "address_line_2" not in seen:
        _set(self, "address_line_2", d.get("addressLine2", UNSET))
    if "police_sent_time" not in seen:
        _police_sent_time = d.get("policeSentTime", UNSET)
        police_sent_time: datetime.datetime | Unset
        if isinstance(_police_sent_time, Unset):
            police_sent_time = UNSET
        else:
            police_sent_time = parse_datetime(_police_sent_time)

        _set(self, "police_sent_time", police_sent_time)
    if "police_sent_status" not in seen:
        _set(self, "police_sent_status", d.get("policeSentStatus", UNSET))
    if "invoice_agency" not in seen:
        _set(self, "invoice_agency", d.get("invoiceAgency", UNSET))
    if "exclude_city_tax" not in seen:
        _set(self, "exclude_city_tax", d.get("excludeCityTax", UNSET))
    if "exclude_city_tax_agency" not in seen:
        _set(self, "exclude_city_tax_agency", d.get("excludeCityTaxAgency", UNSET))
    if "travel_way" not in seen:
        _travel_way = d.get("travelWay", UNSET)
        travel_way: ApiReservationGuestDTOTravelWay | Unset
        if isinstance(_travel_way, Unset):
            travel_way = UNSET
        else:
            travel_way = enum_member(ApiReservationGuestDTOTravelWay, _travel_way)

        _set(self, "travel_way", travel_way)
    if "plate_number" not in seen:
        _set(self, "plate_number", d.get("plateNumber", UNSET))
    if "tourism_type" not in seen:
        _tourism_type = d.get("tourismType", UNSET)
        tourism_type: ApiReservationGuestDTOTourismType | Unset
        if isinstance(_tourism_type, Unset):
            tourism_type = UNSET
        else:
            tourism_type = enum_member(ApiReservationGuestDTOTourismType, _tourism_type)

        _set(self, "tourism_type", tourism_type)
    if "degree" not in seen:
        _degree = d.get("degree", UNSET)
        degree: ApiReservationGuestDTODegree | Unset
        if isinstance(_degree, Unset):
            degree = UNSET
        else:
            degree = enum_member(ApiReservationGuestDTODegree, _degree)

        _set(self, "degree", degree)
    if "travel_refer" not in seen:
        _travel_refer = d.get("travelRefer", UNSET)
        travel_refer: ApiReservationGuestDTOTravelRefer | Unset
        if isinstance(_travel_refer, Unset):
            travel_refer = UNSET
        else:
            travel_refer = enum_member(ApiReservationGuestDTOTravelRefer, _travel_refer)

        _set(self, "travel_refer", travel_refer)
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
    if "age_range" not in seen:
        _age_range = d.get("ageRange", UNSET)
        age_range: ApiReservationGuestDTOAgeRange | Unset
        if isinstance(_age_range, Unset):
            age_range = UNSET
        else:
            age_range = enum_member(ApiReservationGuestDTOAgeRange, _age_range)

        _set(self, "age_range", age_range)
    if "city_tax_price" not in seen:
        _set(self, "city_tax_price", d.get("cityTaxPrice", UNSET))
    if "city_tax_exemption" not in seen:
        _city_tax_exemption = d.get("cityTaxExemption", UNSET)
        city_tax_exemption: ApiReservationGuestDTOCityTaxExemption | Unset
        if isinstance(_city_tax_exemption, Unset):
            city_tax_exemption = UNSET
        else:
            city_tax_exemption = enum_member(
                ApiReservationGuestDTOCityTaxExemption, _city_tax_exemption
            )

        _set(self, "city_tax_exemption", city_tax_exemption)
    if "city_tax_relative_to_group" not in seen:
        _set(self, "city_tax_relative_to_group", d.get("cityTaxRelativeToGroup", UNSET))
    if "system_generated" not in seen:
        _set(self, "system_generated", d.get("systemGenerated", UNSET))
    if "city_raw" not in seen:
        _set(self, "city_raw", d.get("cityRaw", UNSET))
    if "previous_city" not in seen:
        _set(self, "previous_city", d.get("previousCity", UNSET))
    if "citizenship" not in seen:
        _citizenship = d.get("citizenship", UNSET)
        citizenship: CountryCode | Unset
        if isinstance(_citizenship, Unset):
            citizenship = UNSET
        else:
            citizenship = enum_member(CountryCode, _citizenship)

        _set(self, "citizenship", citizenship)
    if "family_relationship_type" not in seen:
        _family_relationship_type = d.get("familyRelationshipType", UNSET)
        family_relationship_type: ApiReservationGuestDTOFamilyRelationshipType | Unset
        if isinstance(_family_relationship_type, Unset):
            family_relationship_type = UNSET
        else:
            family_relationship_type = enum_member(
                ApiReservationGuestDTOFamilyRelationshipType, _family_relationship_type
            )

        _set(self, "family_relationship_type", family_relationship_type)
    if "document_support_number" not in seen:
        _set(self, "document_support_number", d.get("documentSupportNumber", UNSET))
    if "city_police_code" not in seen:
        _set(self, "city_police_code", d.get("cityPoliceCode", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiReservationGuestDTO._octorate_fields = FieldTable(
    required=frozenset(
        (
            "type",
            "givenName",
            "familyName",
            "checkin",
            "checkout",
        )
    ),
    loaders={
        "type_": _load_type_,
        "given_name": _load_given_name,
        "family_name": _load_family_name,
        "checkin": _load_checkin,
        "checkout": _load_checkout,
        "id": _load_id,
        "accommodated_type": _load_accommodated_type,
        "source": _load_source,
        "customer_name": _load_customer_name,
        "birth_date": _load_birth_date,
        "birth_country": _load_birth_country,
        "birth_city": _load_birth_city,
        "residence_country": _load_residence_country,
        "city": _load_city,
        "email": _load_email,
        "phone": _load_phone,
        "phone_available": _load_phone_available,
        "email_available": _load_email_available,
        "skip_contact_info": _load_skip_contact_info,
        "address": _load_address,
        "zip_code": _load_zip_code,
        "language": _load_language,
        "document_code": _load_document_code,
        "document_type": _load_document_type,
        "document_issue_date": _load_document_issue_date,
        "document_issue_place": _load_document_issue_place,
        "nationality": _load_nationality,
        "document_expire": _load_document_expire,
        "sex": _load_sex,
        "address_line_1": _load_address_line_1,
        "address_line_2": _load_address_line_2,
        "police_sent_time": _load_police_sent_time,
        "police_sent_status": _load_police_sent_status,
        "invoice_agency": _load_invoice_agency,
        "exclude_city_tax": _load_exclude_city_tax,
        "exclude_city_tax_agency": _load_exclude_city_tax_agency,
        "travel_way": _load_travel_way,
        "plate_number": _load_plate_number,
        "tourism_type": _load_tourism_type,
        "degree": _load_degree,
        "travel_refer": _load_travel_refer,
        "draft": _load_draft,
        "validated": _load_validated,
        "validated_date": _load_validated_date,
        "age_range": _load_age_range,
        "city_tax_price": _load_city_tax_price,
        "city_tax_exemption": _load_city_tax_exemption,
        "city_tax_relative_to_group": _load_city_tax_relative_to_group,
        "system_generated": _load_system_generated,
        "city_raw": _load_city_raw,
        "previous_city": _load_previous_city,
        "citizenship": _load_citizenship,
        "family_relationship_type": _load_family_relationship_type,
        "document_support_number": _load_document_support_number,
        "city_police_code": _load_city_police_code,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "type_": "type",
        "given_name": "givenName",
        "family_name": "familyName",
        "checkin": "checkin",
        "checkout": "checkout",
        "id": "id",
        "accommodated_type": "accommodatedType",
        "source": "source",
        "customer_name": "customerName",
        "birth_date": "birthDate",
        "birth_country": "birthCountry",
        "birth_city": "birthCity",
        "residence_country": "residenceCountry",
        "city": "city",
        "email": "email",
        "phone": "phone",
        "phone_available": "phoneAvailable",
        "email_available": "emailAvailable",
        "skip_contact_info": "skipContactInfo",
        "address": "address",
        "zip_code": "zipCode",
        "language": "language",
        "document_code": "documentCode",
        "document_type": "documentType",
        "document_issue_date": "documentIssueDate",
        "document_issue_place": "documentIssuePlace",
        "nationality": "nationality",
        "document_expire": "documentExpire",
        "sex": "sex",
        "address_line_1": "addressLine1",
        "address_line_2": "addressLine2",
        "police_sent_time": "policeSentTime",
        "police_sent_status": "policeSentStatus",
        "invoice_agency": "invoiceAgency",
        "exclude_city_tax": "excludeCityTax",
        "exclude_city_tax_agency": "excludeCityTaxAgency",
        "travel_way": "travelWay",
        "plate_number": "plateNumber",
        "tourism_type": "tourismType",
        "degree": "degree",
        "travel_refer": "travelRefer",
        "draft": "draft",
        "validated": "validated",
        "validated_date": "validatedDate",
        "age_range": "ageRange",
        "city_tax_price": "cityTaxPrice",
        "city_tax_exemption": "cityTaxExemption",
        "city_tax_relative_to_group": "cityTaxRelativeToGroup",
        "system_generated": "systemGenerated",
        "city_raw": "cityRaw",
        "previous_city": "previousCity",
        "citizenship": "citizenship",
        "family_relationship_type": "familyRelationshipType",
        "document_support_number": "documentSupportNumber",
        "city_police_code": "cityPoliceCode",
    },
)
