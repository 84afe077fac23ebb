from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.country_code import CountryCode
from ..models.external_listing_airbnb_approval_status import ExternalListingAirbnbApprovalStatus
from ..models.external_listing_airbnb_property_group import ExternalListingAirbnbPropertyGroup
from ..models.external_listing_airbnb_property_type import ExternalListingAirbnbPropertyType
from ..models.external_listing_airbnb_room_type import ExternalListingAirbnbRoomType
from ..models.external_listing_bathroom_with_item import ExternalListingBathroomWithItem
from ..models.external_listing_bedroom_type import ExternalListingBedroomType
from ..models.external_listing_booking_property_group import ExternalListingBookingPropertyGroup
from ..models.external_listing_room_class import ExternalListingRoomClass
from ..models.external_listing_room_type_category import ExternalListingRoomTypeCategory
from ..types import UNSET, Unset, enum_member, parse_datetime

if TYPE_CHECKING:
    from ..models.external_listing_external_url import ExternalListingExternalUrl
    from ..models.external_task import ExternalTask
    from ..models.place_interface import PlaceInterface
    from ..models.portal_custom_item_string import PortalCustomItemString


@_attrs_define
class ExternalListing(LazyModel):
    """
    Attributes:
        airbnb_property_type (ExternalListingAirbnbPropertyType): Specific type of the property
        quantity (int): Default Quantity available for this listing (if supported)
        bathrooms (float): How many bathrooms are inside?
        bedrooms (float): How many bedrooms are inside?
        beds (int): How many beds are inside?
        place (PlaceInterface): Place information
        person_capacity (int): Person capacity of this listing
        bathroom_shared (bool): Boolean that means if the bathroom is shared. DEPRECATED. Use the privateSpace inside
            each room
        country (CountryCode): ISO 3166-1 alpha-2 country code, as Octorate lists them.
        size (float): Size of the appartament in meters squared
        floor (int): At which floor is located the apartment?
        reference (PortalCustomItemString | Unset):
        external_url (ExternalListingExternalUrl | Unset): External Address of this room/property
        last_edit (datetime.datetime | Unset): Last edit time of this listing for the portals that requires this
            information
        homeway_list (bool | Unset): If true, this listing is actually actived on Homeaway portal
        airbnb_property_group (ExternalListingAirbnbPropertyGroup | Unset): Main Category of this listing
        airbnb_approval_status (ExternalListingAirbnbApprovalStatus | Unset): Rappresent the status of this property for
            Airbnb (i.e. Waiting for approval from Airbnb)
        room_type_category (ExternalListingRoomTypeCategory | Unset): Enum that describes the value of the room type.
            This generally gives an info about the octorate value.
        room_class (ExternalListingRoomClass | Unset): Enumeration that describes the Octorate Room Classes. These
            elements may be translated in portal equivalent i.e. for generating the room name
        bedroom_type (ExternalListingBedroomType | Unset): Enumeration that define what kind of bedroom this room has.
            Usually this element is used to generate a room name for some portals
        internal_name (str | Unset): Internal name of this listing
        tax_id (str | Unset): Tax permission to operate in the country / area
        bathroom_with (list[ExternalListingBathroomWithItem] | Unset):
        external_task (list[ExternalTask] | Unset):
        booking_property_group (ExternalListingBookingPropertyGroup | Unset):
        airbnb_room_type (ExternalListingAirbnbRoomType | Unset):
        airbnb_entire_home (bool | Unset):
        booking_has_room (bool | Unset):
    """

    airbnb_property_type: ExternalListingAirbnbPropertyType
    quantity: int
    bathrooms: float
    bedrooms: float
    beds: int
    place: PlaceInterface
    person_capacity: int
    bathroom_shared: bool
    country: CountryCode
    size: float
    floor: int
    reference: PortalCustomItemString | Unset = UNSET
    external_url: ExternalListingExternalUrl | Unset = UNSET
    last_edit: datetime.datetime | Unset = UNSET
    homeway_list: bool | Unset = UNSET
    airbnb_property_group: ExternalListingAirbnbPropertyGroup | Unset = UNSET
    airbnb_approval_status: ExternalListingAirbnbApprovalStatus | Unset = UNSET
    room_type_category: ExternalListingRoomTypeCategory | Unset = UNSET
    room_class: ExternalListingRoomClass | Unset = UNSET
    bedroom_type: ExternalListingBedroomType | Unset = UNSET
    internal_name: str | Unset = UNSET
    tax_id: str | Unset = UNSET
    bathroom_with: list[ExternalListingBathroomWithItem] | Unset = UNSET
    external_task: list[ExternalTask] | Unset = UNSET
    booking_property_group: ExternalListingBookingPropertyGroup | Unset = UNSET
    airbnb_room_type: ExternalListingAirbnbRoomType | Unset = UNSET
    airbnb_entire_home: bool | Unset = UNSET
    booking_has_room: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        airbnb_property_type = self.airbnb_property_type.value

        quantity = self.quantity

        bathrooms = self.bathrooms

        bedrooms = self.bedrooms

        beds = self.beds

        place = self.place.to_dict()

        person_capacity = self.person_capacity

        bathroom_shared = self.bathroom_shared

        country = self.country.value

        size = self.size

        floor = self.floor

        reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reference, Unset):
            reference = self.reference.to_dict()

        external_url: dict[str, Any] | Unset = UNSET
        if not isinstance(self.external_url, Unset):
            external_url = self.external_url.to_dict()

        last_edit: str | Unset = UNSET
        if not isinstance(self.last_edit, Unset):
            last_edit = self.last_edit.isoformat()

        homeway_list = self.homeway_list

        airbnb_property_group: str | Unset = UNSET
        if not isinstance(self.airbnb_property_group, Unset):
            airbnb_property_group = self.airbnb_property_group.value

        airbnb_approval_status: str | Unset = UNSET
        if not isinstance(self.airbnb_approval_status, Unset):
            airbnb_approval_status = self.airbnb_approval_status.value

        room_type_category: str | Unset = UNSET
        if not isinstance(self.room_type_category, Unset):
            room_type_category = self.room_type_category.value

        room_class: str | Unset = UNSET
        if not isinstance(self.room_class, Unset):
            room_class = self.room_class.value

        bedroom_type: str | Unset = UNSET
        if not isinstance(self.bedroom_type, Unset):
            bedroom_type = self.bedroom_type.value

        internal_name = self.internal_name

        tax_id = self.tax_id

        bathroom_with: list[str] | Unset = UNSET
        if not isinstance(self.bathroom_with, Unset):
            bathroom_with = []
            for bathroom_with_item_data in self.bathroom_with:
                bathroom_with_item = bathroom_with_item_data.value
                bathroom_with.append(bathroom_with_item)

        external_task: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_task, Unset):
            external_task = []
            for external_task_item_data in self.external_task:
                external_task_item = external_task_item_data.to_dict()
                external_task.append(external_task_item)

        booking_property_group: str | Unset = UNSET
        if not isinstance(self.booking_property_group, Unset):
            booking_property_group = self.booking_property_group.value

        airbnb_room_type: str | Unset = UNSET
        if not isinstance(self.airbnb_room_type, Unset):
            airbnb_room_type = self.airbnb_room_type.value

        airbnb_entire_home = self.airbnb_entire_home

        booking_has_room = self.booking_has_room

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "airbnbPropertyType": airbnb_property_type,
                "quantity": quantity,
                "bathrooms": bathrooms,
                "bedrooms": bedrooms,
                "beds": beds,
                "place": place,
                "personCapacity": person_capacity,
                "bathroomShared": bathroom_shared,
                "country": country,
                "size": size,
                "floor": floor,
            }
        )
        if reference is not UNSET:
            field_dict["reference"] = reference
        if external_url is not UNSET:
            field_dict["externalUrl"] = external_url
        if last_edit is not UNSET:
            field_dict["lastEdit"] = last_edit
        if homeway_list is not UNSET:
            field_dict["homewayList"] = homeway_list
        if airbnb_property_group is not UNSET:
            field_dict["airbnbPropertyGroup"] = airbnb_property_group
        if airbnb_approval_status is not UNSET:
            field_dict["airbnbApprovalStatus"] = airbnb_approval_status
        if room_type_category is not UNSET:
            field_dict["roomTypeCategory"] = room_type_category
        if room_class is not UNSET:
            field_dict["roomClass"] = room_class
        if bedroom_type is not UNSET:
            field_dict["bedroomType"] = bedroom_type
        if internal_name is not UNSET:
            field_dict["internalName"] = internal_name
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id
        if bathroom_with is not UNSET:
            field_dict["bathroomWith"] = bathroom_with
        if external_task is not UNSET:
            field_dict["externalTask"] = external_task
        if booking_property_group is not UNSET:
            field_dict["bookingPropertyGroup"] = booking_property_group
        if airbnb_room_type is not UNSET:
            field_dict["airbnbRoomType"] = airbnb_room_type
        if airbnb_entire_home is not UNSET:
            field_dict["airbnbEntireHome"] = airbnb_entire_home
        if booking_has_room is not UNSET:
            field_dict["bookingHasRoom"] = booking_has_room

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


