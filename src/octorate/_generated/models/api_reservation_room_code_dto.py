from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_reservation_room_code_dto_source import ApiReservationRoomCodeDTOSource
from ..types import UNSET, Unset, enum_member


@_attrs_define
class ApiReservationRoomCodeDTO(LazyModel):
    """Object that describe the code assigned to the room

    Attributes:
        pms_product (int | Unset): The PMS product (It means the real room where this code is valid) Example: 1239887.
        reservation (int | Unset): The ID of the reservation (It means this code is valid only for this reservation ID)
            Example: 12365487.
        code (str | Unset): Code to use to open the door Example: 2549.
        rfc_tag_id (str | Unset): RFC Tag ID Example: A-1234324-BBB.
        locked (bool | Unset): If we have (otherwise is null), this is an information regarding if the door is locked or
            not Example: True.
        source (ApiReservationRoomCodeDTOSource | Unset): Source of the generated code: Octorate in case of room assign
            will generate a new code, in case you are assign codes and not using ours, you can consider 'code' field as null
            if source is WebConcierge Example: WEBCONCIERGE.
    """

    pms_product: int | Unset = UNSET
    reservation: int | Unset = UNSET
    code: str | Unset = UNSET
    rfc_tag_id: str | Unset = UNSET
    locked: bool | Unset = UNSET
    source: ApiReservationRoomCodeDTOSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        pms_product = self.pms_product

        reservation = self.reservation

        code = self.code

        rfc_tag_id = self.rfc_tag_id

        locked = self.locked

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pms_product is not UNSET:
            field_dict["pmsProduct"] = pms_product
        if reservation is not UNSET:
            field_dict["reservation"] = reservation
        if code is not UNSET:
            field_dict["code"] = code
        if rfc_tag_id is not UNSET:
            field_dict["rfcTagId"] = rfc_tag_id
        if locked is not UNSET:
            field_dict["locked"] = locked
        if source is not UNSET:
            field_dict["source"] = source

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


def _load_pms_product(d: Mapping[str, Any]) -> int | Unset:
    return d.get("pmsProduct", UNSET)


def _load_reservation(d: Mapping[str, Any]) -> int | Unset:
    return d.get("reservation", UNSET)


def _load_code(d: Mapping[str, Any]) -> str | Unset:
    return d.get("code", UNSET)


def _load_rfc_tag_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("rfcTagId", UNSET)


def _load_locked(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("locked", UNSET)


def _load_source(d: Mapping[str, Any]) -> ApiReservationRoomCodeDTOSource | Unset:
    _source = d.get("source", UNSET)
    source: ApiReservationRoomCodeDTOSource | Unset
    if isinstance(_source, Unset):
        source = UNSET
    else:
        source = enum_member(ApiReservationRoomCodeDTOSource, _source)

    return source


_KNOWN_KEYS = frozenset(
    (
        "pmsProduct",
        "reservation",
        "code",
        "rfcTagId",
        "locked",
        "source",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiReservationRoomCodeDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "pms_product" not in seen:
        _set(self, "pms_product", d.get("pmsProduct", UNSET))
    if "reservation" not in seen:
        _set(self, "reservation", d.get("reservation", UNSET))
    if "code" not in seen:
        _set(self, "code", d.get("code", UNSET))
    if "rfc_tag_id" not in seen:
        _set(self, "rfc_tag_id", d.get("rfcTagId", UNSET))
    if "locked" not in seen:
        _set(self, "locked", d.get("locked", UNSET))
    if "source" not in seen:
        _source = d.get("source", UNSET)
        source: ApiReservationRoomCodeDTOSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = enum_member(ApiReservationRoomCodeDTOSource, _source)

        _set(self, "source", source)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiReservationRoomCodeDTO._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "pms_product": _load_pms_product,
        "reservation": _load_reservation,
        "code": _load_code,
        "rfc_tag_id": _load_rfc_tag_id,
        "locked": _load_locked,
        "source": _load_source,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "pms_product": "pmsProduct",
        "reservation": "reservation",
        "code": "code",
        "rfc_tag_id": "rfcTagId",
        "locked": "locked",
        "source": "source",
    },
)
