from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.special_offer_dto_offer_type import SpecialOfferDTOOfferType
from ..types import UNSET, Unset, enum_member, parse_datetime

T = TypeVar("T", bound="SpecialOfferDTO")


@_attrs_define
class SpecialOfferDTO:
    """
    Attributes:
        id (int | Unset): Reference inside our system Example: 17.
        offer_type (SpecialOfferDTOOfferType | Unset):
        listing_id (str | Unset): External id of the room linked to this special offer Example: 521443654646057653.
        start_date (datetime.date | Unset): The start date in system time (ISO8601) of this special offer Example:
            2022-05-01.
        nights (int | Unset): The nights of this special offer Example: 3.
        number_of_adults (int | Unset): The number of adults of this special offer Example: 3.
        number_of_children (int | Unset): The number of children of this special offer Example: 3.
        number_of_infants (int | Unset): The number of infants of this special offer Example: 3.
        total_price (int | Unset): The price of this special offer Example: 300.
        block_instant_booking (bool | Unset): Indicates whether this offer blocks rooms for the dates of the offer
            Example: False.
        native_currency (str | Unset): The currency of this special offer Example: EUR.
        created_at (datetime.datetime | Unset): The creation time in UTC (ISO8601) Example: 2022-05-01T15:31:54.456Z.
        expires_at (datetime.datetime | Unset): The expiration time in UTC (ISO8601) Example: 2022-05-01T15:31:54.456Z.
        is_active (bool | Unset): Indicates whether this offer is active Example: True.
        rescinded_at (datetime.datetime | Unset): The rescinded time in UTC (ISO8601) Example: 2022-05-01T15:31:54.456Z.
        chat_message_id (int | Unset): The chat message linked to this special offer Example: 17.
    """

    id: int | Unset = UNSET
    offer_type: SpecialOfferDTOOfferType | Unset = UNSET
    listing_id: str | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    nights: int | Unset = UNSET
    number_of_adults: int | Unset = UNSET
    number_of_children: int | Unset = UNSET
    number_of_infants: int | Unset = UNSET
    total_price: int | Unset = UNSET
    block_instant_booking: bool | Unset = UNSET
    native_currency: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    is_active: bool | Unset = UNSET
    rescinded_at: datetime.datetime | Unset = UNSET
    chat_message_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        offer_type: str | Unset = UNSET
        if not isinstance(self.offer_type, Unset):
            offer_type = self.offer_type.value

        listing_id = self.listing_id

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        nights = self.nights

        number_of_adults = self.number_of_adults

        number_of_children = self.number_of_children

        number_of_infants = self.number_of_infants

        total_price = self.total_price

        block_instant_booking = self.block_instant_booking

        native_currency = self.native_currency

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        is_active = self.is_active

        rescinded_at: str | Unset = UNSET
        if not isinstance(self.rescinded_at, Unset):
            rescinded_at = self.rescinded_at.isoformat()

        chat_message_id = self.chat_message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if offer_type is not UNSET:
            field_dict["offerType"] = offer_type
        if listing_id is not UNSET:
            field_dict["listingId"] = listing_id
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if nights is not UNSET:
            field_dict["nights"] = nights
        if number_of_adults is not UNSET:
            field_dict["numberOfAdults"] = number_of_adults
        if number_of_children is not UNSET:
            field_dict["numberOfChildren"] = number_of_children
        if number_of_infants is not UNSET:
            field_dict["numberOfInfants"] = number_of_infants
        if total_price is not UNSET:
            field_dict["totalPrice"] = total_price
        if block_instant_booking is not UNSET:
            field_dict["blockInstantBooking"] = block_instant_booking
        if native_currency is not UNSET:
            field_dict["nativeCurrency"] = native_currency
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if rescinded_at is not UNSET:
            field_dict["rescindedAt"] = rescinded_at
        if chat_message_id is not UNSET:
            field_dict["chatMessageId"] = chat_message_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _offer_type = d.pop("offerType", UNSET)
        offer_type: SpecialOfferDTOOfferType | Unset
        if isinstance(_offer_type, Unset):
            offer_type = UNSET
        else:
            offer_type = enum_member(SpecialOfferDTOOfferType, _offer_type)

        listing_id = d.pop("listingId", UNSET)

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.date.fromisoformat(_start_date)

        nights = d.pop("nights", UNSET)

        number_of_adults = d.pop("numberOfAdults", UNSET)

        number_of_children = d.pop("numberOfChildren", UNSET)

        number_of_infants = d.pop("numberOfInfants", UNSET)

        total_price = d.pop("totalPrice", UNSET)

        block_instant_booking = d.pop("blockInstantBooking", UNSET)

        native_currency = d.pop("nativeCurrency", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _expires_at = d.pop("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = parse_datetime(_expires_at)

        is_active = d.pop("isActive", UNSET)

        _rescinded_at = d.pop("rescindedAt", UNSET)
        rescinded_at: datetime.datetime | Unset
        if isinstance(_rescinded_at, Unset):
            rescinded_at = UNSET
        else:
            rescinded_at = parse_datetime(_rescinded_at)

        chat_message_id = d.pop("chatMessageId", UNSET)

        special_offer_dto = cls(
            id=id,
            offer_type=offer_type,
            listing_id=listing_id,
            start_date=start_date,
            nights=nights,
            number_of_adults=number_of_adults,
            number_of_children=number_of_children,
            number_of_infants=number_of_infants,
            total_price=total_price,
            block_instant_booking=block_instant_booking,
            native_currency=native_currency,
            created_at=created_at,
            expires_at=expires_at,
            is_active=is_active,
            rescinded_at=rescinded_at,
            chat_message_id=chat_message_id,
        )

        special_offer_dto.additional_properties = d
        return special_offer_dto

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
