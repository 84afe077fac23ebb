from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_fee_request_category import ApiFeeRequestCategory
from ..types import UNSET, Unset, enum_member


@_attrs_define
class ApiFeeRequest(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_portal_value(d: Mapping[str, Any]) -> str:
    return d["portalValue"]


def _load_charge_type(d: Mapping[str, Any]) -> str:
    return d["chargeType"]


def _load_amount(d: Mapping[str, Any]) -> float:
    return d["amount"]


def _load_exclusive(d: Mapping[str, Any]) -> bool:
    return d["exclusive"]


def _load_category(d: Mapping[str, Any]) -> ApiFeeRequestCategory | Unset:
    _category = d.get("category", UNSET)
    category: ApiFeeRequestCategory | Unset
    if isinstance(_category, Unset):
        category = UNSET
    else:
        category = enum_member(ApiFeeRequestCategory, _category)

    return category


def _load_internet_type(d: Mapping[str, Any]) -> None | str | Unset:
    def _parse_internet_type(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    internet_type = _parse_internet_type(d.get("internetType", UNSET))

    return internet_type


def _load_internet_coverage(d: Mapping[str, Any]) -> None | str | Unset:
    def _parse_internet_coverage(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    internet_coverage = _parse_internet_coverage(d.get("internetCoverage", UNSET))

    return internet_coverage


def _load_parking_type(d: Mapping[str, Any]) -> None | str | Unset:
    def _parse_parking_type(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    parking_type = _parse_parking_type(d.get("parkingType", UNSET))

    return parking_type


def _load_parking_need_reservation(d: Mapping[str, Any]) -> bool | None | Unset:
    def _parse_parking_need_reservation(data: object) -> bool | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(bool | None | Unset, data)

    parking_need_reservation = _parse_parking_need_reservation(
        d.get("parkingNeedReservation", UNSET)
    )

    return parking_need_reservation


def _load_parking_public_area(d: Mapping[str, Any]) -> bool | None | Unset:
    def _parse_parking_public_area(data: object) -> bool | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(bool | None | Unset, data)

    parking_public_area = _parse_parking_public_area(d.get("parkingPublicArea", UNSET))

    return parking_public_area


_KNOWN_KEYS = frozenset(
    (
        "portalValue",
        "chargeType",
        "amount",
        "exclusive",
        "category",
        "internetType",
        "internetCoverage",
        "parkingType",
        "parkingNeedReservation",
        "parkingPublicArea",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiFeeRequest, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "portal_value" not in seen:
        _set(self, "portal_value", d["portalValue"])
    if "charge_type" not in seen:
        _set(self, "charge_type", d["chargeType"])
    if "amount" not in seen:
        _set(self, "amount", d["amount"])
    if "exclusive" not in seen:
        _set(self, "exclusive", d["exclusive"])
    if "category" not in seen:
        _category = d.get("category", UNSET)
        category: ApiFeeRequestCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = enum_member(ApiFeeRequestCategory, _category)

        _set(self, "category", category)
    if "internet_type" not in seen:

        def _parse_internet_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        internet_type = _parse_internet_type(d.get("internetType", UNSET))

        _set(self, "internet_type", internet_type)
    if "internet_coverage" not in seen:

        def _parse_internet_coverage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        internet_coverage = _parse_internet_coverage(d.get("internetCoverage", UNSET))

        _set(self, "internet_coverage", internet_coverage)
    if "parking_type" not in seen:

        def _parse_parking_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parking_type = _parse_parking_type(d.get("parkingType", UNSET))

        _set(self, "parking_type", parking_type)
    if "parking_need_reservation" not in seen:

        def _parse_parking_need_reservation(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        parking_need_reservation = _parse_parking_need_reservation(
            d.get("parkingNeedReservation", UNSET)
        )

        _set(self, "parking_need_reservation", parking_need_reservation)
    if "parking_public_area" not in seen:

        def _parse_parking_public_area(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        parking_public_area = _parse_parking_public_area(d.get("parkingPublicArea", UNSET))

        _set(self, "parking_public_area", parking_public_area)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiFeeRequest._octorate_fields = FieldTable(
    required=frozenset(
        (
            "portalValue",
            "chargeType",
            "amount",
            "exclusive",
        )
    ),
    loaders={
        "portal_value": _load_portal_value,
        "charge_type": _load_charge_type,
        "amount": _load_amount,
        "exclusive": _load_exclusive,
        "category": _load_category,
        "internet_type": _load_internet_type,
        "internet_coverage": _load_internet_coverage,
        "parking_type": _load_parking_type,
        "parking_need_reservation": _load_parking_need_reservation,
        "parking_public_area": _load_parking_public_area,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "internet_type",
        "internet_coverage",
        "parking_type",
        "parking_need_reservation",
        "parking_public_area",
        "additional_properties",
    ),
    keys={
        "portal_value": "portalValue",
        "charge_type": "chargeType",
        "amount": "amount",
        "exclusive": "exclusive",
        "category": "category",
        "internet_type": "internetType",
        "internet_coverage": "internetCoverage",
        "parking_type": "parkingType",
        "parking_need_reservation": "parkingNeedReservation",
        "parking_public_area": "parkingPublicArea",
    },
)
