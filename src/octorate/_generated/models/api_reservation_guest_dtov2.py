from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_reservation_guest_dtov2_accommodated_type import (
    ApiReservationGuestDTOV2AccommodatedType,
)
from ..models.api_reservation_guest_dtov2_age_range import ApiReservationGuestDTOV2AgeRange
from ..models.api_reservation_guest_dtov2_city_tax_exemption import (
    ApiReservationGuestDTOV2CityTaxExemption,
)
from ..models.api_reservation_guest_dtov2_degree import ApiReservationGuestDTOV2Degree
from ..models.api_reservation_guest_dtov2_family_relationship_type import (
    ApiReservationGuestDTOV2FamilyRelationshipType,
)
from ..models.api_reservation_guest_dtov2_language import ApiReservationGuestDTOV2Language
from ..models.api_reservation_guest_dtov2_sex import ApiReservationGuestDTOV2Sex
from ..models.api_reservation_guest_dtov2_source import ApiReservationGuestDTOV2Source
from ..models.api_reservation_guest_dtov2_tourism_type import ApiReservationGuestDTOV2TourismType
from ..models.api_reservation_guest_dtov2_travel_refer import ApiReservationGuestDTOV2TravelRefer
from ..models.api_reservation_guest_dtov2_travel_way import ApiReservationGuestDTOV2TravelWay
from ..models.api_reservation_guest_dtov2_type import ApiReservationGuestDTOV2Type
from ..models.country_code import CountryCode
from ..types import UNSET, Unset, enum_member, parse_datetime

T = TypeVar("T", bound="ApiReservationGuestDTOV2")


