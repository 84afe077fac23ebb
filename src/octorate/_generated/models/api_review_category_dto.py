from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_review_category_dto_category import ApiReviewCategoryDTOCategory
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.api_review_category_tag_dto import ApiReviewCategoryTagDTO


@_attrs_define
class ApiReviewCategoryDTO(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_category(d: Mapping[str, Any]) -> ApiReviewCategoryDTOCategory | Unset:
    _category = d.get("category", UNSET)
    category: ApiReviewCategoryDTOCategory | Unset
    if isinstance(_category, Unset):
        category = UNSET
    else:
        category = enum_member(ApiReviewCategoryDTOCategory, _category)

    return category


def _load_rating(d: Mapping[str, Any]) -> float | Unset:
    return d.get("rating", UNSET)


def _load_comment(d: Mapping[str, Any]) -> str | Unset:
    return d.get("comment", UNSET)


def _load_count(d: Mapping[str, Any]) -> int | Unset:
    return d.get("count", UNSET)


def _load_review_category_tags(d: Mapping[str, Any]) -> list[ApiReviewCategoryTagDTO] | Unset:
    _review_category_tags = d.get("reviewCategoryTags", UNSET)
    review_category_tags: list[ApiReviewCategoryTagDTO] | Unset = UNSET
    if _review_category_tags is not UNSET:
        review_category_tags = ApiReviewCategoryTagDTO._from_json_list(_review_category_tags)

    return review_category_tags


_KNOWN_KEYS = frozenset(
    (
        "id",
        "category",
        "rating",
        "comment",
        "count",
        "reviewCategoryTags",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiReviewCategoryDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "category" not in seen:
        _category = d.get("category", UNSET)
        category: ApiReviewCategoryDTOCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = enum_member(ApiReviewCategoryDTOCategory, _category)

        _set(self, "category", category)
    if "rating" not in seen:
        _set(self, "rating", d.get("rating", UNSET))
    if "comment" not in seen:
        _set(self, "comment", d.get("comment", UNSET))
    if "count" not in seen:
        _set(self, "count", d.get("count", UNSET))
    if "review_category_tags" not in seen:
        _review_category_tags = d.get("reviewCategoryTags", UNSET)
        review_category_tags: list[ApiReviewCategoryTagDTO] | Unset = UNSET
        if _review_category_tags is not UNSET:
            review_category_tags = ApiReviewCategoryTagDTO._from_json_list(_review_category_tags)

        _set(self, "review_category_tags", review_category_tags)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiReviewCategoryDTO._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "id": _load_id,
        "category": _load_category,
        "rating": _load_rating,
        "comment": _load_comment,
        "count": _load_count,
        "review_category_tags": _load_review_category_tags,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "review_category_tags",
        "additional_properties",
    ),
    keys={
        "id": "id",
        "category": "category",
        "rating": "rating",
        "comment": "comment",
        "count": "count",
        "review_category_tags": "reviewCategoryTags",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_review_category_tag_dto import ApiReviewCategoryTagDTO  # noqa: E402
