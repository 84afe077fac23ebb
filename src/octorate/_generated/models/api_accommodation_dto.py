from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_accommodation_dto_company_type import ApiAccommodationDTOCompanyType
from ..models.api_accommodation_dto_language import ApiAccommodationDTOLanguage
from ..models.api_accommodation_dto_property_category import ApiAccommodationDTOPropertyCategory
from ..models.api_accommodation_dto_rating import ApiAccommodationDTORating
from ..models.country_code import CountryCode
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.api_accommodation_dto_time_zone_type_1 import ApiAccommodationDTOTimeZoneType1
    from ..models.api_accommodation_head_dto import ApiAccommodationHeadDTO
    from ..models.api_clpms_dto import ApiClpmsDTO
    from ..models.api_contact import ApiContact
    from ..models.api_invoice_options_dto import ApiInvoiceOptionsDTO
    from ..models.api_layout_dto import ApiLayoutDTO
    from ..models.api_license_form import ApiLicenseForm
    from ..models.api_network_info import ApiNetworkInfo
    from ..models.place import Place
    from ..models.police_account_dto import PoliceAccountDTO


@_attrs_define
class ApiAccommodationDTO(LazyModel):
    """
    Attributes:
        name (str): Name of the accommodation Example: Manhattan Hotel.
        id (str | Unset): Reference inside our system Example: 16997.
        currency (str | Unset): Currency of this property Example: EUR.
        time_zone (ApiAccommodationDTOTimeZoneType1 | str | Unset):
        time_zone_offset (str | Unset): Offset of the time zone of the property
        phone_number (str | Unset): Phone number of the property
        address (str | Unset): Address of the property
        latitude (float | Unset): Latitude of the property
        longitude (float | Unset): Longitude of the property
        zip_code (str | Unset): ZipCode of the property
        city (str | Unset): City of the property
        checkin_start (int | Unset): Checkin time of the property
        checkin_end (int | Unset): Checkin time of the property
        checkout (int | Unset): Checkout time of the property
        network_info (ApiNetworkInfo | Unset): Network details
        contact (ApiContact | Unset): Contact information of this property
        property_category (ApiAccommodationDTOPropertyCategory | Unset): The category of this accommodation Example:
            Hotel.
        location (Place | Unset): Information related to the place
        network_active (bool | Unset): If true this network is active
        license_ (ApiLicenseForm | Unset): Current active license of this property
        logo (str | Unset): Logo of the property
        icon (str | Unset): Icon of the property
        cover_image (str | Unset): Cover Image
        country (CountryCode | Unset): ISO 3166-1 alpha-2 country code, as Octorate lists them.
        master_calendar (bool | Unset): Indicates if this property is Master Calendar
        clpms (ApiClpmsDTO | Unset): Configurations of the accommodation
        insert_time (datetime.date | Unset): The creation date of this property inside Octorate
        police_account (PoliceAccountDTO | Unset): The police account of the accommodation
        cleaning_cost (int | Unset): Final cleaning cost Example: 25.
        breakfast_included (bool | Unset): Breakfast included Example: True.
        breakfast_price (float | Unset): Breakfast extra price Example: 15.
        auto_close (bool | Unset): Auto close Example: True.
        zip_ (str | Unset): The postal zip code of the accommodation
        district (str | Unset): Free tax to represent the district or the nearest upper region level after the city
            Example: Roma.
        website (str | Unset): The website of the accommodation Example: www.google.it.
        given_name (str | Unset): The given name for the person or the company Example: Oscar.
        family_name (str | Unset): The family name for this person Example: Slim Dogg T.
        company_type (ApiAccommodationDTOCompanyType | Unset): If absent: Derived from VAT/Fiscal
        email (str | Unset): This email is the email where the customer will receive new communications from Octorate.
            To this mail we will also send the credentials to log in Example: myname@mycompany.com.
        welcome_user (bool | Unset): Welcome mail: send a mail with username and generated password to the customer. If
            you're an Octorate reseller this mail can be customized. Please set as false only if you need to create a
            network, otherwise we suggest tp set it true Default: True. Example: True.
        welcome_alternative_email (str | Unset): Welcome mail (Copy) or Alternative Mail: add to CC a mail with username
            and generated password to the customer. Set welcome_user false and fill only this email to send the credentials
            only to this address. Default: 'null'. Example: test@mail.com.
        network_name (str | Unset): Optional field to add an accommodation when you're creating a new property. Please
            note if you do in this step, you may have the same refresh_token for all the group of properties instead one per
            property. Example: 123445.
        phone (str | Unset): Phone Address including prefix
        accept_duplicates (bool | Unset):
        cod_promo (None | str | Unset): Promotion code
        vat_code (str | Unset): Identity a tax code for a company
        fiscal_code (str | Unset): Identify a tax person as normal person
        tax_included (bool | Unset):
        taxes (float | Unset): Tax percentage for this accommodation
        layout (ApiLayoutDTO | Unset): Layout information of this accommodation
        last_cash_closing_day (datetime.date | Unset): The last cash closing day of this accommodation
        customer_head (ApiAccommodationHeadDTO | Unset): The customer head of this accommodation
        invoice_options (ApiInvoiceOptionsDTO | Unset): The invoice options of this accommodation
        sandbox_property (bool | Unset): True if the accommodation is fake
        date_pattern (str | Unset): Preferred date pattern of this accommodation
        language (ApiAccommodationDTOLanguage | Unset): Language normally spoken inside the accommodation. NOTE: Every
            user may have another setting. This may be a template for users or some specific settings
        license_code (str | Unset): License code inside octorate
        credit (float | Unset): Actual balance
        billing_network_master_account (bool | Unset): true if this accommodation is a billing network master account
        billing_network_name (str | Unset): The billing network name
        additional_information (str | Unset): The additional information on the address, floor...
        rating (ApiAccommodationDTORating | Unset): The rating of the accommodation
        prefer_this_language (bool | Unset): Whether or not the accommodation prefer the accommodation language instead
            of EN
        total_beds (int | Unset): Total number of beds of this accommodation
        admin_user_access_granted (bool | Unset): Whether administrators are authorized to access the accommodation
            users
        mail_template (str | Unset):
    """

    name: str
    id: str | Unset = UNSET
    currency: str | Unset = UNSET
    time_zone: ApiAccommodationDTOTimeZoneType1 | str | Unset = UNSET
    time_zone_offset: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    address: str | Unset = UNSET
    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    zip_code: str | Unset = UNSET
    city: str | Unset = UNSET
    checkin_start: int | Unset = UNSET
    checkin_end: int | Unset = UNSET
    checkout: int | Unset = UNSET
    network_info: ApiNetworkInfo | Unset = UNSET
    contact: ApiContact | Unset = UNSET
    property_category: ApiAccommodationDTOPropertyCategory | Unset = UNSET
    location: Place | Unset = UNSET
    network_active: bool | Unset = UNSET
    license_: ApiLicenseForm | Unset = UNSET
    logo: str | Unset = UNSET
    icon: str | Unset = UNSET
    cover_image: str | Unset = UNSET
    country: CountryCode | Unset = UNSET
    master_calendar: bool | Unset = UNSET
    clpms: ApiClpmsDTO | Unset = UNSET
    insert_time: datetime.date | Unset = UNSET
    police_account: PoliceAccountDTO | Unset = UNSET
    cleaning_cost: int | Unset = UNSET
    breakfast_included: bool | Unset = UNSET
    breakfast_price: float | Unset = UNSET
    auto_close: bool | Unset = UNSET
    zip_: str | Unset = UNSET
    district: str | Unset = UNSET
    website: str | Unset = UNSET
    given_name: str | Unset = UNSET
    family_name: str | Unset = UNSET
    company_type: ApiAccommodationDTOCompanyType | Unset = UNSET
    email: str | Unset = UNSET
    welcome_user: bool | Unset = True
    welcome_alternative_email: str | Unset = "null"
    network_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    accept_duplicates: bool | Unset = UNSET
    cod_promo: None | str | Unset = UNSET
    vat_code: str | Unset = UNSET
    fiscal_code: str | Unset = UNSET
    tax_included: bool | Unset = UNSET
    taxes: float | Unset = UNSET
    layout: ApiLayoutDTO | Unset = UNSET
    last_cash_closing_day: datetime.date | Unset = UNSET
    customer_head: ApiAccommodationHeadDTO | Unset = UNSET
    invoice_options: ApiInvoiceOptionsDTO | Unset = UNSET
    sandbox_property: bool | Unset = UNSET
    date_pattern: str | Unset = UNSET
    language: ApiAccommodationDTOLanguage | Unset = UNSET
    license_code: str | Unset = UNSET
    credit: float | Unset = UNSET
    billing_network_master_account: bool | Unset = UNSET
    billing_network_name: str | Unset = UNSET
    additional_information: str | Unset = UNSET
    rating: ApiAccommodationDTORating | Unset = UNSET
    prefer_this_language: bool | Unset = UNSET
    total_beds: int | Unset = UNSET
    admin_user_access_granted: bool | Unset = UNSET
    mail_template: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        name = self.name

        id = self.id

        currency = self.currency

        time_zone: dict[str, Any] | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        elif isinstance(self.time_zone, ApiAccommodationDTOTimeZoneType1):
            time_zone = self.time_zone.to_dict()
        else:
            time_zone = self.time_zone

        time_zone_offset = self.time_zone_offset

        phone_number = self.phone_number

        address = self.address

        latitude = self.latitude

        longitude = self.longitude

        zip_code = self.zip_code

        city = self.city

        checkin_start = self.checkin_start

        checkin_end = self.checkin_end

        checkout = self.checkout

        network_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network_info, Unset):
            network_info = self.network_info.to_dict()

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        property_category: str | Unset = UNSET
        if not isinstance(self.property_category, Unset):
            property_category = self.property_category.value

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        network_active = self.network_active

        license_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.license_, Unset):
            license_ = self.license_.to_dict()

        logo = self.logo

        icon = self.icon

        cover_image = self.cover_image

        country: str | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.value

        master_calendar = self.master_calendar

        clpms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.clpms, Unset):
            clpms = self.clpms.to_dict()

        insert_time: str | Unset = UNSET
        if not isinstance(self.insert_time, Unset):
            insert_time = self.insert_time.isoformat()

        police_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.police_account, Unset):
            police_account = self.police_account.to_dict()

        cleaning_cost = self.cleaning_cost

        breakfast_included = self.breakfast_included

        breakfast_price = self.breakfast_price

        auto_close = self.auto_close

        zip_ = self.zip_

        district = self.district

        website = self.website

        given_name = self.given_name

        family_name = self.family_name

        company_type: str | Unset = UNSET
        if not isinstance(self.company_type, Unset):
            company_type = self.company_type.value

        email = self.email

        welcome_user = self.welcome_user

        welcome_alternative_email = self.welcome_alternative_email

        network_name = self.network_name

        phone = self.phone

        accept_duplicates = self.accept_duplicates

        cod_promo: None | str | Unset
        if isinstance(self.cod_promo, Unset):
            cod_promo = UNSET
        else:
            cod_promo = self.cod_promo

        vat_code = self.vat_code

        fiscal_code = self.fiscal_code

        tax_included = self.tax_included

        taxes = self.taxes

        layout: dict[str, Any] | Unset = UNSET
        if not isinstance(self.layout, Unset):
            layout = self.layout.to_dict()

        last_cash_closing_day: str | Unset = UNSET
        if not isinstance(self.last_cash_closing_day, Unset):
            last_cash_closing_day = self.last_cash_closing_day.isoformat()

        customer_head: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_head, Unset):
            customer_head = self.customer_head.to_dict()

        invoice_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_options, Unset):
            invoice_options = self.invoice_options.to_dict()

        sandbox_property = self.sandbox_property

        date_pattern = self.date_pattern

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        license_code = self.license_code

        credit = self.credit

        billing_network_master_account = self.billing_network_master_account

        billing_network_name = self.billing_network_name

        additional_information = self.additional_information

        rating: str | Unset = UNSET
        if not isinstance(self.rating, Unset):
            rating = self.rating.value

        prefer_this_language = self.prefer_this_language

        total_beds = self.total_beds

        admin_user_access_granted = self.admin_user_access_granted

        mail_template = self.mail_template

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if time_zone_offset is not UNSET:
            field_dict["timeZoneOffset"] = time_zone_offset
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if address is not UNSET:
            field_dict["address"] = address
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        if city is not UNSET:
            field_dict["city"] = city
        if checkin_start is not UNSET:
            field_dict["checkinStart"] = checkin_start
        if checkin_end is not UNSET:
            field_dict["checkinEnd"] = checkin_end
        if checkout is not UNSET:
            field_dict["checkout"] = checkout
        if network_info is not UNSET:
            field_dict["networkInfo"] = network_info
        if contact is not UNSET:
            field_dict["contact"] = contact
        if property_category is not UNSET:
            field_dict["propertyCategory"] = property_category
        if location is not UNSET:
            field_dict["location"] = location
        if network_active is not UNSET:
            field_dict["networkActive"] = network_active
        if license_ is not UNSET:
            field_dict["license"] = license_
        if logo is not UNSET:
            field_dict["logo"] = logo
        if icon is not UNSET:
            field_dict["icon"] = icon
        if cover_image is not UNSET:
            field_dict["coverImage"] = cover_image
        if country is not UNSET:
            field_dict["country"] = country
        if master_calendar is not UNSET:
            field_dict["masterCalendar"] = master_calendar
        if clpms is not UNSET:
            field_dict["clpms"] = clpms
        if insert_time is not UNSET:
            field_dict["insertTime"] = insert_time
        if police_account is not UNSET:
            field_dict["policeAccount"] = police_account
        if cleaning_cost is not UNSET:
            field_dict["cleaningCost"] = cleaning_cost
        if breakfast_included is not UNSET:
            field_dict["breakfastIncluded"] = breakfast_included
        if breakfast_price is not UNSET:
            field_dict["breakfastPrice"] = breakfast_price
        if auto_close is not UNSET:
            field_dict["autoClose"] = auto_close
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if district is not UNSET:
            field_dict["district"] = district
        if website is not UNSET:
            field_dict["website"] = website
        if given_name is not UNSET:
            field_dict["givenName"] = given_name
        if family_name is not UNSET:
            field_dict["familyName"] = family_name
        if company_type is not UNSET:
            field_dict["companyType"] = company_type
        if email is not UNSET:
            field_dict["email"] = email
        if welcome_user is not UNSET:
            field_dict["welcome_user"] = welcome_user
        if welcome_alternative_email is not UNSET:
            field_dict["welcome_alternative_email"] = welcome_alternative_email
        if network_name is not UNSET:
            field_dict["network_name"] = network_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if accept_duplicates is not UNSET:
            field_dict["accept_duplicates"] = accept_duplicates
        if cod_promo is not UNSET:
            field_dict["cod_promo"] = cod_promo
        if vat_code is not UNSET:
            field_dict["vatCode"] = vat_code
        if fiscal_code is not UNSET:
            field_dict["fiscalCode"] = fiscal_code
        if tax_included is not UNSET:
            field_dict["taxIncluded"] = tax_included
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if layout is not UNSET:
            field_dict["layout"] = layout
        if last_cash_closing_day is not UNSET:
            field_dict["lastCashClosingDay"] = last_cash_closing_day
        if customer_head is not UNSET:
            field_dict["customerHead"] = customer_head
        if invoice_options is not UNSET:
            field_dict["invoiceOptions"] = invoice_options
        if sandbox_property is not UNSET:
            field_dict["sandboxProperty"] = sandbox_property
        if date_pattern is not UNSET:
            field_dict["datePattern"] = date_pattern
        if language is not UNSET:
            field_dict["language"] = language
        if license_code is not UNSET:
            field_dict["licenseCode"] = license_code
        if credit is not UNSET:
            field_dict["credit"] = credit
        if billing_network_master_account is not UNSET:
            field_dict["billingNetworkMasterAccount"] = billing_network_master_account
        if billing_network_name is not UNSET:
            field_dict["billingNetworkName"] = billing_network_name
        if additional_information is not UNSET:
            field_dict["additionalInformation"] = additional_information
        if rating is not UNSET:
            field_dict["rating"] = rating
        if prefer_this_language is not UNSET:
            field_dict["preferThisLanguage"] = prefer_this_language
        if total_beds is not UNSET:
            field_dict["totalBeds"] = total_beds
        if admin_user_access_granted is not UNSET:
            field_dict["adminUserAccessGranted"] = admin_user_access_granted
        if mail_template is not UNSET:
            field_dict["mailTemplate"] = mail_template

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


