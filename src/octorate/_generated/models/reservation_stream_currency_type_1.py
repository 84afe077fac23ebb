from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReservationStreamCurrencyType1")


@_attrs_define
class ReservationStreamCurrencyType1:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency_code = d.pop("currencyCode", UNSET)

        numeric_code = d.pop("numericCode", UNSET)

        numeric_code_as_string = d.pop("numericCodeAsString", UNSET)

        display_name = d.pop("displayName", UNSET)

        symbol = d.pop("symbol", UNSET)

        default_fraction_digits = d.pop("defaultFractionDigits", UNSET)

        reservation_stream_currency_type_1 = cls(
            currency_code=currency_code,
            numeric_code=numeric_code,
            numeric_code_as_string=numeric_code_as_string,
            display_name=display_name,
            symbol=symbol,
            default_fraction_digits=default_fraction_digits,
        )

        reservation_stream_currency_type_1.additional_properties = d
        return reservation_stream_currency_type_1

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