def _load_airbnb_property_type(d: Mapping[str, Any]) -> ExternalListingAirbnbPropertyType:
    airbnb_property_type = enum_member(ExternalListingAirbnbPropertyType, d["airbnbPropertyType"])

    return airbnb_property_type


def _load_quantity(d: Mapping[str, Any]) -> int:
    return d["quantity"]


def _load_bathrooms(d: Mapping[str, Any]) -> float:
    return d["bathrooms"]


def _load_bedrooms(d: Mapping[str, Any]) -> float:
    return d["bedrooms"]


def _load_beds(d: Mapping[str, Any]) -> int:
    return d["beds"]


def _load_place(d: Mapping[str, Any]) -> PlaceInterface:
    place = PlaceInterface._from_json(d["place"])

    return place


def _load_person_capacity(d: Mapping[str, Any]) -> int:
    return d["personCapacity"]


def _load_bathroom_shared(d: Mapping[str, Any]) -> bool:
    return d["bathroomShared"]


def _load_country(d: Mapping[str, Any]) -> CountryCode:
    country = enum_member(CountryCode, d["country"])

    return country


def _load_size(d: Mapping[str, Any]) -> float:
    return d["size"]


def _load_floor(d: Mapping[str, Any]) -> int:
    return d["floor"]


def _load_reference(d: Mapping[str, Any]) -> PortalCustomItemString | Unset:
    _reference = d.get("reference", UNSET)
    reference: PortalCustomItemString | Unset
    if isinstance(_reference, Unset):
        reference = UNSET
    else:
        reference = PortalCustomItemString._from_json(_reference)

    return reference


