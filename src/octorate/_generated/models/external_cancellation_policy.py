from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.external_cancellation_policy_code_type import ExternalCancellationPolicyCodeType
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.content_code_mapping import ContentCodeMapping
    from ..models.external_cancellation_policy_deadline import ExternalCancellationPolicyDeadline
    from ..models.octorate_property_charge import OctoratePropertyCharge


T = TypeVar("T", bound="ExternalCancellationPolicy")


@_attrs_define
class ExternalCancellationPolicy:
    """Representation of the current cancellation policies for the deposit amount

    Attributes:
        portal_value (str): Portal value that's described by the relative meta
        apply_on_deposit (bool | Unset): Whether apply on deposit or not
        deadline (ExternalCancellationPolicyDeadline | Unset): The deadline in  duration format  Example: PT96H.
        after_reservation (float | Unset): Percent to apply after guest should have done the checkin
        after_deadline (float | Unset): Percent to apply after the deadline
        apply_after_nights (int | Unset): After how many nights is applied?
        external_id (str | Unset): External Id assigned from the portal
        deletable (bool | Unset):
        inclusive (bool | Unset):
        code_type (ExternalCancellationPolicyCodeType | Unset):
        editable (bool | Unset):
        deadline_hours (int | Unset):
        fake_value (ContentCodeMapping | Unset):
        property_charge (OctoratePropertyCharge | Unset):
    """

    portal_value: str
    apply_on_deposit: bool | Unset = UNSET
    deadline: ExternalCancellationPolicyDeadline | Unset = UNSET
    after_reservation: float | Unset = UNSET
    after_deadline: float | Unset = UNSET
    apply_after_nights: int | Unset = UNSET
    external_id: str | Unset = UNSET
    deletable: bool | Unset = UNSET
    inclusive: bool | Unset = UNSET
    code_type: ExternalCancellationPolicyCodeType | Unset = UNSET
    editable: bool | Unset = UNSET
    deadline_hours: int | Unset = UNSET
    fake_value: ContentCodeMapping | Unset = UNSET
    property_charge: OctoratePropertyCharge | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        portal_value = self.portal_value

        apply_on_deposit = self.apply_on_deposit

        deadline: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deadline, Unset):
            deadline = self.deadline.to_dict()

        after_reservation = self.after_reservation

        after_deadline = self.after_deadline

        apply_after_nights = self.apply_after_nights

        external_id = self.external_id

        deletable = self.deletable

        inclusive = self.inclusive

        code_type: str | Unset = UNSET
        if not isinstance(self.code_type, Unset):
            code_type = self.code_type.value

        editable = self.editable

        deadline_hours = self.deadline_hours

        fake_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fake_value, Unset):
            fake_value = self.fake_value.to_dict()

        property_charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.property_charge, Unset):
            property_charge = self.property_charge.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "portalValue": portal_value,
            }
        )
        if apply_on_deposit is not UNSET:
            field_dict["applyOnDeposit"] = apply_on_deposit
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if after_reservation is not UNSET:
            field_dict["afterReservation"] = after_reservation
        if after_deadline is not UNSET:
            field_dict["afterDeadline"] = after_deadline
        if apply_after_nights is not UNSET:
            field_dict["applyAfterNights"] = apply_after_nights
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if deletable is not UNSET:
            field_dict["deletable"] = deletable
        if inclusive is not UNSET:
            field_dict["inclusive"] = inclusive
        if code_type is not UNSET:
            field_dict["codeType"] = code_type
        if editable is not UNSET:
            field_dict["editable"] = editable
        if deadline_hours is not UNSET:
            field_dict["deadlineHours"] = deadline_hours
        if fake_value is not UNSET:
            field_dict["fakeValue"] = fake_value
        if property_charge is not UNSET:
            field_dict["propertyCharge"] = property_charge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        portal_value = d.pop("portalValue")

        apply_on_deposit = d.pop("applyOnDeposit", UNSET)

        _deadline = d.pop("deadline", UNSET)
        deadline: ExternalCancellationPolicyDeadline | Unset
        if isinstance(_deadline, Unset):
            deadline = UNSET
        else:
            deadline = ExternalCancellationPolicyDeadline.from_dict(_deadline)

        after_reservation = d.pop("afterReservation", UNSET)

        after_deadline = d.pop("afterDeadline", UNSET)

        apply_after_nights = d.pop("applyAfterNights", UNSET)

        external_id = d.pop("externalId", UNSET)

        deletable = d.pop("deletable", UNSET)

        inclusive = d.pop("inclusive", UNSET)

        _code_type = d.pop("codeType", UNSET)
        code_type: ExternalCancellationPolicyCodeType | Unset
        if isinstance(_code_type, Unset):
            code_type = UNSET
        else:
            code_type = enum_member(ExternalCancellationPolicyCodeType, _code_type)

        editable = d.pop("editable", UNSET)

        deadline_hours = d.pop("deadlineHours", UNSET)

        _fake_value = d.pop("fakeValue", UNSET)
        fake_value: ContentCodeMapping | Unset
        if isinstance(_fake_value, Unset):
            fake_value = UNSET
        else:
            fake_value = ContentCodeMapping.from_dict(_fake_value)

        _property_charge = d.pop("propertyCharge", UNSET)
        property_charge: OctoratePropertyCharge | Unset
        if isinstance(_property_charge, Unset):
            property_charge = UNSET
        else:
            property_charge = OctoratePropertyCharge.from_dict(_property_charge)

        external_cancellation_policy = cls(
            portal_value=portal_value,
            apply_on_deposit=apply_on_deposit,
            deadline=deadline,
            after_reservation=after_reservation,
            after_deadline=after_deadline,
            apply_after_nights=apply_after_nights,
            external_id=external_id,
            deletable=deletable,
            inclusive=inclusive,
            code_type=code_type,
            editable=editable,
            deadline_hours=deadline_hours,
            fake_value=fake_value,
            property_charge=property_charge,
        )

        external_cancellation_policy.additional_properties = d
        return external_cancellation_policy

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
from ..models.content_code_mapping import ContentCodeMapping  # noqa: E402
from ..models.external_cancellation_policy_deadline import ExternalCancellationPolicyDeadline  # noqa: E402
from ..models.octorate_property_charge import OctoratePropertyCharge  # noqa: E402
