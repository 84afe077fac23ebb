from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_fee_request_category import ApiFeeRequestCategory
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="ApiFeeRequest")


@_attrs_define
class ApiFeeRequest:
    """
    Attributes:
        portal_value (str): Portal specific value (Meta value) Example: Airbnb {PASS_THROUGH_LINEN_FEE,
            PASS_THROUGH_COMMUNITY_FEE,PASS_THROUGH_MANAGEMENT_FEE, PASS_THROUGH_RESORT_FEE}.
        charge_type (str): Portal specific value of the charge type Example: PERCENT, PER_DAY, etc....
        amount (float): Money requested for this fee
        exclusive (bool): Whether this field is given with the room, or it's optionable Default: False.
        category (ApiFeeRequestCategory | Unset): Whether this FEE is a TAX or not
        internet_type (None | str | Unset): For internet fees alike: Type of internet connection according to the portal
            Example: null.
        internet_coverage (None | str | Unset): For internet fees alike: Type of coverage, like by cable or wifi (Meta
            value) Example: null.
        parking_type (None | str | Unset): For parking fees alike: Parking type according to portal (Meta value)
            Example: null.
        parking_need_reservation (bool | None | Unset): For parking fees alike: true if this kind of parking area needs
            reservation (Meta value) Example: False.
        parking_public_area (bool | None | Unset): For parking fees alike: True if it's inside a public area, false if
            private parking (Meta value) Example: False.
    """

    portal_value: str
    charge_type: str
    amount: float
    exclusive: bool = False
    category: ApiFeeRequestCategory | Unset = UNSET
    internet_type: None | str | Unset = UNSET
    internet_coverage: None | str | Unset = UNSET
    parking_type: None | str | Unset = UNSET
    parking_need_reservation: bool | None | Unset = UNSET
    parking_public_area: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        portal_value = self.portal_value

        charge_type = self.charge_type

        amount = self.amount

        exclusive = self.exclusive

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        internet_type: None | str | Unset
        if isinstance(self.internet_type, Unset):
            internet_type = UNSET
        else:
            internet_type = self.internet_type

        internet_coverage: None | str | Unset
        if isinstance(self.internet_coverage, Unset):
            internet_coverage = UNSET
        else:
            internet_coverage = self.internet_coverage

        parking_type: None | str | Unset
        if isinstance(self.parking_type, Unset):
            parking_type = UNSET
        else:
            parking_type = self.parking_type

        parking_need_reservation: bool | None | Unset
        if isinstance(self.parking_need_reservation, Unset):
            parking_need_reservation = UNSET
        else:
            parking_need_reservation = self.parking_need_reservation

        parking_public_area: bool | None | Unset
        if isinstance(self.parking_public_area, Unset):
            parking_public_area = UNSET
        else:
            parking_public_area = self.parking_public_area

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "portalValue": portal_value,
                "chargeType": charge_type,
                "amount": amount,
                "exclusive": exclusive,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if internet_type is not UNSET:
            field_dict["internetType"] = internet_type
        if internet_coverage is not UNSET:
            field_dict["internetCoverage"] = internet_coverage
        if parking_type is not UNSET:
            field_dict["parkingType"] = parking_type
        if parking_need_reservation is not UNSET:
            field_dict["parkingNeedReservation"] = parking_need_reservation
        if parking_public_area is not UNSET:
            field_dict["parkingPublicArea"] = parking_public_area

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        portal_value = d.pop("portalValue")

        charge_type = d.pop("chargeType")

        amount = d.pop("amount")

        exclusive = d.pop("exclusive")

        _category = d.pop("category", UNSET)
        category: ApiFeeRequestCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = enum_member(ApiFeeRequestCategory, _category)

        def _parse_internet_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        internet_type = _parse_internet_type(d.pop("internetType", UNSET))

        def _parse_internet_coverage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        internet_coverage = _parse_internet_coverage(d.pop("internetCoverage", UNSET))

        def _parse_parking_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parking_type = _parse_parking_type(d.pop("parkingType", UNSET))

        def _parse_parking_need_reservation(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        parking_need_reservation = _parse_parking_need_reservation(
            d.pop("parkingNeedReservation", UNSET)
        )

        def _parse_parking_public_area(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        parking_public_area = _parse_parking_public_area(d.pop("parkingPublicArea", UNSET))

        api_fee_request = cls(
            portal_value=portal_value,
            charge_type=charge_type,
            amount=amount,
            exclusive=exclusive,
            category=category,
            internet_type=internet_type,
            internet_coverage=internet_coverage,
            parking_type=parking_type,
            parking_need_reservation=parking_need_reservation,
            parking_public_area=parking_public_area,
        )

        api_fee_request.additional_properties = d
        return api_fee_request

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
