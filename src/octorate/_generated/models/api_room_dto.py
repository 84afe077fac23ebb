from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_room_dto_room_category import ApiRoomDTORoomCategory
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.api_amenity import ApiAmenity
    from ..models.api_listing_place_dto import ApiListingPlaceDTO
    from ..models.api_rate_dto import ApiRateDTO
    from ..models.api_room_amenity_dto import ApiRoomAmenityDTO
    from ..models.api_room_dto_activities_info import ApiRoomDTOActivitiesInfo
    from ..models.api_room_dto_basic_name import ApiRoomDTOBasicName
    from ..models.api_room_dto_checkin_info import ApiRoomDTOCheckinInfo
    from ..models.api_room_dto_description import ApiRoomDTODescription
    from ..models.api_room_dto_description_lang_map import ApiRoomDTODescriptionLangMap
    from ..models.api_room_dto_guest_info import ApiRoomDTOGuestInfo
    from ..models.api_room_dto_headline import ApiRoomDTOHeadline
    from ..models.api_room_dto_headline_lang_map import ApiRoomDTOHeadlineLangMap
    from ..models.api_room_dto_invoice_info import ApiRoomDTOInvoiceInfo
    from ..models.api_room_dto_labels import ApiRoomDTOLabels
    from ..models.api_room_dto_near_info import ApiRoomDTONearInfo
    from ..models.api_room_dto_rate_name import ApiRoomDTORateName
    from ..models.api_room_dto_selling_name import ApiRoomDTOSellingName
    from ..models.api_room_dto_wifi import ApiRoomDTOWifi
    from ..models.api_room_maintenance_dto import ApiRoomMaintenanceDTO
    from ..models.api_sub_room import ApiSubRoom
    from ..models.derived_rule import DerivedRule


