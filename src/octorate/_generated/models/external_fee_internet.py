from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.content_code_mapping import ContentCodeMapping


@_attrs_define
class ExternalFeeInternet(LazyModel):
    """Description for the internet fee

    Attributes:
        internet_type (ContentCodeMapping | Unset):
        internet_coverage (ContentCodeMapping | Unset):
    """

    internet_type: ContentCodeMapping | Unset = UNSET
    internet_coverage: ContentCodeMapping | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_internet_type(d: Mapping[str, Any]) -> ContentCodeMapping | Unset:
    _internet_type = d.get("internetType", UNSET)
    internet_type: ContentCodeMapping | Unset
    if isinstance(_internet_type, Unset):
        internet_type = UNSET
    else:
        internet_type = ContentCodeMapping._from_json(_internet_type)

    return internet_type


def _load_internet_coverage(d: Mapping[str, Any]) -> ContentCodeMapping | Unset:
    _internet_coverage = d.get("internetCoverage", UNSET)
    internet_coverage: ContentCodeMapping | Unset
    if isinstance(_internet_coverage, Unset):
        internet_coverage = UNSET
    else:
        internet_coverage = ContentCodeMapping._from_json(_internet_coverage)

    return internet_coverage


_KNOWN_KEYS = frozenset(
    (
        "internetType",
        "internetCoverage",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ExternalFeeInternet, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "internet_type" not in seen:
        _internet_type = d.get("internetType", UNSET)
        internet_type: ContentCodeMapping | Unset
        if isinstance(_internet_type, Unset):
            internet_type = UNSET
        else:
            internet_type = ContentCodeMapping._from_json(_internet_type)

        _set(self, "internet_type", internet_type)
    if "internet_coverage" not in seen:
        _internet_coverage = d.get("internetCoverage", UNSET)
        internet_coverage: ContentCodeMapping | Unset
        if isinstance(_internet_coverage, Unset):
            internet_coverage = UNSET
        else:
            internet_coverage = ContentCodeMapping._from_json(_internet_coverage)

        _set(self, "internet_coverage", internet_coverage)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ExternalFeeInternet._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "internet_type": _load_internet_type,
        "internet_coverage": _load_internet_coverage,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "internet_type",
        "internet_coverage",
        "additional_properties",
    ),
    keys={
        "internet_type": "internetType",
        "internet_coverage": "internetCoverage",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.content_code_mapping import ContentCodeMapping  # noqa: E402
