from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.external_cancellation_policy_code_type import ExternalCancellationPolicyCodeType
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.content_code_mapping import ContentCodeMapping
    from ..models.external_cancellation_policy_deadline import ExternalCancellationPolicyDeadline
    from ..models.octorate_property_charge import OctoratePropertyCharge


@_attrs_define
class ExternalCancellationPolicy(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_portal_value(d: Mapping[str, Any]) -> str:
    return d["portalValue"]


def _load_apply_on_deposit(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("applyOnDeposit", UNSET)


def _load_deadline(d: Mapping[str, Any]) -> ExternalCancellationPolicyDeadline | Unset:
    _deadline = d.get("deadline", UNSET)
    deadline: ExternalCancellationPolicyDeadline | Unset
    if isinstance(_deadline, Unset):
        deadline = UNSET
    else:
        deadline = ExternalCancellationPolicyDeadline._from_json(_deadline)

    return deadline


def _load_after_reservation(d: Mapping[str, Any]) -> float | Unset:
    return d.get("afterReservation", UNSET)


def _load_after_deadline(d: Mapping[str, Any]) -> float | Unset:
    return d.get("afterDeadline", UNSET)


def _load_apply_after_nights(d: Mapping[str, Any]) -> int | Unset:
    return d.get("applyAfterNights", UNSET)


def _load_external_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("externalId", UNSET)


def _load_deletable(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("deletable", UNSET)


def _load_inclusive(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("inclusive", UNSET)


def _load_code_type(d: Mapping[str, Any]) -> ExternalCancellationPolicyCodeType | Unset:
    _code_type = d.get("codeType", UNSET)
    code_type: ExternalCancellationPolicyCodeType | Unset
    if isinstance(_code_type, Unset):
        code_type = UNSET
    else:
        code_type = enum_member(ExternalCancellationPolicyCodeType, _code_type)

    return code_type


def _load_editable(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("editable", UNSET)


def _load_deadline_hours(d: Mapping[str, Any]) -> int | Unset:
    return d.get("deadlineHours", UNSET)


def _load_fake_value(d: Mapping[str, Any]) -> ContentCodeMapping | Unset:
    _fake_value = d.get("fakeValue", UNSET)
    fake_value: ContentCodeMapping | Unset
    if isinstance(_fake_value, Unset):
        fake_value = UNSET
    else:
        fake_value = ContentCodeMapping._from_json(_fake_value)

    return fake_value


def _load_property_charge(d: Mapping[str, Any]) -> OctoratePropertyCharge | Unset:
    _property_charge = d.get("propertyCharge", UNSET)
    property_charge: OctoratePropertyCharge | Unset
    if isinstance(_property_charge, Unset):
        property_charge = UNSET
    else:
        property_charge = OctoratePropertyCharge._from_json(_property_charge)

    return property_charge


_KNOWN_KEYS = frozenset(
    (
        "portalValue",
        "applyOnDeposit",
        "deadline",
        "afterReservation",
        "afterDeadline",
        "applyAfterNights",
        "externalId",
        "deletable",
        "inclusive",
        "codeType",
        "editable",
        "deadlineHours",
        "fakeValue",
        "propertyCharge",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ExternalCancellationPolicy, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "portal_value" not in seen:
        _set(self, "portal_value", d["portalValue"])
    if "apply_on_deposit" not in seen:
        _set(self, "apply_on_deposit", d.get("applyOnDeposit", UNSET))
    if "deadline" not in seen:
        _deadline = d.get("deadline", UNSET)
        deadline: ExternalCancellationPolicyDeadline | Unset
        if isinstance(_deadline, Unset):
            deadline = UNSET
        else:
            deadline = ExternalCancellationPolicyDeadline._from_json(_deadline)

        _set(self, "deadline", deadline)
    if "after_reservation" not in seen:
        _set(self, "after_reservation", d.get("afterReservation", UNSET))
    if "after_deadline" not in seen:
        _set(self, "after_deadline", d.get("afterDeadline", UNSET))
    if "apply_after_nights" not in seen:
        _set(self, "apply_after_nights", d.get("applyAfterNights", UNSET))
    if "external_id" not in seen:
        _set(self, "external_id", d.get("externalId", UNSET))
    if "deletable" not in seen:
        _set(self, "deletable", d.get("deletable", UNSET))
    if "inclusive" not in seen:
        _set(self, "inclusive", d.get("inclusive", UNSET))
    if "code_type" not in seen:
        _code_type = d.get("codeType", UNSET)
        code_type: ExternalCancellationPolicyCodeType | Unset
        if isinstance(_code_type, Unset):
            code_type = UNSET
        else:
            code_type = enum_member(ExternalCancellationPolicyCodeType, _code_type)

        _set(self, "code_type", code_type)
    if "editable" not in seen:
        _set(self, "editable", d.get("editable", UNSET))
    if "deadline_hours" not in seen:
        _set(self, "deadline_hours", d.get("deadlineHours", UNSET))
    if "fake_value" not in seen:
        _fake_value = d.get("fakeValue", UNSET)
        fake_value: ContentCodeMapping | Unset
        if isinstance(_fake_value, Unset):
            fake_value = UNSET
        else:
            fake_value = ContentCodeMapping._from_json(_fake_value)

        _set(self, "fake_value", fake_value)
    if "property_charge" not in seen:
        _property_charge = d.get("propertyCharge", UNSET)
        property_charge: OctoratePropertyCharge | Unset
        if isinstance(_property_charge, Unset):
            property_charge = UNSET
        else:
            property_charge = OctoratePropertyCharge._from_json(_property_charge)

        _set(self, "property_charge", property_charge)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ExternalCancellationPolicy._octorate_fields = FieldTable(
    required=frozenset(("portalValue",)),
    loaders={
        "portal_value": _load_portal_value,
        "apply_on_deposit": _load_apply_on_deposit,
        "deadline": _load_deadline,
        "after_reservation": _load_after_reservation,
        "after_deadline": _load_after_deadline,
        "apply_after_nights": _load_apply_after_nights,
        "external_id": _load_external_id,
        "deletable": _load_deletable,
        "inclusive": _load_inclusive,
        "code_type": _load_code_type,
        "editable": _load_editable,
        "deadline_hours": _load_deadline_hours,
        "fake_value": _load_fake_value,
        "property_charge": _load_property_charge,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "deadline",
        "fake_value",
        "property_charge",
        "additional_properties",
    ),
    keys={
        "portal_value": "portalValue",
        "apply_on_deposit": "applyOnDeposit",
        "deadline": "deadline",
        "after_reservation": "afterReservation",
        "after_deadline": "afterDeadline",
        "apply_after_nights": "applyAfterNights",
        "external_id": "externalId",
        "deletable": "deletable",
        "inclusive": "inclusive",
        "code_type": "codeType",
        "editable": "editable",
        "deadline_hours": "deadlineHours",
        "fake_value": "fakeValue",
        "property_charge": "propertyCharge",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.content_code_mapping import ContentCodeMapping  # noqa: E402
from ..models.external_cancellation_policy_deadline import ExternalCancellationPolicyDeadline  # noqa: E402
from ..models.octorate_property_charge import OctoratePropertyCharge  # noqa: E402