@_attrs_define
class ApiRoomDTO(LazyModel):
    """
    Attributes:
        not_refundable (bool): True if this room is not refundable. Currently is going to be replaced by the rate plans
            for newer accounts
        breakfast_included (bool): True if breakfast is included. Currently is going to be replaced by the rate plans
            for newer accounts
        statistic (bool): If true this product should be considered in statistics (occupancy,etc..)
        calendar (bool): If true this product should be visibile in our calendar
        website (bool): If true this product should be visibile in the generated website for the property
        booking_engine (bool): If true this product should be visibile in the generated booking engine (engine for
            reservations) for the property
        manual_reservations (bool): If true this product should be visibile in the manual reservations when the property
            search for rooms
        tripe_the_price (bool): By activating this option, the system will triple the room price as soon as it appears
            without any availability on the Octorate calendar.
            The option is to avoid overbooking on portals where there is an allotment on the room in question. Default:
            False.
        close_next_days (int): This option, as well as the CutOff days, aims to avoid last minute reservations: every
            day, at midnight, the system will put the rate in Stop Sale for a number of days corresponding to the value
            entered! Default: 0.
        open_next_days (int): This option, will remove the Stop Sell, for a date after X+1 every day! Zero for turn off
            Default: 0.
        adults (int): Adults quantity
        rms_derived (bool): Indicate if this room is rms derived
        accommodation_id (str): id of the accommodation of this room Example: 999999.
        name (str | Unset): name of this room Example: Double room.
        id (int | Unset): The id of this product
        headline (ApiRoomDTOHeadline | Unset): Selling name (presented to booking engine customers), of the main
            tipology or the derived rate Example: {'EN': 'Double Room'}.
        basic_name (ApiRoomDTOBasicName | Unset): Typology Name - this will be kept by default for each potential
            derived rate Example: {'EN': 'These are the LanguageMap value in English!'}.
        rate_name (ApiRoomDTORateName | Unset): Room/Apartment Name - Acts as rate name if you have entered an headline.
            This is useful only if you do not have specified the rate plans Example: Not Refundable.
        selling_name (ApiRoomDTOSellingName | Unset): Room/Apartment Name - Acts as rate name if you have entered an
            headline. This is useful only if you do not have specified the rate plans Example: Double Room - Not Refundable.
        labels (ApiRoomDTOLabels | Unset): label that is used inside our booking engine to describe the unit of measure.
            For instance to say '1 Room', '1 Castle', '1 Apartment', '1 Cavaran', etc.... Example: {'EN': 'These are the
            LanguageMap value in English!'}.
        infants (int | Unset): Number of maximum infants
        dormitory (bool | Unset): (*Required only in main tipology) If true, this value means that this room/listing has
            to be considered as a dormitory room
        quantity (int | Unset): How many rooms are sellable? Keep care! This value might impact availability Default: 1.
        bathroom_quantity (int | Unset): Number of available bathroom, the number of the bathrooms will be automatically
            calculated in the SubRooms
        bedroom_quantity (int | Unset): Number of available bedroom, the number of the bedrooms will be automatically
            calculated in the SubRooms
        bed_quantity (int | Unset): Number of available BEDS, the number of the beds will be automatically calculated in
            the SubRooms
        square_meters_size (int | Unset): Square meters of this room Example: 23.
        legal_id_issuer (str | Unset): The issuer of the legal id (@see legal id)  Example: State of New York, tourism
            office.
        legal_id (str | Unset): Legal id if needed for this room/listing. It could be the region/country/other
            institution license Example: MC123FG1.
        minimum_selling_price (float | Unset): Minimum selling price if price is missing Example: 100.23.
        derived_rule (DerivedRule | Unset): The derived rule
        location (ApiListingPlaceDTO | Unset): The location of this listing
        description (ApiRoomDTODescription | Unset): Description to show to customers inside our Booking Engine Example:
            {'EN': 'Double Room is a nice room, book it now!'}.
        wifi (ApiRoomDTOWifi | Unset): Wifi suggestion for the property
        near_info (ApiRoomDTONearInfo | Unset): Near to information
        guest_info (ApiRoomDTOGuestInfo | Unset): General information for guests for this room
        invoice_info (ApiRoomDTOInvoiceInfo | Unset): Invoice information to add to any invoice that use this rrom
        guests_dormitory (int | Unset): Guests number in dormitory mode
        children (int | Unset): Children quantity
        police_code (int | Unset): Police Room / Apartment code
        rate_plans (list[ApiRateDTO] | Unset): List of rateplans accepted by the Room. Used mainly in Booking Engine
            only. For specific functionality of this field, try on the frontend using also the booking engine. For Channel
            connectivity, you can ignore
        amenities (list[ApiAmenity] | Unset): The amenities to to use for the Booking Engine. For a complete list of
            amenities code, refer to rest/v1/meta/octorateAmenities endpoint
        ical_urls (list[str] | Unset): With the iCal connection, Octorate is enabled to check the ics data in order to
            create correspondence: dates will be synchronized, so that all the dates mistakenly open will then be closed.
            Reservations and availabilities will then be synced.
        cancellation_policy_id (int | Unset): Link a cancellation policy. It can be used only with the old system where
            as we do not support rate plans. In case of rateplans, directly link the rate plan with the cancel policy
            Example: 32.
        payment_policy_id (int | Unset): Link a payment policy. It can be used only with the old system where as we do
            not support rate plans. In case of rateplans, directly link the rate plan with the paymeny policy Example: 12.
        notification_email (str | Unset): Email where octorate shall send notifications about this room
        triple_the_price (bool | Unset): By activating this option, Octorate will triplicate the room price as soon as
            there will be 0 availability on the calendar.
            This feature is very useful to avoid overbooking if you manage OTAs that need allotment. Warning: if you get a
            cancellation, regular price needs to be set manually.
        room_category (ApiRoomDTORoomCategory | Unset): The room categorization Example: KING.
        hide_rooms (list[int] | Unset): Rooms hidden by this room Example: [12345, 67889].
        geti_cal_random_name (str | Unset): The iCal random name
        revenue_active (bool | Unset): TRUE if automatic price increase is enabled
        revenue_min_price (int | Unset): The minimum price if automatic price increase is enabled
        revenue_max_price (int | Unset): The maximum price if automatic price increase is enabled
        revenue_max_increment_percent (bool | Unset): TRUE if automatic price increase is by percentage
        revenue_max_increment (int | Unset): The increment step if automatic price increase is enabled
        preferred_checkin_clerk (int | Unset): The preferred checkin clerk Example: 123.
        preferred_checkout_clerk (int | Unset): The preferred checkout clerk Example: 456.
        preferred_housekeeper_clerk (int | Unset): The preferred housekeeper clerk Example: 789.
        room_maintenances (list[ApiRoomMaintenanceDTO] | Unset): The room maintenances of this room
        sub_rooms (list[ApiSubRoom] | Unset): The list of the subrooms of this room
        show_subroom_detail (bool | Unset): True to show the list of the subrooms in the BE
        nrua (str | Unset): NRUA (Número de Registro Único de Arrendamientos), it is a mandatory national identification
            code for short-term rentals in Spain (holiday homes/tourist accommodations/seasonal rentals).
        room_amenities (list[ApiRoomAmenityDTO] | Unset):
        activities_info (ApiRoomDTOActivitiesInfo | Unset):
        headline_lang_map (ApiRoomDTOHeadlineLangMap | Unset):  Example: {'EN': 'These are the LanguageMap value in
            English!'}.
        description_lang_map (ApiRoomDTODescriptionLangMap | Unset):  Example: {'EN': 'These are the LanguageMap value
            in English!'}.
        checkin_info (ApiRoomDTOCheckinInfo | Unset):
    """

    not_refundable: bool
    breakfast_included: bool
    statistic: bool
    calendar: bool
    website: bool
    booking_engine: bool
    manual_reservations: bool
    adults: int
    rms_derived: bool
    accommodation_id: str
    tripe_the_price: bool = False
    close_next_days: int = 0
    open_next_days: int = 0
    name: str | Unset = UNSET
    id: int | Unset = UNSET
    headline: ApiRoomDTOHeadline | Unset = UNSET
    basic_name: ApiRoomDTOBasicName | Unset = UNSET
    rate_name: ApiRoomDTORateName | Unset = UNSET
    selling_name: ApiRoomDTOSellingName | Unset = UNSET
    labels: ApiRoomDTOLabels | Unset = UNSET
    infants: int | Unset = UNSET
    dormitory: bool | Unset = UNSET
    quantity: int | Unset = 1
    bathroom_quantity: int | Unset = UNSET
    bedroom_quantity: int | Unset = UNSET
    bed_quantity: int | Unset = UNSET
    square_meters_size: int | Unset = UNSET
    legal_id_issuer: str | Unset = UNSET
    legal_id: str | Unset = UNSET
    minimum_selling_price: float | Unset = UNSET
    derived_rule: DerivedRule | Unset = UNSET
    location: ApiListingPlaceDTO | Unset = UNSET
    description: ApiRoomDTODescription | Unset = UNSET
    wifi: ApiRoomDTOWifi | Unset = UNSET
    near_info: ApiRoomDTONearInfo | Unset = UNSET
    guest_info: ApiRoomDTOGuestInfo | Unset = UNSET
    invoice_info: ApiRoomDTOInvoiceInfo | Unset = UNSET
    guests_dormitory: int | Unset = UNSET
    children: int | Unset = UNSET
    police_code: int | Unset = UNSET
    rate_plans: list[ApiRateDTO] | Unset = UNSET
    amenities: list[ApiAmenity] | Unset = UNSET
    ical_urls: list[str] | Unset = UNSET
    cancellation_policy_id: int | Unset = UNSET
    payment_policy_id: int | Unset = UNSET
    notification_email: str | Unset = UNSET
    triple_the_price: bool | Unset = UNSET
    room_category: ApiRoomDTORoomCategory | Unset = UNSET
    hide_rooms: list[int] | Unset = UNSET
    geti_cal_random_name: str | Unset = UNSET
    revenue_active: bool | Unset = UNSET
    revenue_min_price: int | Unset = UNSET
    revenue_max_price: int | Unset = UNSET
    revenue_max_increment_percent: bool | Unset = UNSET
    revenue_max_increment: int | Unset = UNSET
    preferred_checkin_clerk: int | Unset = UNSET
    preferred_checkout_clerk: int | Unset = UNSET
    preferred_housekeeper_clerk: int | Unset = UNSET
    room_maintenances: list[ApiRoomMaintenanceDTO] | Unset = UNSET
    sub_rooms: list[ApiSubRoom] | Unset = UNSET
    show_subroom_detail: bool | Unset = UNSET
    nrua: str | Unset = UNSET
    room_amenities: list[ApiRoomAmenityDTO] | Unset = UNSET
    activities_info: ApiRoomDTOActivitiesInfo | Unset = UNSET
    headline_lang_map: ApiRoomDTOHeadlineLangMap | Unset = UNSET
    description_lang_map: ApiRoomDTODescriptionLangMap | Unset = UNSET
    checkin_info: ApiRoomDTOCheckinInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        not_refundable = self.not_refundable

        breakfast_included = self.breakfast_included

        statistic = self.statistic

        calendar = self.calendar

        website = self.website

        booking_engine = self.booking_engine

        manual_reservations = self.manual_reservations

        tripe_the_price = self.tripe_the_price

        close_next_days = self.close_next_days

        open_next_days = self.open_next_days

        adults = self.adults

        rms_derived = self.rms_derived

        accommodation_id = self.accommodation_id

        name = self.name

        id = self.id

        headline: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headline, Unset):
            headline = self.headline.to_dict()

        basic_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.basic_name, Unset):
            basic_name = self.basic_name.to_dict()

        rate_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate_name, Unset):
            rate_name = self.rate_name.to_dict()

        selling_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selling_name, Unset):
            selling_name = self.selling_name.to_dict()

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        infants = self.infants

        dormitory = self.dormitory

        quantity = self.quantity

        bathroom_quantity = self.bathroom_quantity

        bedroom_quantity = self.bedroom_quantity

        bed_quantity = self.bed_quantity

        square_meters_size = self.square_meters_size

        legal_id_issuer = self.legal_id_issuer

        legal_id = self.legal_id

        minimum_selling_price = self.minimum_selling_price

        derived_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.derived_rule, Unset):
            derived_rule = self.derived_rule.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        wifi: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wifi, Unset):
            wifi = self.wifi.to_dict()

        near_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.near_info, Unset):
            near_info = self.near_info.to_dict()

        guest_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.guest_info, Unset):
            guest_info = self.guest_info.to_dict()

        invoice_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_info, Unset):
            invoice_info = self.invoice_info.to_dict()

        guests_dormitory = self.guests_dormitory

        children = self.children

        police_code = self.police_code

        rate_plans: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rate_plans, Unset):
            rate_plans = []
            for rate_plans_item_data in self.rate_plans:
                rate_plans_item = rate_plans_item_data.to_dict()
                rate_plans.append(rate_plans_item)

        amenities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.amenities, Unset):
            amenities = []
            for amenities_item_data in self.amenities:
                amenities_item = amenities_item_data.to_dict()
                amenities.append(amenities_item)

        ical_urls: list[str] | Unset = UNSET
        if not isinstance(self.ical_urls, Unset):
            ical_urls = self.ical_urls

        cancellation_policy_id = self.cancellation_policy_id

        payment_policy_id = self.payment_policy_id

        notification_email = self.notification_email

        triple_the_price = self.triple_the_price

        room_category: str | Unset = UNSET
        if not isinstance(self.room_category, Unset):
            room_category = self.room_category.value

        hide_rooms: list[int] | Unset = UNSET
        if not isinstance(self.hide_rooms, Unset):
            hide_rooms = self.hide_rooms

        geti_cal_random_name = self.geti_cal_random_name

        revenue_active = self.revenue_active

        revenue_min_price = self.revenue_min_price

        revenue_max_price = self.revenue_max_price

        revenue_max_increment_percent = self.revenue_max_increment_percent

        revenue_max_increment = self.revenue_max_increment

        preferred_checkin_clerk = self.preferred_checkin_clerk

        preferred_checkout_clerk = self.preferred_checkout_clerk

        preferred_housekeeper_clerk = self.preferred_housekeeper_clerk

        room_maintenances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.room_maintenances, Unset):
            room_maintenances = []
            for room_maintenances_item_data in self.room_maintenances:
                room_maintenances_item = room_maintenances_item_data.to_dict()
                room_maintenances.append(room_maintenances_item)

        sub_rooms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_rooms, Unset):
            sub_rooms = []
            for sub_rooms_item_data in self.sub_rooms:
                sub_rooms_item = sub_rooms_item_data.to_dict()
                sub_rooms.append(sub_rooms_item)

        show_subroom_detail = self.show_subroom_detail

        nrua = self.nrua

        room_amenities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.room_amenities, Unset):
            room_amenities = []
            for room_amenities_item_data in self.room_amenities:
                room_amenities_item = room_amenities_item_data.to_dict()
                room_amenities.append(room_amenities_item)

        activities_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.activities_info, Unset):
            activities_info = self.activities_info.to_dict()

        headline_lang_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headline_lang_map, Unset):
            headline_lang_map = self.headline_lang_map.to_dict()

        description_lang_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description_lang_map, Unset):
            description_lang_map = self.description_lang_map.to_dict()

        checkin_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checkin_info, Unset):
            checkin_info = self.checkin_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notRefundable": not_refundable,
                "breakfastIncluded": breakfast_included,
                "statistic": statistic,
                "calendar": calendar,
                "website": website,
                "bookingEngine": booking_engine,
                "manualReservations": manual_reservations,
                "tripeThePrice": tripe_the_price,
                "closeNextDays": close_next_days,
                "openNextDays": open_next_days,
                "adults": adults,
                "rmsDerived": rms_derived,
                "accommodationId": accommodation_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id
        if headline is not UNSET:
            field_dict["headline"] = headline
        if basic_name is not UNSET:
            field_dict["basicName"] = basic_name
        if rate_name is not UNSET:
            field_dict["rateName"] = rate_name
        if selling_name is not UNSET:
            field_dict["sellingName"] = selling_name
        if labels is not UNSET:
            field_dict["labels"] = labels
        if infants is not UNSET:
            field_dict["infants"] = infants
        if dormitory is not UNSET:
            field_dict["dormitory"] = dormitory
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if bathroom_quantity is not UNSET:
            field_dict["bathroomQuantity"] = bathroom_quantity
        if bedroom_quantity is not UNSET:
            field_dict["bedroomQuantity"] = bedroom_quantity
        if bed_quantity is not UNSET:
            field_dict["bedQuantity"] = bed_quantity
        if square_meters_size is not UNSET:
            field_dict["squareMetersSize"] = square_meters_size
        if legal_id_issuer is not UNSET:
            field_dict["legalIdIssuer"] = legal_id_issuer
        if legal_id is not UNSET:
            field_dict["legalId"] = legal_id
        if minimum_selling_price is not UNSET:
            field_dict["minimumSellingPrice"] = minimum_selling_price
        if derived_rule is not UNSET:
            field_dict["derivedRule"] = derived_rule
        if location is not UNSET:
            field_dict["location"] = location
        if description is not UNSET:
            field_dict["description"] = description
        if wifi is not UNSET:
            field_dict["wifi"] = wifi
        if near_info is not UNSET:
            field_dict["nearInfo"] = near_info
        if guest_info is not UNSET:
            field_dict["guestInfo"] = guest_info
        if invoice_info is not UNSET:
            field_dict["invoiceInfo"] = invoice_info
        if guests_dormitory is not UNSET:
            field_dict["guestsDormitory"] = guests_dormitory
        if children is not UNSET:
            field_dict["children"] = children
        if police_code is not UNSET:
            field_dict["policeCode"] = police_code
        if rate_plans is not UNSET:
            field_dict["ratePlans"] = rate_plans
        if amenities is not UNSET:
            field_dict["amenities"] = amenities
        if ical_urls is not UNSET:
            field_dict["icalUrls"] = ical_urls
        if cancellation_policy_id is not UNSET:
            field_dict["cancellationPolicyId"] = cancellation_policy_id
        if payment_policy_id is not UNSET:
            field_dict["paymentPolicyId"] = payment_policy_id
        if notification_email is not UNSET:
            field_dict["notificationEmail"] = notification_email
        if triple_the_price is not UNSET:
            field_dict["tripleThePrice"] = triple_the_price
        if room_category is not UNSET:
            field_dict["roomCategory"] = room_category
        if hide_rooms is not UNSET:
            field_dict["hideRooms"] = hide_rooms
        if geti_cal_random_name is not UNSET:
            field_dict["getiCalRandomName"] = geti_cal_random_name
        if revenue_active is not UNSET:
            field_dict["revenueActive"] = revenue_active
        if revenue_min_price is not UNSET:
            field_dict["revenueMinPrice"] = revenue_min_price
        if revenue_max_price is not UNSET:
            field_dict["revenueMaxPrice"] = revenue_max_price
        if revenue_max_increment_percent is not UNSET:
            field_dict["revenueMaxIncrementPercent"] = revenue_max_increment_percent
        if revenue_max_increment is not UNSET:
            field_dict["revenueMaxIncrement"] = revenue_max_increment
        if preferred_checkin_clerk is not UNSET:
            field_dict["preferredCheckinClerk"] = preferred_checkin_clerk
        if preferred_checkout_clerk is not UNSET:
            field_dict["preferredCheckoutClerk"] = preferred_checkout_clerk
        if preferred_housekeeper_clerk is not UNSET:
            field_dict["preferredHousekeeperClerk"] = preferred_housekeeper_clerk
        if room_maintenances is not UNSET:
            field_dict["roomMaintenances"] = room_maintenances
        if sub_rooms is not UNSET:
            field_dict["subRooms"] = sub_rooms
        if show_subroom_detail is not UNSET:
            field_dict["showSubroomDetail"] = show_subroom_detail
        if nrua is not UNSET:
            field_dict["nrua"] = nrua
        if room_amenities is not UNSET:
            field_dict["roomAmenities"] = room_amenities
        if activities_info is not UNSET:
            field_dict["activitiesInfo"] = activities_info
        if headline_lang_map is not UNSET:
            field_dict["headlineLangMap"] = headline_lang_map
        if description_lang_map is not UNSET:
            field_dict["descriptionLangMap"] = description_lang_map
        if checkin_info is not UNSET:
            field_dict["checkinInfo"] = checkin_info

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


