from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.octorate_temporarily_closed_entry import OctorateTemporarilyClosedEntry


T = TypeVar("T", bound="OctorateTemporarilyClosedDetails")


@_attrs_define
class OctorateTemporarilyClosedDetails:
    """Temporarily closed details

    Attributes:
        closed (list[OctorateTemporarilyClosedEntry] | Unset):
    """

    closed: list[OctorateTemporarilyClosedEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        closed: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.closed, Unset):
            closed = []
            for closed_item_data in self.closed:
                closed_item = closed_item_data.to_dict()
                closed.append(closed_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if closed is not UNSET:
            field_dict["closed"] = closed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _closed = d.pop("closed", UNSET)
        closed: list[OctorateTemporarilyClosedEntry] | Unset = UNSET
        if _closed is not UNSET:
            closed = []
            for closed_item_data in _closed:
                closed_item = OctorateTemporarilyClosedEntry.from_dict(closed_item_data)

                closed.append(closed_item)

        octorate_temporarily_closed_details = cls(
            closed=closed,
        )

        octorate_temporarily_closed_details.additional_properties = d
        return octorate_temporarily_closed_details

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
from ..models.octorate_temporarily_closed_entry import OctorateTemporarilyClosedEntry  # noqa: E402
