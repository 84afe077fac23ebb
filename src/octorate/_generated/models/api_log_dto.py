from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_log_dto_reference_type import ApiLogDTOReferenceType
from ..models.api_log_dto_result import ApiLogDTOResult
from ..models.api_log_dto_type import ApiLogDTOType
from ..types import UNSET, Unset, enum_member, parse_datetime

if TYPE_CHECKING:
    from ..models.api_json_patch_dto import ApiJsonPatchDTO


T = TypeVar("T", bound="ApiLogDTO")


@_attrs_define
class ApiLogDTO:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        accommodation_id = d.pop("accommodationId", UNSET)

        user_id = d.pop("userId", UNSET)

        remote_address = d.pop("remoteAddress", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ApiLogDTOType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = enum_member(ApiLogDTOType, _type_)

        _insert_time = d.pop("insertTime", UNSET)
        insert_time: datetime.datetime | Unset
        if isinstance(_insert_time, Unset):
            insert_time = UNSET
        else:
            insert_time = parse_datetime(_insert_time)

        _reference_type = d.pop("referenceType", UNSET)
        reference_type: ApiLogDTOReferenceType | Unset
        if isinstance(_reference_type, Unset):
            reference_type = UNSET
        else:
            reference_type = enum_member(ApiLogDTOReferenceType, _reference_type)

        reference = d.pop("reference", UNSET)

        content = d.pop("content", UNSET)

        snapshot = d.pop("snapshot", UNSET)

        _patches = d.pop("patches", UNSET)
        patches: list[ApiJsonPatchDTO] | Unset = UNSET
        if _patches is not UNSET:
            patches = []
            for patches_item_data in _patches:
                patches_item = ApiJsonPatchDTO.from_dict(patches_item_data)

                patches.append(patches_item)

        label = d.pop("label", UNSET)

        _result = d.pop("result", UNSET)
        result: ApiLogDTOResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = enum_member(ApiLogDTOResult, _result)

        def _parse_reservation_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reservation_id = _parse_reservation_id(d.pop("reservationId", UNSET))

        def _parse_invoice_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        invoice_id = _parse_invoice_id(d.pop("invoiceId", UNSET))

        user_username = d.pop("userUsername", UNSET)

        user_firstname = d.pop("userFirstname", UNSET)

        user_lastname = d.pop("userLastname", UNSET)

        sent_to_prod = d.pop("sentToProd", UNSET)

        sandbox_id = d.pop("sandboxId", UNSET)

        api_log_dto = cls(
            id=id,
            accommodation_id=accommodation_id,
            user_id=user_id,
            remote_address=remote_address,
            type_=type_,
            insert_time=insert_time,
            reference_type=reference_type,
            reference=reference,
            content=content,
            snapshot=snapshot,
            patches=patches,
            label=label,
            result=result,
            reservation_id=reservation_id,
            invoice_id=invoice_id,
            user_username=user_username,
            user_firstname=user_firstname,
            user_lastname=user_lastname,
            sent_to_prod=sent_to_prod,
            sandbox_id=sandbox_id,
        )

        api_log_dto.additional_properties = d
        return api_log_dto

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


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_json_patch_dto import ApiJsonPatchDTO  # noqa: E402