@_attrs_define
class ApiReservationGuestDTOV2:
    """
    Attributes:
        type_ (ApiReservationGuestDTOV2Type): Describes if this guest is who has been registered when booking process
            has done or it's a registered guest. As new police guests you can register only 'GUEST' Example: BOOKER.
        given_name (str): Name of the guest Example: Mario.
        family_name (str): Last name of the guest Example: Rossi.
        checkin (str): Date of the checkin of this guest in format yyyy-MM-dd Example: 2019-12-17.
        checkout (str): Date of the checkout of this guest in format yyyy-MM-dd Example: 2019-12-17.
        birth_country (CountryCode): ISO 3166-1 alpha-2 country code, as Octorate lists them.
        residence_country (CountryCode): ISO 3166-1 alpha-2 country code, as Octorate lists them.
        email (str): Email of the customer is validated against classic email regex Example: myname@mycompany.com.
        document_code (str): The document code Example: AS3332DC.
        sex (ApiReservationGuestDTOV2Sex):  Example: MALE.
        citizenship (CountryCode): ISO 3166-1 alpha-2 country code, as Octorate lists them.
        address (str):  Example: 15th Street, Manhattan, New York.
        document_issue_date (datetime.date): Document issue date Example: 2020-10-01.
        document_support_number (str): The document support number
        id (int | Unset): Readonly guest id. This id is given only if a 'police record guest' is saved Example: 123123.
        accommodated_type (ApiReservationGuestDTOV2AccommodatedType | Unset): What is the relationship between the
            guests of the reservation? If null: The first one will be automatically set as head of family, the others as
            relatives if null Example: MAIN.
        source (ApiReservationGuestDTOV2Source | Unset): The source of this record, Readable only, api records will be
            inserted as " API " Example: API.
        customer_name (str | Unset): Customer name. This field should not contain guest name but other info like company
            or agency name
        birth_date (datetime.date | Unset): Birth date of the guest. Can range to TODAY minus 110 years to TODAY
            Example: 1992-10-22.
        zip_code (str | Unset):  Example: 00022.
        language (ApiReservationGuestDTOV2Language | Unset): The language in the ISO2 CODE. Check SCHEMA for the values
            available Example: IT.
        phone (str | Unset): Main phone number including prefix Example: +39332554555.
        document_expire (datetime.datetime | Unset): The expiration of the document
        address_line_1 (str | Unset):  Example: 98-120 Brooklyn Ave.
        address_line_2 (str | Unset):  Example: 2nd line of address.
        city (str | Unset): The city in the customer locale. If we have not yet registered the value for the country, we
            might accept any value Example: Roma.
        document_issue_place (str | Unset): In country locale, the city where this document has been issued Example:
            Roma.
        police_sent_time (datetime.datetime | Unset): When was sent to the country police
        police_sent_status (bool | Unset): Was this record sent and what was the status?
        invoice_agency (bool | Unset): Should we invoice to this agency?
        exclude_city_tax (bool | Unset): Should exclude city tax when invoicing? It means that city tax is already paid
            from the channel
        exclude_city_tax_agency (bool | Unset): Should exclude city tax when invoicing to this agency?
        travel_way (ApiReservationGuestDTOV2TravelWay | Unset):  Example: CAR.
        plate_number (str | Unset):  Example: AB123CD.
        tourism_type (ApiReservationGuestDTOV2TourismType | Unset):  Example: BEACH_RESORT.
        degree (ApiReservationGuestDTOV2Degree | Unset):  Example: UNIVERSITY_DEGREE.
        travel_refer (ApiReservationGuestDTOV2TravelRefer | Unset):  Example: DIRECT_WEB.
        draft (bool | Unset): Draft means the accommodation still want to have a look on it before sending to police
        validated (bool | Unset): Validated false means that this record has been inserted by the guest and the
            accommodation still needs to have a look into
        validated_date (datetime.datetime | Unset): The datetime when this record was validated by the accommodation
        age_range (ApiReservationGuestDTOV2AgeRange | Unset): Age of the guest
        city_tax_price (float | Unset): City Tax Price for this guest
        city_tax_exemption (ApiReservationGuestDTOV2CityTaxExemption | Unset): City tax exemption for this guest
        city_tax_relative_to_group (bool | Unset): If there is any city tax to pay, guests pays a city tax, this flag
            indicates
        system_generated (bool | Unset): If true, the city tax of this guest is relative to group
        city_raw (str | Unset): The city for colombian customer. We might accept any value Example: Medellín.
        previous_city (str | Unset): The city of departure for colombian customer. We might accept any value Example:
            Messico.
        family_relationship_type (ApiReservationGuestDTOV2FamilyRelationshipType | Unset): The family relationship with
            the main guest
        city_police_code (str | Unset): The police code of the city, if this field is filled in the creation of the
            guest, the city will be loaded from this code and not by the City value
        birth_city (str | Unset): The city in the customer locale. If we have not yet registered the value for the
            country, we might accept any value Example: ROMA.
        district (str | Unset): Province value only for spanish guests (required) Example: Madrid.
        residence_city (str | Unset): The city in the customer locale.  Example: Roma.
        document_type (str | Unset): The document type in the Police code of the country. ITALY: UFFICIALE o
            GENERIC_IDENTITY. Call checkin/documents/{accommodation} to know wich are enabled Example: Passport.
    """

    type_: ApiReservationGuestDTOV2Type
    given_name: str
    family_name: str
    checkin: str
    checkout: str
    birth_country: CountryCode
    residence_country: CountryCode
    email: str
    document_code: str
    sex: ApiReservationGuestDTOV2Sex
    citizenship: CountryCode
    address: str
    document_issue_date: datetime.date
    document_support_number: str
    id: int | Unset = UNSET
    accommodated_type: ApiReservationGuestDTOV2AccommodatedType | Unset = UNSET
    source: ApiReservationGuestDTOV2Source | Unset = UNSET
    customer_name: str | Unset = UNSET
    birth_date: datetime.date | Unset = UNSET
    zip_code: str | Unset = UNSET
    language: ApiReservationGuestDTOV2Language | Unset = UNSET
    phone: str | Unset = UNSET
    document_expire: datetime.datetime | Unset = UNSET
    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    city: str | Unset = UNSET
    document_issue_place: str | Unset = UNSET
    police_sent_time: datetime.datetime | Unset = UNSET
    police_sent_status: bool | Unset = UNSET
    invoice_agency: bool | Unset = UNSET
    exclude_city_tax: bool | Unset = UNSET
    exclude_city_tax_agency: bool | Unset = UNSET
    travel_way: ApiReservationGuestDTOV2TravelWay | Unset = UNSET
    plate_number: str | Unset = UNSET
    tourism_type: ApiReservationGuestDTOV2TourismType | Unset = UNSET
    degree: ApiReservationGuestDTOV2Degree | Unset = UNSET
    travel_refer: ApiReservationGuestDTOV2TravelRefer | Unset = UNSET
    draft: bool | Unset = UNSET
    validated: bool | Unset = UNSET
    validated_date: datetime.datetime | Unset = UNSET
    age_range: ApiReservationGuestDTOV2AgeRange | Unset = UNSET
    city_tax_price: float | Unset = UNSET
    city_tax_exemption: ApiReservationGuestDTOV2CityTaxExemption | Unset = UNSET
    city_tax_relative_to_group: bool | Unset = UNSET
    system_generated: bool | Unset = UNSET
    city_raw: str | Unset = UNSET
    previous_city: str | Unset = UNSET
    family_relationship_type: ApiReservationGuestDTOV2FamilyRelationshipType | Unset = UNSET
    city_police_code: str | Unset = UNSET
    birth_city: str | Unset = UNSET
    district: str | Unset = UNSET
    residence_city: str | Unset = UNSET
    document_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        given_name = self.given_name

        family_name = self.family_name

        checkin = self.checkin

        checkout = self.checkout

        birth_country = self.birth_country.value

        residence_country = self.residence_country.value

        email = self.email

        document_code = self.document_code

        sex = self.sex.value

        citizenship = self.citizenship.value

        address = self.address

        document_issue_date = self.document_issue_date.isoformat()

        document_support_number = self.document_support_number

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

        zip_code = self.zip_code

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        phone = self.phone

        document_expire: str | Unset = UNSET
        if not isinstance(self.document_expire, Unset):
            document_expire = self.document_expire.isoformat()

        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        city = self.city

        document_issue_place = self.document_issue_place

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

        family_relationship_type: str | Unset = UNSET
        if not isinstance(self.family_relationship_type, Unset):
            family_relationship_type = self.family_relationship_type.value

        city_police_code = self.city_police_code

        birth_city = self.birth_city

        district = self.district

        residence_city = self.residence_city

        document_type = self.document_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "givenName": given_name,
                "familyName": family_name,
                "checkin": checkin,
                "checkout": checkout,
                "birthCountry": birth_country,
                "residenceCountry": residence_country,
                "email": email,
                "documentCode": document_code,
                "sex": sex,
                "citizenship": citizenship,
                "address": address,
                "documentIssueDate": document_issue_date,
                "documentSupportNumber": document_support_number,
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
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        if language is not UNSET:
            field_dict["language"] = language
        if phone is not UNSET:
            field_dict["phone"] = phone
        if document_expire is not UNSET:
            field_dict["documentExpire"] = document_expire
        if address_line_1 is not UNSET:
            field_dict["addressLine1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if city is not UNSET:
            field_dict["city"] = city
        if document_issue_place is not UNSET:
            field_dict["documentIssuePlace"] = document_issue_place
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
        if family_relationship_type is not UNSET:
            field_dict["familyRelationshipType"] = family_relationship_type
        if city_police_code is not UNSET:
            field_dict["cityPoliceCode"] = city_police_code
        if birth_city is not UNSET:
            field_dict["birthCity"] = birth_city
        if district is not UNSET:
            field_dict["district"] = district
        if residence_city is not UNSET:
            field_dict["residenceCity"] = residence_city
        if document_type is not UNSET:
            field_dict["documentType"] = document_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = enum_member(ApiReservationGuestDTOV2Type, d.pop("type"))

        given_name = d.pop("givenName")

        family_name = d.pop("familyName")

        checkin = d.pop("checkin")

        checkout = d.pop("checkout")

        birth_country = enum_member(CountryCode, d.pop("birthCountry"))

        residence_country = enum_member(CountryCode, d.pop("residenceCountry"))

        email = d.pop("email")

        document_code = d.pop("documentCode")

        sex = enum_member(ApiReservationGuestDTOV2Sex, d.pop("sex"))

        citizenship = enum_member(CountryCode, d.pop("citizenship"))

        address = d.pop("address")

        document_issue_date = datetime.date.fromisoformat(d.pop("documentIssueDate"))

        document_support_number = d.pop("documentSupportNumber")

        id = d.pop("id", UNSET)

        _accommodated_type = d.pop("accommodatedType", UNSET)
        accommodated_type: ApiReservationGuestDTOV2AccommodatedType | Unset
        if isinstance(_accommodated_type, Unset):
            accommodated_type = UNSET
        else:
            accommodated_type = enum_member(
                ApiReservationGuestDTOV2AccommodatedType, _accommodated_type
            )

        _source = d.pop("source", UNSET)
        source: ApiReservationGuestDTOV2Source | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = enum_member(ApiReservationGuestDTOV2Source, _source)

        customer_name = d.pop("customerName", UNSET)

        _birth_date = d.pop("birthDate", UNSET)
        birth_date: datetime.date | Unset
        if isinstance(_birth_date, Unset):
            birth_date = UNSET
        else:
            birth_date = datetime.date.fromisoformat(_birth_date)

        zip_code = d.pop("zipCode", UNSET)

        _language = d.pop("language", UNSET)
        language: ApiReservationGuestDTOV2Language | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = enum_member(ApiReservationGuestDTOV2Language, _language)

        phone = d.pop("phone", UNSET)

        _document_expire = d.pop("documentExpire", UNSET)
        document_expire: datetime.datetime | Unset
        if isinstance(_document_expire, Unset):
            document_expire = UNSET
        else:
            document_expire = parse_datetime(_document_expire)

        address_line_1 = d.pop("addressLine1", UNSET)

        address_line_2 = d.pop("addressLine2", UNSET)

        city = d.pop("city", UNSET)

        document_issue_place = d.pop("documentIssuePlace", UNSET)

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
        travel_way: ApiReservationGuestDTOV2TravelWay | Unset
        if isinstance(_travel_way, Unset):
            travel_way = UNSET
        else:
            travel_way = enum_member(ApiReservationGuestDTOV2TravelWay, _travel_way)

        plate_number = d.pop("plateNumber", UNSET)

        _tourism_type = d.pop("tourismType", UNSET)
        tourism_type: ApiReservationGuestDTOV2TourismType | Unset
        if isinstance(_tourism_type, Unset):
            tourism_type = UNSET
        else:
            tourism_type = enum_member(ApiReservationGuestDTOV2TourismType, _tourism_type)

        _degree = d.pop("degree", UNSET)
        degree: ApiReservationGuestDTOV2Degree | Unset
        if isinstance(_degree, Unset):
            degree = UNSET
        else:
            degree = enum_member(ApiReservationGuestDTOV2Degree, _degree)

        _travel_refer = d.pop("travelRefer", UNSET)
        travel_refer: ApiReservationGuestDTOV2TravelRefer | Unset
        if isinstance(_travel_refer, Unset):
            travel_refer = UNSET
        else:
            travel_refer = enum_member(ApiReservationGuestDTOV2TravelRefer, _travel_refer)

        draft = d.pop("draft", UNSET)

        validated = d.pop("validated", UNSET)

        _validated_date = d.pop("validatedDate", UNSET)
        validated_date: datetime.datetime | Unset
        if isinstance(_validated_date, Unset):
            validated_date = UNSET
        else:
            validated_date = parse_datetime(_validated_date)

        _age_range = d.pop("ageRange", UNSET)
        age_range: ApiReservationGuestDTOV2AgeRange | Unset
        if isinstance(_age_range, Unset):
            age_range = UNSET
        else:
            age_range = enum_member(ApiReservationGuestDTOV2AgeRange, _age_range)

        city_tax_price = d.pop("cityTaxPrice", UNSET)

        _city_tax_exemption = d.pop("cityTaxExemption", UNSET)
        city_tax_exemption: ApiReservationGuestDTOV2CityTaxExemption | Unset
        if isinstance(_city_tax_exemption, Unset):
            city_tax_exemption = UNSET
        else:
            city_tax_exemption = enum_member(
                ApiReservationGuestDTOV2CityTaxExemption, _city_tax_exemption
            )

        city_tax_relative_to_group = d.pop("cityTaxRelativeToGroup", UNSET)

        system_generated = d.pop("systemGenerated", UNSET)

        city_raw = d.pop("cityRaw", UNSET)

        previous_city = d.pop("previousCity", UNSET)

        _family_relationship_type = d.pop("familyRelationshipType", UNSET)
        family_relationship_type: ApiReservationGuestDTOV2FamilyRelationshipType | Unset
        if isinstance(_family_relationship_type, Unset):
            family_relationship_type = UNSET
        else:
            family_relationship_type = enum_member(
                ApiReservationGuestDTOV2FamilyRelationshipType, _family_relationship_type
            )

        city_police_code = d.pop("cityPoliceCode", UNSET)

        birth_city = d.pop("birthCity", UNSET)

        district = d.pop("district", UNSET)

        residence_city = d.pop("residenceCity", UNSET)

        document_type = d.pop("documentType", UNSET)

        api_reservation_guest_dtov2 = cls(
            type_=type_,
            given_name=given_name,
            family_name=family_name,
            checkin=checkin,
            checkout=checkout,
            birth_country=birth_country,
            residence_country=residence_country,
            email=email,
            document_code=document_code,
            sex=sex,
            citizenship=citizenship,
            address=address,
            document_issue_date=document_issue_date,
            document_support_number=document_support_number,
            id=id,
            accommodated_type=accommodated_type,
            source=source,
            customer_name=customer_name,
            birth_date=birth_date,
            zip_code=zip_code,
            language=language,
            phone=phone,
            document_expire=document_expire,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            city=city,
            document_issue_place=document_issue_place,
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
            family_relationship_type=family_relationship_type,
            city_police_code=city_police_code,
            birth_city=birth_city,
            district=district,
            residence_city=residence_city,
            document_type=document_type,
        )

        api_reservation_guest_dtov2.additional_properties = d
        return api_reservation_guest_dtov2

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
