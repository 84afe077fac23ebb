from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.octorate_property_checkin_method import OctoratePropertyCheckinMethod


T = TypeVar("T", bound="OctoratePropertyCheckinMethods")


@_attrs_define
class OctoratePropertyCheckinMethods:
    """Property checkin methods

    Attributes:
        checkin_methods (list[OctoratePropertyCheckinMethod] | Unset):
    """

    checkin_methods: list[OctoratePropertyCheckinMethod] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkin_methods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.checkin_methods, Unset):
            checkin_methods = []
            for checkin_methods_item_data in self.checkin_methods:
                checkin_methods_item = checkin_methods_item_data.to_dict()
                checkin_methods.append(checkin_methods_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if checkin_methods is not UNSET:
            field_dict["checkinMethods"] = checkin_methods

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _checkin_methods = d.pop("checkinMethods", UNSET)
        checkin_methods: list[OctoratePropertyCheckinMethod] | Unset = UNSET
        if _checkin_methods is not UNSET:
            checkin_methods = []
            for checkin_methods_item_data in _checkin_methods:
                checkin_methods_item = OctoratePropertyCheckinMethod.from_dict(
                    checkin_methods_item_data
                )

                checkin_methods.append(checkin_methods_item)

        octorate_property_checkin_methods = cls(
            checkin_methods=checkin_methods,
        )

        octorate_property_checkin_methods.additional_properties = d
        return octorate_property_checkin_methods

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
from ..models.octorate_property_checkin_method import OctoratePropertyCheckinMethod  # noqa: E402