def _load_not_refundable(d: Mapping[str, Any]) -> bool:
    return d["notRefundable"]


def _load_breakfast_included(d: Mapping[str, Any]) -> bool:
    return d["breakfastIncluded"]


def _load_statistic(d: Mapping[str, Any]) -> bool:
    return d["statistic"]


def _load_calendar(d: Mapping[str, Any]) -> bool:
    return d["calendar"]


def _load_website(d: Mapping[str, Any]) -> bool:
    return d["website"]


def _load_booking_engine(d: Mapping[str, Any]) -> bool:
    return d["bookingEngine"]


def _load_manual_reservations(d: Mapping[str, Any]) -> bool:
    return d["manualReservations"]


def _load_tripe_the_price(d: Mapping[str, Any]) -> bool:
    return d["tripeThePrice"]


def _load_close_next_days(d: Mapping[str, Any]) -> int:
    return d["closeNextDays"]


def _load_open_next_days(d: Mapping[str, Any]) -> int:
    return d["openNextDays"]


def _load_adults(d: Mapping[str, Any]) -> int:
    return d["adults"]


def _load_rms_derived(d: Mapping[str, Any]) -> bool:
    return d["rmsDerived"]


def _load_accommodation_id(d: Mapping[str, Any]) -> str:
    return d["accommodationId"]


