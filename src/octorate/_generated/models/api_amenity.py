from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_amenity_values import ApiAmenityValues


@_attrs_define
class ApiAmenity(LazyModel):
    """The amenities to to use for the Booking Engine. For a complete list of amenities code, refer to
    rest/v1/meta/octorateAmenities endpoint

        Attributes:
            internal_label (str | Unset): Internal label we use for this amenity
            id (int | Unset): The id of this amenity
            internal_name (str | Unset): name of this amenity
            label (str | Unset): Translated value of the label
            values (ApiAmenityValues | Unset): Values used inside the external portals
            ai_enabled (bool | Unset): Is this amenity available to the AI Assistant?
            suggested (bool | Unset): Is this amenity suggested?
            image (str | Unset): The image of this amenity (SVG)
    """

    internal_label: str | Unset = UNSET
    id: int | Unset = UNSET
    internal_name: str | Unset = UNSET
    label: str | Unset = UNSET
    values: ApiAmenityValues | Unset = UNSET
    ai_enabled: bool | Unset = UNSET
    suggested: bool | Unset = UNSET
    image: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        internal_label = self.internal_label

        id = self.id

        internal_name = self.internal_name

        label = self.label

        values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values.to_dict()

        ai_enabled = self.ai_enabled

        suggested = self.suggested

        image = self.image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internal_label is not UNSET:
            field_dict["internalLabel"] = internal_label
        if id is not UNSET:
            field_dict["id"] = id
        if internal_name is not UNSET:
            field_dict["internalName"] = internal_name
        if label is not UNSET:
            field_dict["label"] = label
        if values is not UNSET:
            field_dict["values"] = values
        if ai_enabled is not UNSET:
            field_dict["aiEnabled"] = ai_enabled
        if suggested is not UNSET:
            field_dict["suggested"] = suggested
        if image is not UNSET:
            field_dict["image"] = image

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


def _load_internal_label(d: Mapping[str, Any]) -> str | Unset:
    return d.get("internalLabel", UNSET)


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_internal_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("internalName", UNSET)


def _load_label(d: Mapping[str, Any]) -> str | Unset:
    return d.get("label", UNSET)


def _load_values(d: Mapping[str, Any]) -> ApiAmenityValues | Unset:
    _values = d.get("values", UNSET)
    values: ApiAmenityValues | Unset
    if isinstance(_values, Unset):
        values = UNSET
    else:
        values = ApiAmenityValues._from_json(_values)

    return values


def _load_ai_enabled(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("aiEnabled", UNSET)


def _load_suggested(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("suggested", UNSET)


def _load_image(d: Mapping[str, Any]) -> str | Unset:
    return d.get("image", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "internalLabel",
        "id",
        "internalName",
        "label",
        "values",
        "aiEnabled",
        "suggested",
        "image",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiAmenity, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "internal_label" not in seen:
        _set(self, "internal_label", d.get("internalLabel", UNSET))
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "internal_name" not in seen:
        _set(self, "internal_name", d.get("internalName", UNSET))
    if "label" not in seen:
        _set(self, "label", d.get("label", UNSET))
    if "values" not in seen:
        _values = d.get("values", UNSET)
        values: ApiAmenityValues | Unset
        if isinstance(_values, Unset):
            values = UNSET
        else:
            values = ApiAmenityValues._from_json(_values)

        _set(self, "values", values)
    if "ai_enabled" not in seen:
        _set(self, "ai_enabled", d.get("aiEnabled", UNSET))
    if "suggested" not in seen:
        _set(self, "suggested", d.get("suggested", UNSET))
    if "image" not in seen:
        _set(self, "image", d.get("image", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiAmenity._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "internal_label": _load_internal_label,
        "id": _load_id,
        "internal_name": _load_internal_name,
        "label": _load_label,
        "values": _load_values,
        "ai_enabled": _load_ai_enabled,
        "suggested": _load_suggested,
        "image": _load_image,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "values",
        "additional_properties",
    ),
    keys={
        "internal_label": "internalLabel",
        "id": "id",
        "internal_name": "internalName",
        "label": "label",
        "values": "values",
        "ai_enabled": "aiEnabled",
        "suggested": "suggested",
        "image": "image",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_amenity_values import ApiAmenityValues  # noqa: E402
