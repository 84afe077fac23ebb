from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_accommodation_light_time_zone_type_1 import ApiAccommodationLightTimeZoneType1


T = TypeVar("T", bound="ApiAccommodationLight")


@_attrs_define
class ApiAccommodationLight:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        currency = d.pop("currency", UNSET)

        def _parse_time_zone(data: object) -> ApiAccommodationLightTimeZoneType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                time_zone_type_1 = ApiAccommodationLightTimeZoneType1.from_dict(data)

                return time_zone_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiAccommodationLightTimeZoneType1 | str | Unset, data)

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

        api_accommodation_light = cls(
            id=id,
            name=name,
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
        )

        api_accommodation_light.additional_properties = d
        return api_accommodation_light

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
from ..models.api_accommodation_light_time_zone_type_1 import ApiAccommodationLightTimeZoneType1  # noqa: E402
