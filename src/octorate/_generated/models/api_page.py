from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_link import ApiLink


@_attrs_define
class ApiPage(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_self_(d: Mapping[str, Any]) -> ApiLink | Unset:
    _self_ = d.get("self", UNSET)
    self_: ApiLink | Unset
    if isinstance(_self_, Unset):
        self_ = UNSET
    else:
        self_ = ApiLink._from_json(_self_)

    return self_


def _load_previous(d: Mapping[str, Any]) -> ApiLink | Unset:
    _previous = d.get("previous", UNSET)
    previous: ApiLink | Unset
    if isinstance(_previous, Unset):
        previous = UNSET
    else:
        previous = ApiLink._from_json(_previous)

    return previous


def _load_next_(d: Mapping[str, Any]) -> ApiLink | Unset:
    _next_ = d.get("next", UNSET)
    next_: ApiLink | Unset
    if isinstance(_next_, Unset):
        next_ = UNSET
    else:
        next_ = ApiLink._from_json(_next_)

    return next_


def _load_page(d: Mapping[str, Any]) -> int | Unset:
    return d.get("page", UNSET)


def _load_total_pages(d: Mapping[str, Any]) -> int | Unset:
    return d.get("totalPages", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "self",
        "previous",
        "next",
        "page",
        "totalPages",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiPage, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "self_" not in seen:
        _self_ = d.get("self", UNSET)
        self_: ApiLink | Unset
        if isinstance(_self_, Unset):
            self_ = UNSET
        else:
            self_ = ApiLink._from_json(_self_)

        _set(self, "self_", self_)
    if "previous" not in seen:
        _previous = d.get("previous", UNSET)
        previous: ApiLink | Unset
        if isinstance(_previous, Unset):
            previous = UNSET
        else:
            previous = ApiLink._from_json(_previous)

        _set(self, "previous", previous)
    if "next_" not in seen:
        _next_ = d.get("next", UNSET)
        next_: ApiLink | Unset
        if isinstance(_next_, Unset):
            next_ = UNSET
        else:
            next_ = ApiLink._from_json(_next_)

        _set(self, "next_", next_)
    if "page" not in seen:
        _set(self, "page", d.get("page", UNSET))
    if "total_pages" not in seen:
        _set(self, "total_pages", d.get("totalPages", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiPage._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "self_": _load_self_,
        "previous": _load_previous,
        "next_": _load_next_,
        "page": _load_page,
        "total_pages": _load_total_pages,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "self_",
        "previous",
        "next_",
        "additional_properties",
    ),
    keys={
        "self_": "self",
        "previous": "previous",
        "next_": "next",
        "page": "page",
        "total_pages": "totalPages",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_link import ApiLink  # noqa: E402
