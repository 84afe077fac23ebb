from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.octorate_swimming_pool_dimensions import OctorateSwimmingPoolDimensions


@_attrs_define
class OctorateKidsPoolDetails(LazyModel):
    """Kids pool details

    Attributes:
        swimming_pool_dimensions (OctorateSwimmingPoolDimensions | Unset):
        shallow_end (bool | Unset):
    """

    swimming_pool_dimensions: OctorateSwimmingPoolDimensions | Unset = UNSET
    shallow_end: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        swimming_pool_dimensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.swimming_pool_dimensions, Unset):
            swimming_pool_dimensions = self.swimming_pool_dimensions.to_dict()

        shallow_end = self.shallow_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if swimming_pool_dimensions is not UNSET:
            field_dict["swimmingPoolDimensions"] = swimming_pool_dimensions
        if shallow_end is not UNSET:
            field_dict["shallowEnd"] = shallow_end

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


def _load_swimming_pool_dimensions(d: Mapping[str, Any]) -> OctorateSwimmingPoolDimensions | Unset:
    _swimming_pool_dimensions = d.get("swimmingPoolDimensions", UNSET)
    swimming_pool_dimensions: OctorateSwimmingPoolDimensions | Unset
    if isinstance(_swimming_pool_dimensions, Unset):
        swimming_pool_dimensions = UNSET
    else:
        swimming_pool_dimensions = OctorateSwimmingPoolDimensions._from_json(
            _swimming_pool_dimensions
        )

    return swimming_pool_dimensions


def _load_shallow_end(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("shallowEnd", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "swimmingPoolDimensions",
        "shallowEnd",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: OctorateKidsPoolDetails, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "swimming_pool_dimensions" not in seen:
        _swimming_pool_dimensions = d.get("swimmingPoolDimensions", UNSET)
        swimming_pool_dimensions: OctorateSwimmingPoolDimensions | Unset
        if isinstance(_swimming_pool_dimensions, Unset):
            swimming_pool_dimensions = UNSET
        else:
            swimming_pool_dimensions = OctorateSwimmingPoolDimensions._from_json(
                _swimming_pool_dimensions
            )

        _set(self, "swimming_pool_dimensions", swimming_pool_dimensions)
    if "shallow_end" not in seen:
        _set(self, "shallow_end", d.get("shallowEnd", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctorateKidsPoolDetails._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "swimming_pool_dimensions": _load_swimming_pool_dimensions,
        "shallow_end": _load_shallow_end,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "swimming_pool_dimensions",
        "additional_properties",
    ),
    keys={
        "swimming_pool_dimensions": "swimmingPoolDimensions",
        "shallow_end": "shallowEnd",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.octorate_swimming_pool_dimensions import OctorateSwimmingPoolDimensions  # noqa: E402
