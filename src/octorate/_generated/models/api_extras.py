from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_extra_detail_dto import ApiExtraDetailDTO


@_attrs_define
class ApiExtras(LazyModel):
    """
    Attributes:
        extras (list[ApiExtraDetailDTO] | Unset):
    """

    extras: list[ApiExtraDetailDTO] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        extras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extras, Unset):
            extras = []
            for extras_item_data in self.extras:
                extras_item = extras_item_data.to_dict()
                extras.append(extras_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if extras is not UNSET:
            field_dict["extras"] = extras

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


def _load_extras(d: Mapping[str, Any]) -> list[ApiExtraDetailDTO] | Unset:
    _extras = d.get("extras", UNSET)
    extras: list[ApiExtraDetailDTO] | Unset = UNSET
    if _extras is not UNSET:
        extras = ApiExtraDetailDTO._from_json_list(_extras)

    return extras


_KNOWN_KEYS = frozenset(("extras",))


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiExtras, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "extras" not in seen:
        _extras = d.get("extras", UNSET)
        extras: list[ApiExtraDetailDTO] | Unset = UNSET
        if _extras is not UNSET:
            extras = ApiExtraDetailDTO._from_json_list(_extras)

        _set(self, "extras", extras)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiExtras._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "extras": _load_extras,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "extras",
        "additional_properties",
    ),
    keys={
        "extras": "extras",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_extra_detail_dto import ApiExtraDetailDTO  # noqa: E402
