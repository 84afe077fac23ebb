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
class ExternalFeeParking(LazyModel):
    """Parking details

    Attributes:
        need_reservation (bool | Unset):
        public_area (bool | Unset):
        parking_type (ContentCodeMapping | Unset):
    """

    need_reservation: bool | Unset = UNSET
    public_area: bool | Unset = UNSET
    parking_type: ContentCodeMapping | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        need_reservation = self.need_reservation

        public_area = self.public_area

        parking_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parking_type, Unset):
            parking_type = self.parking_type.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if need_reservation is not UNSET:
            field_dict["needReservation"] = need_reservation
        if public_area is not UNSET:
            field_dict["publicArea"] = public_area
        if parking_type is not UNSET:
            field_dict["parkingType"] = parking_type

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


def _load_need_reservation(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("needReservation", UNSET)


def _load_public_area(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("publicArea", UNSET)


def _load_parking_type(d: Mapping[str, Any]) -> ContentCodeMapping | Unset:
    _parking_type = d.get("parkingType", UNSET)
    parking_type: ContentCodeMapping | Unset
    if isinstance(_parking_type, Unset):
        parking_type = UNSET
    else:
        parking_type = ContentCodeMapping._from_json(_parking_type)

    return parking_type


_KNOWN_KEYS = frozenset(
    (
        "needReservation",
        "publicArea",
        "parkingType",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ExternalFeeParking, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "need_reservation" not in seen:
        _set(self, "need_reservation", d.get("needReservation", UNSET))
    if "public_area" not in seen:
        _set(self, "public_area", d.get("publicArea", UNSET))
    if "parking_type" not in seen:
        _parking_type = d.get("parkingType", UNSET)
        parking_type: ContentCodeMapping | Unset
        if isinstance(_parking_type, Unset):
            parking_type = UNSET
        else:
            parking_type = ContentCodeMapping._from_json(_parking_type)

        _set(self, "parking_type", parking_type)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ExternalFeeParking._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "need_reservation": _load_need_reservation,
        "public_area": _load_public_area,
        "parking_type": _load_parking_type,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "parking_type",
        "additional_properties",
    ),
    keys={
        "need_reservation": "needReservation",
        "public_area": "publicArea",
        "parking_type": "parkingType",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.content_code_mapping import ContentCodeMapping  # noqa: E402
