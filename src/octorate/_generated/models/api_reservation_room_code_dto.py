from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_reservation_room_code_dto_source import ApiReservationRoomCodeDTOSource
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="ApiReservationRoomCodeDTO")


@_attrs_define
class ApiReservationRoomCodeDTO:
    """Object that describe the code assigned to the room

    Attributes:
        pms_product (int | Unset): The PMS product (It means the real room where this code is valid) Example: 1239887.
        reservation (int | Unset): The ID of the reservation (It means this code is valid only for this reservation ID)
            Example: 12365487.
        code (str | Unset): Code to use to open the door Example: 2549.
        rfc_tag_id (str | Unset): RFC Tag ID Example: A-1234324-BBB.
        locked (bool | Unset): If we have (otherwise is null), this is an information regarding if the door is locked or
            not Example: True.
        source (ApiReservationRoomCodeDTOSource | Unset): Source of the generated code: Octorate in case of room assign
            will generate a new code, in case you are assign codes and not using ours, you can consider 'code' field as null
            if source is WebConcierge Example: WEBCONCIERGE.
    """

    pms_product: int | Unset = UNSET
    reservation: int | Unset = UNSET
    code: str | Unset = UNSET
    rfc_tag_id: str | Unset = UNSET
    locked: bool | Unset = UNSET
    source: ApiReservationRoomCodeDTOSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pms_product = self.pms_product

        reservation = self.reservation

        code = self.code

        rfc_tag_id = self.rfc_tag_id

        locked = self.locked

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pms_product is not UNSET:
            field_dict["pmsProduct"] = pms_product
        if reservation is not UNSET:
            field_dict["reservation"] = reservation
        if code is not UNSET:
            field_dict["code"] = code
        if rfc_tag_id is not UNSET:
            field_dict["rfcTagId"] = rfc_tag_id
        if locked is not UNSET:
            field_dict["locked"] = locked
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pms_product = d.pop("pmsProduct", UNSET)

        reservation = d.pop("reservation", UNSET)

        code = d.pop("code", UNSET)

        rfc_tag_id = d.pop("rfcTagId", UNSET)

        locked = d.pop("locked", UNSET)

        _source = d.pop("source", UNSET)
        source: ApiReservationRoomCodeDTOSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = enum_member(ApiReservationRoomCodeDTOSource, _source)

        api_reservation_room_code_dto = cls(
            pms_product=pms_product,
            reservation=reservation,
            code=code,
            rfc_tag_id=rfc_tag_id,
            locked=locked,
            source=source,
        )

        api_reservation_room_code_dto.additional_properties = d
        return api_reservation_room_code_dto

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
