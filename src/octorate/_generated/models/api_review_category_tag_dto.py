from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_review_category_tag_dto_review_category_tag_type import (
    ApiReviewCategoryTagDTOReviewCategoryTagType,
)
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="ApiReviewCategoryTagDTO")


@_attrs_define
class ApiReviewCategoryTagDTO:
    """List of all category tags for the reservation associated with this review

    Attributes:
        id (int | Unset): Reference inside our system Example: 2.
        review_category_tag_type (ApiReviewCategoryTagDTOReviewCategoryTagType | Unset): The tag Example:
            GUEST_REVIEW_HOST_POSITIVE_LOOKED_LIKE_PHOTOS.
        count (int | Unset): The count of reviews with this tag. Filled only for statistics endpoints Example: 10.
    """

    id: int | Unset = UNSET
    review_category_tag_type: ApiReviewCategoryTagDTOReviewCategoryTagType | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        review_category_tag_type: str | Unset = UNSET
        if not isinstance(self.review_category_tag_type, Unset):
            review_category_tag_type = self.review_category_tag_type.value

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if review_category_tag_type is not UNSET:
            field_dict["reviewCategoryTagType"] = review_category_tag_type
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _review_category_tag_type = d.pop("reviewCategoryTagType", UNSET)
        review_category_tag_type: ApiReviewCategoryTagDTOReviewCategoryTagType | Unset
        if isinstance(_review_category_tag_type, Unset):
            review_category_tag_type = UNSET
        else:
            review_category_tag_type = enum_member(
                ApiReviewCategoryTagDTOReviewCategoryTagType, _review_category_tag_type
            )

        count = d.pop("count", UNSET)

        api_review_category_tag_dto = cls(
            id=id,
            review_category_tag_type=review_category_tag_type,
            count=count,
        )

        api_review_category_tag_dto.additional_properties = d
        return api_review_category_tag_dto

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
