from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


T = TypeVar("T", bound="ApiAccommodationDTO")


@_attrs_define
class ApiAccommodationDTO:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id", UNSET)

        currency = d.pop("currency", UNSET)

        def _parse_time_zone(data: object) -> ApiAccommodationDTOTimeZoneType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                time_zone_type_1 = ApiAccommodationDTOTimeZoneType1.from_dict(data)

                return time_zone_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiAccommodationDTOTimeZoneType1 | str | Unset, data)

        time_zone = _parse_time_zone(d.pop("timeZone", UNSET))

        time_zone_offset = d.pop("timeZoneOffset", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        address = d.pop("address", UNSET)

        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        zip_code = d.pop("zipCode", UNSET)

        city = d.pop("city", UNSET)

        checkin_start = d.pop("checkinStart", UNSET)

        checkin_end = d.pop("checkinEnd", UNSET)

        checkout = d.pop("checkout", UNSET)

        _network_info = d.pop("networkInfo", UNSET)
        network_info: ApiNetworkInfo | Unset
        if isinstance(_network_info, Unset):
            network_info = UNSET
        else:
            network_info = ApiNetworkInfo.from_dict(_network_info)

        _contact = d.pop("contact", UNSET)
        contact: ApiContact | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = ApiContact.from_dict(_contact)

        _property_category = d.pop("propertyCategory", UNSET)
        property_category: ApiAccommodationDTOPropertyCategory | Unset
        if isinstance(_property_category, Unset):
            property_category = UNSET
        else:
            property_category = enum_member(ApiAccommodationDTOPropertyCategory, _property_category)

        _location = d.pop("location", UNSET)
        location: Place | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = Place.from_dict(_location)

        network_active = d.pop("networkActive", UNSET)

        _license_ = d.pop("license", UNSET)
        license_: ApiLicenseForm | Unset
        if isinstance(_license_, Unset):
            license_ = UNSET
        else:
            license_ = ApiLicenseForm.from_dict(_license_)

        logo = d.pop("logo", UNSET)

        icon = d.pop("icon", UNSET)

        cover_image = d.pop("coverImage", UNSET)

        _country = d.pop("country", UNSET)
        country: CountryCode | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = enum_member(CountryCode, _country)

        master_calendar = d.pop("masterCalendar", UNSET)

        _clpms = d.pop("clpms", UNSET)
        clpms: ApiClpmsDTO | Unset
        if isinstance(_clpms, Unset):
            clpms = UNSET
        else:
            clpms = ApiClpmsDTO.from_dict(_clpms)

        _insert_time = d.pop("insertTime", UNSET)
        insert_time: datetime.date | Unset
        if isinstance(_insert_time, Unset):
            insert_time = UNSET
        else:
            insert_time = datetime.date.fromisoformat(_insert_time)

        _police_account = d.pop("policeAccount", UNSET)
        police_account: PoliceAccountDTO | Unset
        if isinstance(_police_account, Unset):
            police_account = UNSET
        else:
            police_account = PoliceAccountDTO.from_dict(_police_account)

        cleaning_cost = d.pop("cleaningCost", UNSET)

        breakfast_included = d.pop("breakfastIncluded", UNSET)

        breakfast_price = d.pop("breakfastPrice", UNSET)

        auto_close = d.pop("autoClose", UNSET)

        zip_ = d.pop("zip", UNSET)

        district = d.pop("district", UNSET)

        website = d.pop("website", UNSET)

        given_name = d.pop("givenName", UNSET)

        family_name = d.pop("familyName", UNSET)

        _company_type = d.pop("companyType", UNSET)
        company_type: ApiAccommodationDTOCompanyType | Unset
        if isinstance(_company_type, Unset):
            company_type = UNSET
        else:
            company_type = enum_member(ApiAccommodationDTOCompanyType, _company_type)

        email = d.pop("email", UNSET)

        welcome_user = d.pop("welcome_user", UNSET)

        welcome_alternative_email = d.pop("welcome_alternative_email", UNSET)

        network_name = d.pop("network_name", UNSET)

        phone = d.pop("phone", UNSET)

        accept_duplicates = d.pop("accept_duplicates", UNSET)

        def _parse_cod_promo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cod_promo = _parse_cod_promo(d.pop("cod_promo", UNSET))

        vat_code = d.pop("vatCode", UNSET)

        fiscal_code = d.pop("fiscalCode", UNSET)

        tax_included = d.pop("taxIncluded", UNSET)

        taxes = d.pop("taxes", UNSET)

        _layout = d.pop("layout", UNSET)
        layout: ApiLayoutDTO | Unset
        if isinstance(_layout, Unset):
            layout = UNSET
        else:
            layout = ApiLayoutDTO.from_dict(_layout)

        _last_cash_closing_day = d.pop("lastCashClosingDay", UNSET)
        last_cash_closing_day: datetime.date | Unset
        if isinstance(_last_cash_closing_day, Unset):
            last_cash_closing_day = UNSET
        else:
            last_cash_closing_day = datetime.date.fromisoformat(_last_cash_closing_day)

        _customer_head = d.pop("customerHead", UNSET)
        customer_head: ApiAccommodationHeadDTO | Unset
        if isinstance(_customer_head, Unset):
            customer_head = UNSET
        else:
            customer_head = ApiAccommodationHeadDTO.from_dict(_customer_head)

        _invoice_options = d.pop("invoiceOptions", UNSET)
        invoice_options: ApiInvoiceOptionsDTO | Unset
        if isinstance(_invoice_options, Unset):
            invoice_options = UNSET
        else:
            invoice_options = ApiInvoiceOptionsDTO.from_dict(_invoice_options)

        sandbox_property = d.pop("sandboxProperty", UNSET)

        date_pattern = d.pop("datePattern", UNSET)

        _language = d.pop("language", UNSET)
        language: ApiAccommodationDTOLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = enum_member(ApiAccommodationDTOLanguage, _language)

        license_code = d.pop("licenseCode", UNSET)

        credit = d.pop("credit", UNSET)

        billing_network_master_account = d.pop("billingNetworkMasterAccount", UNSET)

        billing_network_name = d.pop("billingNetworkName", UNSET)

        additional_information = d.pop("additionalInformation", UNSET)

        _rating = d.pop("rating", UNSET)
        rating: ApiAccommodationDTORating | Unset
        if isinstance(_rating, Unset):
            rating = UNSET
        else:
            rating = enum_member(ApiAccommodationDTORating, _rating)

        prefer_this_language = d.pop("preferThisLanguage", UNSET)

        total_beds = d.pop("totalBeds", UNSET)

        admin_user_access_granted = d.pop("adminUserAccessGranted", UNSET)

        mail_template = d.pop("mailTemplate", UNSET)

        api_accommodation_dto = cls(
            name=name,
            id=id,
            currency=currency,
            time_zone=time_zone,
            time_zone_offset=time_zone_offset,
            phone_number=phone_number,
            address=address,
            latitude=latitude,
            longitude=longitude,
            zip_code=zip_code,
            city=city,
            checkin_start=checkin_start,
            checkin_end=checkin_end,
            checkout=checkout,
            network_info=network_info,
            contact=contact,
            property_category=property_category,
            location=location,
            network_active=network_active,
            license_=license_,
            logo=logo,
            icon=icon,
            cover_image=cover_image,
            country=country,
            master_calendar=master_calendar,
            clpms=clpms,
            insert_time=insert_time,
            police_account=police_account,
            cleaning_cost=cleaning_cost,
            breakfast_included=breakfast_included,
            breakfast_price=breakfast_price,
            auto_close=auto_close,
            zip_=zip_,
            district=district,
            website=website,
            given_name=given_name,
            family_name=family_name,
            company_type=company_type,
            email=email,
            welcome_user=welcome_user,
            welcome_alternative_email=welcome_alternative_email,
            network_name=network_name,
            phone=phone,
            accept_duplicates=accept_duplicates,
            cod_promo=cod_promo,
            vat_code=vat_code,
            fiscal_code=fiscal_code,
            tax_included=tax_included,
            taxes=taxes,
            layout=layout,
            last_cash_closing_day=last_cash_closing_day,
            customer_head=customer_head,
            invoice_options=invoice_options,
            sandbox_property=sandbox_property,
            date_pattern=date_pattern,
            language=language,
            license_code=license_code,
            credit=credit,
            billing_network_master_account=billing_network_master_account,
            billing_network_name=billing_network_name,
            additional_information=additional_information,
            rating=rating,
            prefer_this_language=prefer_this_language,
            total_beds=total_beds,
            admin_user_access_granted=admin_user_access_granted,
            mail_template=mail_template,
        )

        api_accommodation_dto.additional_properties = d
        return api_accommodation_dto

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
