from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_layout_dto_vat_label import ApiLayoutDTOVatLabel


@_attrs_define
class ApiLayoutDTO(LazyModel):
    """Layout information of this accommodation

    Attributes:
        accommodation_id (str | Unset): The id of the accommodation Example: 999999.
        vat_label (ApiLayoutDTOVatLabel | Unset): The VAT label for this accommodation Example: {'FR': 'TVA', 'RU': '',
            'PT': '', 'NL': '', 'EN': 'VAT', 'ES': 'IVA/VAT', 'IT': 'IVA', 'JA': '', 'DE': 'VAT', 'TR': '', 'EL': ''}.
    """

    accommodation_id: str | Unset = UNSET
    vat_label: ApiLayoutDTOVatLabel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_accommodation_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("accommodationId", UNSET)


def _load_vat_label(d: Mapping[str, Any]) -> ApiLayoutDTOVatLabel | Unset:
    _vat_label = d.get("vatLabel", UNSET)
    vat_label: ApiLayoutDTOVatLabel | Unset
    if isinstance(_vat_label, Unset):
        vat_label = UNSET
    else:
        vat_label = ApiLayoutDTOVatLabel._from_json(_vat_label)

    return vat_label


_KNOWN_KEYS = frozenset(
    (
        "accommodationId",
        "vatLabel",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiLayoutDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "accommodation_id" not in seen:
        _set(self, "accommodation_id", d.get("accommodationId", UNSET))
    if "vat_label" not in seen:
        _vat_label = d.get("vatLabel", UNSET)
        vat_label: ApiLayoutDTOVatLabel | Unset
        if isinstance(_vat_label, Unset):
            vat_label = UNSET
        else:
            vat_label = ApiLayoutDTOVatLabel._from_json(_vat_label)

        _set(self, "vat_label", vat_label)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiLayoutDTO._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "accommodation_id": _load_accommodation_id,
        "vat_label": _load_vat_label,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "vat_label",
        "additional_properties",
    ),
    keys={
        "accommodation_id": "accommodationId",
        "vat_label": "vatLabel",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_layout_dto_vat_label import ApiLayoutDTOVatLabel  # noqa: E402
