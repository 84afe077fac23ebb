from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset, parse_datetime


@_attrs_define
class ApiExtraDetailDTO(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_product(d: Mapping[str, Any]) -> int:
    return d["product"]


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_price(d: Mapping[str, Any]) -> float | None | Unset:
    def _parse_price(data: object) -> float | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(float | None | Unset, data)

    price = _parse_price(d.get("price", UNSET))

    return price


def _load_quantity(d: Mapping[str, Any]) -> int | Unset:
    return d.get("quantity", UNSET)


def _load_day(d: Mapping[str, Any]) -> datetime.date | None | Unset:
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

    day = _parse_day(d.get("day", UNSET))

    return day


def _load_url(d: Mapping[str, Any]) -> str | Unset:
    return d.get("url", UNSET)


def _load_external_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("externalId", UNSET)


def _load_create_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _create_date = d.get("createDate", UNSET)
    create_date: datetime.datetime | Unset
    if isinstance(_create_date, Unset):
        create_date = UNSET
    else:
        create_date = parse_datetime(_create_date)

    return create_date


def _load_production_date(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _production_date = d.get("productionDate", UNSET)
    production_date: datetime.datetime | Unset
    if isinstance(_production_date, Unset):
        production_date = UNSET
    else:
        production_date = parse_datetime(_production_date)

    return production_date


def _load_invoiced(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("invoiced", UNSET)


def _load_group(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("group", UNSET)


def _load_manual(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("manual", UNSET)


def _load_local_day(d: Mapping[str, Any]) -> datetime.date | Unset:
    _local_day = d.get("localDay", UNSET)
    local_day: datetime.date | Unset
    if isinstance(_local_day, Unset):
        local_day = UNSET
    else:
        local_day = datetime.date.fromisoformat(_local_day)

    return local_day


_KNOWN_KEYS = frozenset(
    (
        "product",
        "id",
        "price",
        "quantity",
        "day",
        "url",
        "externalId",
        "createDate",
        "productionDate",
        "invoiced",
        "group",
        "manual",
        "localDay",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiExtraDetailDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "product" not in seen:
        _set(self, "product", d["product"])
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "price" not in seen:

        def _parse_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        price = _parse_price(d.get("price", UNSET))

        _set(self, "price", price)
    if "quantity" not in seen:
        _set(self, "quantity", d.get("quantity", UNSET))
    if "day" not in seen:

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

        day = _parse_day(d.get("day", UNSET))

        _set(self, "day", day)
    if "url" not in seen:
        _set(self, "url", d.get("url", UNSET))
    if "external_id" not in seen:
        _set(self, "external_id", d.get("externalId", UNSET))
    if "create_date" not in seen:
        _create_date = d.get("createDate", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = parse_datetime(_create_date)

        _set(self, "create_date", create_date)
    if "production_date" not in seen:
        _production_date = d.get("productionDate", UNSET)
        production_date: datetime.datetime | Unset
        if isinstance(_production_date, Unset):
            production_date = UNSET
        else:
            production_date = parse_datetime(_production_date)

        _set(self, "production_date", production_date)
    if "invoiced" not in seen:
        _set(self, "invoiced", d.get("invoiced", UNSET))
    if "group" not in seen:
        _set(self, "group", d.get("group", UNSET))
    if "manual" not in seen:
        _set(self, "manual", d.get("manual", UNSET))
    if "local_day" not in seen:
        _local_day = d.get("localDay", UNSET)
        local_day: datetime.date | Unset
        if isinstance(_local_day, Unset):
            local_day = UNSET
        else:
            local_day = datetime.date.fromisoformat(_local_day)

        _set(self, "local_day", local_day)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiExtraDetailDTO._octorate_fields = FieldTable(
    required=frozenset(("product",)),
    loaders={
        "product": _load_product,
        "id": _load_id,
        "price": _load_price,
        "quantity": _load_quantity,
        "day": _load_day,
        "url": _load_url,
        "external_id": _load_external_id,
        "create_date": _load_create_date,
        "production_date": _load_production_date,
        "invoiced": _load_invoiced,
        "group": _load_group,
        "manual": _load_manual,
        "local_day": _load_local_day,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "price",
        "day",
        "additional_properties",
    ),
    keys={
        "product": "product",
        "id": "id",
        "price": "price",
        "quantity": "quantity",
        "day": "day",
        "url": "url",
        "external_id": "externalId",
        "create_date": "createDate",
        "production_date": "productionDate",
        "invoiced": "invoiced",
        "group": "group",
        "manual": "manual",
        "local_day": "localDay",
    },
)
