from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class ApiMapping(LazyModel):
    """
    Attributes:
        portal_connection (int): Portal connection that handles this mapping
        product_id (int): The Octorate product id (room or rate)
        external_id (int): The external ID
        id (int | Unset): Element id
    """

    portal_connection: int
    product_id: int
    external_id: int
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        portal_connection = self.portal_connection

        product_id = self.product_id

        external_id = self.external_id

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "portalConnection": portal_connection,
                "productId": product_id,
                "externalId": external_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

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


def _load_portal_connection(d: Mapping[str, Any]) -> int:
    return d["portalConnection"]


def _load_product_id(d: Mapping[str, Any]) -> int:
    return d["productId"]


def _load_external_id(d: Mapping[str, Any]) -> int:
    return d["externalId"]


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "portalConnection",
        "productId",
        "externalId",
        "id",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiMapping, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "portal_connection" not in seen:
        _set(self, "portal_connection", d["portalConnection"])
    if "product_id" not in seen:
        _set(self, "product_id", d["productId"])
    if "external_id" not in seen:
        _set(self, "external_id", d["externalId"])
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiMapping._octorate_fields = FieldTable(
    required=frozenset(
        (
            "portalConnection",
            "productId",
            "externalId",
        )
    ),
    loaders={
        "portal_connection": _load_portal_connection,
        "product_id": _load_product_id,
        "external_id": _load_external_id,
        "id": _load_id,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "portal_connection": "portalConnection",
        "product_id": "productId",
        "external_id": "externalId",
        "id": "id",
    },
)
