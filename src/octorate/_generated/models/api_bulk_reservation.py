from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_reservation_req_dto import ApiReservationReqDTO


@_attrs_define
class ApiBulkReservation(LazyModel):
    """
    Attributes:
        reservations (list[ApiReservationReqDTO] | Unset):
    """

    reservations: list[ApiReservationReqDTO] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        reservations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reservations, Unset):
            reservations = []
            for reservations_item_data in self.reservations:
                reservations_item = reservations_item_data.to_dict()
                reservations.append(reservations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reservations is not UNSET:
            field_dict["reservations"] = reservations

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


def _load_reservations(d: Mapping[str, Any]) -> list[ApiReservationReqDTO] | Unset:
    _reservations = d.get("reservations", UNSET)
    reservations: list[ApiReservationReqDTO] | Unset = UNSET
    if _reservations is not UNSET:
        reservations = ApiReservationReqDTO._from_json_list(_reservations)

    return reservations


_KNOWN_KEYS = frozenset(("reservations",))


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiBulkReservation, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "reservations" not in seen:
        _reservations = d.get("reservations", UNSET)
        reservations: list[ApiReservationReqDTO] | Unset = UNSET
        if _reservations is not UNSET:
            reservations = ApiReservationReqDTO._from_json_list(_reservations)

        _set(self, "reservations", reservations)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiBulkReservation._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "reservations": _load_reservations,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "reservations",
        "additional_properties",
    ),
    keys={
        "reservations": "reservations",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_reservation_req_dto import ApiReservationReqDTO  # noqa: E402
