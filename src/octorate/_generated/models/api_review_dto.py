from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_review_dto_reviewer_role import ApiReviewDTOReviewerRole
from ..models.api_review_dto_status import ApiReviewDTOStatus
from ..types import UNSET, Unset, enum_member, parse_datetime

if TYPE_CHECKING:
    from ..models.api_review_category_dto import ApiReviewCategoryDTO


@_attrs_define
class ApiReviewDTO(LazyModel):
    """
    Attributes:
        id (int | Unset): Reference inside our system Example: 17.
        external_id (str | Unset): Reference inside the external system Example: 123.
        insert_time (datetime.datetime | Unset): The expiration time in UTC (ISO8601) Example: 2022-05-01T15:31:54.456Z.
        update_time (datetime.datetime | Unset): The expiration time in UTC (ISO8601) Example: 2022-05-01T15:31:54.456Z.
        channel_insert_time (datetime.datetime | Unset): The time the review was first completed on the channel (UTC,
            ISO8601) Example: 2022-05-01T15:31:54.456Z.
        rating (float | Unset): Guest rates the overall quality of the stay Example: 5.0.
        refer (str | Unset): The reservation confirmation code Example: ABC123.
        reviewer_role (ApiReviewDTOReviewerRole | Unset): Role of the reviewee. Guest or Host Example: HOST.
        expires_at (datetime.datetime | Unset): The expiration time in UTC (ISO8601) Example: 2022-05-01T15:31:54.456Z.
        status (ApiReviewDTOStatus | Unset): The status of the review Example: REVIEW_CREATED.
        headline (str | Unset): The headline of the review Example: Test.
        public_review (str | Unset): Public comment left by reviewer Example: Test.
        private_review (str | Unset): Private comment left by reviewer. This information is not publicly visible. It is
            often used to offer suggestions for improvement. Example: Test.
        reviewee_response (str | Unset): Reviewee's response to the review Example: Test.
        listing_id (str | Unset): External id of the room linked to this review Example: 521443654646057653.
        review_categories (list[ApiReviewCategoryDTO] | Unset): List of all category ratings for the reservation
            associated with this review
        is_reviewee_recommended (bool | Unset): Indicates whether this host would recommend this guest to other hosts
            Example: True.
    """

    id: int | Unset = UNSET
    external_id: str | Unset = UNSET
    insert_time: datetime.datetime | Unset = UNSET
    update_time: datetime.datetime | Unset = UNSET
    channel_insert_time: datetime.datetime | Unset = UNSET
    rating: float | Unset = UNSET
    refer: str | Unset = UNSET
    reviewer_role: ApiReviewDTOReviewerRole | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    status: ApiReviewDTOStatus | Unset = UNSET
    headline: str | Unset = UNSET
    public_review: str | Unset = UNSET
    private_review: str | Unset = UNSET
    reviewee_response: str | Unset = UNSET
    listing_id: str | Unset = UNSET
    review_categories: list[ApiReviewCategoryDTO] | Unset = UNSET
    is_reviewee_recommended: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        id = self.id

        external_id = self.external_id

        insert_time: str | Unset = UNSET
        if not isinstance(self.insert_time, Unset):
            insert_time = self.insert_time.isoformat()

        update_time: str | Unset = UNSET
        if not isinstance(self.update_time, Unset):
            update_time = self.update_time.isoformat()

        channel_insert_time: str | Unset = UNSET
        if not isinstance(self.channel_insert_time, Unset):
            channel_insert_time = self.channel_insert_time.isoformat()

        rating = self.rating

        refer = self.refer

        reviewer_role: str | Unset = UNSET
        if not isinstance(self.reviewer_role, Unset):
            reviewer_role = self.reviewer_role.value

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        headline = self.headline

        public_review = self.public_review

        private_review = self.private_review

        reviewee_response = self.reviewee_response

        listing_id = self.listing_id

        review_categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.review_categories, Unset):
            review_categories = []
            for review_categories_item_data in self.review_categories:
                review_categories_item = review_categories_item_data.to_dict()
                review_categories.append(review_categories_item)

        is_reviewee_recommended = self.is_reviewee_recommended

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if insert_time is not UNSET:
            field_dict["insertTime"] = insert_time
        if update_time is not UNSET:
            field_dict["updateTime"] = update_time
        if channel_insert_time is not UNSET:
            field_dict["channelInsertTime"] = channel_insert_time
        if rating is not UNSET:
            field_dict["rating"] = rating
        if refer is not UNSET:
            field_dict["refer"] = refer
        if reviewer_role is not UNSET:
            field_dict["reviewerRole"] = reviewer_role
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if status is not UNSET:
            field_dict["status"] = status
        if headline is not UNSET:
            field_dict["headline"] = headline
        if public_review is not UNSET:
            field_dict["publicReview"] = public_review
        if private_review is not UNSET:
            field_dict["privateReview"] = private_review
        if reviewee_response is not UNSET:
            field_dict["revieweeResponse"] = reviewee_response
        if listing_id is not UNSET:
            field_dict["listingId"] = listing_id
        if review_categories is not UNSET:
            field_dict["reviewCategories"] = review_categories
        if is_reviewee_recommended is not UNSET:
            field_dict["isRevieweeRecommended"] = is_reviewee_recommended

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


