from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.octorate_parking_details_has_accessible_parking_spots import (
    OctorateParkingDetailsHasAccessibleParkingSpots,
)
from ..models.octorate_parking_details_has_ev_charging_station import (
    OctorateParkingDetailsHasEvChargingStation,
)
from ..models.octorate_parking_details_has_gated_parking import (
    OctorateParkingDetailsHasGatedParking,
)
from ..models.octorate_parking_details_has_onsite_staff import OctorateParkingDetailsHasOnsiteStaff
from ..models.octorate_parking_details_has_security_cameras import (
    OctorateParkingDetailsHasSecurityCameras,
)
from ..models.octorate_parking_details_has_valet_service import (
    OctorateParkingDetailsHasValetService,
)
from ..models.octorate_parking_details_parking_access import OctorateParkingDetailsParkingAccess
from ..models.octorate_parking_details_parking_location import OctorateParkingDetailsParkingLocation
from ..models.octorate_parking_details_parking_reservation import (
    OctorateParkingDetailsParkingReservation,
)
from ..models.octorate_parking_details_parking_type import OctorateParkingDetailsParkingType
from ..types import UNSET, Unset, enum_member


@_attrs_define
class OctorateParkingDetails(LazyModel):
    """Details on the parking

    Attributes:
        name (str | Unset):
        parking_type (OctorateParkingDetailsParkingType | Unset):
        parking_location (OctorateParkingDetailsParkingLocation | Unset):
        parking_access (OctorateParkingDetailsParkingAccess | Unset):
        parking_reservation (OctorateParkingDetailsParkingReservation | Unset):
        max_height_m (float | Unset):
        has_valet_service (OctorateParkingDetailsHasValetService | Unset):
        has_onsite_staff (OctorateParkingDetailsHasOnsiteStaff | Unset):
        has_gated_parking (OctorateParkingDetailsHasGatedParking | Unset):
        has_security_cameras (OctorateParkingDetailsHasSecurityCameras | Unset):
        has_ev_charging_station (OctorateParkingDetailsHasEvChargingStation | Unset):
        has_accessible_parking_spots (OctorateParkingDetailsHasAccessibleParkingSpots | Unset):
    """

    name: str | Unset = UNSET
    parking_type: OctorateParkingDetailsParkingType | Unset = UNSET
    parking_location: OctorateParkingDetailsParkingLocation | Unset = UNSET
    parking_access: OctorateParkingDetailsParkingAccess | Unset = UNSET
    parking_reservation: OctorateParkingDetailsParkingReservation | Unset = UNSET
    max_height_m: float | Unset = UNSET
    has_valet_service: OctorateParkingDetailsHasValetService | Unset = UNSET
    has_onsite_staff: OctorateParkingDetailsHasOnsiteStaff | Unset = UNSET
    has_gated_parking: OctorateParkingDetailsHasGatedParking | Unset = UNSET
    has_security_cameras: OctorateParkingDetailsHasSecurityCameras | Unset = UNSET
    has_ev_charging_station: OctorateParkingDetailsHasEvChargingStation | Unset = UNSET
    has_accessible_parking_spots: OctorateParkingDetailsHasAccessibleParkingSpots | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        name = self.name

        parking_type: str | Unset = UNSET
        if not isinstance(self.parking_type, Unset):
            parking_type = self.parking_type.value

        parking_location: str | Unset = UNSET
        if not isinstance(self.parking_location, Unset):
            parking_location = self.parking_location.value

        parking_access: str | Unset = UNSET
        if not isinstance(self.parking_access, Unset):
            parking_access = self.parking_access.value

        parking_reservation: str | Unset = UNSET
        if not isinstance(self.parking_reservation, Unset):
            parking_reservation = self.parking_reservation.value

        max_height_m = self.max_height_m

        has_valet_service: str | Unset = UNSET
        if not isinstance(self.has_valet_service, Unset):
            has_valet_service = self.has_valet_service.value

        has_onsite_staff: str | Unset = UNSET
        if not isinstance(self.has_onsite_staff, Unset):
            has_onsite_staff = self.has_onsite_staff.value

        has_gated_parking: str | Unset = UNSET
        if not isinstance(self.has_gated_parking, Unset):
            has_gated_parking = self.has_gated_parking.value

        has_security_cameras: str | Unset = UNSET
        if not isinstance(self.has_security_cameras, Unset):
            has_security_cameras = self.has_security_cameras.value

        has_ev_charging_station: str | Unset = UNSET
        if not isinstance(self.has_ev_charging_station, Unset):
            has_ev_charging_station = self.has_ev_charging_station.value

        has_accessible_parking_spots: str | Unset = UNSET
        if not isinstance(self.has_accessible_parking_spots, Unset):
            has_accessible_parking_spots = self.has_accessible_parking_spots.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if parking_type is not UNSET:
            field_dict["parkingType"] = parking_type
        if parking_location is not UNSET:
            field_dict["parkingLocation"] = parking_location
        if parking_access is not UNSET:
            field_dict["parkingAccess"] = parking_access
        if parking_reservation is not UNSET:
            field_dict["parkingReservation"] = parking_reservation
        if max_height_m is not UNSET:
            field_dict["maxHeightM"] = max_height_m
        if has_valet_service is not UNSET:
            field_dict["hasValetService"] = has_valet_service
        if has_onsite_staff is not UNSET:
            field_dict["hasOnsiteStaff"] = has_onsite_staff
        if has_gated_parking is not UNSET:
            field_dict["hasGatedParking"] = has_gated_parking
        if has_security_cameras is not UNSET:
            field_dict["hasSecurityCameras"] = has_security_cameras
        if has_ev_charging_station is not UNSET:
            field_dict["hasEvChargingStation"] = has_ev_charging_station
        if has_accessible_parking_spots is not UNSET:
            field_dict["hasAccessibleParkingSpots"] = has_accessible_parking_spots

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


