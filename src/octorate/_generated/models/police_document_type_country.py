from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.country_code import CountryCode
from ..models.police_document_type_country_document_type import (
    PoliceDocumentTypeCountryDocumentType,
)
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="PoliceDocumentTypeCountry")


@_attrs_define
class PoliceDocumentTypeCountry:
    """
    Attributes:
        id (int | Unset):
        country (CountryCode | Unset): ISO 3166-1 alpha-2 country code, as Octorate lists them.
        document_type (PoliceDocumentTypeCountryDocumentType | Unset):
        code (str | Unset):
        police_code (str | Unset):
        label (str | Unset):
        priority (int | Unset):
        local_document (bool | Unset):
        regex (str | Unset):
        show_customer (bool | Unset):
    """

    id: int | Unset = UNSET
    country: CountryCode | Unset = UNSET
    document_type: PoliceDocumentTypeCountryDocumentType | Unset = UNSET
    code: str | Unset = UNSET
    police_code: str | Unset = UNSET
    label: str | Unset = UNSET
    priority: int | Unset = UNSET
    local_document: bool | Unset = UNSET
    regex: str | Unset = UNSET
    show_customer: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        country: str | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.value

        document_type: str | Unset = UNSET
        if not isinstance(self.document_type, Unset):
            document_type = self.document_type.value

        code = self.code

        police_code = self.police_code

        label = self.label

        priority = self.priority

        local_document = self.local_document

        regex = self.regex

        show_customer = self.show_customer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if country is not UNSET:
            field_dict["country"] = country
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if code is not UNSET:
            field_dict["code"] = code
        if police_code is not UNSET:
            field_dict["policeCode"] = police_code
        if label is not UNSET:
            field_dict["label"] = label
        if priority is not UNSET:
            field_dict["priority"] = priority
        if local_document is not UNSET:
            field_dict["localDocument"] = local_document
        if regex is not UNSET:
            field_dict["regex"] = regex
        if show_customer is not UNSET:
            field_dict["showCustomer"] = show_customer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _country = d.pop("country", UNSET)
        country: CountryCode | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = enum_member(CountryCode, _country)

        _document_type = d.pop("documentType", UNSET)
        document_type: PoliceDocumentTypeCountryDocumentType | Unset
        if isinstance(_document_type, Unset):
            document_type = UNSET
        else:
            document_type = enum_member(PoliceDocumentTypeCountryDocumentType, _document_type)

        code = d.pop("code", UNSET)

        police_code = d.pop("policeCode", UNSET)

        label = d.pop("label", UNSET)

        priority = d.pop("priority", UNSET)

        local_document = d.pop("localDocument", UNSET)

        regex = d.pop("regex", UNSET)

        show_customer = d.pop("showCustomer", UNSET)

        police_document_type_country = cls(
            id=id,
            country=country,
            document_type=document_type,
            code=code,
            police_code=police_code,
            label=label,
            priority=priority,
            local_document=local_document,
            regex=regex,
            show_customer=show_customer,
        )

        police_document_type_country.additional_properties = d
        return police_document_type_country

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
