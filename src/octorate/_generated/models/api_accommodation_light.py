from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_accommodation_light_time_zone_type_1 import ApiAccommodationLightTimeZoneType1


@_attrs_define
class ApiAccommodationLight(LazyModel):
    """Original accommodation this reservation was assigned

    Attributes:
        id (str | Unset): Reference inside our system Example: 16997.
        name (str | Unset): Name of the accommodation Example: Manhattan Hotel.
        currency (str | Unset): Currency of this property Example: EUR.
        time_zone (ApiAccommodationLightTimeZoneType1 | str | Unset):
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
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    currency: str | Unset = UNSET
    time_zone: ApiAccommodationLightTimeZoneType1 | str | Unset = UNSET
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        id = self.id

        name = self.name

        currency = self.currency

        time_zone: dict[str, Any] | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        elif isinstance(self.time_zone, ApiAccommodationLightTimeZoneType1):
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
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


def _load_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("id", UNSET)


def _load_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("name", UNSET)


def _load_currency(d: Mapping[str, Any]) -> str | Unset:
    return d.get("currency", UNSET)


def _load_time_zone(d: Mapping[str, Any]) -> ApiAccommodationLightTimeZoneType1 | str | Unset:
    def _parse_time_zone(data: object) -> ApiAccommodationLightTimeZoneType1 | str | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            time_zone_type_1 = ApiAccommodationLightTimeZoneType1._from_json(data)

            return time_zone_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(ApiAccommodationLightTimeZoneType1 | str | Unset, data)

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


_KNOWN_KEYS = frozenset(
    (
        "id",
        "name",
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
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiAccommodationLight, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "name" not in seen:
        _set(self, "name", d.get("name", UNSET))
    if "currency" not in seen:
        _set(self, "currency", d.get("currency", UNSET))
    if "time_zone" not in seen:

        def _parse_time_zone(data: object) -> ApiAccommodationLightTimeZoneType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                time_zone_type_1 = ApiAccommodationLightTimeZoneType1._from_json(data)

                return time_zone_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiAccommodationLightTimeZoneType1 | str | Unset, data)

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
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiAccommodationLight._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "id": _load_id,
        "name": _load_name,
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
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "time_zone",
        "additional_properties",
    ),
    keys={
        "id": "id",
        "name": "name",
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
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_accommodation_light_time_zone_type_1 import ApiAccommodationLightTimeZoneType1  # noqa: E402
