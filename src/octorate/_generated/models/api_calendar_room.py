from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_calendar_day import ApiCalendarDay


@_attrs_define
class ApiCalendarRoom(LazyModel):
    """
    Attributes:
        id (int | Unset):
        name (str | Unset):
        days (list[ApiCalendarDay] | Unset):
        object_ (str | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    days: list[ApiCalendarDay] | Unset = UNSET
    object_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        id = self.id

        name = self.name

        days: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = []
            for days_item_data in self.days:
                days_item = days_item_data.to_dict()
                days.append(days_item)

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if days is not UNSET:
            field_dict["days"] = days
        if object_ is not UNSET:
            field_dict["object"] = object_

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


def _load_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("name", UNSET)


def _load_days(d: Mapping[str, Any]) -> list[ApiCalendarDay] | Unset:
    _days = d.get("days", UNSET)
    days: list[ApiCalendarDay] | Unset = UNSET
    if _days is not UNSET:
        days = ApiCalendarDay._from_json_list(_days)

    return days


def _load_object_(d: Mapping[str, Any]) -> str | Unset:
    return d.get("object", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "id",
        "name",
        "days",
        "object",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiCalendarRoom, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "name" not in seen:
        _set(self, "name", d.get("name", UNSET))
    if "days" not in seen:
        _days = d.get("days", UNSET)
        days: list[ApiCalendarDay] | Unset = UNSET
        if _days is not UNSET:
            days = ApiCalendarDay._from_json_list(_days)

        _set(self, "days", days)
    if "object_" not in seen:
        _set(self, "object_", d.get("object", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiCalendarRoom._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "id": _load_id,
        "name": _load_name,
        "days": _load_days,
        "object_": _load_object_,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "days",
        "additional_properties",
    ),
    keys={
        "id": "id",
        "name": "name",
        "days": "days",
        "object_": "object",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_calendar_day import ApiCalendarDay  # noqa: E402