def _load_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("name", UNSET)


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_headline(d: Mapping[str, Any]) -> ApiRoomDTOHeadline | Unset:
    _headline = d.get("headline", UNSET)
    headline: ApiRoomDTOHeadline | Unset
    if isinstance(_headline, Unset):
        headline = UNSET
    else:
        headline = ApiRoomDTOHeadline._from_json(_headline)

    return headline


def _load_basic_name(d: Mapping[str, Any]) -> ApiRoomDTOBasicName | Unset:
    _basic_name = d.get("basicName", UNSET)
    basic_name: ApiRoomDTOBasicName | Unset
    if isinstance(_basic_name, Unset):
        basic_name = UNSET
    else:
        basic_name = ApiRoomDTOBasicName._from_json(_basic_name)

    return basic_name


def _load_rate_name(d: Mapping[str, Any]) -> ApiRoomDTORateName | Unset:
    _rate_name = d.get("rateName", UNSET)
    rate_name: ApiRoomDTORateName | Unset
    if isinstance(_rate_name, Unset):
        rate_name = UNSET
    else:
        rate_name = ApiRoomDTORateName._from_json(_rate_name)

    return rate_name


def _load_selling_name(d: Mapping[str, Any]) -> ApiRoomDTOSellingName | Unset:
    _selling_name = d.get("sellingName", UNSET)
    selling_name: ApiRoomDTOSellingName | Unset
    if isinstance(_selling_name, Unset):
        selling_name = UNSET
    else:
        selling_name = ApiRoomDTOSellingName._from_json(_selling_name)

    return selling_name


def _load_labels(d: Mapping[str, Any]) -> ApiRoomDTOLabels | Unset:
    _labels = d.get("labels", UNSET)
    labels: ApiRoomDTOLabels | Unset
    if isinstance(_labels, Unset):
        labels = UNSET
    else:
        labels = ApiRoomDTOLabels._from_json(_labels)

    return labels


def _load_infants(d: Mapping[str, Any]) -> int | Unset:
    return d.get("infants", UNSET)