def _load_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("name", UNSET)


def _load_parking_type(d: Mapping[str, Any]) -> OctorateParkingDetailsParkingType | Unset:
    _parking_type = d.get("parkingType", UNSET)
    parking_type: OctorateParkingDetailsParkingType | Unset
    if isinstance(_parking_type, Unset):
        parking_type = UNSET
    else:
        parking_type = enum_member(OctorateParkingDetailsParkingType, _parking_type)

    return parking_type


def _load_parking_location(d: Mapping[str, Any]) -> OctorateParkingDetailsParkingLocation | Unset:
    _parking_location = d.get("parkingLocation", UNSET)
    parking_location: OctorateParkingDetailsParkingLocation | Unset
    if isinstance(_parking_location, Unset):
        parking_location = UNSET
    else:
        parking_location = enum_member(OctorateParkingDetailsParkingLocation, _parking_location)

    return parking_location


def _load_parking_access(d: Mapping[str, Any]) -> OctorateParkingDetailsParkingAccess | Unset:
    _parking_access = d.get("parkingAccess", UNSET)
    parking_access: OctorateParkingDetailsParkingAccess | Unset
    if isinstance(_parking_access, Unset):
        parking_access = UNSET
    else:
        parking_access = enum_member(OctorateParkingDetailsParkingAccess, _parking_access)

    return parking_access


def _load_parking_reservation(
    d: Mapping[str, Any],
) -> OctorateParkingDetailsParkingReservation | Unset:
    _parking_reservation = d.get("parkingReservation", UNSET)
    parking_reservation: OctorateParkingDetailsParkingReservation | Unset
    if isinstance(_parking_reservation, Unset):
        parking_reservation = UNSET
    else:
        parking_reservation = enum_member(
            OctorateParkingDetailsParkingReservation, _parking_reservation
        )

    return parking_reservation


def _load_max_height_m(d: Mapping[str, Any]) -> float | Unset:
    return d.get("maxHeightM", UNSET)


def _load_has_valet_service(d: Mapping[str, Any]) -> OctorateParkingDetailsHasValetService | Unset:
    _has_valet_service = d.get("hasValetService", UNSET)
    has_valet_service: OctorateParkingDetailsHasValetService | Unset
    if isinstance(_has_valet_service, Unset):
        has_valet_service = UNSET
    else:
        has_valet_service = enum_member(OctorateParkingDetailsHasValetService, _has_valet_service)

    return has_valet_service


def _load_has_onsite_staff(d: Mapping[str, Any]) -> OctorateParkingDetailsHasOnsiteStaff | Unset:
    _has_onsite_staff = d.get("hasOnsiteStaff", UNSET)
    has_onsite_staff: OctorateParkingDetailsHasOnsiteStaff | Unset
    if isinstance(_has_onsite_staff, Unset):
        has_onsite_staff = UNSET
    else:
        has_onsite_staff = enum_member(OctorateParkingDetailsHasOnsiteStaff, _has_onsite_staff)

    return has_onsite_staff


