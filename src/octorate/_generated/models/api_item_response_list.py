from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_item_response import ApiItemResponse
    from ..models.api_item_response_list_additional_info import ApiItemResponseListAdditionalInfo
    from ..models.api_page import ApiPage


@_attrs_define
class ApiItemResponseList(LazyModel):
    """A page of ApiItemResponse as Octorate sends lists: data plus 0-based page information.

    Attributes:
        data (list[ApiItemResponse] | Unset):
        page (ApiPage | Unset):
        additional_info (ApiItemResponseListAdditionalInfo | Unset):
    """

    data: list[ApiItemResponse] | Unset = UNSET
    page: ApiPage | Unset = UNSET
    additional_info: ApiItemResponseListAdditionalInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        page: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page, Unset):
            page = self.page.to_dict()

        additional_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = self.additional_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if page is not UNSET:
            field_dict["page"] = page
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


def _load_data(d: Mapping[str, Any]) -> list[ApiItemResponse] | Unset:
    _data = d.get("data", UNSET)
    data: list[ApiItemResponse] | Unset = UNSET
    if _data is not UNSET:
        data = ApiItemResponse._from_json_list(_data)

    return data


def _load_page(d: Mapping[str, Any]) -> ApiPage | Unset:
    _page = d.get("page", UNSET)
    page: ApiPage | Unset
    if isinstance(_page, Unset):
        page = UNSET
    else:
        page = ApiPage._from_json(_page)

    return page


def _load_additional_info(d: Mapping[str, Any]) -> ApiItemResponseListAdditionalInfo | Unset:
    _additional_info = d.get("additionalInfo", UNSET)
    additional_info: ApiItemResponseListAdditionalInfo | Unset
    if isinstance(_additional_info, Unset):
        additional_info = UNSET
    else:
        additional_info = ApiItemResponseListAdditionalInfo._from_json(_additional_info)

    return additional_info


_KNOWN_KEYS = frozenset(
    (
        "data",
        "page",
        "additionalInfo",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiItemResponseList, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "data" not in seen:
        _data = d.get("data", UNSET)
        data: list[ApiItemResponse] | Unset = UNSET
        if _data is not UNSET:
            data = ApiItemResponse._from_json_list(_data)

        _set(self, "data", data)
    if "page" not in seen:
        _page = d.get("page", UNSET)
        page: ApiPage | Unset
        if isinstance(_page, Unset):
            page = UNSET
        else:
            page = ApiPage._from_json(_page)

        _set(self, "page", page)
    if "additional_info" not in seen:
        _additional_info = d.get("additionalInfo", UNSET)
        additional_info: ApiItemResponseListAdditionalInfo | Unset
        if isinstance(_additional_info, Unset):
            additional_info = UNSET
        else:
            additional_info = ApiItemResponseListAdditionalInfo._from_json(_additional_info)

        _set(self, "additional_info", additional_info)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiItemResponseList._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "data": _load_data,
        "page": _load_page,
        "additional_info": _load_additional_info,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "data",
        "page",
        "additional_info",
        "additional_properties",
    ),
    keys={
        "data": "data",
        "page": "page",
        "additional_info": "additionalInfo",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_item_response import ApiItemResponse  # noqa: E402
from ..models.api_item_response_list_additional_info import ApiItemResponseListAdditionalInfo  # noqa: E402
from ..models.api_page import ApiPage  # noqa: E402
