from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.reservation_stream_json_additional_property import (
        ReservationStreamJsonAdditionalProperty,
    )


T = TypeVar("T", bound="ReservationStreamJson")


@_attrs_define
class ReservationStreamJson:
    additional_properties: dict[str, ReservationStreamJsonAdditionalProperty] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reservation_stream_json = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ReservationStreamJsonAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        reservation_stream_json.additional_properties = additional_properties
        return reservation_stream_json

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ReservationStreamJsonAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ReservationStreamJsonAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.reservation_stream_json_additional_property import (
    ReservationStreamJsonAdditionalProperty,  # noqa: E402
)
