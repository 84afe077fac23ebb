from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_reservation_component_type import ApiReservationComponentType
from ..types import UNSET, Unset, enum_member, parse_datetime


@_attrs_define
class ApiReservationComponent(LazyModel):
    """Combined list of all the elements creating the price breakdown, @see ApiComponentType for a list of values. Actually
    we support only extras adding/updating, other fields are readonly

        Attributes:
            type_ (ApiReservationComponentType | Unset): Type of this component of the price Example: DAILY_ROOM_PRICE.
            create_time (datetime.datetime | Unset): Create time of this item
            production_date (datetime.datetime | Unset): Production Date of this item
            day (datetime.date | Unset): Day as this item refer
            price (float | Unset): Price of this item Example: 122.0.
            quantity (int | Unset): Quantity of this item. It can be null, in this case it means that is uncountable
                Example: 4.
            name (str | Unset): Assigned name to this item Example: Coffee.
            reference (str | Unset): Unique reference to this item Example: 12312312.
            product (int | Unset): Relative Model or product Example: 122122.
            external_id (str | Unset): External Provided key if available
            included (bool | Unset):
            manual (bool | Unset):
            octorate_extra_id (int | Unset):
            group (bool | Unset):
    """

    type_: ApiReservationComponentType | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    production_date: datetime.datetime | Unset = UNSET
    day: datetime.date | Unset = UNSET
    price: float | Unset = UNSET
    quantity: int | Unset = UNSET
    name: str | Unset = UNSET
    reference: str | Unset = UNSET
    product: int | Unset = UNSET
    external_id: str | Unset = UNSET
    included: bool | Unset = UNSET
    manual: bool | Unset = UNSET
    octorate_extra_id: int | Unset = UNSET
    group: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        production_date: str | Unset = UNSET
        if not isinstance(self.production_date, Unset):
            production_date = self.production_date.isoformat()

        day: str | Unset = UNSET
        if not isinstance(self.day, Unset):
            day = self.day.isoformat()

        price = self.price

        quantity = self.quantity

        name = self.name

        reference = self.reference

        product = self.product

        external_id = self.external_id

        included = self.included

        manual = self.manual

        octorate_extra_id = self.octorate_extra_id

        group = self.group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if production_date is not UNSET:
            field_dict["productionDate"] = production_date
        if day is not UNSET:
            field_dict["day"] = day
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if name is not UNSET:
            field_dict["name"] = name
        if reference is not UNSET:
            field_dict["reference"] = reference
        if product is not UNSET:
            field_dict["product"] = product
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if included is not UNSET:
            field_dict["included"] = included
        if manual is not UNSET:
            field_dict["manual"] = manual
        if octorate_extra_id is not UNSET:
            field_dict["octorateExtraId"] = octorate_extra_id
        if group is not UNSET:
            field_dict["group"] = group

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


def _load_type_(d: Mapping[str, Any]) -> ApiReservationComponentType | Unset:
    _type_ = d.get("type", UNSET)
    type_: ApiReservationComponentType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = enum_member(ApiReservationComponentType, _type_)

    return type_


def _load_create_time(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _create_time = d.get("createTime", UNSET)
    create_time: datetime.datetime | Unset
    if isinstance(_create_time, Unset):
        create_time = UNSET
    else:
        create_time = parse_datetime(_create_time)

    return create_time


def _load_production_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _production_date = d.get("productionDate", UNSET)
    production_date: datetime.datetime | Unset
    if isinstance(_production_date, Unset):
        production_date = UNSET
    else:
        production_date = parse_datetime(_production_date)

    return production_date


def _load_day(d: Mapping[str, Any]) -> datetime.date | Unset:
    _day = d.get("day", UNSET)
    day: datetime.date | Unset
    if isinstance(_day, Unset):
        day = UNSET
    else:
        day = datetime.date.fromisoformat(_day)

    return day


def _load_price(d: Mapping[str, Any]) -> float | Unset:
    return d.get("price", UNSET)


def _load_quantity(d: Mapping[str, Any]) -> int | Unset:
    return d.get("quantity", UNSET)


def _load_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("name", UNSET)


def _load_reference(d: Mapping[str, Any]) -> str | Unset:
    return d.get("reference", UNSET)


def _load_product(d: Mapping[str, Any]) -> int | Unset:
    return d.get("product", UNSET)


def _load_external_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("externalId", UNSET)


def _load_included(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("included", UNSET)


def _load_manual(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("manual", UNSET)


def _load_octorate_extra_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("octorateExtraId", UNSET)


def _load_group(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("group", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "type",
        "createTime",
        "productionDate",
        "day",
        "price",
        "quantity",
        "name",
        "reference",
        "product",
        "externalId",
        "included",
        "manual",
        "octorateExtraId",
        "group",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiReservationComponent, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "type_" not in seen:
        _type_ = d.get("type", UNSET)
        type_: ApiReservationComponentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(ApiReservationComponentType, _type_)

        _set(self, "type_", type_)
    if "create_time" not in seen:
        _create_time = d.get("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        _set(self, "create_time", create_time)
    if "production_date" not in seen:
        _production_date = d.get("productionDate", UNSET)
        production_date: datetime.datetime | Unset
        if isinstance(_production_date, Unset):
            production_date = UNSET
        else:
            production_date = parse_datetime(_production_date)

        _set(self, "production_date", production_date)
    if "day" not in seen:
        _day = d.get("day", UNSET)
        day: datetime.date | Unset
        if isinstance(_day, Unset):
            day = UNSET
        else:
            day = datetime.date.fromisoformat(_day)

        _set(self, "day", day)
    if "price" not in seen:
        _set(self, "price", d.get("price", UNSET))
    if "quantity" not in seen:
        _set(self, "quantity", d.get("quantity", UNSET))
    if "name" not in seen:
        _set(self, "name", d.get("name", UNSET))
    if "reference" not in seen:
        _set(self, "reference", d.get("reference", UNSET))
    if "product" not in seen:
        _set(self, "product", d.get("product", UNSET))
    if "external_id" not in seen:
        _set(self, "external_id", d.get("externalId", UNSET))
    if "included" not in seen:
        _set(self, "included", d.get("included", UNSET))
    if "manual" not in seen:
        _set(self, "manual", d.get("manual", UNSET))
    if "octorate_extra_id" not in seen:
        _set(self, "octorate_extra_id", d.get("octorateExtraId", UNSET))
    if "group" not in seen:
        _set(self, "group", d.get("group", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiReservationComponent._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "type_": _load_type_,
        "create_time": _load_create_time,
        "production_date": _load_production_date,
        "day": _load_day,
        "price": _load_price,
        "quantity": _load_quantity,
        "name": _load_name,
        "reference": _load_reference,
        "product": _load_product,
        "external_id": _load_external_id,
        "included": _load_included,
        "manual": _load_manual,
        "octorate_extra_id": _load_octorate_extra_id,
        "group": _load_group,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "type_": "type",
        "create_time": "createTime",
        "production_date": "productionDate",
        "day": "day",
        "price": "price",
        "quantity": "quantity",
        "name": "name",
        "reference": "reference",
        "product": "product",
        "external_id": "externalId",
        "included": "included",
        "manual": "manual",
        "octorate_extra_id": "octorateExtraId",
        "group": "group",
    },
)
