from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ApiExtraDetailDTO")


@_attrs_define
class ApiExtraDetailDTO:
    """
    Attributes:
        product (int): Id of the extra product Example: 12312.
        id (int | Unset): Id of the extra. Read only Example: 12312.
        price (float | None | Unset): Price for this item. This is not the calculated value. Set NULL to let octorate
            calculate it Example: 12.22.
        quantity (int | Unset): How many of this extra? Default: 1.
        day (datetime.date | None | Unset): The date where this extra applies Example: 2020-02-01.
        url (str | Unset): A link that can be used to retrieve some information about this extra (i.e. invoicing, login
            inside you site,etc..)
        external_id (str | Unset): Your reference for this Extra
        create_date (datetime.datetime | Unset): time where this extra was created
        production_date (datetime.datetime | Unset): time where this extra was consumed
        invoiced (bool | Unset): Has this extra been invoiced?
        group (bool | Unset): Group not group
        manual (bool | Unset): True if added manually, false if added by rate plan
        local_day (datetime.date | Unset):
    """

    product: int
    id: int | Unset = UNSET
    price: float | None | Unset = UNSET
    quantity: int | Unset = 1
    day: datetime.date | None | Unset = UNSET
    url: str | Unset = UNSET
    external_id: str | Unset = UNSET
    create_date: datetime.datetime | Unset = UNSET
    production_date: datetime.datetime | Unset = UNSET
    invoiced: bool | Unset = UNSET
    group: bool | Unset = UNSET
    manual: bool | Unset = UNSET
    local_day: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product = self.product

        id = self.id

        price: float | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        quantity = self.quantity

        day: None | str | Unset
        if isinstance(self.day, Unset):
            day = UNSET
        elif isinstance(self.day, datetime.date):
            day = self.day.isoformat()
        else:
            day = self.day

        url = self.url

        external_id = self.external_id

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat()

        production_date: str | Unset = UNSET
        if not isinstance(self.production_date, Unset):
            production_date = self.production_date.isoformat()

        invoiced = self.invoiced

        group = self.group

        manual = self.manual

        local_day: str | Unset = UNSET
        if not isinstance(self.local_day, Unset):
            local_day = self.local_day.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product": product,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if day is not UNSET:
            field_dict["day"] = day
        if url is not UNSET:
            field_dict["url"] = url
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if create_date is not UNSET:
            field_dict["createDate"] = create_date
        if production_date is not UNSET:
            field_dict["productionDate"] = production_date
        if invoiced is not UNSET:
            field_dict["invoiced"] = invoiced
        if group is not UNSET:
            field_dict["group"] = group
        if manual is not UNSET:
            field_dict["manual"] = manual
        if local_day is not UNSET:
            field_dict["localDay"] = local_day

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product = d.pop("product")

        id = d.pop("id", UNSET)

        def _parse_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        quantity = d.pop("quantity", UNSET)

        def _parse_day(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                day_type_0 = datetime.date.fromisoformat(data)

                return day_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        day = _parse_day(d.pop("day", UNSET))

        url = d.pop("url", UNSET)

        external_id = d.pop("externalId", UNSET)

        _create_date = d.pop("createDate", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = parse_datetime(_create_date)

        _production_date = d.pop("productionDate", UNSET)
        production_date: datetime.datetime | Unset
        if isinstance(_production_date, Unset):
            production_date = UNSET
        else:
            production_date = parse_datetime(_production_date)

        invoiced = d.pop("invoiced", UNSET)

        group = d.pop("group", UNSET)

        manual = d.pop("manual", UNSET)

        _local_day = d.pop("localDay", UNSET)
        local_day: datetime.date | Unset
        if isinstance(_local_day, Unset):
            local_day = UNSET
        else:
            local_day = datetime.date.fromisoformat(_local_day)

        api_extra_detail_dto = cls(
            product=product,
            id=id,
            price=price,
            quantity=quantity,
            day=day,
            url=url,
            external_id=external_id,
            create_date=create_date,
            production_date=production_date,
            invoiced=invoiced,
            group=group,
            manual=manual,
            local_day=local_day,
        )

        api_extra_detail_dto.additional_properties = d
        return api_extra_detail_dto

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