def _load_external_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("externalId", UNSET)


def _load_insert_time(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _insert_time = d.get("insertTime", UNSET)
    insert_time: datetime.datetime | Unset
    if isinstance(_insert_time, Unset):
        insert_time = UNSET
    else:
        insert_time = parse_datetime(_insert_time)

    return insert_time


def _load_update_time(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _update_time = d.get("updateTime", UNSET)
    update_time: datetime.datetime | Unset
    if isinstance(_update_time, Unset):
        update_time = UNSET
    else:
        update_time = parse_datetime(_update_time)

    return update_time


def _load_channel_insert_time(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _channel_insert_time = d.get("channelInsertTime", UNSET)
    channel_insert_time: datetime.datetime | Unset
    if isinstance(_channel_insert_time, Unset):
        channel_insert_time = UNSET
    else:
        channel_insert_time = parse_datetime(_channel_insert_time)

    return channel_insert_time


def _load_rating(d: Mapping[str, Any]) -> float | Unset:
    return d.get("rating", UNSET)


def _load_refer(d: Mapping[str, Any]) -> str | Unset:
    return d.get("refer", UNSET)


def _load_reviewer_role(d: Mapping[str, Any]) -> ApiReviewDTOReviewerRole | Unset:
    _reviewer_role = d.get("reviewerRole", UNSET)
    reviewer_role: ApiReviewDTOReviewerRole | Unset
    if isinstance(_reviewer_role, Unset):
        reviewer_role = UNSET
    else:
        reviewer_role = enum_member(ApiReviewDTOReviewerRole, _reviewer_role)

    return reviewer_role


def _load_expires_at(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _expires_at = d.get("expiresAt", UNSET)
    expires_at: datetime.datetime | Unset
    if isinstance(_expires_at, Unset):
        expires_at = UNSET
    else:
        expires_at = parse_datetime(_expires_at)

    return expires_at


def _load_status(d: Mapping[str, Any]) -> ApiReviewDTOStatus | Unset:
    _status = d.get("status", UNSET)
    status: ApiReviewDTOStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = enum_member(ApiReviewDTOStatus, _status)

    return status


def _load_headline(d: Mapping[str, Any]) -> str | Unset:
    return d.get("headline", UNSET)


def _load_public_review(d: Mapping[str, Any]) -> str | Unset:
    return d.get("publicReview", UNSET)


def _load_private_review(d: Mapping[str, Any]) -> str | Unset:
    return d.get("privateReview", UNSET)


def _load_reviewee_response(d: Mapping[str, Any]) -> str | Unset:
    return d.get("revieweeResponse", UNSET)


def _load_listing_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("listingId", UNSET)


def _load_review_categories(d: Mapping[str, Any]) -> list[ApiReviewCategoryDTO] | Unset:
    _review_categories = d.get("reviewCategories", UNSET)
    review_categories: list[ApiReviewCategoryDTO] | Unset = UNSET
    if _review_categories is not UNSET:
        review_categories = ApiReviewCategoryDTO._from_json_list(_review_categories)

    return review_categories


def _load_is_reviewee_recommended(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("isRevieweeRecommended", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "id",
        "externalId",
        "insertTime",
        "updateTime",
        "channelInsertTime",
        "rating",
        "refer",
        "reviewerRole",
        "expiresAt",
        "status",
        "headline",
        "publicReview",
        "privateReview",
        "revieweeResponse",
        "listingId",
        "reviewCategories",
        "isRevieweeRecommended",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiReviewDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "external_id" not in seen:
        _set(self, "external_id", d.get("externalId", UNSET))
    if "insert_time" not in seen:
        _insert_time = d.get("insertTime", UNSET)
        insert_time: datetime.datetime | Unset
        if isinstance(_insert_time, Unset):
            insert_time = UNSET
        else:
            insert_time = parse_datetime(_insert_time)

        _set(self, "insert_time", insert_time)
    if "update_time" not in seen:
        _update_time = d.get("updateTime", UNSET)
        update_time: datetime.datetime | Unset
        if isinstance(_update_time, Unset):
            update_time = UNSET
        else:
            update_time = parse_datetime(_update_time)

        _set(self, "update_time", update_time)
    if "channel_insert_time" not in seen:
        _channel_insert_time = d.get("channelInsertTime", UNSET)
        channel_insert_time: datetime.datetime | Unset
        if isinstance(_channel_insert_time, Unset):
            channel_insert_time = UNSET
        else:
            channel_insert_time = parse_datetime(_channel_insert_time)

        _set(self, "channel_insert_time", channel_insert_time)
    if "rating" not in seen:
        _set(self, "rating", d.get("rating", UNSET))
    if "refer" not in seen:
        _set(self, "refer", d.get("refer", UNSET))
    if "reviewer_role" not in seen:
        _reviewer_role = d.get("reviewerRole", UNSET)
        reviewer_role: ApiReviewDTOReviewerRole | Unset
        if isinstance(_reviewer_role, Unset):
            reviewer_role = UNSET
        else:
            reviewer_role = enum_member(ApiReviewDTOReviewerRole, _reviewer_role)

        _set(self, "reviewer_role", reviewer_role)
    if "expires_at" not in seen:
        _expires_at = d.get("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = parse_datetime(_expires_at)

        _set(self, "expires_at", expires_at)
    if "status" not in seen:
        _status = d.get("status", UNSET)
        status: ApiReviewDTOStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = enum_member(ApiReviewDTOStatus, _status)

        _set(self, "status", status)
    if "headline" not in seen:
        _set(self, "headline", d.get("headline", UNSET))
    if "public_review" not in seen:
        _set(self, "public_review", d.get("publicReview", UNSET))
    if "private_review" not in seen:
        _set(self, "private_review", d.get("privateReview", UNSET))
    if "reviewee_response" not in seen:
        _set(self, "reviewee_response", d.get("revieweeResponse", UNSET))
    if "listing_id" not in seen:
        _set(self, "listing_id", d.get("listingId", UNSET))
    if "review_categories" not in seen:
        _review_categories = d.get("reviewCategories", UNSET)
        review_categories: list[ApiReviewCategoryDTO] | Unset = UNSET
        if _review_categories is not UNSET:
            review_categories = ApiReviewCategoryDTO._from_json_list(_review_categories)

        _set(self, "review_categories", review_categories)
    if "is_reviewee_recommended" not in seen:
        _set(self, "is_reviewee_recommended", d.get("isRevieweeRecommended", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiReviewDTO._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "id": _load_id,
        "external_id": _load_external_id,
        "insert_time": _load_insert_time,
        "update_time": _load_update_time,
        "channel_insert_time": _load_channel_insert_time,
        "rating": _load_rating,
        "refer": _load_refer,
        "reviewer_role": _load_reviewer_role,
        "expires_at": _load_expires_at,
        "status": _load_status,
        "headline": _load_headline,
        "public_review": _load_public_review,
        "private_review": _load_private_review,
        "reviewee_response": _load_reviewee_response,
        "listing_id": _load_listing_id,
        "review_categories": _load_review_categories,
        "is_reviewee_recommended": _load_is_reviewee_recommended,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "review_categories",
        "additional_properties",
    ),
    keys={
        "id": "id",
        "external_id": "externalId",
        "insert_time": "insertTime",
        "update_time": "updateTime",
        "channel_insert_time": "channelInsertTime",
        "rating": "rating",
        "refer": "refer",
        "reviewer_role": "reviewerRole",
        "expires_at": "expiresAt",
        "status": "status",
        "headline": "headline",
        "public_review": "publicReview",
        "private_review": "privateReview",
        "reviewee_response": "revieweeResponse",
        "listing_id": "listingId",
        "review_categories": "reviewCategories",
        "is_reviewee_recommended": "isRevieweeRecommended",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_review_category_dto import ApiReviewCategoryDTO  # noqa: E402
