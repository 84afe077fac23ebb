from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.country_code import CountryCode
from ..models.police_document_type_country_document_type import (
    PoliceDocumentTypeCountryDocumentType,
)
from ..types import UNSET, Unset, enum_member


@_attrs_define
class PoliceDocumentTypeCountry(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_country(d: Mapping[str, Any]) -> CountryCode | Unset:
    _country = d.get("country", UNSET)
    country: CountryCode | Unset
    if isinstance(_country, Unset):
        country = UNSET
    else:
        country = enum_member(CountryCode, _country)

    return country


def _load_document_type(d: Mapping[str, Any]) -> PoliceDocumentTypeCountryDocumentType | Unset:
    _document_type = d.get("documentType", UNSET)
    document_type: PoliceDocumentTypeCountryDocumentType | Unset
    if isinstance(_document_type, Unset):
        document_type = UNSET
    else:
        document_type = enum_member(PoliceDocumentTypeCountryDocumentType, _document_type)

    return document_type


def _load_code(d: Mapping[str, Any]) -> str | Unset:
    return d.get("code", UNSET)


def _load_police_code(d: Mapping[str, Any]) -> str | Unset:
    return d.get("policeCode", UNSET)


def _load_label(d: Mapping[str, Any]) -> str | Unset:
    return d.get("label", UNSET)


def _load_priority(d: Mapping[str, Any]) -> int | Unset:
    return d.get("priority", UNSET)


def _load_local_document(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("localDocument", UNSET)


def _load_regex(d: Mapping[str, Any]) -> str | Unset:
    return d.get("regex", UNSET)


def _load_show_customer(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("showCustomer", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "id",
        "country",
        "documentType",
        "code",
        "policeCode",
        "label",
        "priority",
        "localDocument",
        "regex",
        "showCustomer",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: PoliceDocumentTypeCountry, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "country" not in seen:
        _country = d.get("country", UNSET)
        country: CountryCode | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = enum_member(CountryCode, _country)

        _set(self, "country", country)
    if "document_type" not in seen:
        _document_type = d.get("documentType", UNSET)
        document_type: PoliceDocumentTypeCountryDocumentType | Unset
        if isinstance(_document_type, Unset):
            document_type = UNSET
        else:
            document_type = enum_member(PoliceDocumentTypeCountryDocumentType, _document_type)

        _set(self, "document_type", document_type)
    if "code" not in seen:
        _set(self, "code", d.get("code", UNSET))
    if "police_code" not in seen:
        _set(self, "police_code", d.get("policeCode", UNSET))
    if "label" not in seen:
        _set(self, "label", d.get("label", UNSET))
    if "priority" not in seen:
        _set(self, "priority", d.get("priority", UNSET))
    if "local_document" not in seen:
        _set(self, "local_document", d.get("localDocument", UNSET))
    if "regex" not in seen:
        _set(self, "regex", d.get("regex", UNSET))
    if "show_customer" not in seen:
        _set(self, "show_customer", d.get("showCustomer", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


PoliceDocumentTypeCountry._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "id": _load_id,
        "country": _load_country,
        "document_type": _load_document_type,
        "code": _load_code,
        "police_code": _load_police_code,
        "label": _load_label,
        "priority": _load_priority,
        "local_document": _load_local_document,
        "regex": _load_regex,
        "show_customer": _load_show_customer,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "id": "id",
        "country": "country",
        "document_type": "documentType",
        "code": "code",
        "police_code": "policeCode",
        "label": "label",
        "priority": "priority",
        "local_document": "localDocument",
        "regex": "regex",
        "show_customer": "showCustomer",
    },
)
