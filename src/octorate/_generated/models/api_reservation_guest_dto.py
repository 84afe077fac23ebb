from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="ApiReservationGuestDTO")


@_attrs_define
class ApiReservationGuestDTO:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = enum_member(ApiReservationGuestDTOType, d.pop("type"))

        given_name = d.pop("givenName")

        family_name = d.pop("familyName")

        checkin = d.pop("checkin")

        checkout = d.pop("checkout")

        id = d.pop("id", UNSET)

        _accommodated_type = d.pop("accommodatedType", UNSET)
        accommodated_type: ApiReservationGuestDTOAccommodatedType | Unset
        if isinstance(_accommodated_type, Unset):
            accommodated_type = UNSET
        else:
            accommodated_type = enum_member(
                ApiReservationGuestDTOAccommodatedType, _accommodated_type
            )

        _source = d.pop("source", UNSET)
        source: ApiReservationGuestDTOSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = enum_member(ApiReservationGuestDTOSource, _source)

        customer_name = d.pop("customerName", UNSET)

        _birth_date = d.pop("birthDate", UNSET)
        birth_date: datetime.date | Unset
        if isinstance(_birth_date, Unset):
            birth_date = UNSET
        else:
            birth_date = datetime.date.fromisoformat(_birth_date)

        _birth_country = d.pop("birthCountry", UNSET)
        birth_country: CountryCode | Unset
        if isinstance(_birth_country, Unset):
            birth_country = UNSET
        else:
            birth_country = enum_member(CountryCode, _birth_country)

        birth_city = d.pop("birthCity", UNSET)

        _residence_country = d.pop("residenceCountry", UNSET)
        residence_country: CountryCode | Unset
        if isinstance(_residence_country, Unset):
            residence_country = UNSET
        else:
            residence_country = enum_member(CountryCode, _residence_country)

        city = d.pop("city", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        phone_available = d.pop("phoneAvailable", UNSET)

        email_available = d.pop("emailAvailable", UNSET)

        skip_contact_info = d.pop("skipContactInfo", UNSET)

        address = d.pop("address", UNSET)

        zip_code = d.pop("zipCode", UNSET)

        _language = d.pop("language", UNSET)
        language: ApiReservationGuestDTOLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = enum_member(ApiReservationGuestDTOLanguage, _language)

        document_code = d.pop("documentCode", UNSET)

        document_type = d.pop("documentType", UNSET)

        _document_issue_date = d.pop("documentIssueDate", UNSET)
        document_issue_date: datetime.date | Unset
        if isinstance(_document_issue_date, Unset):
            document_issue_date = UNSET
        else:
            document_issue_date = datetime.date.fromisoformat(_document_issue_date)

        document_issue_place = d.pop("documentIssuePlace", UNSET)

        _nationality = d.pop("nationality", UNSET)
        nationality: CountryCode | Unset
        if isinstance(_nationality, Unset):
            nationality = UNSET
        else:
            nationality = enum_member(CountryCode, _nationality)

        _document_expire = d.pop("documentExpire", UNSET)
        document_expire: datetime.datetime | Unset
        if isinstance(_document_expire, Unset):
            document_expire = UNSET
        else:
            document_expire = parse_datetime(_document_expire)

        _sex = d.pop("sex", UNSET)
        sex: ApiReservationGuestDTOSex | Unset
        if isinstance(_sex, Unset):
            sex = UNSET
        else:
            sex = enum_member(ApiReservationGuestDTOSex, _sex)

        address_line_1 = d.pop("addressLine1", UNSET)

        address_line_2 = d.pop("addressLine2", UNSET)

        _police_sent_time = d.pop("policeSentTime", UNSET)
        police_sent_time: datetime.datetime | Unset
        if isinstance(_police_sent_time, Unset):
            police_sent_time = UNSET
        else:
            police_sent_time = parse_datetime(_police_sent_time)

        police_sent_status = d.pop("policeSentStatus", UNSET)

        invoice_agency = d.pop("invoiceAgency", UNSET)

        exclude_city_tax = d.pop("excludeCityTax", UNSET)

        exclude_city_tax_agency = d.pop("excludeCityTaxAgency", UNSET)

        _travel_way = d.pop("travelWay", UNSET)
        travel_way: ApiReservationGuestDTOTravelWay | Unset
        if isinstance(_travel_way, Unset):
            travel_way = UNSET
        else:
            travel_way = enum_member(ApiReservationGuestDTOTravelWay, _travel_way)

        plate_number = d.pop("plateNumber", UNSET)

        _tourism_type = d.pop("tourismType", UNSET)
        tourism_type: ApiReservationGuestDTOTourismType | Unset
        if isinstance(_tourism_type, Unset):
            tourism_type = UNSET
        else:
            tourism_type = enum_member(ApiReservationGuestDTOTourismType, _tourism_type)

        _degree = d.pop("degree", UNSET)
        degree: ApiReservationGuestDTODegree | Unset
        if isinstance(_degree, Unset):
            degree = UNSET
        else:
            degree = enum_member(ApiReservationGuestDTODegree, _degree)

        _travel_refer = d.pop("travelRefer", UNSET)
        travel_refer: ApiReservationGuestDTOTravelRefer | Unset
        if isinstance(_travel_refer, Unset):
            travel_refer = UNSET
        else:
            travel_refer = enum_member(ApiReservationGuestDTOTravelRefer, _travel_refer)

        draft = d.pop("draft", UNSET)

        validated = d.pop("validated", UNSET)

        _validated_date = d.pop("validatedDate", UNSET)
        validated_date: datetime.datetime | Unset
        if isinstance(_validated_date, Unset):
            validated_date = UNSET
        else:
            validated_date = parse_datetime(_validated_date)

        _age_range = d.pop("ageRange", UNSET)
        age_range: ApiReservationGuestDTOAgeRange | Unset
        if isinstance(_age_range, Unset):
            age_range = UNSET
        else:
            age_range = enum_member(ApiReservationGuestDTOAgeRange, _age_range)

        city_tax_price = d.pop("cityTaxPrice", UNSET)

        _city_tax_exemption = d.pop("cityTaxExemption", UNSET)
        city_tax_exemption: ApiReservationGuestDTOCityTaxExemption | Unset
        if isinstance(_city_tax_exemption, Unset):
            city_tax_exemption = UNSET
        else:
            city_tax_exemption = enum_member(
                ApiReservationGuestDTOCityTaxExemption, _city_tax_exemption
            )

        city_tax_relative_to_group = d.pop("cityTaxRelativeToGroup", UNSET)

        system_generated = d.pop("systemGenerated", UNSET)

        city_raw = d.pop("cityRaw", UNSET)

        previous_city = d.pop("previousCity", UNSET)

        _citizenship = d.pop("citizenship", UNSET)
        citizenship: CountryCode | Unset
        if isinstance(_citizenship, Unset):
            citizenship = UNSET
        else:
            citizenship = enum_member(CountryCode, _citizenship)

        _family_relationship_type = d.pop("familyRelationshipType", UNSET)
        family_relationship_type: ApiReservationGuestDTOFamilyRelationshipType | Unset
        if isinstance(_family_relationship_type, Unset):
            family_relationship_type = UNSET
        else:
            family_relationship_type = enum_member(
                ApiReservationGuestDTOFamilyRelationshipType, _family_relationship_type
            )

        document_support_number = d.pop("documentSupportNumber", UNSET)

        city_police_code = d.pop("cityPoliceCode", UNSET)

        api_reservation_guest_dto = cls(
            type_=type_,
            given_name=given_name,
            family_name=family_name,
            checkin=checkin,
            checkout=checkout,
            id=id,
            accommodated_type=accommodated_type,
            source=source,
            customer_name=customer_name,
            birth_date=birth_date,
            birth_country=birth_country,
            birth_city=birth_city,
            residence_country=residence_country,
            city=city,
            email=email,
            phone=phone,
            phone_available=phone_available,
            email_available=email_available,
            skip_contact_info=skip_contact_info,
            address=address,
            zip_code=zip_code,
            language=language,
            document_code=document_code,
            document_type=document_type,
            document_issue_date=document_issue_date,
            document_issue_place=document_issue_place,
            nationality=nationality,
            document_expire=document_expire,
            sex=sex,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            police_sent_time=police_sent_time,
            police_sent_status=police_sent_status,
            invoice_agency=invoice_agency,
            exclude_city_tax=exclude_city_tax,
            exclude_city_tax_agency=exclude_city_tax_agency,
            travel_way=travel_way,
            plate_number=plate_number,
            tourism_type=tourism_type,
            degree=degree,
            travel_refer=travel_refer,
            draft=draft,
            validated=validated,
            validated_date=validated_date,
            age_range=age_range,
            city_tax_price=city_tax_price,
            city_tax_exemption=city_tax_exemption,
            city_tax_relative_to_group=city_tax_relative_to_group,
            system_generated=system_generated,
            city_raw=city_raw,
            previous_city=previous_city,
            citizenship=citizenship,
            family_relationship_type=family_relationship_type,
            document_support_number=document_support_number,
            city_police_code=city_police_code,
        )

        api_reservation_guest_dto.additional_properties = d
        return api_reservation_guest_dto

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
