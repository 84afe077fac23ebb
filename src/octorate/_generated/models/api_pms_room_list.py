from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_page import ApiPage
    from ..models.api_pms_room import ApiPmsRoom
    from ..models.api_pms_room_list_additional_info import ApiPmsRoomListAdditionalInfo


T = TypeVar("T", bound="ApiPmsRoomList")


@_attrs_define
class ApiPmsRoomList:
    """A page of ApiPmsRoom as Octorate sends lists: data plus 0-based page information.

    Attributes:
        data (list[ApiPmsRoom] | Unset):
        page (ApiPage | Unset):
        additional_info (ApiPmsRoomListAdditionalInfo | Unset):
    """

    data: list[ApiPmsRoom] | Unset = UNSET
    page: ApiPage | Unset = UNSET
    additional_info: ApiPmsRoomListAdditionalInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[ApiPmsRoom] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = ApiPmsRoom.from_dict(data_item_data)

                data.append(data_item)

        _page = d.pop("page", UNSET)
        page: ApiPage | Unset
        if isinstance(_page, Unset):
            page = UNSET
        else:
            page = ApiPage.from_dict(_page)

        _additional_info = d.pop("additionalInfo", UNSET)
        additional_info: ApiPmsRoomListAdditionalInfo | Unset
        if isinstance(_additional_info, Unset):
            additional_info = UNSET
        else:
            additional_info = ApiPmsRoomListAdditionalInfo.from_dict(_additional_info)

        api_pms_room_list = cls(
            data=data,
            page=page,
            additional_info=additional_info,
        )

        api_pms_room_list.additional_properties = d
        return api_pms_room_list

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
from ..models.api_page import ApiPage  # noqa: E402
from ..models.api_pms_room import ApiPmsRoom  # noqa: E402
from ..models.api_pms_room_list_additional_info import ApiPmsRoomListAdditionalInfo  # noqa: E402
