from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.octorate_amount import OctorateAmount
    from ..models.octorate_child_age import OctorateChildAge


@_attrs_define
class OctorateConfiguration(LazyModel):
    """
    Attributes:
        amount (OctorateAmount | Unset):
        child_ages (list[OctorateChildAge] | Unset):
        excluded (bool | Unset):
    """

    amount: OctorateAmount | Unset = UNSET
    child_ages: list[OctorateChildAge] | Unset = UNSET
    excluded: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        child_ages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.child_ages, Unset):
            child_ages = []
            for child_ages_item_data in self.child_ages:
                child_ages_item = child_ages_item_data.to_dict()
                child_ages.append(child_ages_item)

        excluded = self.excluded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if child_ages is not UNSET:
            field_dict["childAges"] = child_ages
        if excluded is not UNSET:
            field_dict["excluded"] = excluded

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


def _load_amount(d: Mapping[str, Any]) -> OctorateAmount | Unset:
    _amount = d.get("amount", UNSET)
    amount: OctorateAmount | Unset
    if isinstance(_amount, Unset):
        amount = UNSET
    else:
        amount = OctorateAmount._from_json(_amount)

    return amount


def _load_child_ages(d: Mapping[str, Any]) -> list[OctorateChildAge] | Unset:
    _child_ages = d.get("childAges", UNSET)
    child_ages: list[OctorateChildAge] | Unset = UNSET
    if _child_ages is not UNSET:
        child_ages = OctorateChildAge._from_json_list(_child_ages)

    return child_ages


def _load_excluded(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("excluded", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "amount",
        "childAges",
        "excluded",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: OctorateConfiguration, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "amount" not in seen:
        _amount = d.get("amount", UNSET)
        amount: OctorateAmount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = OctorateAmount._from_json(_amount)

        _set(self, "amount", amount)
    if "child_ages" not in seen:
        _child_ages = d.get("childAges", UNSET)
        child_ages: list[OctorateChildAge] | Unset = UNSET
        if _child_ages is not UNSET:
            child_ages = OctorateChildAge._from_json_list(_child_ages)

        _set(self, "child_ages", child_ages)
    if "excluded" not in seen:
        _set(self, "excluded", d.get("excluded", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


OctorateConfiguration._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "amount": _load_amount,
        "child_ages": _load_child_ages,
        "excluded": _load_excluded,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "amount",
        "child_ages",
        "additional_properties",
    ),
    keys={
        "amount": "amount",
        "child_ages": "childAges",
        "excluded": "excluded",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.octorate_amount import OctorateAmount  # noqa: E402
from ..models.octorate_child_age import OctorateChildAge  # noqa: E402
