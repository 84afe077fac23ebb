from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiMapping")


@_attrs_define
class ApiMapping:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        portal_connection = d.pop("portalConnection")

        product_id = d.pop("productId")

        external_id = d.pop("externalId")

        id = d.pop("id", UNSET)

        api_mapping = cls(
            portal_connection=portal_connection,
            product_id=product_id,
            external_id=external_id,
            id=id,
        )

        api_mapping.additional_properties = d
        return api_mapping

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
