from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_amenity_values import ApiAmenityValues


T = TypeVar("T", bound="ApiAmenity")


@_attrs_define
class ApiAmenity:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        internal_label = d.pop("internalLabel", UNSET)

        id = d.pop("id", UNSET)

        internal_name = d.pop("internalName", UNSET)

        label = d.pop("label", UNSET)

        _values = d.pop("values", UNSET)
        values: ApiAmenityValues | Unset
        if isinstance(_values, Unset):
            values = UNSET
        else:
            values = ApiAmenityValues.from_dict(_values)

        ai_enabled = d.pop("aiEnabled", UNSET)

        suggested = d.pop("suggested", UNSET)

        image = d.pop("image", UNSET)

        api_amenity = cls(
            internal_label=internal_label,
            id=id,
            internal_name=internal_name,
            label=label,
            values=values,
            ai_enabled=ai_enabled,
            suggested=suggested,
            image=image,
        )

        api_amenity.additional_properties = d
        return api_amenity

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
from ..models.api_amenity_values import ApiAmenityValues  # noqa: E402
