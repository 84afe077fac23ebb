from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.special_offer_dto_offer_type import SpecialOfferDTOOfferType
from ..types import UNSET, Unset, enum_member, parse_datetime


@_attrs_define
class SpecialOfferDTO(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_offer_type(d: Mapping[str, Any]) -> SpecialOfferDTOOfferType | Unset:
    _offer_type = d.get("offerType", UNSET)
    offer_type: SpecialOfferDTOOfferType | Unset
    if isinstance(_offer_type, Unset):
        offer_type = UNSET
    else:
        offer_type = enum_member(SpecialOfferDTOOfferType, _offer_type)

    return offer_type


def _load_listing_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("listingId", UNSET)


def _load_start_date(d: Mapping[str, Any]) -> datetime.date | Unset:
    _start_date = d.get("startDate", UNSET)
    start_date: datetime.date | Unset
    if isinstance(_start_date, Unset):
        start_date = UNSET
    else:
        start_date = datetime.date.fromisoformat(_start_date)

    return start_date


def _load_nights(d: Mapping[str, Any]) -> int | Unset:
    return d.get("nights", UNSET)


def _load_number_of_adults(d: Mapping[str, Any]) -> int | Unset:
    return d.get("numberOfAdults", UNSET)


def _load_number_of_children(d: Mapping[str, Any]) -> int | Unset:
    return d.get("numberOfChildren", UNSET)


def _load_number_of_infants(d: Mapping[str, Any]) -> int | Unset:
    return d.get("numberOfInfants", UNSET)


def _load_total_price(d: Mapping[str, Any]) -> int | Unset:
    return d.get("totalPrice", UNSET)


def _load_block_instant_booking(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("blockInstantBooking", UNSET)


def _load_native_currency(d: Mapping[str, Any]) -> str | Unset:
    return d.get("nativeCurrency", UNSET)


def _load_created_at(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _created_at = d.get("createdAt", UNSET)
    created_at: datetime.datetime | Unset
    if isinstance(_created_at, Unset):
        created_at = UNSET
    else:
        created_at = parse_datetime(_created_at)

    return created_at


def _load_expires_at(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _expires_at = d.get("expiresAt", UNSET)
    expires_at: datetime.datetime | Unset
    if isinstance(_expires_at, Unset):
        expires_at = UNSET
    else:
        expires_at = parse_datetime(_expires_at)

    return expires_at


def _load_is_active(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("isActive", UNSET)


def _load_rescinded_at(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _rescinded_at = d.get("rescindedAt", UNSET)
    rescinded_at: datetime.datetime | Unset
    if isinstance(_rescinded_at, Unset):
        rescinded_at = UNSET
    else:
        rescinded_at = parse_datetime(_rescinded_at)

    return rescinded_at


def _load_chat_message_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("chatMessageId", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "id",
        "offerType",
        "listingId",
        "startDate",
        "nights",
        "numberOfAdults",
        "numberOfChildren",
        "numberOfInfants",
        "totalPrice",
        "blockInstantBooking",
        "nativeCurrency",
        "createdAt",
        "expiresAt",
        "isActive",
        "rescindedAt",
        "chatMessageId",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: SpecialOfferDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "offer_type" not in seen:
        _offer_type = d.get("offerType", UNSET)
        offer_type: SpecialOfferDTOOfferType | Unset
        if isinstance(_offer_type, Unset):
            offer_type = UNSET
        else:
            offer_type = enum_member(SpecialOfferDTOOfferType, _offer_type)

        _set(self, "offer_type", offer_type)
    if "listing_id" not in seen:
        _set(self, "listing_id", d.get("listingId", UNSET))
    if "start_date" not in seen:
        _start_date = d.get("startDate", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.date.fromisoformat(_start_date)

        _set(self, "start_date", start_date)
    if "nights" not in seen:
        _set(self, "nights", d.get("nights", UNSET))
    if "number_of_adults" not in seen:
        _set(self, "number_of_adults", d.get("numberOfAdults", UNSET))
    if "number_of_children" not in seen:
        _set(self, "number_of_children", d.get("numberOfChildren", UNSET))
    if "number_of_infants" not in seen:
        _set(self, "number_of_infants", d.get("numberOfInfants", UNSET))
    if "total_price" not in seen:
        _set(self, "total_price", d.get("totalPrice", UNSET))
    if "block_instant_booking" not in seen:
        _set(self, "block_instant_booking", d.get("blockInstantBooking", UNSET))
    if "native_currency" not in seen:
        _set(self, "native_currency", d.get("nativeCurrency", UNSET))
    if "created_at" not in seen:
        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _set(self, "created_at", created_at)
    if "expires_at" not in seen:
        _expires_at = d.get("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = parse_datetime(_expires_at)

        _set(self, "expires_at", expires_at)
    if "is_active" not in seen:
        _set(self, "is_active", d.get("isActive", UNSET))
    if "rescinded_at" not in seen:
        _rescinded_at = d.get("rescindedAt", UNSET)
        rescinded_at: datetime.datetime | Unset
        if isinstance(_rescinded_at, Unset):
            rescinded_at = UNSET
        else:
            rescinded_at = parse_datetime(_rescinded_at)

        _set(self, "rescinded_at", rescinded_at)
    if "chat_message_id" not in seen:
        _set(self, "chat_message_id", d.get("chatMessageId", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


SpecialOfferDTO._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "id": _load_id,
        "offer_type": _load_offer_type,
        "listing_id": _load_listing_id,
        "start_date": _load_start_date,
        "nights": _load_nights,
        "number_of_adults": _load_number_of_adults,
        "number_of_children": _load_number_of_children,
        "number_of_infants": _load_number_of_infants,
        "total_price": _load_total_price,
        "block_instant_booking": _load_block_instant_booking,
        "native_currency": _load_native_currency,
        "created_at": _load_created_at,
        "expires_at": _load_expires_at,
        "is_active": _load_is_active,
        "rescinded_at": _load_rescinded_at,
        "chat_message_id": _load_chat_message_id,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "id": "id",
        "offer_type": "offerType",
        "listing_id": "listingId",
        "start_date": "startDate",
        "nights": "nights",
        "number_of_adults": "numberOfAdults",
        "number_of_children": "numberOfChildren",
        "number_of_infants": "numberOfInfants",
        "total_price": "totalPrice",
        "block_instant_booking": "blockInstantBooking",
        "native_currency": "nativeCurrency",
        "created_at": "createdAt",
        "expires_at": "expiresAt",
        "is_active": "isActive",
        "rescinded_at": "rescindedAt",
        "chat_message_id": "chatMessageId",
    },
)
