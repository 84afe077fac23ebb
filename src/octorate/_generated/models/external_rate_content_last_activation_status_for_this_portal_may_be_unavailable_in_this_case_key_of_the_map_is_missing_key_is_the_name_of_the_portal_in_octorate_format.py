from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar(
    "T",
    bound="ExternalRateContentLastActivationStatusForThisPortalMayBeUnavailableInThisCaseKeyOfTheMapIsMissingKeyIsTheNameOfThePortalInOctorateFormat",
)


@_attrs_define
class ExternalRateContentLastActivationStatusForThisPortalMayBeUnavailableInThisCaseKeyOfTheMapIsMissingKeyIsTheNameOfThePortalInOctorateFormat:
    additional_properties: dict[str, bool] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_rate_content_last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format = cls()

        external_rate_content_last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format.additional_properties = d
        return external_rate_content_last_activation_status_for_this_portal_may_be_unavailable_in_this_case_key_of_the_map_is_missing_key_is_the_name_of_the_portal_in_octorate_format

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> bool:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: bool) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