def _load_dormitory(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("dormitory", UNSET)


def _load_quantity(d: Mapping[str, Any]) -> int | Unset:
    return d.get("quantity", UNSET)


def _load_bathroom_quantity(d: Mapping[str, Any]) -> int | Unset:
    return d.get("bathroomQuantity", UNSET)


def _load_bedroom_quantity(d: Mapping[str, Any]) -> int | Unset:
    return d.get("bedroomQuantity", UNSET)


def _load_bed_quantity(d: Mapping[str, Any]) -> int | Unset:
    return d.get("bedQuantity", UNSET)


def _load_square_meters_size(d: Mapping[str, Any]) -> int | Unset:
    return d.get("squareMetersSize", UNSET)


def _load_legal_id_issuer(d: Mapping[str, Any]) -> str | Unset:
    return d.get("legalIdIssuer", UNSET)


def _load_legal_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("legalId", UNSET)


def _load_minimum_selling_price(d: Mapping[str, Any]) -> float | Unset:
    return d.get("minimumSellingPrice", UNSET)


def _load_derived_rule(d: Mapping[str, Any]) -> DerivedRule | Unset:
    _derived_rule = d.get("derivedRule", UNSET)
    derived_rule: DerivedRule | Unset
    if isinstance(_derived_rule, Unset):
        derived_rule = UNSET
    else:
        derived_rule = DerivedRule._from_json(_derived_rule)

    return derived_rule


def _load_location(d: Mapping[str, Any]) -> ApiListingPlaceDTO | Unset:
    _location = d.get("location", UNSET)
    location: ApiListingPlaceDTO | Unset
    if isinstance(_location, Unset):
        location = UNSET
    else:
        location = ApiListingPlaceDTO._from_json(_location)

    return location


def _load_description(d: Mapping[str, Any]) -> ApiRoomDTODescription | Unset:
    _description = d.get("description", UNSET)
    description: ApiRoomDTODescription | Unset
    if isinstance(_description, Unset):
        description = UNSET
    else:
        description = ApiRoomDTODescription._from_json(_description)

    return description


def _load_wifi(d: Mapping[str, Any]) -> ApiRoomDTOWifi | Unset:
    _wifi = d.get("wifi", UNSET)
    wifi: ApiRoomDTOWifi | Unset
    if isinstance(_wifi, Unset):
        wifi = UNSET
    else:
        wifi = ApiRoomDTOWifi._from_json(_wifi)

    return wifi


def _load_near_info(d: Mapping[str, Any]) -> ApiRoomDTONearInfo | Unset:
    _near_info = d.get("nearInfo", UNSET)
    near_info: ApiRoomDTONearInfo | Unset
    if isinstance(_near_info, Unset):
        near_info = UNSET
    else:
        near_info = ApiRoomDTONearInfo._from_json(_near_info)

    return near_info


def _load_guest_info(d: Mapping[str, Any]) -> ApiRoomDTOGuestInfo | Unset:
    _guest_info = d.get("guestInfo", UNSET)
    guest_info: ApiRoomDTOGuestInfo | Unset
    if isinstance(_guest_info, Unset):
        guest_info = UNSET
    else:
        guest_info = ApiRoomDTOGuestInfo._from_json(_guest_info)

    return guest_info


def _load_invoice_info(d: Mapping[str, Any]) -> ApiRoomDTOInvoiceInfo | Unset:
    _invoice_info = d.get("invoiceInfo", UNSET)
    invoice_info: ApiRoomDTOInvoiceInfo | Unset
    if isinstance(_invoice_info, Unset):
        invoice_info = UNSET
    else:
        invoice_info = ApiRoomDTOInvoiceInfo._from_json(_invoice_info)

    return invoice_info


def _load_guests_dormitory(d: Mapping[str, Any]) -> int | Unset:
    return d.get("guestsDormitory", UNSET)


def _load_children(d: Mapping[str, Any]) -> int | Unset:
    return d.get("children", UNSET)


def _load_police_code(d: Mapping[str, Any]) -> int | Unset:
    return d.get("policeCode", UNSET)


def _load_rate_plans(d: Mapping[str, Any]) -> list[ApiRateDTO] | Unset:
    _rate_plans = d.get("ratePlans", UNSET)
    rate_plans: list[ApiRateDTO] | Unset = UNSET
    if _rate_plans is not UNSET:
        rate_plans = ApiRateDTO._from_json_list(_rate_plans)

    return rate_plans


def _load_amenities(d: Mapping[str, Any]) -> list[ApiAmenity] | Unset:
    _amenities = d.get("amenities", UNSET)
    amenities: list[ApiAmenity] | Unset = UNSET
    if _amenities is not UNSET:
        amenities = ApiAmenity._from_json_list(_amenities)

    return amenities


def _load_ical_urls(d: Mapping[str, Any]) -> list[str] | Unset:
    ical_urls = cast(list[str], d.get("icalUrls", UNSET))

    return ical_urls


def _load_cancellation_policy_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("cancellationPolicyId", UNSET)


def _load_payment_policy_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("paymentPolicyId", UNSET)


def _load_notification_email(d: Mapping[str, Any]) -> str | Unset:
    return d.get("notificationEmail", UNSET)


def _load_triple_the_price(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("tripleThePrice", UNSET)


def _load_room_category(d: Mapping[str, Any]) -> ApiRoomDTORoomCategory | Unset:
    _room_category = d.get("roomCategory", UNSET)
    room_category: ApiRoomDTORoomCategory | Unset
    if isinstance(_room_category, Unset):
        room_category = UNSET
    else:
        room_category = enum_member(ApiRoomDTORoomCategory, _room_category)

    return room_category


def _load_hide_rooms(d: Mapping[str, Any]) -> list[int] | Unset:
    hide_rooms = cast(list[int], d.get("hideRooms", UNSET))

    return hide_rooms


def _load_geti_cal_random_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("getiCalRandomName", UNSET)


def _load_revenue_active(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("revenueActive", UNSET)


def _load_revenue_min_price(d: Mapping[str, Any]) -> int | Unset:
    return d.get("revenueMinPrice", UNSET)


def _load_revenue_max_price(d: Mapping[str, Any]) -> int | Unset:
    return d.get("revenueMaxPrice", UNSET)


def _load_revenue_max_increment_percent(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("revenueMaxIncrementPercent", UNSET)


def _load_revenue_max_increment(d: Mapping[str, Any]) -> int | Unset:
    return d.get("revenueMaxIncrement", UNSET)


def _load_preferred_checkin_clerk(d: Mapping[str, Any]) -> int | Unset:
    return d.get("preferredCheckinClerk", UNSET)


def _load_preferred_checkout_clerk(d: Mapping[str, Any]) -> int | Unset:
    return d.get("preferredCheckoutClerk", UNSET)


def _load_preferred_housekeeper_clerk(d: Mapping[str, Any]) -> int | Unset:
    return d.get("preferredHousekeeperClerk", UNSET)


def _load_room_maintenances(d: Mapping[str, Any]) -> list[ApiRoomMaintenanceDTO] | Unset:
    _room_maintenances = d.get("roomMaintenances", UNSET)
    room_maintenances: list[ApiRoomMaintenanceDTO] | Unset = UNSET
    if _room_maintenances is not UNSET:
        room_maintenances = ApiRoomMaintenanceDTO._from_json_list(_room_maintenances)

    return room_maintenances


def _load_sub_rooms(d: Mapping[str, Any]) -> list[ApiSubRoom] | Unset:
    _sub_rooms = d.get("subRooms", UNSET)
    sub_rooms: list[ApiSubRoom] | Unset = UNSET
    if _sub_rooms is not UNSET:
        sub_rooms = ApiSubRoom._from_json_list(_sub_rooms)

    return sub_rooms


def _load_show_subroom_detail(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("showSubroomDetail", UNSET)


def _load_nrua(d: Mapping[str, Any]) -> str | Unset:
    return d.get("nrua", UNSET)


def _load_room_amenities(d: Mapping[str, Any]) -> list[ApiRoomAmenityDTO] | Unset:
    _room_amenities = d.get("roomAmenities", UNSET)
    room_amenities: list[ApiRoomAmenityDTO] | Unset = UNSET
    if _room_amenities is not UNSET:
        room_amenities = ApiRoomAmenityDTO._from_json_list(_room_amenities)

    return room_amenities


def _load_activities_info(d: Mapping[str, Any]) -> ApiRoomDTOActivitiesInfo | Unset:
    _activities_info = d.get("activitiesInfo", UNSET)
    activities_info: ApiRoomDTOActivitiesInfo | Unset
    if isinstance(_activities_info, Unset):
        activities_info = UNSET
    else:
        activities_info = ApiRoomDTOActivitiesInfo._from_json(_activities_info)

    return activities_info


def _load_headline_lang_map(d: Mapping[str, Any]) -> ApiRoomDTOHeadlineLangMap | Unset:
    _headline_lang_map = d.get("headlineLangMap", UNSET)
    headline_lang_map: ApiRoomDTOHeadlineLangMap | Unset
    if isinstance(_headline_lang_map, Unset):
        headline_lang_map = UNSET
    else:
        headline_lang_map = ApiRoomDTOHeadlineLangMap._from_json(_headline_lang_map)

    return headline_lang_map


def _load_description_lang_map(d: Mapping[str, Any]) -> ApiRoomDTODescriptionLangMap | Unset:
    _description_lang_map = d.get("descriptionLangMap", UNSET)
    description_lang_map: ApiRoomDTODescriptionLangMap | Unset
    if isinstance(_description_lang_map, Unset):
        description_lang_map = UNSET
    else:
        description_lang_map = ApiRoomDTODescriptionLangMap._from_json(_description_lang_map)

    return description_lang_map


def _load_checkin_info(d: Mapping[str, Any]) -> ApiRoomDTOCheckinInfo | Unset:
    _checkin_info = d.get("checkinInfo", UNSET)
    checkin_info: ApiRoomDTOCheckinInfo | Unset
    if isinstance(_checkin_info, Unset):
        checkin_info = UNSET
    else:
        checkin_info = ApiRoomDTOCheckinInfo._from_json(_checkin_info)

    return checkin_info


_KNOWN_KEYS = frozenset(
    (
        "notRefundable",
        "breakfastIncluded",
        "statistic",
        "calendar",
        "website",
        "bookingEngine",
        "manualReservations",
        "tripeThePrice",
        "closeNextDays",
        "openNextDays",
        "adults",
        "rmsDerived",
        "accommodationId",
        "name",
        "id",
        "headline",
        "basicName",
        "rateName",
        "sellingName",
        "labels",
        "infants",
        "dormitory",
        "quantity",
        "bathroomQuantity",
        "bedroomQuantity",
        "bedQuantity",
        "squareMetersSize",
        "legalIdIssuer",
        "legalId",
        "minimumSellingPrice",
        "derivedRule",
        "location",
        "description",
        "wifi",
        "nearInfo",
        "guestInfo",
        "invoiceInfo",
        "guestsDormitory",
        "children",
        "policeCode",
        "ratePlans",
        "amenities",
        "icalUrls",
        "cancellationPolicyId",
        "paymentPolicyId",
        "notificationEmail",
        "tripleThePrice",
        "roomCategory",
        "hideRooms",
        "getiCalRandomName",
        "revenueActive",
        "revenueMinPrice",
        "revenueMaxPrice",
        "revenueMaxIncrementPercent",
        "revenueMaxIncrement",
        "preferredCheckinClerk",
        "preferredCheckoutClerk",
        "preferredHousekeeperClerk",
        "roomMaintenances",
        "subRooms",
        "showSubroomDetail",
        "nrua",
        "roomAmenities",
        "activitiesInfo",
        "headlineLangMap",
        "descriptionLangMap",
        "checkinInfo",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiRoomDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "not_refundable" not in seen:
        _set(self, "not_refundable", d["notRefundable"])
    if "breakfast_included" not in seen:
        _set(self, "breakfast_included", d["breakfastIncluded"])
    if "statistic" not in seen:
        _set(self, "statistic", d["statistic"])
    if "calendar" not in seen:
        _set(self, "calendar", d["calendar"])
    if "website" not in seen:
        _set(self, "website", d["website"])
    if "booking_engine" not in seen:
        _set(self, "booking_engine", d["bookingEngine"])
    if "manual_reservations" not in seen:
        _set(self, "manual_reservations", d["manualReservations"])
    if "tripe_the_price" not in seen:
        _set(self, "tripe_the_price", d["tripeThePrice"])
    if "close_next_days" not in seen:
        _set(self, "close_next_days", d["closeNextDays"])
    if "open_next_days" not in seen:
        _set(self, "open_next_days", d["openNextDays"])
    if "adults" not in seen:
        _set(self, "adults", d["adults"])
    if "rms_derived" not in seen:
        _set(self, "rms_derived", d["rmsDerived"])
    if "accommodation_id" not in seen:
        _set(self, "accommodation_id", d["accommodationId"])
    if "name" not in seen:
        _set(self, "name", d.get("name", UNSET))
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "headline" not in seen:
        _headline = d.get("headline", UNSET)
        headline: ApiRoomDTOHeadline | Unset
        if isinstance(_headline, Unset):
            headline = UNSET
        else:
            headline = ApiRoomDTOHeadline._from_json(_headline)

        _set(self, "headline", headline)
    if "basic_name" not in seen:
        _basic_name = d.get("basicName", UNSET)
        basic_name: ApiRoomDTOBasicName | Unset
        if isinstance(_basic_name, Unset):
            basic_name = UNSET
        else:
            basic_name = ApiRoomDTOBasicName._from_json(_basic_name)

        _set(self, "basic_name", basic_name)
    if "rate_name" not in seen:
        _rate_name = d.get("rateName", UNSET)
        rate_name: ApiRoomDTORateName | Unset
        if isinstance(_rate_name, Unset):
            rate_name = UNSET
        else:
            rate_name = ApiRoomDTORateName._from_json(_rate_name)

        _set(self, "rate_name", rate_name)
    if "selling_name" not in seen:
        _selling_name = d.get("sellingName", UNSET)
        selling_name: ApiRoomDTOSellingName | Unset
        if isinstance(_selling_name, Unset):
            selling_name = UNSET
        else:
            selling_name = ApiRoomDTOSellingName._from_json(_selling_name)

        _set(self, "selling_name", selling_name)
    if "labels" not in seen:
        _labels = d.get("labels", UNSET)
        labels: ApiRoomDTOLabels | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = ApiRoomDTOLabels._from_json(_labels)

        _set(self, "labels", labels)
    if "infants" not in seen:
        _set(self, "infants", d.get("infants", UNSET))
    if "dormitory" not in seen:
        _set(self, "dormitory", d.get("dormitory", UNSET))
    if "quantity" not in seen:
        _set(self, "quantity", d.get("quantity", UNSET))
    if "bathroom_quantity" not in seen:
        _set(self, "bathroom_quantity", d.get("bathroomQuantity", UNSET))
    if "bedroom_quantity" not in seen:
        _set(self, "bedroom_quantity", d.get("bedroomQuantity", UNSET))
    if "bed_quantity" not in seen:
        _set(self, "bed_quantity", d.get("bedQuantity", UNSET))
    if "square_meters_size" not in seen:
        _set(self, "square_meters_size", d.get("squareMetersSize", UNSET))
    if "legal_id_issuer" not in seen:
        _set(self, "legal_id_issuer", d.get("legalIdIssuer", UNSET))
    if "legal_id" not in seen:
        _set(self, "legal_id", d.get("legalId", UNSET))
    if "minimum_selling_price" not in seen:
        _set(self, "minimum_selling_price", d.get("minimumSellingPrice", UNSET))
    if "derived_rule" not in seen:
        _derived_rule = d.get("derivedRule", UNSET)
        derived_rule: DerivedRule | Unset
        if isinstance(_derived_rule, Unset):
            derived_rule = UNSET
        else:
            derived_rule = DerivedRule._from_json(_derived_rule)

        _set(self, "derived_rule", derived_rule)
    if "location" not in seen:
        _location = d.get("location", UNSET)
        location: ApiListingPlaceDTO | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = ApiListingPlaceDTO._from_json(_location)

        _set(self, "location", location)
    if "description" not in seen:
        _description = d.get("description", UNSET)
        description: ApiRoomDTODescription | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = ApiRoomDTODescription._from_json(_description)

        _set(self, "description", description)
    if "wifi" not in seen:
        _wifi = d.get("wifi", UNSET)
        wifi: ApiRoomDTOWifi | Unset
        if isinstance(_wifi, Unset):
            wifi = UNSET
        else:
            wifi = ApiRoomDTOWifi._from_json(_wifi)

        _set(self, "wifi", wifi)
    if "near_info" not in seen:
        _near_info = d.get("nearInfo", UNSET)
        near_info: ApiRoomDTONearInfo | Unset
        if isinstance(_near_info, Unset):
            near_info = UNSET
        else:
            near_info = ApiRoomDTONearInfo._from_json(_near_info)

        _set(self, "near_info", near_info)
    if "guest_info" not in seen:
        _guest_info = d.get("guestInfo", UNSET)
        guest_info: ApiRoomDTOGuestInfo | Unset
        if isinstance(_guest_info, Unset):
            guest_info = UNSET
        else:
            guest_info = ApiRoomDTOGuestInfo._from_json(_guest_info)

        _set(self, "guest_info", guest_info)
    if "invoice_info" not in seen:
        _invoice_info = d.get("invoiceInfo", UNSET)
        invoice_info: ApiRoomDTOInvoiceInfo | Unset
        if isinstance(_invoice_info, Unset):
            invoice_info = UNSET
        else:
            invoice_info = ApiRoomDTOInvoiceInfo._from_json(_invoice_info)

        _set(self, "invoice_info", invoice_info)
    if "guests_dormitory" not in seen:
        _set(self, "guests_dormitory", d.get("guestsDormitory", UNSET))
    if "children" not in seen:
        _set(self, "children", d.get("children", UNSET))
    if "police_code" not in seen:
        _set(self, "police_code", d.get("policeCode", UNSET))
    if "rate_plans" not in seen:
        _rate_plans = d.get("ratePlans", UNSET)
        rate_plans: list[ApiRateDTO] | Unset = UNSET
        if _rate_plans is not UNSET:
            rate_plans = ApiRateDTO._from_json_list(_rate_plans)

        _set(self, "rate_plans", rate_plans)
    if "amenities" not in seen:
        _amenities = d.get("amenities", UNSET)
        amenities: list[ApiAmenity] | Unset = UNSET
        if _amenities is not UNSET:
            amenities = ApiAmenity._from_json_list(_amenities)

        _set(self, "amenities", amenities)
    if "ical_urls" not in seen:
        ical_urls = cast(list[str], d.get("icalUrls", UNSET))

        _set(self, "ical_urls", ical_urls)
    if "cancellation_policy_id" not in seen:
        _set(self, "cancellation_policy_id", d.get("cancellationPolicyId", UNSET))
    if "payment_policy_id" not in seen:
        _set(self, "payment_policy_id", d.get("paymentPolicyId", UNSET))
    if "notification_email" not in seen:
        _set(self, "notification_email", d.get("notificationEmail", UNSET))
    if "triple_the_price" not in seen:
        _set(self, "triple_the_price", d.get("tripleThePrice", UNSET))
    if "room_category" not in seen:
        _room_category = d.get("roomCategory", UNSET)
        room_category: ApiRoomDTORoomCategory | Unset
        if isinstance(_room_category, Unset):
            room_category = UNSET
        else:
            room_category = enum_member(ApiRoomDTORoomCategory, _room_category)

        _set(self, "room_category", room_category)
    if "hide_rooms" not in seen:
        hide_rooms = cast(list[int], d.get("hideRooms", UNSET))

        _set(self, "hide_rooms", hide_rooms)
    if "geti_cal_random_name" not in seen:
        _set(self, "geti_cal_random_name", d.get("getiCalRandomName", UNSET))
    if "revenue_active" not in seen:
        _set(self, "revenue_active", d.get("revenueActive", UNSET))
    if "revenue_min_price" not in seen:
        _set(self, "revenue_min_price", d.get("revenueMinPrice", UNSET))
    if "revenue_max_price" not in seen:
        _set(self, "revenue_max_price", d.get("revenueMaxPrice", UNSET))
    if "revenue_max_increment_percent" not in seen:
        _set(self, "revenue_max_increment_percent", d.get("revenueMaxIncrementPercent", UNSET))
    if "revenue_max_increment" not in seen:
        _set(self, "revenue_max_increment", d.get("revenueMaxIncrement", UNSET))
    if "preferred_checkin_clerk" not in seen:
        _set(self, "preferred_checkin_clerk", d.get("preferredCheckinClerk", UNSET))
    if "preferred_checkout_clerk" not in seen:
        _set(self, "preferred_checkout_clerk", d.get("preferredCheckoutClerk", UNSET))
    if "preferred_housekeeper_clerk" not in seen:
        _set(self, "preferred_housekeeper_clerk", d.get("preferredHousekeeperClerk", UNSET))
    if "room_maintenances" not in seen:
        _room_maintenances = d.get("roomMaintenances", UNSET)
        room_maintenances: list[ApiRoomMaintenanceDTO] | Unset = UNSET
        if _room_maintenances is not UNSET:
            room_maintenances = ApiRoomMaintenanceDTO._from_json_list(_room_maintenances)

        _set(self, "room_maintenances", room_maintenances)
    if "sub_rooms" not in seen:
        _sub_rooms = d.get("subRooms", UNSET)
        sub_rooms: list[ApiSubRoom] | Unset = UNSET
        if _sub_rooms is not UNSET:
            sub_rooms = ApiSubRoom._from_json_list(_sub_rooms)

        _set(self, "sub_rooms", sub_rooms)
    if "show_subroom_detail" not in seen:
        _set(self, "show_subroom_detail", d.get("showSubroomDetail", UNSET))
    if "nrua" not in seen:
        _set(self, "nrua", d.get("nrua", UNSET))
    if "room_amenities" not in seen:
        _room_amenities = d.get("roomAmenities", UNSET)
        room_amenities: list[ApiRoomAmenityDTO] | Unset = UNSET
        if _room_amenities is not UNSET:
            room_amenities = ApiRoomAmenityDTO._from_json_list(_room_amenities)

        _set(self, "room_amenities", room_amenities)
    if "activities_info" not in seen:
        _activities_info = d.get("activitiesInfo", UNSET)
        activities_info: ApiRoomDTOActivitiesInfo | Unset
        if isinstance(_activities_info, Unset):
            activities_info = UNSET
        else:
            activities_info = ApiRoomDTOActivitiesInfo._from_json(_activities_info)

        _set(self, "activities_info", activities_info)
    if "headline_lang_map" not in seen:
        _headline_lang_map = d.get("headlineLangMap", UNSET)
        headline_lang_map: ApiRoomDTOHeadlineLangMap | Unset
        if isinstance(_headline_lang_map, Unset):
            headline_lang_map = UNSET
        else:
            headline_lang_map = ApiRoomDTOHeadlineLangMap._from_json(_headline_lang_map)

        _set(self, "headline_lang_map", headline_lang_map)
    if "description_lang_map" not in seen:
        _description_lang_map = d.get("descriptionLangMap", UNSET)
        description_lang_map: ApiRoomDTODescriptionLangMap | Unset
        if isinstance(_description_lang_map, Unset):
            description_lang_map = UNSET
        else:
            description_lang_map = ApiRoomDTODescriptionLangMap._from_json(_description_lang_map)

        _set(self, "description_lang_map", description_lang_map)
    if "checkin_info" not in seen:
        _checkin_info = d.get("checkinInfo", UNSET)
        checkin_info: ApiRoomDTOCheckinInfo | Unset
        if isinstance(_checkin_info, Unset):
            checkin_info = UNSET
        else:
            checkin_info = ApiRoomDTOCheckinInfo._from_json(_checkin_info)

        _set(self, "checkin_info", checkin_info)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiRoomDTO._octorate_fields = FieldTable(
    required=frozenset(
        (
            "notRefundable",
            "breakfastIncluded",
            "statistic",
            "calendar",
            "website",
            "bookingEngine",
            "manualReservations",
            "tripeThePrice",
            "closeNextDays",
            "openNextDays",
            "adults",
            "rmsDerived",
            "accommodationId",
        )
    ),
    loaders={
        "not_refundable": _load_not_refundable,
        "breakfast_included": _load_breakfast_included,
        "statistic": _load_statistic,
        "calendar": _load_calendar,
        "website": _load_website,
        "booking_engine": _load_booking_engine,
        "manual_reservations": _load_manual_reservations,
        "tripe_the_price": _load_tripe_the_price,
        "close_next_days": _load_close_next_days,
        "open_next_days": _load_open_next_days,
        "adults": _load_adults,
        "rms_derived": _load_rms_derived,
        "accommodation_id": _load_accommodation_id,
        "name": _load_name,
        "id": _load_id,
        "headline": _load_headline,
        "basic_name": _load_basic_name,
        "rate_name": _load_rate_name,
        "selling_name": _load_selling_name,
        "labels": _load_labels,
        "infants": _load_infants,
        "dormitory": _load_dormitory,
        "quantity": _load_quantity,
        "bathroom_quantity": _load_bathroom_quantity,
        "bedroom_quantity": _load_bedroom_quantity,
        "bed_quantity": _load_bed_quantity,
        "square_meters_size": _load_square_meters_size,
        "legal_id_issuer": _load_legal_id_issuer,
        "legal_id": _load_legal_id,
        "minimum_selling_price": _load_minimum_selling_price,
        "derived_rule": _load_derived_rule,
        "location": _load_location,
        "description": _load_description,
        "wifi": _load_wifi,
        "near_info": _load_near_info,
        "guest_info": _load_guest_info,
        "invoice_info": _load_invoice_info,
        "guests_dormitory": _load_guests_dormitory,
        "children": _load_children,
        "police_code": _load_police_code,
        "rate_plans": _load_rate_plans,
        "amenities": _load_amenities,
        "ical_urls": _load_ical_urls,
        "cancellation_policy_id": _load_cancellation_policy_id,
        "payment_policy_id": _load_payment_policy_id,
        "notification_email": _load_notification_email,
        "triple_the_price": _load_triple_the_price,
        "room_category": _load_room_category,
        "hide_rooms": _load_hide_rooms,
        "geti_cal_random_name": _load_geti_cal_random_name,
        "revenue_active": _load_revenue_active,
        "revenue_min_price": _load_revenue_min_price,
        "revenue_max_price": _load_revenue_max_price,
        "revenue_max_increment_percent": _load_revenue_max_increment_percent,
        "revenue_max_increment": _load_revenue_max_increment,
        "preferred_checkin_clerk": _load_preferred_checkin_clerk,
        "preferred_checkout_clerk": _load_preferred_checkout_clerk,
        "preferred_housekeeper_clerk": _load_preferred_housekeeper_clerk,
        "room_maintenances": _load_room_maintenances,
        "sub_rooms": _load_sub_rooms,
        "show_subroom_detail": _load_show_subroom_detail,
        "nrua": _load_nrua,
        "room_amenities": _load_room_amenities,
        "activities_info": _load_activities_info,
        "headline_lang_map": _load_headline_lang_map,
        "description_lang_map": _load_description_lang_map,
        "checkin_info": _load_checkin_info,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "headline",
        "basic_name",
        "rate_name",
        "selling_name",
        "labels",
        "derived_rule",
        "location",
        "description",
        "wifi",
        "near_info",
        "guest_info",
        "invoice_info",
        "rate_plans",
        "amenities",
        "ical_urls",
        "hide_rooms",
        "room_maintenances",
        "sub_rooms",
        "room_amenities",
        "activities_info",
        "headline_lang_map",
        "description_lang_map",
        "checkin_info",
        "additional_properties",
    ),
    keys={
        "not_refundable": "notRefundable",
        "breakfast_included": "breakfastIncluded",
        "statistic": "statistic",
        "calendar": "calendar",
        "website": "website",
        "booking_engine": "bookingEngine",
        "manual_reservations": "manualReservations",
        "tripe_the_price": "tripeThePrice",
        "close_next_days": "closeNextDays",
        "open_next_days": "openNextDays",
        "adults": "adults",
        "rms_derived": "rmsDerived",
        "accommodation_id": "accommodationId",
        "name": "name",
        "id": "id",
        "headline": "headline",
        "basic_name": "basicName",
        "rate_name": "rateName",
        "selling_name": "sellingName",
        "labels": "labels",
        "infants": "infants",
        "dormitory": "dormitory",
        "quantity": "quantity",
        "bathroom_quantity": "bathroomQuantity",
        "bedroom_quantity": "bedroomQuantity",
        "bed_quantity": "bedQuantity",
        "square_meters_size": "squareMetersSize",
        "legal_id_issuer": "legalIdIssuer",
        "legal_id": "legalId",
        "minimum_selling_price": "minimumSellingPrice",
        "derived_rule": "derivedRule",
        "location": "location",
        "description": "description",
        "wifi": "wifi",
        "near_info": "nearInfo",
        "guest_info": "guestInfo",
        "invoice_info": "invoiceInfo",
        "guests_dormitory": "guestsDormitory",
        "children": "children",
        "police_code": "policeCode",
        "rate_plans": "ratePlans",
        "amenities": "amenities",
        "ical_urls": "icalUrls",
        "cancellation_policy_id": "cancellationPolicyId",
        "payment_policy_id": "paymentPolicyId",
        "notification_email": "notificationEmail",
        "triple_the_price": "tripleThePrice",
        "room_category": "roomCategory",
        "hide_rooms": "hideRooms",
        "geti_cal_random_name": "getiCalRandomName",
        "revenue_active": "revenueActive",
        "revenue_min_price": "revenueMinPrice",
        "revenue_max_price": "revenueMaxPrice",
        "revenue_max_increment_percent": "revenueMaxIncrementPercent",
        "revenue_max_increment": "revenueMaxIncrement",
        "preferred_checkin_clerk": "preferredCheckinClerk",
        "preferred_checkout_clerk": "preferredCheckoutClerk",
        "preferred_housekeeper_clerk": "preferredHousekeeperClerk",
        "room_maintenances": "roomMaintenances",
        "sub_rooms": "subRooms",
        "show_subroom_detail": "showSubroomDetail",
        "nrua": "nrua",
        "room_amenities": "roomAmenities",
        "activities_info": "activitiesInfo",
        "headline_lang_map": "headlineLangMap",
        "description_lang_map": "descriptionLangMap",
        "checkin_info": "checkinInfo",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_amenity import ApiAmenity  # noqa: E402
from ..models.api_listing_place_dto import ApiListingPlaceDTO  # noqa: E402
from ..models.api_rate_dto import ApiRateDTO  # noqa: E402
from ..models.api_room_amenity_dto import ApiRoomAmenityDTO  # noqa: E402
from ..models.api_room_dto_activities_info import ApiRoomDTOActivitiesInfo  # noqa: E402
from ..models.api_room_dto_basic_name import ApiRoomDTOBasicName  # noqa: E402
from ..models.api_room_dto_checkin_info import ApiRoomDTOCheckinInfo  # noqa: E402
from ..models.api_room_dto_description import ApiRoomDTODescription  # noqa: E402
from ..models.api_room_dto_description_lang_map import ApiRoomDTODescriptionLangMap  # noqa: E402
from ..models.api_room_dto_guest_info import ApiRoomDTOGuestInfo  # noqa: E402
from ..models.api_room_dto_headline import ApiRoomDTOHeadline  # noqa: E402
from ..models.api_room_dto_headline_lang_map import ApiRoomDTOHeadlineLangMap  # noqa: E402
from ..models.api_room_dto_invoice_info import ApiRoomDTOInvoiceInfo  # noqa: E402
from ..models.api_room_dto_labels import ApiRoomDTOLabels  # noqa: E402
from ..models.api_room_dto_near_info import ApiRoomDTONearInfo  # noqa: E402
from ..models.api_room_dto_rate_name import ApiRoomDTORateName  # noqa: E402
from ..models.api_room_dto_selling_name import ApiRoomDTOSellingName  # noqa: E402
from ..models.api_room_dto_wifi import ApiRoomDTOWifi  # noqa: E402
from ..models.api_room_maintenance_dto import ApiRoomMaintenanceDTO  # noqa: E402
from ..models.api_sub_room import ApiSubRoom  # noqa: E402
from ..models.derived_rule import DerivedRule  # noqa: E402
