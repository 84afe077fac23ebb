from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_list_response_additional_info import ApiListResponseAdditionalInfo
    from ..models.api_list_response_data_item import ApiListResponseDataItem
    from ..models.api_page import ApiPage


@_attrs_define
class ApiListResponse(LazyModel):
    """
    Attributes:
        page (ApiPage | Unset):
        data (list[ApiListResponseDataItem] | Unset):
        additional_info (ApiListResponseAdditionalInfo | Unset):
    """

    page: ApiPage | Unset = UNSET
    data: list[ApiListResponseDataItem] | Unset = UNSET
    additional_info: ApiListResponseAdditionalInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        page: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page, Unset):
            page = self.page.to_dict()

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        additional_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = self.additional_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if data is not UNSET:
            field_dict["data"] = data
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info

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


def _load_page(d: Mapping[str, Any]) -> ApiPage | Unset:
    _page = d.get("page", UNSET)
    page: ApiPage | Unset
    if isinstance(_page, Unset):
        page = UNSET
    else:
        page = ApiPage._from_json(_page)

    return page


def _load_data(d: Mapping[str, Any]) -> list[ApiListResponseDataItem] | Unset:
    _data = d.get("data", UNSET)
    data: list[ApiListResponseDataItem] | Unset = UNSET
    if _data is not UNSET:
        data = ApiListResponseDataItem._from_json_list(_data)

    return data


def _load_additional_info(d: Mapping[str, Any]) -> ApiListResponseAdditionalInfo | Unset:
    _additional_info = d.get("additionalInfo", UNSET)
    additional_info: ApiListResponseAdditionalInfo | Unset
    if isinstance(_additional_info, Unset):
        additional_info = UNSET
    else:
        additional_info = ApiListResponseAdditionalInfo._from_json(_additional_info)

    return additional_info


_KNOWN_KEYS = frozenset(
    (
        "page",
        "data",
        "additionalInfo",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiListResponse, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "page" not in seen:
        _page = d.get("page", UNSET)
        page: ApiPage | Unset
        if isinstance(_page, Unset):
            page = UNSET
        else:
            page = ApiPage._from_json(_page)

        _set(self, "page", page)
    if "data" not in seen:
        _data = d.get("data", UNSET)
        data: list[ApiListResponseDataItem] | Unset = UNSET
        if _data is not UNSET:
            data = ApiListResponseDataItem._from_json_list(_data)

        _set(self, "data", data)
    if "additional_info" not in seen:
        _additional_info = d.get("additionalInfo", UNSET)
        additional_info: ApiListResponseAdditionalInfo | Unset
        if isinstance(_additional_info, Unset):
            additional_info = UNSET
        else:
            additional_info = ApiListResponseAdditionalInfo._from_json(_additional_info)

        _set(self, "additional_info", additional_info)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiListResponse._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "page": _load_page,
        "data": _load_data,
        "additional_info": _load_additional_info,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "page",
        "data",
        "additional_info",
        "additional_properties",
    ),
    keys={
        "page": "page",
        "data": "data",
        "additional_info": "additionalInfo",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_list_response_additional_info import ApiListResponseAdditionalInfo  # noqa: E402
from ..models.api_list_response_data_item import ApiListResponseDataItem  # noqa: E402
from ..models.api_page import ApiPage  # noqa: E402
