from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_link import ApiLink


T = TypeVar("T", bound="ApiPage")


@_attrs_define
class ApiPage:
    """
    Attributes:
        self_ (ApiLink | Unset):
        previous (ApiLink | Unset):
        next_ (ApiLink | Unset):
        page (int | Unset):
        total_pages (int | Unset):
    """

    self_: ApiLink | Unset = UNSET
    previous: ApiLink | Unset = UNSET
    next_: ApiLink | Unset = UNSET
    page: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_, Unset):
            self_ = self.self_.to_dict()

        previous: dict[str, Any] | Unset = UNSET
        if not isinstance(self.previous, Unset):
            previous = self.previous.to_dict()

        next_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_, Unset):
            next_ = self.next_.to_dict()

        page = self.page

        total_pages = self.total_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if previous is not UNSET:
            field_dict["previous"] = previous
        if next_ is not UNSET:
            field_dict["next"] = next_
        if page is not UNSET:
            field_dict["page"] = page
        if total_pages is not UNSET:
            field_dict["totalPages"] = total_pages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _self_ = d.pop("self", UNSET)
        self_: ApiLink | Unset
        if isinstance(_self_, Unset):
            self_ = UNSET
        else:
            self_ = ApiLink.from_dict(_self_)

        _previous = d.pop("previous", UNSET)
        previous: ApiLink | Unset
        if isinstance(_previous, Unset):
            previous = UNSET
        else:
            previous = ApiLink.from_dict(_previous)

        _next_ = d.pop("next", UNSET)
        next_: ApiLink | Unset
        if isinstance(_next_, Unset):
            next_ = UNSET
        else:
            next_ = ApiLink.from_dict(_next_)

        page = d.pop("page", UNSET)

        total_pages = d.pop("totalPages", UNSET)

        api_page = cls(
            self_=self_,
            previous=previous,
            next_=next_,
            page=page,
            total_pages=total_pages,
        )

        api_page.additional_properties = d
        return api_page

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
from ..models.api_link import ApiLink  # noqa: E402
