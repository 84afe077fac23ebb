from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_layout_dto_vat_label import ApiLayoutDTOVatLabel


T = TypeVar("T", bound="ApiLayoutDTO")


@_attrs_define
class ApiLayoutDTO:
    """Layout information of this accommodation

    Attributes:
        accommodation_id (str | Unset): The id of the accommodation Example: 999999.
        vat_label (ApiLayoutDTOVatLabel | Unset): The VAT label for this accommodation Example: {'FR': 'TVA', 'RU': '',
            'PT': '', 'NL': '', 'EN': 'VAT', 'ES': 'IVA/VAT', 'IT': 'IVA', 'JA': '', 'DE': 'VAT', 'TR': '', 'EL': ''}.
    """

    accommodation_id: str | Unset = UNSET
    vat_label: ApiLayoutDTOVatLabel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accommodation_id = self.accommodation_id

        vat_label: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vat_label, Unset):
            vat_label = self.vat_label.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accommodation_id is not UNSET:
            field_dict["accommodationId"] = accommodation_id
        if vat_label is not UNSET:
            field_dict["vatLabel"] = vat_label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accommodation_id = d.pop("accommodationId", UNSET)

        _vat_label = d.pop("vatLabel", UNSET)
        vat_label: ApiLayoutDTOVatLabel | Unset
        if isinstance(_vat_label, Unset):
            vat_label = UNSET
        else:
            vat_label = ApiLayoutDTOVatLabel.from_dict(_vat_label)

        api_layout_dto = cls(
            accommodation_id=accommodation_id,
            vat_label=vat_label,
        )

        api_layout_dto.additional_properties = d
        return api_layout_dto

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
from ..models.api_layout_dto_vat_label import ApiLayoutDTOVatLabel  # noqa: E402
