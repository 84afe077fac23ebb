from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_review_category_tag_dto_review_category_tag_type import (
    ApiReviewCategoryTagDTOReviewCategoryTagType,
)
from ..types import UNSET, Unset, enum_member


@_attrs_define
class ApiReviewCategoryTagDTO(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_review_category_tag_type(
    d: Mapping[str, Any],
) -> ApiReviewCategoryTagDTOReviewCategoryTagType | Unset:
    _review_category_tag_type = d.get("reviewCategoryTagType", UNSET)
    review_category_tag_type: ApiReviewCategoryTagDTOReviewCategoryTagType | Unset
    if isinstance(_review_category_tag_type, Unset):
        review_category_tag_type = UNSET
    else:
        review_category_tag_type = enum_member(
            ApiReviewCategoryTagDTOReviewCategoryTagType, _review_category_tag_type
        )

    return review_category_tag_type


def _load_count(d: Mapping[str, Any]) -> int | Unset:
    return d.get("count", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "id",
        "reviewCategoryTagType",
        "count",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiReviewCategoryTagDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "review_category_tag_type" not in seen:
        _review_category_tag_type = d.get("reviewCategoryTagType", UNSET)
        review_category_tag_type: ApiReviewCategoryTagDTOReviewCategoryTagType | Unset
        if isinstance(_review_category_tag_type, Unset):
            review_category_tag_type = UNSET
        else:
            review_category_tag_type = enum_member(
                ApiReviewCategoryTagDTOReviewCategoryTagType, _review_category_tag_type
            )

        _set(self, "review_category_tag_type", review_category_tag_type)
    if "count" not in seen:
        _set(self, "count", d.get("count", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiReviewCategoryTagDTO._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "id": _load_id,
        "review_category_tag_type": _load_review_category_tag_type,
        "count": _load_count,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "id": "id",
        "review_category_tag_type": "reviewCategoryTagType",
        "count": "count",
    },
)
