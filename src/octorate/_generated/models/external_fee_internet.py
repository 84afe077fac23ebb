from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_code_mapping import ContentCodeMapping


T = TypeVar("T", bound="ExternalFeeInternet")


@_attrs_define
class ExternalFeeInternet:
    """Description for the internet fee

    Attributes:
        internet_type (ContentCodeMapping | Unset):
        internet_coverage (ContentCodeMapping | Unset):
    """

    internet_type: ContentCodeMapping | Unset = UNSET
    internet_coverage: ContentCodeMapping | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internet_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.internet_type, Unset):
            internet_type = self.internet_type.to_dict()

        internet_coverage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.internet_coverage, Unset):
            internet_coverage = self.internet_coverage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internet_type is not UNSET:
            field_dict["internetType"] = internet_type
        if internet_coverage is not UNSET:
            field_dict["internetCoverage"] = internet_coverage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _internet_type = d.pop("internetType", UNSET)
        internet_type: ContentCodeMapping | Unset
        if isinstance(_internet_type, Unset):
            internet_type = UNSET
        else:
            internet_type = ContentCodeMapping.from_dict(_internet_type)

        _internet_coverage = d.pop("internetCoverage", UNSET)
        internet_coverage: ContentCodeMapping | Unset
        if isinstance(_internet_coverage, Unset):
            internet_coverage = UNSET
        else:
            internet_coverage = ContentCodeMapping.from_dict(_internet_coverage)

        external_fee_internet = cls(
            internet_type=internet_type,
            internet_coverage=internet_coverage,
        )

        external_fee_internet.additional_properties = d
        return external_fee_internet

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
from ..models.content_code_mapping import ContentCodeMapping  # noqa: E402
