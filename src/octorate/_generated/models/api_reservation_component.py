from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_reservation_component_type import ApiReservationComponentType
from ..types import UNSET, Unset, enum_member, parse_datetime

T = TypeVar("T", bound="ApiReservationComponent")


@_attrs_define
class ApiReservationComponent:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ApiReservationComponentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(ApiReservationComponentType, _type_)

        _create_time = d.pop("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        _production_date = d.pop("productionDate", UNSET)
        production_date: datetime.datetime | Unset
        if isinstance(_production_date, Unset):
            production_date = UNSET
        else:
            production_date = parse_datetime(_production_date)

        _day = d.pop("day", UNSET)
        day: datetime.date | Unset
        if isinstance(_day, Unset):
            day = UNSET
        else:
            day = datetime.date.fromisoformat(_day)

        price = d.pop("price", UNSET)

        quantity = d.pop("quantity", UNSET)

        name = d.pop("name", UNSET)

        reference = d.pop("reference", UNSET)

        product = d.pop("product", UNSET)

        external_id = d.pop("externalId", UNSET)

        included = d.pop("included", UNSET)

        manual = d.pop("manual", UNSET)

        octorate_extra_id = d.pop("octorateExtraId", UNSET)

        group = d.pop("group", UNSET)

        api_reservation_component = cls(
            type_=type_,
            create_time=create_time,
            production_date=production_date,
            day=day,
            price=price,
            quantity=quantity,
            name=name,
            reference=reference,
            product=product,
            external_id=external_id,
            included=included,
            manual=manual,
            octorate_extra_id=octorate_extra_id,
            group=group,
        )

        api_reservation_component.additional_properties = d
        return api_reservation_component

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