def _load_name(d: Mapping[str, Any]) -> str:
    return d["name"]


def _load_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("id", UNSET)


def _load_currency(d: Mapping[str, Any]) -> str | Unset:
    return d.get("currency", UNSET)


def _load_time_zone(d: Mapping[str, Any]) -> ApiAccommodationDTOTimeZoneType1 | str | Unset:
    def _parse_time_zone(data: object) -> ApiAccommodationDTOTimeZoneType1 | str | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            time_zone_type_1 = ApiAccommodationDTOTimeZoneType1._from_json(data)

            return time_zone_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(ApiAccommodationDTOTimeZoneType1 | str | Unset, data)

    time_zone = _parse_time_zone(d.get("timeZone", UNSET))

    return time_zone


def _load_time_zone_offset(d: Mapping[str, Any]) -> str | Unset:
    return d.get("timeZoneOffset", UNSET)


def _load_phone_number(d: Mapping[str, Any]) -> str | Unset:
    return d.get("phoneNumber", UNSET)


def _load_address(d: Mapping[str, Any]) -> str | Unset:
    return d.get("address", UNSET)


def _load_latitude(d: Mapping[str, Any]) -> float | Unset:
    return d.get("latitude", UNSET)


def _load_longitude(d: Mapping[str, Any]) -> float | Unset:
    return d.get("longitude", UNSET)


