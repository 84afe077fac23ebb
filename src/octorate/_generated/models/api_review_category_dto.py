from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_review_category_dto_category import ApiReviewCategoryDTOCategory
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.api_review_category_tag_dto import ApiReviewCategoryTagDTO


T = TypeVar("T", bound="ApiReviewCategoryDTO")


@_attrs_define
class ApiReviewCategoryDTO:
    """List of all category ratings for the reservation associated with this review

    Attributes:
        id (int | Unset): Reference inside our system Example: 17.
        category (ApiReviewCategoryDTOCategory | Unset): The category Example: respect_house_rules.
        rating (float | Unset): A rating from scale of 1.0 to 5.0, 5.0 being highest Example: 5.0.
        comment (str | Unset): Explanation for the rating Example: Test.
        count (int | Unset): Count of this specific category rating for the entity (used for Statistics) Example: 2.
        review_category_tags (list[ApiReviewCategoryTagDTO] | Unset): List of all category tags for the reservation
            associated with this review
    """

    id: int | Unset = UNSET
    category: ApiReviewCategoryDTOCategory | Unset = UNSET
    rating: float | Unset = UNSET
    comment: str | Unset = UNSET
    count: int | Unset = UNSET
    review_category_tags: list[ApiReviewCategoryTagDTO] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        rating = self.rating

        comment = self.comment

        count = self.count

        review_category_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.review_category_tags, Unset):
            review_category_tags = []
            for review_category_tags_item_data in self.review_category_tags:
                review_category_tags_item = review_category_tags_item_data.to_dict()
                review_category_tags.append(review_category_tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if category is not UNSET:
            field_dict["category"] = category
        if rating is not UNSET:
            field_dict["rating"] = rating
        if comment is not UNSET:
            field_dict["comment"] = comment
        if count is not UNSET:
            field_dict["count"] = count
        if review_category_tags is not UNSET:
            field_dict["reviewCategoryTags"] = review_category_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _category = d.pop("category", UNSET)
        category: ApiReviewCategoryDTOCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = enum_member(ApiReviewCategoryDTOCategory, _category)

        rating = d.pop("rating", UNSET)

        comment = d.pop("comment", UNSET)

        count = d.pop("count", UNSET)

        _review_category_tags = d.pop("reviewCategoryTags", UNSET)
        review_category_tags: list[ApiReviewCategoryTagDTO] | Unset = UNSET
        if _review_category_tags is not UNSET:
            review_category_tags = []
            for review_category_tags_item_data in _review_category_tags:
                review_category_tags_item = ApiReviewCategoryTagDTO.from_dict(
                    review_category_tags_item_data
                )

                review_category_tags.append(review_category_tags_item)

        api_review_category_dto = cls(
            id=id,
            category=category,
            rating=rating,
            comment=comment,
            count=count,
            review_category_tags=review_category_tags,
        )

        api_review_category_dto.additional_properties = d
        return api_review_category_dto

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
from ..models.api_review_category_tag_dto import ApiReviewCategoryTagDTO  # noqa: E402
