from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_cancellation_policy_deadline_units_item_duration import (
        ExternalCancellationPolicyDeadlineUnitsItemDuration,
    )


T = TypeVar("T", bound="ExternalCancellationPolicyDeadlineUnitsItem")


@_attrs_define
class ExternalCancellationPolicyDeadlineUnitsItem:
    """
    Attributes:
        duration_estimated (bool | Unset):
        duration (ExternalCancellationPolicyDeadlineUnitsItemDuration | Unset):
        time_based (bool | Unset):
        date_based (bool | Unset):
    """

    duration_estimated: bool | Unset = UNSET
    duration: ExternalCancellationPolicyDeadlineUnitsItemDuration | Unset = UNSET
    time_based: bool | Unset = UNSET
    date_based: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration_estimated = self.duration_estimated

        duration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.to_dict()

        time_based = self.time_based

        date_based = self.date_based

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if duration_estimated is not UNSET:
            field_dict["durationEstimated"] = duration_estimated
        if duration is not UNSET:
            field_dict["duration"] = duration
        if time_based is not UNSET:
            field_dict["timeBased"] = time_based
        if date_based is not UNSET:
            field_dict["dateBased"] = date_based

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        duration_estimated = d.pop("durationEstimated", UNSET)

        _duration = d.pop("duration", UNSET)
        duration: ExternalCancellationPolicyDeadlineUnitsItemDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = ExternalCancellationPolicyDeadlineUnitsItemDuration.from_dict(_duration)

        time_based = d.pop("timeBased", UNSET)

        date_based = d.pop("dateBased", UNSET)

        external_cancellation_policy_deadline_units_item = cls(
            duration_estimated=duration_estimated,
            duration=duration,
            time_based=time_based,
            date_based=date_based,
        )

        external_cancellation_policy_deadline_units_item.additional_properties = d
        return external_cancellation_policy_deadline_units_item

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
from ..models.external_cancellation_policy_deadline_units_item_duration import (
    ExternalCancellationPolicyDeadlineUnitsItemDuration,  # noqa: E402
)
