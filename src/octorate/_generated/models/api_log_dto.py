from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_log_dto_reference_type import ApiLogDTOReferenceType
from ..models.api_log_dto_result import ApiLogDTOResult
from ..models.api_log_dto_type import ApiLogDTOType
from ..types import UNSET, Unset, enum_member, parse_datetime

if TYPE_CHECKING:
    from ..models.api_json_patch_dto import ApiJsonPatchDTO


@_attrs_define
class ApiLogDTO(LazyModel):
    """Get the last log of type PORTAL_ACCEPT

    Attributes:
        id (int | Unset): Reference inside our system Example: 17.
        accommodation_id (str | Unset): The accommodation id Example: 999999.
        user_id (int | Unset): The user id Example: 999999.
        remote_address (str | Unset): The remote address Example: 127.0.0.1.
        type_ (ApiLogDTOType | Unset): The log type Example: USER_LOGIN.
        insert_time (datetime.datetime | Unset): The insert time in UTC (ISO8601) Example: 2023-03-08T13:04:14.85Z.
        reference_type (ApiLogDTOReferenceType | Unset): The reference type Example: GENERIC.
        reference (int | Unset): Reference (id of invoice, id of reservation, etc..) Example: 999999.
        content (str | Unset): The content
        snapshot (str | Unset): A snapshot of the content
        patches (list[ApiJsonPatchDTO] | Unset): The json patch (enriched RFC 6902) tracking the changes of this log
        label (str | Unset): The label
        result (ApiLogDTOResult | Unset): The result Example: EXECUTED.
        reservation_id (int | None | Unset): The reservation id Example: 999999.
        invoice_id (int | None | Unset): The invoice id Example: 999999.
        user_username (str | Unset): Username of the user who performed the action Example: octo_user.
        user_firstname (str | Unset): First name of the user who performed the action Example: Mario.
        user_lastname (str | Unset): Last name of the user who performed the action Example: Rossi.
        sent_to_prod (bool | Unset): Indicates whether the record was originated in a sandbox environment and later
            synchronized to production. NULL = record originally created in production; false = created in sandbox, not yet
            sent to production; true = created in sandbox and already sent to production
        sandbox_id (int | Unset): Original ID of the record initially created in the sandbox environment Example: 12345.
    """

    id: int | Unset = UNSET
    accommodation_id: str | Unset = UNSET
    user_id: int | Unset = UNSET
    remote_address: str | Unset = UNSET
    type_: ApiLogDTOType | Unset = UNSET
    insert_time: datetime.datetime | Unset = UNSET
    reference_type: ApiLogDTOReferenceType | Unset = UNSET
    reference: int | Unset = UNSET
    content: str | Unset = UNSET
    snapshot: str | Unset = UNSET
    patches: list[ApiJsonPatchDTO] | Unset = UNSET
    label: str | Unset = UNSET
    result: ApiLogDTOResult | Unset = UNSET
    reservation_id: int | None | Unset = UNSET
    invoice_id: int | None | Unset = UNSET
    user_username: str | Unset = UNSET
    user_firstname: str | Unset = UNSET
    user_lastname: str | Unset = UNSET
    sent_to_prod: bool | Unset = UNSET
    sandbox_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        id = self.id

        accommodation_id = self.accommodation_id

        user_id = self.user_id

        remote_address = self.remote_address

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        insert_time: str | Unset = UNSET
        if not isinstance(self.insert_time, Unset):
            insert_time = self.insert_time.isoformat()

        reference_type: str | Unset = UNSET
        if not isinstance(self.reference_type, Unset):
            reference_type = self.reference_type.value

        reference = self.reference

        content = self.content

        snapshot = self.snapshot

        patches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.patches, Unset):
            patches = []
            for patches_item_data in self.patches:
                patches_item = patches_item_data.to_dict()
                patches.append(patches_item)

        label = self.label

        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.value

        reservation_id: int | None | Unset
        if isinstance(self.reservation_id, Unset):
            reservation_id = UNSET
        else:
            reservation_id = self.reservation_id

        invoice_id: int | None | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id

        user_username = self.user_username

        user_firstname = self.user_firstname

        user_lastname = self.user_lastname

        sent_to_prod = self.sent_to_prod

        sandbox_id = self.sandbox_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if accommodation_id is not UNSET:
            field_dict["accommodationId"] = accommodation_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if remote_address is not UNSET:
            field_dict["remoteAddress"] = remote_address
        if type_ is not UNSET:
            field_dict["type"] = type_
        if insert_time is not UNSET:
            field_dict["insertTime"] = insert_time
        if reference_type is not UNSET:
            field_dict["referenceType"] = reference_type
        if reference is not UNSET:
            field_dict["reference"] = reference
        if content is not UNSET:
            field_dict["content"] = content
        if snapshot is not UNSET:
            field_dict["snapshot"] = snapshot
        if patches is not UNSET:
            field_dict["patches"] = patches
        if label is not UNSET:
            field_dict["label"] = label
        if result is not UNSET:
            field_dict["result"] = result
        if reservation_id is not UNSET:
            field_dict["reservationId"] = reservation_id
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if user_username is not UNSET:
            field_dict["userUsername"] = user_username
        if user_firstname is not UNSET:
            field_dict["userFirstname"] = user_firstname
        if user_lastname is not UNSET:
            field_dict["userLastname"] = user_lastname
        if sent_to_prod is not UNSET:
            field_dict["sentToProd"] = sent_to_prod
        if sandbox_id is not UNSET:
            field_dict["sandboxId"] = sandbox_id

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


