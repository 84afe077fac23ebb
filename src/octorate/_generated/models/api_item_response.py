from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_item_response_data import ApiItemResponseData
    from ..models.api_link import ApiLink


T = TypeVar("T", bound="ApiItemResponse")


@_attrs_define
class ApiItemResponse:
    """
    Attributes:
        resource (ApiLink | Unset):
        data (ApiItemResponseData | Unset):
    """

    resource: ApiLink | Unset = UNSET
    data: ApiItemResponseData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource, Unset):
            resource = self.resource.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource is not UNSET:
            field_dict["resource"] = resource
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _resource = d.pop("resource", UNSET)
        resource: ApiLink | Unset
        if isinstance(_resource, Unset):
            resource = UNSET
        else:
            resource = ApiLink.from_dict(_resource)

        _data = d.pop("data", UNSET)
        data: ApiItemResponseData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ApiItemResponseData.from_dict(_data)

        api_item_response = cls(
            resource=resource,
            data=data,
        )

        api_item_response.additional_properties = d
        return api_item_response

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
from ..models.api_item_response_data import ApiItemResponseData  # noqa: E402
from ..models.api_link import ApiLink  # noqa: E402
