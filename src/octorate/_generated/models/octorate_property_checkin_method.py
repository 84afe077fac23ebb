from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.octorate_property_checkin_method_code_type import (
    OctoratePropertyCheckinMethodCodeType,
)
from ..models.octorate_property_checkin_method_configuration import (
    OctoratePropertyCheckinMethodConfiguration,
)
from ..models.octorate_property_checkin_method_model import OctoratePropertyCheckinMethodModel
from ..models.octorate_property_checkin_method_stream_variation_name import (
    OctoratePropertyCheckinMethodStreamVariationName,
)
from ..models.octorate_property_checkin_method_value_type import (
    OctoratePropertyCheckinMethodValueType,
)
from ..models.portal_names import PortalNames
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.octorate_property_charge import OctoratePropertyCharge
    from ..models.octorate_property_checkin_additional_info import (
        OctoratePropertyCheckinAdditionalInfo,
    )
    from ..models.octorate_property_checkin_external_reference import (
        OctoratePropertyCheckinExternalReference,
    )


T = TypeVar("T", bound="OctoratePropertyCheckinMethod")


@_attrs_define
class OctoratePropertyCheckinMethod:
    """
    Attributes:
        portal (PortalNames | Unset):  Example: AIRBNB.
        stream_variation_name (OctoratePropertyCheckinMethodStreamVariationName | Unset):
        portal_value (str | Unset):
        additional_info (OctoratePropertyCheckinAdditionalInfo | Unset):
        external_references (list[OctoratePropertyCheckinExternalReference] | Unset):
        editable (bool | Unset):
        model (OctoratePropertyCheckinMethodModel | Unset):
        inclusive (bool | Unset):
        code_type (OctoratePropertyCheckinMethodCodeType | Unset):
        value_type (OctoratePropertyCheckinMethodValueType | Unset):
        amount (float | Unset):
        configuration (OctoratePropertyCheckinMethodConfiguration | Unset):
        deletable (bool | Unset):
        property_charge (OctoratePropertyCharge | Unset):
    """

    portal: PortalNames | Unset = UNSET
    stream_variation_name: OctoratePropertyCheckinMethodStreamVariationName | Unset = UNSET
    portal_value: str | Unset = UNSET
    additional_info: OctoratePropertyCheckinAdditionalInfo | Unset = UNSET
    external_references: list[OctoratePropertyCheckinExternalReference] | Unset = UNSET
    editable: bool | Unset = UNSET
    model: OctoratePropertyCheckinMethodModel | Unset = UNSET
    inclusive: bool | Unset = UNSET
    code_type: OctoratePropertyCheckinMethodCodeType | Unset = UNSET
    value_type: OctoratePropertyCheckinMethodValueType | Unset = UNSET
    amount: float | Unset = UNSET
    configuration: OctoratePropertyCheckinMethodConfiguration | Unset = UNSET
    deletable: bool | Unset = UNSET
    property_charge: OctoratePropertyCharge | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        portal: str | Unset = UNSET
        if not isinstance(self.portal, Unset):
            portal = self.portal.value

        stream_variation_name: str | Unset = UNSET
        if not isinstance(self.stream_variation_name, Unset):
            stream_variation_name = self.stream_variation_name.value

        portal_value = self.portal_value

        additional_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = self.additional_info.to_dict()

        external_references: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_references, Unset):
            external_references = []
            for external_references_item_data in self.external_references:
                external_references_item = external_references_item_data.to_dict()
                external_references.append(external_references_item)

        editable = self.editable

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.value

        inclusive = self.inclusive

        code_type: str | Unset = UNSET
        if not isinstance(self.code_type, Unset):
            code_type = self.code_type.value

        value_type: str | Unset = UNSET
        if not isinstance(self.value_type, Unset):
            value_type = self.value_type.value

        amount = self.amount

        configuration: str | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.value

        deletable = self.deletable

        property_charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.property_charge, Unset):
            property_charge = self.property_charge.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if portal is not UNSET:
            field_dict["portal"] = portal
        if stream_variation_name is not UNSET:
            field_dict["streamVariationName"] = stream_variation_name
        if portal_value is not UNSET:
            field_dict["portalValue"] = portal_value
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info
        if external_references is not UNSET:
            field_dict["externalReferences"] = external_references
        if editable is not UNSET:
            field_dict["editable"] = editable
        if model is not UNSET:
            field_dict["model"] = model
        if inclusive is not UNSET:
            field_dict["inclusive"] = inclusive
        if code_type is not UNSET:
            field_dict["codeType"] = code_type
        if value_type is not UNSET:
            field_dict["valueType"] = value_type
        if amount is not UNSET:
            field_dict["amount"] = amount
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if deletable is not UNSET:
            field_dict["deletable"] = deletable
        if property_charge is not UNSET:
            field_dict["propertyCharge"] = property_charge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _portal = d.pop("portal", UNSET)
        portal: PortalNames | Unset
        if isinstance(_portal, Unset):
            portal = UNSET
        else:
            portal = enum_member(PortalNames, _portal)

        _stream_variation_name = d.pop("streamVariationName", UNSET)
        stream_variation_name: OctoratePropertyCheckinMethodStreamVariationName | Unset
        if isinstance(_stream_variation_name, Unset):
            stream_variation_name = UNSET
        else:
            stream_variation_name = enum_member(
                OctoratePropertyCheckinMethodStreamVariationName, _stream_variation_name
            )

        portal_value = d.pop("portalValue", UNSET)

        _additional_info = d.pop("additionalInfo", UNSET)
        additional_info: OctoratePropertyCheckinAdditionalInfo | Unset
        if isinstance(_additional_info, Unset):
            additional_info = UNSET
        else:
            additional_info = OctoratePropertyCheckinAdditionalInfo.from_dict(_additional_info)

        _external_references = d.pop("externalReferences", UNSET)
        external_references: list[OctoratePropertyCheckinExternalReference] | Unset = UNSET
        if _external_references is not UNSET:
            external_references = []
            for external_references_item_data in _external_references:
                external_references_item = OctoratePropertyCheckinExternalReference.from_dict(
                    external_references_item_data
                )

                external_references.append(external_references_item)

        editable = d.pop("editable", UNSET)

        _model = d.pop("model", UNSET)
        model: OctoratePropertyCheckinMethodModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = enum_member(OctoratePropertyCheckinMethodModel, _model)

        inclusive = d.pop("inclusive", UNSET)

        _code_type = d.pop("codeType", UNSET)
        code_type: OctoratePropertyCheckinMethodCodeType | Unset
        if isinstance(_code_type, Unset):
            code_type = UNSET
        else:
            code_type = enum_member(OctoratePropertyCheckinMethodCodeType, _code_type)

        _value_type = d.pop("valueType", UNSET)
        value_type: OctoratePropertyCheckinMethodValueType | Unset
        if isinstance(_value_type, Unset):
            value_type = UNSET
        else:
            value_type = enum_member(OctoratePropertyCheckinMethodValueType, _value_type)

        amount = d.pop("amount", UNSET)

        _configuration = d.pop("configuration", UNSET)
        configuration: OctoratePropertyCheckinMethodConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = enum_member(OctoratePropertyCheckinMethodConfiguration, _configuration)

        deletable = d.pop("deletable", UNSET)

        _property_charge = d.pop("propertyCharge", UNSET)
        property_charge: OctoratePropertyCharge | Unset
        if isinstance(_property_charge, Unset):
            property_charge = UNSET
        else:
            property_charge = OctoratePropertyCharge.from_dict(_property_charge)

        octorate_property_checkin_method = cls(
            portal=portal,
            stream_variation_name=stream_variation_name,
            portal_value=portal_value,
            additional_info=additional_info,
            external_references=external_references,
            editable=editable,
            model=model,
            inclusive=inclusive,
            code_type=code_type,
            value_type=value_type,
            amount=amount,
            configuration=configuration,
            deletable=deletable,
            property_charge=property_charge,
        )

        octorate_property_checkin_method.additional_properties = d
        return octorate_property_checkin_method

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
from ..models.octorate_property_charge import OctoratePropertyCharge  # noqa: E402
from ..models.octorate_property_checkin_additional_info import OctoratePropertyCheckinAdditionalInfo  # noqa: E402
from ..models.octorate_property_checkin_external_reference import (
    OctoratePropertyCheckinExternalReference,  # noqa: E402
)
