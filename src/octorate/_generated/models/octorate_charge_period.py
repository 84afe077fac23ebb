from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.octorate_applicable import OctorateApplicable
    from ..models.octorate_configuration import OctorateConfiguration


T = TypeVar("T", bound="OctorateChargePeriod")


@_attrs_define
class OctorateChargePeriod:
    """
    Attributes:
        applicable (OctorateApplicable | Unset):
        configuration (OctorateConfiguration | Unset):
    """

    applicable: OctorateApplicable | Unset = UNSET
    configuration: OctorateConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        applicable: dict[str, Any] | Unset = UNSET
        if not isinstance(self.applicable, Unset):
            applicable = self.applicable.to_dict()

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if applicable is not UNSET:
            field_dict["applicable"] = applicable
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _applicable = d.pop("applicable", UNSET)
        applicable: OctorateApplicable | Unset
        if isinstance(_applicable, Unset):
            applicable = UNSET
        else:
            applicable = OctorateApplicable.from_dict(_applicable)

        _configuration = d.pop("configuration", UNSET)
        configuration: OctorateConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = OctorateConfiguration.from_dict(_configuration)

        octorate_charge_period = cls(
            applicable=applicable,
            configuration=configuration,
        )

        octorate_charge_period.additional_properties = d
        return octorate_charge_period

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
from ..models.octorate_applicable import OctorateApplicable  # noqa: E402
from ..models.octorate_configuration import OctorateConfiguration  # noqa: E402