def _load_has_gated_parking(d: Mapping[str, Any]) -> OctorateParkingDetailsHasGatedParking | Unset:
    _has_gated_parking = d.get("hasGatedParking", UNSET)
    has_gated_parking: OctorateParkingDetailsHasGatedParking | Unset
    if isinstance(_has_gated_parking, Unset):
        has_gated_parking = UNSET
    else:
        has_gated_parking = enum_member(OctorateParkingDetailsHasGatedParking, _has_gated_parking)

    return has_gated_parking


def _load_has_security_cameras(
    d: Mapping[str, Any],
) -> OctorateParkingDetailsHasSecurityCameras | Unset:
    _has_security_cameras = d.get("hasSecurityCameras", UNSET)
    has_security_cameras: OctorateParkingDetailsHasSecurityCameras | Unset
    if isinstance(_has_security_cameras, Unset):
        has_security_cameras = UNSET
    else:
        has_security_cameras = enum_member(
            OctorateParkingDetailsHasSecurityCameras, _has_security_cameras
        )

    return has_security_cameras


def _load_has_ev_charging_station(
    d: Mapping[str, Any],
) -> OctorateParkingDetailsHasEvChargingStation | Unset:
    _has_ev_charging_station = d.get("hasEvChargingStation", UNSET)
    has_ev_charging_station: OctorateParkingDetailsHasEvChargingStation | Unset
    if isinstance(_has_ev_charging_station, Unset):
        has_ev_charging_station = UNSET
    else:
        has_ev_charging_station = enum_member(
            OctorateParkingDetailsHasEvChargingStation, _has_ev_charging_station
        )

    return has_ev_charging_station


def _load_has_accessible_parking_spots(
    d: Mapping[str, Any],
) -> OctorateParkingDetailsHasAccessibleParkingSpots | Unset:
    _has_accessible_parking_spots = d.get("hasAccessibleParkingSpots", UNSET)
    has_accessible_parking_spots: OctorateParkingDetailsHasAccessibleParkingSpots | Unset
    if isinstance(_has_accessible_parking_spots, Unset):
        has_accessible_parking_spots = UNSET
    else:
        has_accessible_parking_spots = enum_member(
            OctorateParkingDetailsHasAccessibleParkingSpots, _has_accessible_parking_spots
        )

    return has_accessible_parking_spots