def _load_external_url(d: Mapping[str, Any]) -> ExternalListingExternalUrl | Unset:
    _external_url = d.get("externalUrl", UNSET)
    external_url: ExternalListingExternalUrl | Unset
    if isinstance(_external_url, Unset):
        external_url = UNSET
    else:
        external_url = ExternalListingExternalUrl._from_json(_external_url)

    return external_url


def _load_last_edit(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _last_edit = d.get("lastEdit", UNSET)
    last_edit: datetime.datetime | Unset
    if isinstance(_last_edit, Unset):
        last_edit = UNSET
    else:
        last_edit = parse_datetime(_last_edit)

    return last_edit


def _load_homeway_list(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("homewayList", UNSET)


def _load_airbnb_property_group(d: Mapping[str, Any]) -> ExternalListingAirbnbPropertyGroup | Unset:
    _airbnb_property_group = d.get("airbnbPropertyGroup", UNSET)
    airbnb_property_group: ExternalListingAirbnbPropertyGroup | Unset
    if isinstance(_airbnb_property_group, Unset):
        airbnb_property_group = UNSET
    else:
        airbnb_property_group = enum_member(
            ExternalListingAirbnbPropertyGroup, _airbnb_property_group
        )

    return airbnb_property_group


def _load_airbnb_approval_status(
    d: Mapping[str, Any],
) -> ExternalListingAirbnbApprovalStatus | Unset:
    _airbnb_approval_status = d.get("airbnbApprovalStatus", UNSET)
    airbnb_approval_status: ExternalListingAirbnbApprovalStatus | Unset
    if isinstance(_airbnb_approval_status, Unset):
        airbnb_approval_status = UNSET
    else:
        airbnb_approval_status = enum_member(
            ExternalListingAirbnbApprovalStatus, _airbnb_approval_status
        )

    return airbnb_approval_status


def _load_room_type_category(d: Mapping[str, Any]) -> ExternalListingRoomTypeCategory | Unset:
    _room_type_category = d.get("roomTypeCategory", UNSET)
    room_type_category: ExternalListingRoomTypeCategory | Unset
    if isinstance(_room_type_category, Unset):
        room_type_category = UNSET
    else:
        room_type_category = enum_member(ExternalListingRoomTypeCategory, _room_type_category)

    return room_type_category


def _load_room_class(d: Mapping[str, Any]) -> ExternalListingRoomClass | Unset:
    _room_class = d.get("roomClass", UNSET)
    room_class: ExternalListingRoomClass | Unset
    if isinstance(_room_class, Unset):
        room_class = UNSET
    else:
        room_class = enum_member(ExternalListingRoomClass, _room_class)

    return room_class


def _load_bedroom_type(d: Mapping[str, Any]) -> ExternalListingBedroomType | Unset:
    _bedroom_type = d.get("bedroomType", UNSET)
    bedroom_type: ExternalListingBedroomType | Unset
    if isinstance(_bedroom_type, Unset):
        bedroom_type = UNSET
    else:
        bedroom_type = enum_member(ExternalListingBedroomType, _bedroom_type)

    return bedroom_type


def _load_internal_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("internalName", UNSET)


def _load_tax_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("taxId", UNSET)


def _load_bathroom_with(d: Mapping[str, Any]) -> list[ExternalListingBathroomWithItem] | Unset:
    _bathroom_with = d.get("bathroomWith", UNSET)
    bathroom_with: list[ExternalListingBathroomWithItem] | Unset = UNSET
    if _bathroom_with is not UNSET:
        bathroom_with = []
        for bathroom_with_item_data in _bathroom_with:
            bathroom_with_item = enum_member(
                ExternalListingBathroomWithItem, bathroom_with_item_data
            )

            bathroom_with.append(bathroom_with_item)

    return bathroom_with


def _load_external_task(d: Mapping[str, Any]) -> list[ExternalTask] | Unset:
    _external_task = d.get("externalTask", UNSET)
    external_task: list[ExternalTask] | Unset = UNSET
    if _external_task is not UNSET:
        external_task = ExternalTask._from_json_list(_external_task)

    return external_task


def _load_booking_property_group(
    d: Mapping[str, Any],
) -> ExternalListingBookingPropertyGroup | Unset:
    _booking_property_group = d.get("bookingPropertyGroup", UNSET)
    booking_property_group: ExternalListingBookingPropertyGroup | Unset
    if isinstance(_booking_property_group, Unset):
        booking_property_group = UNSET
    else:
        booking_property_group = enum_member(
            ExternalListingBookingPropertyGroup, _booking_property_group
        )

    return booking_property_group


def _load_airbnb_room_type(d: Mapping[str, Any]) -> ExternalListingAirbnbRoomType | Unset:
    _airbnb_room_type = d.get("airbnbRoomType", UNSET)
    airbnb_room_type: ExternalListingAirbnbRoomType | Unset
    if isinstance(_airbnb_room_type, Unset):
        airbnb_room_type = UNSET
    else:
        airbnb_room_type = enum_member(ExternalListingAirbnbRoomType, _airbnb_room_type)

    return airbnb_room_type


def _load_airbnb_entire_home(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("airbnbEntireHome", UNSET)


def _load_booking_has_room(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("bookingHasRoom", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "airbnbPropertyType",
        "quantity",
        "bathrooms",
        "bedrooms",
        "beds",
        "place",
        "personCapacity",
        "bathroomShared",
        "country",
        "size",
        "floor",
        "reference",
        "externalUrl",
        "lastEdit",
        "homewayList",
        "airbnbPropertyGroup",
        "airbnbApprovalStatus",
        "roomTypeCategory",
        "roomClass",
        "bedroomType",
        "internalName",
        "taxId",
        "bathroomWith",
        "externalTask",
        "bookingPropertyGroup",
        "airbnbRoomType",
        "airbnbEntireHome",
        "bookingHasRoom",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ExternalListing, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "airbnb_property_type" not in seen:
        airbnb_property_type = enum_member(
            ExternalListingAirbnbPropertyType, d["airbnbPropertyType"]
        )

        _set(self, "airbnb_property_type", airbnb_property_type)
    if "quantity" not in seen:
        _set(self, "quantity", d["quantity"])
    if "bathrooms" not in seen:
        _set(self, "bathrooms", d["bathrooms"])
    if "bedrooms" not in seen:
        _set(self, "bedrooms", d["bedrooms"])
    if "beds" not in seen:
        _set(self, "beds", d["beds"])
    if "place" not in seen:
        place = PlaceInterface._from_json(d["place"])

        _set(self, "place", place)
    if "person_capacity" not in seen:
        _set(self, "person_capacity", d["personCapacity"])
    if "bathroom_shared" not in seen:
        _set(self, "bathroom_shared", d["bathroomShared"])
    if "country" not in seen:
        country = enum_member(CountryCode, d["country"])

        _set(self, "country", country)
    if "size" not in seen:
        _set(self, "size", d["size"])
    if "floor" not in seen:
        _set(self, "floor", d["floor"])
    if "reference" not in seen:
        _reference = d.get("reference", UNSET)
        reference: PortalCustomItemString | Unset
        if isinstance(_reference, Unset):
            reference = UNSET
        else:
            reference = PortalCustomItemString._from_json(_reference)

        _set(self, "reference", reference)
    if "external_url" not in seen:
        _external_url = d.get("externalUrl", UNSET)
        external_url: ExternalListingExternalUrl | Unset
        if isinstance(_external_url, Unset):
            external_url = UNSET
        else:
            external_url = ExternalListingExternalUrl._from_json(_external_url)

        _set(self, "external_url", external_url)
    if "last_edit" not in seen:
        _last_edit = d.get("lastEdit", UNSET)
        last_edit: datetime.datetime | Unset
        if isinstance(_last_edit, Unset):
            last_edit = UNSET
        else:
            last_edit = parse_datetime(_last_edit)

        _set(self, "last_edit", last_edit)
    if "homeway_list" not in seen:
        _set(self, "homeway_list", d.get("homewayList", UNSET))
    if "airbnb_property_group" not in seen:
        _airbnb_property_group = d.get("airbnbPropertyGroup", UNSET)
        airbnb_property_group: ExternalListingAirbnbPropertyGroup | Unset
        if isinstance(_airbnb_property_group, Unset):
            airbnb_property_group = UNSET
        else:
            airbnb_property_group = enum_member(
                ExternalListingAirbnbPropertyGroup, _airbnb_property_group
            )

        _set(self, "airbnb_property_group", airbnb_property_group)
    if "airbnb_approval_status" not in seen:
        _airbnb_approval_status = d.get("airbnbApprovalStatus", UNSET)
        airbnb_approval_status: ExternalListingAirbnbApprovalStatus | Unset
        if isinstance(_airbnb_approval_status, Unset):
            airbnb_approval_status = UNSET
        else:
            airbnb_approval_status = enum_member(
                ExternalListingAirbnbApprovalStatus, _airbnb_approval_status
            )

        _set(self, "airbnb_approval_status", airbnb_approval_status)
    if "room_type_category" not in seen:
        _room_type_category = d.get("roomTypeCategory", UNSET)
        room_type_category: ExternalListingRoomTypeCategory | Unset
        if isinstance(_room_type_category, Unset):
            room_type_category = UNSET
        else:
            room_type_category = enum_member(ExternalListingRoomTypeCategory, _room_type_category)

        _set(self, "room_type_category", room_type_category)
    if "room_class" not in seen:
        _room_class = d.get("roomClass", UNSET)
        room_class: ExternalListingRoomClass | Unset
        if isinstance(_room_class, Unset):
            room_class = UNSET
        else:
            room_class = enum_member(ExternalListingRoomClass, _room_class)

        _set(self, "room_class", room_class)
    if "bedroom_type" not in seen:
        _bedroom_type = d.get("bedroomType", UNSET)
        bedroom_type: ExternalListingBedroomType | Unset
        if isinstance(_bedroom_type, Unset):
            bedroom_type = UNSET
        else:
            bedroom_type = enum_member(ExternalListingBedroomType, _bedroom_type)

        _set(self, "bedroom_type", bedroom_type)
    if "internal_name" not in seen:
        _set(self, "internal_name", d.get("internalName", UNSET))
    if "tax_id" not in seen:
        _set(self, "tax_id", d.get("taxId", UNSET))
    if "bathroom_with" not in seen:
        _bathroom_with = d.get("bathroomWith", UNSET)
        bathroom_with: list[ExternalListingBathroomWithItem] | Unset = UNSET
        if _bathroom_with is not UNSET:
            bathroom_with = []
            for bathroom_with_item_data in _bathroom_with:
                bathroom_with_item = enum_member(
                    ExternalListingBathroomWithItem, bathroom_with_item_data
                )

                bathroom_with.append(bathroom_with_item)

        _set(self, "bathroom_with", bathroom_with)
    if "external_task" not in seen:
        _external_task = d.get("externalTask", UNSET)
        external_task: list[ExternalTask] | Unset = UNSET
        if _external_task is not UNSET:
            external_task = ExternalTask._from_json_list(_external_task)

        _set(self, "external_task", external_task)
    if "booking_property_group" not in seen:
        _booking_property_group = d.get("bookingPropertyGroup", UNSET)
        booking_property_group: ExternalListingBookingPropertyGroup | Unset
        if isinstance(_booking_property_group, Unset):
            booking_property_group = UNSET
        else:
            booking_property_group = enum_member(
                ExternalListingBookingPropertyGroup, _booking_property_group
            )

        _set(self, "booking_property_group", booking_property_group)
    if "airbnb_room_type" not in seen:
        _airbnb_room_type = d.get("airbnbRoomType", UNSET)
        airbnb_room_type: ExternalListingAirbnbRoomType | Unset
        if isinstance(_airbnb_room_type, Unset):
            airbnb_room_type = UNSET
        else:
            airbnb_room_type = enum_member(ExternalListingAirbnbRoomType, _airbnb_room_type)

        _set(self, "airbnb_room_type", airbnb_room_type)
    if "airbnb_entire_home" not in seen:
        _set(self, "airbnb_entire_home", d.get("airbnbEntireHome", UNSET))
    if "booking_has_room" not in seen:
        _set(self, "booking_has_room", d.get("bookingHasRoom", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ExternalListing._octorate_fields = FieldTable(
    required=frozenset(
        (
            "airbnbPropertyType",
            "quantity",
            "bathrooms",
            "bedrooms",
            "beds",
            "place",
            "personCapacity",
            "bathroomShared",
            "country",
            "size",
            "floor",
        )
    ),
    loaders={
        "airbnb_property_type": _load_airbnb_property_type,
        "quantity": _load_quantity,
        "bathrooms": _load_bathrooms,
        "bedrooms": _load_bedrooms,
        "beds": _load_beds,
        "place": _load_place,
        "person_capacity": _load_person_capacity,
        "bathroom_shared": _load_bathroom_shared,
        "country": _load_country,
        "size": _load_size,
        "floor": _load_floor,
        "reference": _load_reference,
        "external_url": _load_external_url,
        "last_edit": _load_last_edit,
        "homeway_list": _load_homeway_list,
        "airbnb_property_group": _load_airbnb_property_group,
        "airbnb_approval_status": _load_airbnb_approval_status,
        "room_type_category": _load_room_type_category,
        "room_class": _load_room_class,
        "bedroom_type": _load_bedroom_type,
        "internal_name": _load_internal_name,
        "tax_id": _load_tax_id,
        "bathroom_with": _load_bathroom_with,
        "external_task": _load_external_task,
        "booking_property_group": _load_booking_property_group,
        "airbnb_room_type": _load_airbnb_room_type,
        "airbnb_entire_home": _load_airbnb_entire_home,
        "booking_has_room": _load_booking_has_room,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "place",
        "reference",
        "external_url",
        "bathroom_with",
        "external_task",
        "additional_properties",
    ),
    keys={
        "airbnb_property_type": "airbnbPropertyType",
        "quantity": "quantity",
        "bathrooms": "bathrooms",
        "bedrooms": "bedrooms",
        "beds": "beds",
        "place": "place",
        "person_capacity": "personCapacity",
        "bathroom_shared": "bathroomShared",
        "country": "country",
        "size": "size",
        "floor": "floor",
        "reference": "reference",
        "external_url": "externalUrl",
        "last_edit": "lastEdit",
        "homeway_list": "homewayList",
        "airbnb_property_group": "airbnbPropertyGroup",
        "airbnb_approval_status": "airbnbApprovalStatus",
        "room_type_category": "roomTypeCategory",
        "room_class": "roomClass",
        "bedroom_type": "bedroomType",
        "internal_name": "internalName",
        "tax_id": "taxId",
        "bathroom_with": "bathroomWith",
        "external_task": "externalTask",
        "booking_property_group": "bookingPropertyGroup",
        "airbnb_room_type": "airbnbRoomType",
        "airbnb_entire_home": "airbnbEntireHome",
        "booking_has_room": "bookingHasRoom",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.external_listing_external_url import ExternalListingExternalUrl  # noqa: E402
from ..models.external_task import ExternalTask  # noqa: E402
from ..models.place_interface import PlaceInterface  # noqa: E402
from ..models.portal_custom_item_string import PortalCustomItemString  # noqa: E402
