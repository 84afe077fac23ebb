from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_code_mapping import ContentCodeMapping


T = TypeVar("T", bound="ExternalFeeParking")


@_attrs_define
class ExternalFeeParking:
    """Parking details

    Attributes:
        need_reservation (bool | Unset):
        public_area (bool | Unset):
        parking_type (ContentCodeMapping | Unset):
    """

    need_reservation: bool | Unset = UNSET
    public_area: bool | Unset = UNSET
    parking_type: ContentCodeMapping | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        need_reservation = self.need_reservation

        public_area = self.public_area

        parking_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parking_type, Unset):
            parking_type = self.parking_type.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if need_reservation is not UNSET:
            field_dict["needReservation"] = need_reservation
        if public_area is not UNSET:
            field_dict["publicArea"] = public_area
        if parking_type is not UNSET:
            field_dict["parkingType"] = parking_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        need_reservation = d.pop("needReservation", UNSET)

        public_area = d.pop("publicArea", UNSET)

        _parking_type = d.pop("parkingType", UNSET)
        parking_type: ContentCodeMapping | Unset
        if isinstance(_parking_type, Unset):
            parking_type = UNSET
        else:
            parking_type = ContentCodeMapping.from_dict(_parking_type)

        external_fee_parking = cls(
            need_reservation=need_reservation,
            public_area=public_area,
            parking_type=parking_type,
        )

        external_fee_parking.additional_properties = d
        return external_fee_parking

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
from ..models.content_code_mapping import ContentCodeMapping  # noqa: E402