_KNOWN_KEYS = frozenset(
    (
        "name",
        "parkingType",
        "parkingLocation",
        "parkingAccess",
        "parkingReservation",
        "maxHeightM",
        "hasValetService",
        "hasOnsiteStaff",
        "hasGatedParking",
        "hasSecurityCameras",
        "hasEvChargingStation",
        "hasAccessibleParkingSpots",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: OctorateParkingDetails, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "name" not in seen:
        _set(self, "name", d.get("name", UNSET))
    if "parking_type" not in seen:
        _parking_type = d.get("parkingType", UNSET)
        parking_type: OctorateParkingDetailsParkingType | Unset
        if isinstance(_parking_type, Unset):
            parking_type = UNSET
        else:
            parking_type = enum_member(OctorateParkingDetailsParkingType, _parking_type)

        _set(self, "parking_type", parking_type)
    if "parking_location" not in seen:
        _parking_location = d.get("parkingLocation", UNSET)
        parking_location: OctorateParkingDetailsParkingLocation | Unset
        if isinstance(_parking_location, Unset):
            parking_location = UNSET
        else:
            parking_location = enum_member(OctorateParkingDetailsParkingLocation, _parking_location)

        _set(self, "parking_location", parking_location)
    if "parking_access" not in seen:
        _parking_access = d.get("parkingAccess", UNSET)
        parking_access: OctorateParkingDetailsParkingAccess | Unset
        if isinstance(_parking_access, Unset):
            parking_access = UNSET
        else:
            parking_access = enum_member(OctorateParkingDetailsParkingAccess, _parking_access)

        _set(self, "parking_access", parking_access)
    if "parking_reservation" not in seen:
        _parking_reservation = d.get("parkingReservation", UNSET)
        parking_reservation: OctorateParkingDetailsParkingReservation | Unset
        if isinstance(_parking_reservation, Unset):
            parking_reservation = UNSET
        else:
            parking_reservation = enum_member(
                OctorateParkingDetailsParkingReservation, _parking_reservation
            )

        _set(self, "parking_reservation", parking_reservation)
    if "max_height_m" not in seen:
        _set(self, "max_height_m", d.get("maxHeightM", UNSET))
    if "has_valet_service" not in seen:
        _has_valet_service = d.get("hasValetService", UNSET)
        has_valet_service: OctorateParkingDetailsHasValetService | Unset
        if isinstance(_has_valet_service, Unset):
            has_valet_service = UNSET
        else:
            has_valet_service = enum_member(
                OctorateParkingDetailsHasValetService, _has_valet_service
            )

        _set(self, "has_valet_service", has_valet_service)
    if "has_onsite_staff" not in seen:
        _has_onsite_staff = d.get("hasOnsiteStaff", UNSET)
        has_onsite_staff: OctorateParkingDetailsHasOnsiteStaff | Unset
        if isinstance(_has_onsite_staff, Unset):
            has_onsite_staff = UNSET
        else:
            has_onsite_staff = enum_member(OctorateParkingDetailsHasOnsiteStaff, _has_onsite_staff)

        _set(self, "has_onsite_staff", has_onsite_staff)
    if "has_gated_parking" not in seen:
        _has_gated_parking = d.get("hasGatedParking", UNSET)
        has_gated_parking: OctorateParkingDetailsHasGatedParking | Unset
        if isinstance(_has_gated_parking, Unset):
            has_gated_parking = UNSET
        else:
            has_gated_parking = enum_member(
                OctorateParkingDetailsHasGatedParking, _has_gated_parking
            )

        _set(self, "has_gated_parking", has_gated_parking)
    if "has_security_cameras" not in seen:
        _has_security_cameras = d.get("hasSecurityCameras", UNSET)
        has_security_cameras: OctorateParkingDetailsHasSecurityCameras | Unset
        if isinstance(_has_security_cameras, Unset):
            has_security_cameras = UNSET
        else:
            has_security_cameras = enum_member(
                OctorateParkingDetailsHasSecurityCameras, _has_security_cameras
            )

        _set(self, "has_security_cameras", has_security_cameras)
    if "has_ev_charging_station" not in seen:
        _has_ev_charging_station = d.get("hasEvChargingStation", UNSET)
        has_ev_charging_station: OctorateParkingDetailsHasEvChargingStation | Unset
        if isinstance(_has_ev_charging_station, Unset):
            has_ev_charging_station = UNSET
        else:
            has_ev_charging_station = enum_member(
                OctorateParkingDetailsHasEvChargingStation, _has_ev_charging_station
            )

        _set(self, "has_ev_charging_station", has_ev_charging_station)
    if "has_accessible_parking_spots" not in seen:
        _has_accessible_parking_spots = d.get("hasAccessibleParkingSpots", UNSET)
        has_accessible_parking_spots: OctorateParkingDetailsHasAccessibleParkingSpots | Unset
        if isinstance(_has_accessible_parking_spots, Unset):
            has_accessible_parking_spots = UNSET
        else:
            has_accessible_parking_spots = enum_member(
                OctorateParkingDetailsHasAccessibleParkingSpots, _has_accessible_parking_spots
            )

        _set(self, "has_accessible_parking_spots", has_accessible_parking_spots)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctorateParkingDetails._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "name": _load_name,
        "parking_type": _load_parking_type,
        "parking_location": _load_parking_location,
        "parking_access": _load_parking_access,
        "parking_reservation": _load_parking_reservation,
        "max_height_m": _load_max_height_m,
        "has_valet_service": _load_has_valet_service,
        "has_onsite_staff": _load_has_onsite_staff,
        "has_gated_parking": _load_has_gated_parking,
        "has_security_cameras": _load_has_security_cameras,
        "has_ev_charging_station": _load_has_ev_charging_station,
        "has_accessible_parking_spots": _load_has_accessible_parking_spots,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "name": "name",
        "parking_type": "parkingType",
        "parking_location": "parkingLocation",
        "parking_access": "parkingAccess",
        "parking_reservation": "parkingReservation",
        "max_height_m": "maxHeightM",
        "has_valet_service": "hasValetService",
        "has_onsite_staff": "hasOnsiteStaff",
        "has_gated_parking": "hasGatedParking",
        "has_security_cameras": "hasSecurityCameras",
        "has_ev_charging_station": "hasEvChargingStation",
        "has_accessible_parking_spots": "hasAccessibleParkingSpots",
    },
)