def _load_accommodation_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("accommodationId", UNSET)


def _load_user_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("userId", UNSET)


def _load_remote_address(d: Mapping[str, Any]) -> str | Unset:
    return d.get("remoteAddress", UNSET)


def _load_type_(d: Mapping[str, Any]) -> ApiLogDTOType | Unset:
    _type_ = d.get("type", UNSET)
    type_: ApiLogDTOType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = enum_member(ApiLogDTOType, _type_)

    return type_


def _load_insert_time(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _insert_time = d.get("insertTime", UNSET)
    insert_time: datetime.datetime | Unset
    if isinstance(_insert_time, Unset):
        insert_time = UNSET
    else:
        insert_time = parse_datetime(_insert_time)

    return insert_time


def _load_reference_type(d: Mapping[str, Any]) -> ApiLogDTOReferenceType | Unset:
    _reference_type = d.get("referenceType", UNSET)
    reference_type: ApiLogDTOReferenceType | Unset
    if isinstance(_reference_type, Unset):
        reference_type = UNSET
    else:
        reference_type = enum_member(ApiLogDTOReferenceType, _reference_type)

    return reference_type


def _load_reference(d: Mapping[str, Any]) -> int | Unset:
    return d.get("reference", UNSET)


def _load_content(d: Mapping[str, Any]) -> str | Unset:
    return d.get("content", UNSET)


def _load_snapshot(d: Mapping[str, Any]) -> str | Unset:
    return d.get("snapshot", UNSET)


def _load_patches(d: Mapping[str, Any]) -> list[ApiJsonPatchDTO] | Unset:
    _patches = d.get("patches", UNSET)
    patches: list[ApiJsonPatchDTO] | Unset = UNSET
    if _patches is not UNSET:
        patches = ApiJsonPatchDTO._from_json_list(_patches)

    return patches


def _load_label(d: Mapping[str, Any]) -> str | Unset:
    return d.get("label", UNSET)


def _load_result(d: Mapping[str, Any]) -> ApiLogDTOResult | Unset:
    _result = d.get("result", UNSET)
    result: ApiLogDTOResult | Unset
    if isinstance(_result, Unset):
        result = UNSET
    else:
        result = enum_member(ApiLogDTOResult, _result)

    return result


def _load_reservation_id(d: Mapping[str, Any]) -> int | None | Unset:
    def _parse_reservation_id(data: object) -> int | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(int | None | Unset, data)

    reservation_id = _parse_reservation_id(d.get("reservationId", UNSET))

    return reservation_id


def _load_invoice_id(d: Mapping[str, Any]) -> int | None | Unset:
    def _parse_invoice_id(data: object) -> int | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(int | None | Unset, data)

    invoice_id = _parse_invoice_id(d.get("invoiceId", UNSET))

    return invoice_id


def _load_user_username(d: Mapping[str, Any]) -> str | Unset:
    return d.get("userUsername", UNSET)


def _load_user_firstname(d: Mapping[str, Any]) -> str | Unset:
    return d.get("userFirstname", UNSET)


def _load_user_lastname(d: Mapping[str, Any]) -> str | Unset:
    return d.get("userLastname", UNSET)


def _load_sent_to_prod(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("sentToProd", UNSET)


def _load_sandbox_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("sandboxId", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "id",
        "accommodationId",
        "userId",
        "remoteAddress",
        "type",
        "insertTime",
        "referenceType",
        "reference",
        "content",
        "snapshot",
        "patches",
        "label",
        "result",
        "reservationId",
        "invoiceId",
        "userUsername",
        "userFirstname",
        "userLastname",
        "sentToProd",
        "sandboxId",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiLogDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "accommodation_id" not in seen:
        _set(self, "accommodation_id", d.get("accommodationId", UNSET))
    if "user_id" not in seen:
        _set(self, "user_id", d.get("userId", UNSET))
    if "remote_address" not in seen:
        _set(self, "remote_address", d.get("remoteAddress", UNSET))
    if "type_" not in seen:
        _type_ = d.get("type", UNSET)
        type_: ApiLogDTOType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(ApiLogDTOType, _type_)

        _set(self, "type_", type_)
    if "insert_time" not in seen:
        _insert_time = d.get("insertTime", UNSET)
        insert_time: datetime.datetime | Unset
        if isinstance(_insert_time, Unset):
            insert_time = UNSET
        else:
            insert_time = parse_datetime(_insert_time)

        _set(self, "insert_time", insert_time)
    if "reference_type" not in seen:
        _reference_type = d.get("referenceType", UNSET)
        reference_type: ApiLogDTOReferenceType | Unset
        if isinstance(_reference_type, Unset):
            reference_type = UNSET
        else:
            reference_type = enum_member(ApiLogDTOReferenceType, _reference_type)

        _set(self, "reference_type", reference_type)
    if "reference" not in seen:
        _set(self, "reference", d.get("reference", UNSET))
    if "content" not in seen:
        _set(self, "content", d.get("content", UNSET))
    if "snapshot" not in seen:
        _set(self, "snapshot", d.get("snapshot", UNSET))
    if "patches" not in seen:
        _patches = d.get("patches", UNSET)
        patches: list[ApiJsonPatchDTO] | Unset = UNSET
        if _patches is not UNSET:
            patches = ApiJsonPatchDTO._from_json_list(_patches)

        _set(self, "patches", patches)
    if "label" not in seen:
        _set(self, "label", d.get("label", UNSET))
    if "result" not in seen:
        _result = d.get("result", UNSET)
        result: ApiLogDTOResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = enum_member(ApiLogDTOResult, _result)

        _set(self, "result", result)
    if "reservation_id" not in seen:

        def _parse_reservation_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reservation_id = _parse_reservation_id(d.get("reservationId", UNSET))

        _set(self, "reservation_id", reservation_id)
    if "invoice_id" not in seen:

        def _parse_invoice_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        invoice_id = _parse_invoice_id(d.get("invoiceId", UNSET))

        _set(self, "invoice_id", invoice_id)
    if "user_username" not in seen:
        _set(self, "user_username", d.get("userUsername", UNSET))
    if "user_firstname" not in seen:
        _set(self, "user_firstname", d.get("userFirstname", UNSET))
    if "user_lastname" not in seen:
        _set(self, "user_lastname", d.get("userLastname", UNSET))
    if "sent_to_prod" not in seen:
        _set(self, "sent_to_prod", d.get("sentToProd", UNSET))
    if "sandbox_id" not in seen:
        _set(self, "sandbox_id", d.get("sandboxId", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiLogDTO._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "id": _load_id,
        "accommodation_id": _load_accommodation_id,
        "user_id": _load_user_id,
        "remote_address": _load_remote_address,
        "type_": _load_type_,
        "insert_time": _load_insert_time,
        "reference_type": _load_reference_type,
        "reference": _load_reference,
        "content": _load_content,
        "snapshot": _load_snapshot,
        "patches": _load_patches,
        "label": _load_label,
        "result": _load_result,
        "reservation_id": _load_reservation_id,
        "invoice_id": _load_invoice_id,
        "user_username": _load_user_username,
        "user_firstname": _load_user_firstname,
        "user_lastname": _load_user_lastname,
        "sent_to_prod": _load_sent_to_prod,
        "sandbox_id": _load_sandbox_id,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "patches",
        "reservation_id",
        "invoice_id",
        "additional_properties",
    ),
    keys={
        "id": "id",
        "accommodation_id": "accommodationId",
        "user_id": "userId",
        "remote_address": "remoteAddress",
        "type_": "type",
        "insert_time": "insertTime",
        "reference_type": "referenceType",
        "reference": "reference",
        "content": "content",
        "snapshot": "snapshot",
        "patches": "patches",
        "label": "label",
        "result": "result",
        "reservation_id": "reservationId",
        "invoice_id": "invoiceId",
        "user_username": "userUsername",
        "user_firstname": "userFirstname",
        "user_lastname": "userLastname",
        "sent_to_prod": "sentToProd",
        "sandbox_id": "sandboxId",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_json_patch_dto import ApiJsonPatchDTO  # noqa: E402
