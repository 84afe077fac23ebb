from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="OctorateParkingDetails")


@_attrs_define
class OctorateParkingDetails:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _parking_type = d.pop("parkingType", UNSET)
        parking_type: OctorateParkingDetailsParkingType | Unset
        if isinstance(_parking_type, Unset):
            parking_type = UNSET
        else:
            parking_type = enum_member(OctorateParkingDetailsParkingType, _parking_type)

        _parking_location = d.pop("parkingLocation", UNSET)
        parking_location: OctorateParkingDetailsParkingLocation | Unset
        if isinstance(_parking_location, Unset):
            parking_location = UNSET
        else:
            parking_location = enum_member(OctorateParkingDetailsParkingLocation, _parking_location)

        _parking_access = d.pop("parkingAccess", UNSET)
        parking_access: OctorateParkingDetailsParkingAccess | Unset
        if isinstance(_parking_access, Unset):
            parking_access = UNSET
        else:
            parking_access = enum_member(OctorateParkingDetailsParkingAccess, _parking_access)

        _parking_reservation = d.pop("parkingReservation", UNSET)
        parking_reservation: OctorateParkingDetailsParkingReservation | Unset
        if isinstance(_parking_reservation, Unset):
            parking_reservation = UNSET
        else:
            parking_reservation = enum_member(
                OctorateParkingDetailsParkingReservation, _parking_reservation
            )

        max_height_m = d.pop("maxHeightM", UNSET)

        _has_valet_service = d.pop("hasValetService", UNSET)
        has_valet_service: OctorateParkingDetailsHasValetService | Unset
        if isinstance(_has_valet_service, Unset):
            has_valet_service = UNSET
        else:
            has_valet_service = enum_member(
                OctorateParkingDetailsHasValetService, _has_valet_service
            )

        _has_onsite_staff = d.pop("hasOnsiteStaff", UNSET)
        has_onsite_staff: OctorateParkingDetailsHasOnsiteStaff | Unset
        if isinstance(_has_onsite_staff, Unset):
            has_onsite_staff = UNSET
        else:
            has_onsite_staff = enum_member(OctorateParkingDetailsHasOnsiteStaff, _has_onsite_staff)

        _has_gated_parking = d.pop("hasGatedParking", UNSET)
        has_gated_parking: OctorateParkingDetailsHasGatedParking | Unset
        if isinstance(_has_gated_parking, Unset):
            has_gated_parking = UNSET
        else:
            has_gated_parking = enum_member(
                OctorateParkingDetailsHasGatedParking, _has_gated_parking
            )

        _has_security_cameras = d.pop("hasSecurityCameras", UNSET)
        has_security_cameras: OctorateParkingDetailsHasSecurityCameras | Unset
        if isinstance(_has_security_cameras, Unset):
            has_security_cameras = UNSET
        else:
            has_security_cameras = enum_member(
                OctorateParkingDetailsHasSecurityCameras, _has_security_cameras
            )

        _has_ev_charging_station = d.pop("hasEvChargingStation", UNSET)
        has_ev_charging_station: OctorateParkingDetailsHasEvChargingStation | Unset
        if isinstance(_has_ev_charging_station, Unset):
            has_ev_charging_station = UNSET
        else:
            has_ev_charging_station = enum_member(
                OctorateParkingDetailsHasEvChargingStation, _has_ev_charging_station
            )

        _has_accessible_parking_spots = d.pop("hasAccessibleParkingSpots", UNSET)
        has_accessible_parking_spots: OctorateParkingDetailsHasAccessibleParkingSpots | Unset
        if isinstance(_has_accessible_parking_spots, Unset):
            has_accessible_parking_spots = UNSET
        else:
            has_accessible_parking_spots = enum_member(
                OctorateParkingDetailsHasAccessibleParkingSpots, _has_accessible_parking_spots
            )

        octorate_parking_details = cls(
            name=name,
            parking_type=parking_type,
            parking_location=parking_location,
            parking_access=parking_access,
            parking_reservation=parking_reservation,
            max_height_m=max_height_m,
            has_valet_service=has_valet_service,
            has_onsite_staff=has_onsite_staff,
            has_gated_parking=has_gated_parking,
            has_security_cameras=has_security_cameras,
            has_ev_charging_station=has_ev_charging_station,
            has_accessible_parking_spots=has_accessible_parking_spots,
        )

        octorate_parking_details.additional_properties = d
        return octorate_parking_details

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
