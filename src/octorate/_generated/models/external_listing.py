from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


T = TypeVar("T", bound="ExternalListing")


@_attrs_define
class ExternalListing:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        airbnb_property_type = enum_member(
            ExternalListingAirbnbPropertyType, d.pop("airbnbPropertyType")
        )

        quantity = d.pop("quantity")

        bathrooms = d.pop("bathrooms")

        bedrooms = d.pop("bedrooms")

        beds = d.pop("beds")

        place = PlaceInterface.from_dict(d.pop("place"))

        person_capacity = d.pop("personCapacity")

        bathroom_shared = d.pop("bathroomShared")

        country = enum_member(CountryCode, d.pop("country"))

        size = d.pop("size")

        floor = d.pop("floor")

        _reference = d.pop("reference", UNSET)
        reference: PortalCustomItemString | Unset
        if isinstance(_reference, Unset):
            reference = UNSET
        else:
            reference = PortalCustomItemString.from_dict(_reference)

        _external_url = d.pop("externalUrl", UNSET)
        external_url: ExternalListingExternalUrl | Unset
        if isinstance(_external_url, Unset):
            external_url = UNSET
        else:
            external_url = ExternalListingExternalUrl.from_dict(_external_url)

        _last_edit = d.pop("lastEdit", UNSET)
        last_edit: datetime.datetime | Unset
        if isinstance(_last_edit, Unset):
            last_edit = UNSET
        else:
            last_edit = parse_datetime(_last_edit)

        homeway_list = d.pop("homewayList", UNSET)

        _airbnb_property_group = d.pop("airbnbPropertyGroup", UNSET)
        airbnb_property_group: ExternalListingAirbnbPropertyGroup | Unset
        if isinstance(_airbnb_property_group, Unset):
            airbnb_property_group = UNSET
        else:
            airbnb_property_group = enum_member(
                ExternalListingAirbnbPropertyGroup, _airbnb_property_group
            )

        _airbnb_approval_status = d.pop("airbnbApprovalStatus", UNSET)
        airbnb_approval_status: ExternalListingAirbnbApprovalStatus | Unset
        if isinstance(_airbnb_approval_status, Unset):
            airbnb_approval_status = UNSET
        else:
            airbnb_approval_status = enum_member(
                ExternalListingAirbnbApprovalStatus, _airbnb_approval_status
            )

        _room_type_category = d.pop("roomTypeCategory", UNSET)
        room_type_category: ExternalListingRoomTypeCategory | Unset
        if isinstance(_room_type_category, Unset):
            room_type_category = UNSET
        else:
            room_type_category = enum_member(ExternalListingRoomTypeCategory, _room_type_category)

        _room_class = d.pop("roomClass", UNSET)
        room_class: ExternalListingRoomClass | Unset
        if isinstance(_room_class, Unset):
            room_class = UNSET
        else:
            room_class = enum_member(ExternalListingRoomClass, _room_class)

        _bedroom_type = d.pop("bedroomType", UNSET)
        bedroom_type: ExternalListingBedroomType | Unset
        if isinstance(_bedroom_type, Unset):
            bedroom_type = UNSET
        else:
            bedroom_type = enum_member(ExternalListingBedroomType, _bedroom_type)

        internal_name = d.pop("internalName", UNSET)

        tax_id = d.pop("taxId", UNSET)

        _bathroom_with = d.pop("bathroomWith", UNSET)
        bathroom_with: list[ExternalListingBathroomWithItem] | Unset = UNSET
        if _bathroom_with is not UNSET:
            bathroom_with = []
            for bathroom_with_item_data in _bathroom_with:
                bathroom_with_item = enum_member(
                    ExternalListingBathroomWithItem, bathroom_with_item_data
                )

                bathroom_with.append(bathroom_with_item)

        _external_task = d.pop("externalTask", UNSET)
        external_task: list[ExternalTask] | Unset = UNSET
        if _external_task is not UNSET:
            external_task = []
            for external_task_item_data in _external_task:
                external_task_item = ExternalTask.from_dict(external_task_item_data)

                external_task.append(external_task_item)

        _booking_property_group = d.pop("bookingPropertyGroup", UNSET)
        booking_property_group: ExternalListingBookingPropertyGroup | Unset
        if isinstance(_booking_property_group, Unset):
            booking_property_group = UNSET
        else:
            booking_property_group = enum_member(
                ExternalListingBookingPropertyGroup, _booking_property_group
            )

        _airbnb_room_type = d.pop("airbnbRoomType", UNSET)
        airbnb_room_type: ExternalListingAirbnbRoomType | Unset
        if isinstance(_airbnb_room_type, Unset):
            airbnb_room_type = UNSET
        else:
            airbnb_room_type = enum_member(ExternalListingAirbnbRoomType, _airbnb_room_type)

        airbnb_entire_home = d.pop("airbnbEntireHome", UNSET)

        booking_has_room = d.pop("bookingHasRoom", UNSET)

        external_listing = cls(
            airbnb_property_type=airbnb_property_type,
            quantity=quantity,
            bathrooms=bathrooms,
            bedrooms=bedrooms,
            beds=beds,
            place=place,
            person_capacity=person_capacity,
            bathroom_shared=bathroom_shared,
            country=country,
            size=size,
            floor=floor,
            reference=reference,
            external_url=external_url,
            last_edit=last_edit,
            homeway_list=homeway_list,
            airbnb_property_group=airbnb_property_group,
            airbnb_approval_status=airbnb_approval_status,
            room_type_category=room_type_category,
            room_class=room_class,
            bedroom_type=bedroom_type,
            internal_name=internal_name,
            tax_id=tax_id,
            bathroom_with=bathroom_with,
            external_task=external_task,
            booking_property_group=booking_property_group,
            airbnb_room_type=airbnb_room_type,
            airbnb_entire_home=airbnb_entire_home,
            booking_has_room=booking_has_room,
        )

        external_listing.additional_properties = d
        return external_listing

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
from ..models.external_listing_external_url import ExternalListingExternalUrl  # noqa: E402
from ..models.external_task import ExternalTask  # noqa: E402
from ..models.place_interface import PlaceInterface  # noqa: E402
from ..models.portal_custom_item_string import PortalCustomItemString  # noqa: E402
