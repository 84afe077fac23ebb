from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_item_response_data import ApiItemResponseData
    from ..models.api_link import ApiLink


@_attrs_define
class ApiItemResponse(LazyModel):
    """
    Attributes:
        resource (ApiLink | Unset):
        data (ApiItemResponseData | Unset):
    """

    resource: ApiLink | Unset = UNSET
    data: ApiItemResponseData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_resource(d: Mapping[str, Any]) -> ApiLink | Unset:
    _resource = d.get("resource", UNSET)
    resource: ApiLink | Unset
    if isinstance(_resource, Unset):
        resource = UNSET
    else:
        resource = ApiLink._from_json(_resource)

    return resource


def _load_data(d: Mapping[str, Any]) -> ApiItemResponseData | Unset:
    _data = d.get("data", UNSET)
    data: ApiItemResponseData | Unset
    if isinstance(_data, Unset):
        data = UNSET
    else:
        data = ApiItemResponseData._from_json(_data)

    return data


_KNOWN_KEYS = frozenset(
    (
        "resource",
        "data",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiItemResponse, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "resource" not in seen:
        _resource = d.get("resource", UNSET)
        resource: ApiLink | Unset
        if isinstance(_resource, Unset):
            resource = UNSET
        else:
            resource = ApiLink._from_json(_resource)

        _set(self, "resource", resource)
    if "data" not in seen:
        _data = d.get("data", UNSET)
        data: ApiItemResponseData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ApiItemResponseData._from_json(_data)

        _set(self, "data", data)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiItemResponse._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "resource": _load_resource,
        "data": _load_data,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "resource",
        "data",
        "additional_properties",
    ),
    keys={
        "resource": "resource",
        "data": "data",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_item_response_data import ApiItemResponseData  # noqa: E402
from ..models.api_link import ApiLink  # noqa: E402
