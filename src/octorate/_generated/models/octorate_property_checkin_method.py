from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
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


@_attrs_define
class OctoratePropertyCheckinMethod(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_portal(d: Mapping[str, Any]) -> PortalNames | Unset:
    _portal = d.get("portal", UNSET)
    portal: PortalNames | Unset
    if isinstance(_portal, Unset):
        portal = UNSET
    else:
        portal = enum_member(PortalNames, _portal)

    return portal


def _load_stream_variation_name(
    d: Mapping[str, Any],
) -> OctoratePropertyCheckinMethodStreamVariationName | Unset:
    _stream_variation_name = d.get("streamVariationName", UNSET)
    stream_variation_name: OctoratePropertyCheckinMethodStreamVariationName | Unset
    if isinstance(_stream_variation_name, Unset):
        stream_variation_name = UNSET
    else:
        stream_variation_name = enum_member(
            OctoratePropertyCheckinMethodStreamVariationName, _stream_variation_name
        )

    return stream_variation_name


def _load_portal_value(d: Mapping[str, Any]) -> str | Unset:
    return d.get("portalValue", UNSET)


def _load_additional_info(d: Mapping[str, Any]) -> OctoratePropertyCheckinAdditionalInfo | Unset:
    _additional_info = d.get("additionalInfo", UNSET)
    additional_info: OctoratePropertyCheckinAdditionalInfo | Unset
    if isinstance(_additional_info, Unset):
        additional_info = UNSET
    else:
        additional_info = OctoratePropertyCheckinAdditionalInfo._from_json(_additional_info)

    return additional_info


def _load_external_references(
    d: Mapping[str, Any],
) -> list[OctoratePropertyCheckinExternalReference] | Unset:
    _external_references = d.get("externalReferences", UNSET)
    external_references: list[OctoratePropertyCheckinExternalReference] | Unset = UNSET
    if _external_references is not UNSET:
        external_references = OctoratePropertyCheckinExternalReference._from_json_list(
            _external_references
        )

    return external_references


def _load_editable(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("editable", UNSET)


def _load_model(d: Mapping[str, Any]) -> OctoratePropertyCheckinMethodModel | Unset:
    _model = d.get("model", UNSET)
    model: OctoratePropertyCheckinMethodModel | Unset
    if isinstance(_model, Unset):
        model = UNSET
    else:
        model = enum_member(OctoratePropertyCheckinMethodModel, _model)

    return model


def _load_inclusive(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("inclusive", UNSET)


def _load_code_type(d: Mapping[str, Any]) -> OctoratePropertyCheckinMethodCodeType | Unset:
    _code_type = d.get("codeType", UNSET)
    code_type: OctoratePropertyCheckinMethodCodeType | Unset
    if isinstance(_code_type, Unset):
        code_type = UNSET
    else:
        code_type = enum_member(OctoratePropertyCheckinMethodCodeType, _code_type)

    return code_type


def _load_value_type(d: Mapping[str, Any]) -> OctoratePropertyCheckinMethodValueType | Unset:
    _value_type = d.get("valueType", UNSET)
    value_type: OctoratePropertyCheckinMethodValueType | Unset
    if isinstance(_value_type, Unset):
        value_type = UNSET
    else:
        value_type = enum_member(OctoratePropertyCheckinMethodValueType, _value_type)

    return value_type


def _load_amount(d: Mapping[str, Any]) -> float | Unset:
    return d.get("amount", UNSET)


def _load_configuration(d: Mapping[str, Any]) -> OctoratePropertyCheckinMethodConfiguration | Unset:
    _configuration = d.get("configuration", UNSET)
    configuration: OctoratePropertyCheckinMethodConfiguration | Unset
    if isinstance(_configuration, Unset):
        configuration = UNSET
    else:
        configuration = enum_member(OctoratePropertyCheckinMethodConfiguration, _configuration)

    return configuration


def _load_deletable(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("deletable", UNSET)


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
        "portal",
        "streamVariationName",
        "portalValue",
        "additionalInfo",
        "externalReferences",
        "editable",
        "model",
        "inclusive",
        "codeType",
        "valueType",
        "amount",
        "configuration",
        "deletable",
        "propertyCharge",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(
    self: OctoratePropertyCheckinMethod, d: Mapping[str, Any], seen: Container[str]
) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "portal" not in seen:
        _portal = d.get("portal", UNSET)
        portal: PortalNames | Unset
        if isinstance(_portal, Unset):
            portal = UNSET
        else:
            portal = enum_member(PortalNames, _portal)

        _set(self, "portal", portal)
    if "stream_variation_name" not in seen:
        _stream_variation_name = d.get("streamVariationName", UNSET)
        stream_variation_name: OctoratePropertyCheckinMethodStreamVariationName | Unset
        if isinstance(_stream_variation_name, Unset):
            stream_variation_name = UNSET
        else:
            stream_variation_name = enum_member(
                OctoratePropertyCheckinMethodStreamVariationName, _stream_variation_name
            )

        _set(self, "stream_variation_name", stream_variation_name)
    if "portal_value" not in seen:
        _set(self, "portal_value", d.get("portalValue", UNSET))
    if "additional_info" not in seen:
        _additional_info = d.get("additionalInfo", UNSET)
        additional_info: OctoratePropertyCheckinAdditionalInfo | Unset
        if isinstance(_additional_info, Unset):
            additional_info = UNSET
        else:
            additional_info = OctoratePropertyCheckinAdditionalInfo._from_json(_additional_info)

        _set(self, "additional_info", additional_info)
    if "external_references" not in seen:
        _external_references = d.get("externalReferences", UNSET)
        external_references: list[OctoratePropertyCheckinExternalReference] | Unset = UNSET
        if _external_references is not UNSET:
            external_references = OctoratePropertyCheckinExternalReference._from_json_list(
                _external_references
            )

        _set(self, "external_references", external_references)
    if "editable" not in seen:
        _set(self, "editable", d.get("editable", UNSET))
    if "model" not in seen:
        _model = d.get("model", UNSET)
        model: OctoratePropertyCheckinMethodModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = enum_member(OctoratePropertyCheckinMethodModel, _model)

        _set(self, "model", model)
    if "inclusive" not in seen:
        _set(self, "inclusive", d.get("inclusive", UNSET))
    if "code_type" not in seen:
        _code_type = d.get("codeType", UNSET)
        code_type: OctoratePropertyCheckinMethodCodeType | Unset
        if isinstance(_code_type, Unset):
            code_type = UNSET
        else:
            code_type = enum_member(OctoratePropertyCheckinMethodCodeType, _code_type)

        _set(self, "code_type", code_type)
    if "value_type" not in seen:
        _value_type = d.get("valueType", UNSET)
        value_type: OctoratePropertyCheckinMethodValueType | Unset
        if isinstance(_value_type, Unset):
            value_type = UNSET
        else:
            value_type = enum_member(OctoratePropertyCheckinMethodValueType, _value_type)

        _set(self, "value_type", value_type)
    if "amount" not in seen:
        _set(self, "amount", d.get("amount", UNSET))
    if "configuration" not in seen:
        _configuration = d.get("configuration", UNSET)
        configuration: OctoratePropertyCheckinMethodConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = enum_member(OctoratePropertyCheckinMethodConfiguration, _configuration)

        _set(self, "configuration", configuration)
    if "deletable" not in seen:
        _set(self, "deletable", d.get("deletable", UNSET))
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


OctoratePropertyCheckinMethod._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "portal": _load_portal,
        "stream_variation_name": _load_stream_variation_name,
        "portal_value": _load_portal_value,
        "additional_info": _load_additional_info,
        "external_references": _load_external_references,
        "editable": _load_editable,
        "model": _load_model,
        "inclusive": _load_inclusive,
        "code_type": _load_code_type,
        "value_type": _load_value_type,
        "amount": _load_amount,
        "configuration": _load_configuration,
        "deletable": _load_deletable,
        "property_charge": _load_property_charge,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "additional_info",
        "external_references",
        "property_charge",
        "additional_properties",
    ),
    keys={
        "portal": "portal",
        "stream_variation_name": "streamVariationName",
        "portal_value": "portalValue",
        "additional_info": "additionalInfo",
        "external_references": "externalReferences",
        "editable": "editable",
        "model": "model",
        "inclusive": "inclusive",
        "code_type": "codeType",
        "value_type": "valueType",
        "amount": "amount",
        "configuration": "configuration",
        "deletable": "deletable",
        "property_charge": "propertyCharge",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.octorate_property_charge import OctoratePropertyCharge  # noqa: E402
from ..models.octorate_property_checkin_additional_info import OctoratePropertyCheckinAdditionalInfo  # noqa: E402
from ..models.octorate_property_checkin_external_reference import (
    OctoratePropertyCheckinExternalReference,  # noqa: E402
)
