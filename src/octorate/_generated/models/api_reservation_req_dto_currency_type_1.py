from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset


@_attrs_define
class ApiReservationReqDTOCurrencyType1(LazyModel):
    """
    Attributes:
        currency_code (str | Unset):
        numeric_code (int | Unset):
        numeric_code_as_string (str | Unset):
        display_name (str | Unset):
        symbol (str | Unset):
        default_fraction_digits (int | Unset):
    """

    currency_code: str | Unset = UNSET
    numeric_code: int | Unset = UNSET
    numeric_code_as_string: str | Unset = UNSET
    display_name: str | Unset = UNSET
    symbol: str | Unset = UNSET
    default_fraction_digits: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        currency_code = self.currency_code

        numeric_code = self.numeric_code

        numeric_code_as_string = self.numeric_code_as_string

        display_name = self.display_name

        symbol = self.symbol

        default_fraction_digits = self.default_fraction_digits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code
        if numeric_code is not UNSET:
            field_dict["numericCode"] = numeric_code
        if numeric_code_as_string is not UNSET:
            field_dict["numericCodeAsString"] = numeric_code_as_string
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if default_fraction_digits is not UNSET:
            field_dict["defaultFractionDigits"] = default_fraction_digits

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


def _load_currency_code(d: Mapping[str, Any]) -> str | Unset:
    return d.get("currencyCode", UNSET)


def _load_numeric_code(d: Mapping[str, Any]) -> int | Unset:
    return d.get("numericCode", UNSET)


def _load_numeric_code_as_string(d: Mapping[str, Any]) -> str | Unset:
    return d.get("numericCodeAsString", UNSET)


def _load_display_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("displayName", UNSET)


def _load_symbol(d: Mapping[str, Any]) -> str | Unset:
    return d.get("symbol", UNSET)


def _load_default_fraction_digits(d: Mapping[str, Any]) -> int | Unset:
    return d.get("defaultFractionDigits", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "currencyCode",
        "numericCode",
        "numericCodeAsString",
        "displayName",
        "symbol",
        "defaultFractionDigits",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(
    self: ApiReservationReqDTOCurrencyType1, d: Mapping[str, Any], seen: Container[str]
) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "currency_code" not in seen:
        _set(self, "currency_code", d.get("currencyCode", UNSET))
    if "numeric_code" not in seen:
        _set(self, "numeric_code", d.get("numericCode", UNSET))
    if "numeric_code_as_string" not in seen:
        _set(self, "numeric_code_as_string", d.get("numericCodeAsString", UNSET))
    if "display_name" not in seen:
        _set(self, "display_name", d.get("displayName", UNSET))
    if "symbol" not in seen:
        _set(self, "symbol", d.get("symbol", UNSET))
    if "default_fraction_digits" not in seen:
        _set(self, "default_fraction_digits", d.get("defaultFractionDigits", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiReservationReqDTOCurrencyType1._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "currency_code": _load_currency_code,
        "numeric_code": _load_numeric_code,
        "numeric_code_as_string": _load_numeric_code_as_string,
        "display_name": _load_display_name,
        "symbol": _load_symbol,
        "default_fraction_digits": _load_default_fraction_digits,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "currency_code": "currencyCode",
        "numeric_code": "numericCode",
        "numeric_code_as_string": "numericCodeAsString",
        "display_name": "displayName",
        "symbol": "symbol",
        "default_fraction_digits": "defaultFractionDigits",
    },
)