def _load_zip_code(d: Mapping[str, Any]) -> str | Unset:
    return d.get("zipCode", UNSET)


def _load_city(d: Mapping[str, Any]) -> str | Unset:
    return d.get("city", UNSET)


def _load_checkin_start(d: Mapping[str, Any]) -> int | Unset:
    return d.get("checkinStart", UNSET)


def _load_checkin_end(d: Mapping[str, Any]) -> int | Unset:
    return d.get("checkinEnd", UNSET)


def _load_checkout(d: Mapping[str, Any]) -> int | Unset:
    return d.get("checkout", UNSET)


def _load_network_info(d: Mapping[str, Any]) -> ApiNetworkInfo | Unset:
    _network_info = d.get("networkInfo", UNSET)
    network_info: ApiNetworkInfo | Unset
    if isinstance(_network_info, Unset):
        network_info = UNSET
    else:
        network_info = ApiNetworkInfo._from_json(_network_info)

    return network_info


def _load_contact(d: Mapping[str, Any]) -> ApiContact | Unset:
    _contact = d.get("contact", UNSET)
    contact: ApiContact | Unset
    if isinstance(_contact, Unset):
        contact = UNSET
    else:
        contact = ApiContact._from_json(_contact)

    return contact


def _load_property_category(d: Mapping[str, Any]) -> ApiAccommodationDTOPropertyCategory | Unset:
    _property_category = d.get("propertyCategory", UNSET)
    property_category: ApiAccommodationDTOPropertyCategory | Unset
    if isinstance(_property_category, Unset):
        property_category = UNSET
    else:
        property_category = enum_member(ApiAccommodationDTOPropertyCategory, _property_category)

    return property_category


def _load_location(d: Mapping[str, Any]) -> Place | Unset:
    _location = d.get("location", UNSET)
    location: Place | Unset
    if isinstance(_location, Unset):
        location = UNSET
    else:
        location = Place._from_json(_location)

    return location


def _load_network_active(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("networkActive", UNSET)


def _load_license_(d: Mapping[str, Any]) -> ApiLicenseForm | Unset:
    _license_ = d.get("license", UNSET)
    license_: ApiLicenseForm | Unset
    if isinstance(_license_, Unset):
        license_ = UNSET
    else:
        license_ = ApiLicenseForm._from_json(_license_)

    return license_


def _load_logo(d: Mapping[str, Any]) -> str | Unset:
    return d.get("logo", UNSET)


def _load_icon(d: Mapping[str, Any]) -> str | Unset:
    return d.get("icon", UNSET)


def _load_cover_image(d: Mapping[str, Any]) -> str | Unset:
    return d.get("coverImage", UNSET)


def _load_country(d: Mapping[str, Any]) -> CountryCode | Unset:
    _country = d.get("country", UNSET)
    country: CountryCode | Unset
    if isinstance(_country, Unset):
        country = UNSET
    else:
        country = enum_member(CountryCode, _country)

    return country


def _load_master_calendar(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("masterCalendar", UNSET)


def _load_clpms(d: Mapping[str, Any]) -> ApiClpmsDTO | Unset:
    _clpms = d.get("clpms", UNSET)
    clpms: ApiClpmsDTO | Unset
    if isinstance(_clpms, Unset):
        clpms = UNSET
    else:
        clpms = ApiClpmsDTO._from_json(_clpms)

    return clpms


def _load_insert_time(d: Mapping[str, Any]) -> datetime.date | Unset:
    _insert_time = d.get("insertTime", UNSET)
    insert_time: datetime.date | Unset
    if isinstance(_insert_time, Unset):
        insert_time = UNSET
    else:
        insert_time = datetime.date.fromisoformat(_insert_time)

    return insert_time


def _load_police_account(d: Mapping[str, Any]) -> PoliceAccountDTO | Unset:
    _police_account = d.get("policeAccount", UNSET)
    police_account: PoliceAccountDTO | Unset
    if isinstance(_police_account, Unset):
        police_account = UNSET
    else:
        police_account = PoliceAccountDTO._from_json(_police_account)

    return police_account


def _load_cleaning_cost(d: Mapping[str, Any]) -> int | Unset:
    return d.get("cleaningCost", UNSET)


def _load_breakfast_included(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("breakfastIncluded", UNSET)


def _load_breakfast_price(d: Mapping[str, Any]) -> float | Unset:
    return d.get("breakfastPrice", UNSET)


def _load_auto_close(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("autoClose", UNSET)


def _load_zip_(d: Mapping[str, Any]) -> str | Unset:
    return d.get("zip", UNSET)


def _load_district(d: Mapping[str, Any]) -> str | Unset:
    return d.get("district", UNSET)


def _load_website(d: Mapping[str, Any]) -> str | Unset:
    return d.get("website", UNSET)


def _load_given_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("givenName", UNSET)


def _load_family_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("familyName", UNSET)


def _load_company_type(d: Mapping[str, Any]) -> ApiAccommodationDTOCompanyType | Unset:
    _company_type = d.get("companyType", UNSET)
    company_type: ApiAccommodationDTOCompanyType | Unset
    if isinstance(_company_type, Unset):
        company_type = UNSET
    else:
        company_type = enum_member(ApiAccommodationDTOCompanyType, _company_type)

    return company_type


def _load_email(d: Mapping[str, Any]) -> str | Unset:
    return d.get("email", UNSET)


def _load_welcome_user(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("welcome_user", UNSET)


def _load_welcome_alternative_email(d: Mapping[str, Any]) -> str | Unset:
    return d.get("welcome_alternative_email", UNSET)


def _load_network_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("network_name", UNSET)


def _load_phone(d: Mapping[str, Any]) -> str | Unset:
    return d.get("phone", UNSET)


def _load_accept_duplicates(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("accept_duplicates", UNSET)


def _load_cod_promo(d: Mapping[str, Any]) -> None | str | Unset:
    def _parse_cod_promo(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    cod_promo = _parse_cod_promo(d.get("cod_promo", UNSET))

    return cod_promo


def _load_vat_code(d: Mapping[str, Any]) -> str | Unset:
    return d.get("vatCode", UNSET)


def _load_fiscal_code(d: Mapping[str, Any]) -> str | Unset:
    return d.get("fiscalCode", UNSET)


def _load_tax_included(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("taxIncluded", UNSET)


def _load_taxes(d: Mapping[str, Any]) -> float | Unset:
    return d.get("taxes", UNSET)


def _load_layout(d: Mapping[str, Any]) -> ApiLayoutDTO | Unset:
    _layout = d.get("layout", UNSET)
    layout: ApiLayoutDTO | Unset
    if isinstance(_layout, Unset):
        layout = UNSET
    else:
        layout = ApiLayoutDTO._from_json(_layout)

    return layout


def _load_last_cash_closing_day(d: Mapping[str, Any]) -> datetime.date | Unset:
    _last_cash_closing_day = d.get("lastCashClosingDay", UNSET)
    last_cash_closing_day: datetime.date | Unset
    if isinstance(_last_cash_closing_day, Unset):
        last_cash_closing_day = UNSET
    else:
        last_cash_closing_day = datetime.date.fromisoformat(_last_cash_closing_day)

    return last_cash_closing_day


def _load_customer_head(d: Mapping[str, Any]) -> ApiAccommodationHeadDTO | Unset:
    _customer_head = d.get("customerHead", UNSET)
    customer_head: ApiAccommodationHeadDTO | Unset
    if isinstance(_customer_head, Unset):
        customer_head = UNSET
    else:
        customer_head = ApiAccommodationHeadDTO._from_json(_customer_head)

    return customer_head


def _load_invoice_options(d: Mapping[str, Any]) -> ApiInvoiceOptionsDTO | Unset:
    _invoice_options = d.get("invoiceOptions", UNSET)
    invoice_options: ApiInvoiceOptionsDTO | Unset
    if isinstance(_invoice_options, Unset):
        invoice_options = UNSET
    else:
        invoice_options = ApiInvoiceOptionsDTO._from_json(_invoice_options)

    return invoice_options


def _load_sandbox_property(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("sandboxProperty", UNSET)


def _load_date_pattern(d: Mapping[str, Any]) -> str | Unset:
    return d.get("datePattern", UNSET)


def _load_language(d: Mapping[str, Any]) -> ApiAccommodationDTOLanguage | Unset:
    _language = d.get("language", UNSET)
    language: ApiAccommodationDTOLanguage | Unset
    if isinstance(_language, Unset):
        language = UNSET
    else:
        language = enum_member(ApiAccommodationDTOLanguage, _language)

    return language


def _load_license_code(d: Mapping[str, Any]) -> str | Unset:
    return d.get("licenseCode", UNSET)


def _load_credit(d: Mapping[str, Any]) -> float | Unset:
    return d.get("credit", UNSET)


def _load_billing_network_master_account(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("billingNetworkMasterAccount", UNSET)


def _load_billing_network_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("billingNetworkName", UNSET)


def _load_additional_information(d: Mapping[str, Any]) -> str | Unset:
    return d.get("additionalInformation", UNSET)


def _load_rating(d: Mapping[str, Any]) -> ApiAccommodationDTORating | Unset:
    _rating = d.get("rating", UNSET)
    rating: ApiAccommodationDTORating | Unset
    if isinstance(_rating, Unset):
        rating = UNSET
    else:
        rating = enum_member(ApiAccommodationDTORating, _rating)

    return rating


def _load_prefer_this_language(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("preferThisLanguage", UNSET)


def _load_total_beds(d: Mapping[str, Any]) -> int | Unset:
    return d.get("totalBeds", UNSET)


def _load_admin_user_access_granted(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("adminUserAccessGranted", UNSET)


def _load_mail_template(d: Mapping[str, Any]) -> str | Unset:
    return d.get("mailTemplate", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "name",
        "id",
        "currency",
        "timeZone",
        "timeZoneOffset",
        "phoneNumber",
        "address",
        "latitude",
        "longitude",
        "zipCode",
        "city",
        "checkinStart",
        "checkinEnd",
        "checkout",
        "networkInfo",
        "contact",
        "propertyCategory",
        "location",
        "networkActive",
        "license",
        "logo",
        "icon",
        "coverImage",
        "country",
        "masterCalendar",
        "clpms",
        "insertTime",
        "policeAccount",
        "cleaningCost",
        "breakfastIncluded",
        "breakfastPrice",
        "autoClose",
        "zip",
        "district",
        "website",
        "givenName",
        "familyName",
        "companyType",
        "email",
        "welcome_user",
        "welcome_alternative_email",
        "network_name",
        "phone",
        "accept_duplicates",
        "cod_promo",
        "vatCode",
        "fiscalCode",
        "taxIncluded",
        "taxes",
        "layout",
        "lastCashClosingDay",
        "customerHead",
        "invoiceOptions",
        "sandboxProperty",
        "datePattern",
        "language",
        "licenseCode",
        "credit",
        "billingNetworkMasterAccount",
        "billingNetworkName",
        "additionalInformation",
        "rating",
        "preferThisLanguage",
        "totalBeds",
        "adminUserAccessGranted",
        "mailTemplate",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiAccommodationDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "name" not in seen:
        _set(self, "name", d["name"])
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "currency" not in seen:
        _set(self, "currency", d.get("currency", UNSET))
    if "time_zone" not in seen:

        def _parse_time_zone(data: object) -> ApiAccommodationDTOTimeZoneType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                time_zone_type_1 = ApiAccommodationDTOTimeZoneType1._from_json(data)

                return time_zone_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiAccommodationDTOTimeZoneType1 | str | Unset, data)

        time_zone = _parse_time_zone(d.get("timeZone", UNSET))

        _set(self, "time_zone", time_zone)
    if "time_zone_offset" not in seen:
        _set(self, "time_zone_offset", d.get("timeZoneOffset", UNSET))
    if "phone_number" not in seen:
        _set(self, "phone_number", d.get("phoneNumber", UNSET))
    if "address" not in seen:
        _set(self, "address", d.get("address", UNSET))
    if "latitude" not in seen:
        _set(self, "latitude", d.get("latitude", UNSET))
    if "longitude" not in seen:
        _set(self, "longitude", d.get("longitude", UNSET))
    if "zip_code" not in seen:
        _set(self, "zip_code", d.get("zipCode", UNSET))
    if "city" not in seen:
        _set(self, "city", d.get("city", UNSET))
    if "checkin_start" not in seen:
        _set(self, "checkin_start", d.get("checkinStart", UNSET))
    if "checkin_end" not in seen:
        _set(self, "checkin_end", d.get("checkinEnd", UNSET))
    if "checkout" not in seen:
        _set(self, "checkout", d.get("checkout", UNSET))
    if "network_info" not in seen:
        _network_info = d.get("networkInfo", UNSET)
        network_info: ApiNetworkInfo | Unset
        if isinstance(_network_info, Unset):
            network_info = UNSET
        else:
            network_info = ApiNetworkInfo._from_json(_network_info)

        _set(self, "network_info", network_info)
    if "contact" not in seen:
        _contact = d.get("contact", UNSET)
        contact: ApiContact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = ApiContact._from_json(_contact)

        _set(self, "contact", contact)
    if "property_category" not in seen:
        _property_category = d.get("propertyCategory", UNSET)
        property_category: ApiAccommodationDTOPropertyCategory | Unset
        if isinstance(_property_category, Unset):
            property_category = UNSET
        else:
            property_category = enum_member(ApiAccommodationDTOPropertyCategory, _property_category)

        _set(self, "property_category", property_category)
    if "location" not in seen:
        _location = d.get("location", UNSET)
        location: Place | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = Place._from_json(_location)

        _set(self, "location", location)
    if "network_active" not in seen:
        _set(self, "network_active", d.get("networkActive", UNSET))
    if "license_" not in seen:
        _license_ = d.get("license", UNSET)
        license_: ApiLicenseForm | Unset
        if isinstance(_license_, Unset):
            license_ = UNSET
        else:
            license_ = ApiLicenseForm._from_json(_license_)

        _set(self, "license_", license_)
    if "logo" not in seen:
        _set(self, "logo", d.get("logo", UNSET))
    if "icon" not in seen:
        _set(self, "icon", d.get("icon", UNSET))
    if "cover_image" not in seen:
        _set(self, "cover_image", d.get("coverImage", UNSET))
    if "country" not in seen:
        _country = d.get("country", UNSET)
        country: CountryCode | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = enum_member(CountryCode, _country)

        _set(self, "country", country)
    if "master_calendar" not in seen:
        _set(self, "master_calendar", d.get("masterCalendar", UNSET))
    if "clpms" not in seen:
        _clpms = d.get("clpms", UNSET)
        clpms: ApiClpmsDTO | Unset
        if isinstance(_clpms, Unset):
            clpms = UNSET
        else:
            clpms = ApiClpmsDTO._from_json(_clpms)

        _set(self, "clpms", clpms)
    if "insert_time" not in seen:
        _insert_time = d.get("insertTime", UNSET)
        insert_time: datetime.date | Unset
        if isinstance(_insert_time, Unset):
            insert_time = UNSET
        else:
            insert_time = datetime.date.fromisoformat(_insert_time)

        _set(self, "insert_time", insert_time)
    if "police_account" not in seen:
        _police_account = d.get("policeAccount", UNSET)
        police_account: PoliceAccountDTO | Unset
        if isinstance(_police_account, Unset):
            police_account = UNSET
        else:
            police_account = PoliceAccountDTO._from_json(_police_account)

        _set(self, "police_account", police_account)
    if "cleaning_cost" not in seen:
        _set(self, "cleaning_cost", d.get("cleaningCost", UNSET))
    if "breakfast_included" not in seen:
        _set(self, "breakfast_included", d.get("breakfastIncluded", UNSET))
    if "breakfast_price" not in seen:
        _set(self, "breakfast_price", d.get("breakfastPrice", UNSET))
    if "auto_close" not in seen:
        _set(self, "auto_close", d.get("autoClose", UNSET))
    if "zip_" not in seen:
        _set(self, "zip_", d.get("zip", UNSET))
    if "district" not in seen:
        _set(self, "district", d.get("district", UNSET))
    if "website" not in seen:
        _set(self, "website", d.get("website", UNSET))
    if "given_name" not in seen:
        _set(self, "given_name", d.get("givenName", UNSET))
    if "family_name" not in seen:
        _set(self, "family_name", d.get("familyName", UNSET))
    if "company_type" not in seen:
        _company_type = d.get("companyType", UNSET)
        company_type: ApiAccommodationDTOCompanyType | Unset
        if isinstance(_company_type, Unset):
            company_type = UNSET
        else:
            company_type = enum_member(ApiAccommodationDTOCompanyType, _company_type)

        _set(self, "company_type", company_type)
    if "email" not in seen:
        _set(self, "email", d.get("email", UNSET))
    if "welcome_user" not in seen:
        _set(self, "welcome_user", d.get("welcome_user", UNSET))
    if "welcome_alternative_email" not in seen:
        _set(self, "welcome_alternative_email", d.get("welcome_alternative_email", UNSET))
    if "network_name" not in seen:
        _set(self, "network_name", d.get("network_name", UNSET))
    if "phone" not in seen:
        _set(self, "phone", d.get("phone", UNSET))
    if "accept_duplicates" not in seen:
        _set(self, "accept_duplicates", d.get("accept_duplicates", UNSET))
    if "cod_promo" not in seen:

        def _parse_cod_promo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cod_promo = _parse_cod_promo(d.get("cod_promo", UNSET))

        _set(self, "cod_promo", cod_promo)
    if "vat_code" not in seen:
        _set(self, "vat_code", d.get("vatCode", UNSET))
    if "fiscal_code" not in seen:
        _set(self, "fiscal_code", d.get("fiscalCode", UNSET))
    if "tax_included" not in seen:
        _set(self, "tax_included", d.get("taxIncluded", UNSET))
    if "taxes" not in seen:
        _set(self, "taxes", d.get("taxes", UNSET))
    if "layout" not in seen:
        _layout = d.get("layout", UNSET)
        layout: ApiLayoutDTO | Unset
        if isinstance(_layout, Unset):
            layout = UNSET
        else:
            layout = ApiLayoutDTO._from_json(_layout)

        _set(self, "layout", layout)
    if "last_cash_closing_day" not in seen:
        _last_cash_closing_day = d.get("lastCashClosingDay", UNSET)
        last_cash_closing_day: datetime.date | Unset
        if isinstance(_last_cash_closing_day, Unset):
            last_cash_closing_day = UNSET
        else:
            last_cash_closing_day = datetime.date.fromisoformat(_last_cash_closing_day)

        _set(self, "last_cash_closing_day", last_cash_closing_day)
    if "customer_head" not in seen:
        _customer_head = d.get("customerHead", UNSET)
        customer_head: ApiAccommodationHeadDTO | Unset
        if isinstance(_customer_head, Unset):
            customer_head = UNSET
        else:
            customer_head = ApiAccommodationHeadDTO._from_json(_customer_head)

        _set(self, "customer_head", customer_head)
    if "invoice_options" not in seen:
        _invoice_options = d.get("invoiceOptions", UNSET)
        invoice_options: ApiInvoiceOptionsDTO | Unset
        if isinstance(_invoice_options, Unset):
            invoice_options = UNSET
        else:
            invoice_options = ApiInvoiceOptionsDTO._from_json(_invoice_options)

        _set(self, "invoice_options", invoice_options)
    if "sandbox_property" not in seen:
        _set(self, "sandbox_property", d.get("sandboxProperty", UNSET))
    if "date_pattern" not in seen:
        _set(self, "date_pattern", d.get("datePattern", UNSET))
    if "language" not in seen:
        _language = d.get("language", UNSET)
        language: ApiAccommodationDTOLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = enum_member(ApiAccommodationDTOLanguage, _language)

        _set(self, "language", language)
    if "license_code" not in seen:
        _set(self, "license_code", d.get("licenseCode", UNSET))
    if "credit" not in seen:
        _set(self, "credit", d.get("credit", UNSET))
    if "billing_network_master_account" not in seen:
        _set(self, "billing_network_master_account", d.get("billingNetworkMasterAccount", UNSET))
    if "billing_network_name" not in seen:
        _set(self, "billing_network_name", d.get("billingNetworkName", UNSET))
    if "additional_information" not in seen:
        _set(self, "additional_information", d.get("additionalInformation", UNSET))
    if "rating" not in seen:
        _rating = d.get("rating", UNSET)
        rating: ApiAccommodationDTORating | Unset
        if isinstance(_rating, Unset):
            rating = UNSET
        else:
            rating = enum_member(ApiAccommodationDTORating, _rating)

        _set(self, "rating", rating)
    if "prefer_this_language" not in seen:
        _set(self, "prefer_this_language", d.get("preferThisLanguage", UNSET))
    if "total_beds" not in seen:
        _set(self, "total_beds", d.get("totalBeds", UNSET))
    if "admin_user_access_granted" not in seen:
        _set(self, "admin_user_access_granted", d.get("adminUserAccessGranted", UNSET))
    if "mail_template" not in seen:
        _set(self, "mail_template", d.get("mailTemplate", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiAccommodationDTO._octorate_fields = FieldTable(
    required=frozenset(("name",)),
    loaders={
        "name": _load_name,
        "id": _load_id,
        "currency": _load_currency,
        "time_zone": _load_time_zone,
        "time_zone_offset": _load_time_zone_offset,
        "phone_number": _load_phone_number,
        "address": _load_address,
        "latitude": _load_latitude,
        "longitude": _load_longitude,
        "zip_code": _load_zip_code,
        "city": _load_city,
        "checkin_start": _load_checkin_start,
        "checkin_end": _load_checkin_end,
        "checkout": _load_checkout,
        "network_info": _load_network_info,
        "contact": _load_contact,
        "property_category": _load_property_category,
        "location": _load_location,
        "network_active": _load_network_active,
        "license_": _load_license_,
        "logo": _load_logo,
        "icon": _load_icon,
        "cover_image": _load_cover_image,
        "country": _load_country,
        "master_calendar": _load_master_calendar,
        "clpms": _load_clpms,
        "insert_time": _load_insert_time,
        "police_account": _load_police_account,
        "cleaning_cost": _load_cleaning_cost,
        "breakfast_included": _load_breakfast_included,
        "breakfast_price": _load_breakfast_price,
        "auto_close": _load_auto_close,
        "zip_": _load_zip_,
        "district": _load_district,
        "website": _load_website,
        "given_name": _load_given_name,
        "family_name": _load_family_name,
        "company_type": _load_company_type,
        "email": _load_email,
        "welcome_user": _load_welcome_user,
        "welcome_alternative_email": _load_welcome_alternative_email,
        "network_name": _load_network_name,
        "phone": _load_phone,
        "accept_duplicates": _load_accept_duplicates,
        "cod_promo": _load_cod_promo,
        "vat_code": _load_vat_code,
        "fiscal_code": _load_fiscal_code,
        "tax_included": _load_tax_included,
        "taxes": _load_taxes,
        "layout": _load_layout,
        "last_cash_closing_day": _load_last_cash_closing_day,
        "customer_head": _load_customer_head,
        "invoice_options": _load_invoice_options,
        "sandbox_property": _load_sandbox_property,
        "date_pattern": _load_date_pattern,
        "language": _load_language,
        "license_code": _load_license_code,
        "credit": _load_credit,
        "billing_network_master_account": _load_billing_network_master_account,
        "billing_network_name": _load_billing_network_name,
        "additional_information": _load_additional_information,
        "rating": _load_rating,
        "prefer_this_language": _load_prefer_this_language,
        "total_beds": _load_total_beds,
        "admin_user_access_granted": _load_admin_user_access_granted,
        "mail_template": _load_mail_template,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "time_zone",
        "network_info",
        "contact",
        "location",
        "license_",
        "clpms",
        "police_account",
        "cod_promo",
        "layout",
        "customer_head",
        "invoice_options",
        "additional_properties",
    ),
    keys={
        "name": "name",
        "id": "id",
        "currency": "currency",
        "time_zone": "timeZone",
        "time_zone_offset": "timeZoneOffset",
        "phone_number": "phoneNumber",
        "address": "address",
        "latitude": "latitude",
        "longitude": "longitude",
        "zip_code": "zipCode",
        "city": "city",
        "checkin_start": "checkinStart",
        "checkin_end": "checkinEnd",
        "checkout": "checkout",
        "network_info": "networkInfo",
        "contact": "contact",
        "property_category": "propertyCategory",
        "location": "location",
        "network_active": "networkActive",
        "license_": "license",
        "logo": "logo",
        "icon": "icon",
        "cover_image": "coverImage",
        "country": "country",
        "master_calendar": "masterCalendar",
        "clpms": "clpms",
        "insert_time": "insertTime",
        "police_account": "policeAccount",
        "cleaning_cost": "cleaningCost",
        "breakfast_included": "breakfastIncluded",
        "breakfast_price": "breakfastPrice",
        "auto_close": "autoClose",
        "zip_": "zip",
        "district": "district",
        "website": "website",
        "given_name": "givenName",
        "family_name": "familyName",
        "company_type": "companyType",
        "email": "email",
        "welcome_user": "welcome_user",
        "welcome_alternative_email": "welcome_alternative_email",
        "network_name": "network_name",
        "phone": "phone",
        "accept_duplicates": "accept_duplicates",
        "cod_promo": "cod_promo",
        "vat_code": "vatCode",
        "fiscal_code": "fiscalCode",
        "tax_included": "taxIncluded",
        "taxes": "taxes",
        "layout": "layout",
        "last_cash_closing_day": "lastCashClosingDay",
        "customer_head": "customerHead",
        "invoice_options": "invoiceOptions",
        "sandbox_property": "sandboxProperty",
        "date_pattern": "datePattern",
        "language": "language",
        "license_code": "licenseCode",
        "credit": "credit",
        "billing_network_master_account": "billingNetworkMasterAccount",
        "billing_network_name": "billingNetworkName",
        "additional_information": "additionalInformation",
        "rating": "rating",
        "prefer_this_language": "preferThisLanguage",
        "total_beds": "totalBeds",
        "admin_user_access_granted": "adminUserAccessGranted",
        "mail_template": "mailTemplate",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_accommodation_dto_time_zone_type_1 import ApiAccommodationDTOTimeZoneType1  # noqa: E402
from ..models.api_accommodation_head_dto import ApiAccommodationHeadDTO  # noqa: E402
from ..models.api_clpms_dto import ApiClpmsDTO  # noqa: E402
from ..models.api_contact import ApiContact  # noqa: E402
from ..models.api_invoice_options_dto import ApiInvoiceOptionsDTO  # noqa: E402
from ..models.api_layout_dto import ApiLayoutDTO  # noqa: E402
from ..models.api_license_form import ApiLicenseForm  # noqa: E402
from ..models.api_network_info import ApiNetworkInfo  # noqa: E402
from ..models.place import Place  # noqa: E402
from ..models.police_account_dto import PoliceAccountDTO  # noqa: E402
