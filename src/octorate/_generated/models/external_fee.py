from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.external_fee_airbnb_fee_type import ExternalFeeAirbnbFeeType
from ..models.external_fee_category import ExternalFeeCategory
from ..models.external_fee_code_type import ExternalFeeCodeType
from ..models.external_fee_configuration import ExternalFeeConfiguration
from ..models.portal_names import PortalNames
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.external_fee_internet import ExternalFeeInternet
    from ..models.external_fee_parking import ExternalFeeParking
    from ..models.octorate_property_charge import OctoratePropertyCharge


@_attrs_define
class ExternalFee(LazyModel):
    """
    Attributes:
        portal_value (str):  Example: Airbnb {PASS_THROUGH_LINEN_FEE,
            PASS_THROUGH_COMMUNITY_FEE,PASS_THROUGH_MANAGEMENT_FEE, PASS_THROUGH_RESORT_FEE}.
        portal (PortalNames | Unset):  Example: AIRBNB.
        charge_type_value (str | Unset):
        amount (float | Unset):
        configuration (ExternalFeeConfiguration | Unset): Whether this fee is included or not in the basic configuration
            (available vs included)
        category (ExternalFeeCategory | Unset): The category of this fee
        taxable (bool | Unset): Whether this element is taxable or not. Supported by Expedia
        internet_details (ExternalFeeInternet | Unset): Description for the internet fee
        parking_details (ExternalFeeParking | Unset): Parking details
        property_charge (OctoratePropertyCharge | Unset):
        airbnb_fee_type (ExternalFeeAirbnbFeeType | Unset):
        inclusive (bool | Unset):
        code_type (ExternalFeeCodeType | Unset):
        editable (bool | Unset):
        internet_fee (bool | Unset):
        parking_fee (bool | Unset):
        deletable (bool | Unset):
    """

    portal_value: str
    portal: PortalNames | Unset = UNSET
    charge_type_value: str | Unset = UNSET
    amount: float | Unset = UNSET
    configuration: ExternalFeeConfiguration | Unset = UNSET
    category: ExternalFeeCategory | Unset = UNSET
    taxable: bool | Unset = UNSET
    internet_details: ExternalFeeInternet | Unset = UNSET
    parking_details: ExternalFeeParking | Unset = UNSET
    property_charge: OctoratePropertyCharge | Unset = UNSET
    airbnb_fee_type: ExternalFeeAirbnbFeeType | Unset = UNSET
    inclusive: bool | Unset = UNSET
    code_type: ExternalFeeCodeType | Unset = UNSET
    editable: bool | Unset = UNSET
    internet_fee: bool | Unset = UNSET
    parking_fee: bool | Unset = UNSET
    deletable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        portal_value = self.portal_value

        portal: str | Unset = UNSET
        if not isinstance(self.portal, Unset):
            portal = self.portal.value

        charge_type_value = self.charge_type_value

        amount = self.amount

        configuration: str | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.value

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        taxable = self.taxable

        internet_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.internet_details, Unset):
            internet_details = self.internet_details.to_dict()

        parking_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parking_details, Unset):
            parking_details = self.parking_details.to_dict()

        property_charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.property_charge, Unset):
            property_charge = self.property_charge.to_dict()

        airbnb_fee_type: str | Unset = UNSET
        if not isinstance(self.airbnb_fee_type, Unset):
            airbnb_fee_type = self.airbnb_fee_type.value

        inclusive = self.inclusive

        code_type: str | Unset = UNSET
        if not isinstance(self.code_type, Unset):
            code_type = self.code_type.value

        editable = self.editable

        internet_fee = self.internet_fee

        parking_fee = self.parking_fee

        deletable = self.deletable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "portalValue": portal_value,
            }
        )
        if portal is not UNSET:
            field_dict["portal"] = portal
        if charge_type_value is not UNSET:
            field_dict["chargeTypeValue"] = charge_type_value
        if amount is not UNSET:
            field_dict["amount"] = amount
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if category is not UNSET:
            field_dict["category"] = category
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if internet_details is not UNSET:
            field_dict["internetDetails"] = internet_details
        if parking_details is not UNSET:
            field_dict["parkingDetails"] = parking_details
        if property_charge is not UNSET:
            field_dict["propertyCharge"] = property_charge
        if airbnb_fee_type is not UNSET:
            field_dict["airbnbFeeType"] = airbnb_fee_type
        if inclusive is not UNSET:
            field_dict["inclusive"] = inclusive
        if code_type is not UNSET:
            field_dict["codeType"] = code_type
        if editable is not UNSET:
            field_dict["editable"] = editable
        if internet_fee is not UNSET:
            field_dict["internetFee"] = internet_fee
        if parking_fee is not UNSET:
            field_dict["parkingFee"] = parking_fee
        if deletable is not UNSET:
            field_dict["deletable"] = deletable

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


def _load_portal(d: Mapping[str, Any]) -> PortalNames | Unset:
    _portal = d.get("portal", UNSET)
    portal: PortalNames | Unset
    if isinstance(_portal, Unset):
        portal = UNSET
    else:
        portal = enum_member(PortalNames, _portal)

    return portal


def _load_charge_type_value(d: Mapping[str, Any]) -> str | Unset:
    return d.get("chargeTypeValue", UNSET)


def _load_amount(d: Mapping[str, Any]) -> float | Unset:
    return d.get("amount", UNSET)


def _load_configuration(d: Mapping[str, Any]) -> ExternalFeeConfiguration | Unset:
    _configuration = d.get("configuration", UNSET)
    configuration: ExternalFeeConfiguration | Unset
    if isinstance(_configuration, Unset):
        configuration = UNSET
    else:
        configuration = enum_member(ExternalFeeConfiguration, _configuration)

    return configuration


def _load_category(d: Mapping[str, Any]) -> ExternalFeeCategory | Unset:
    _category = d.get("category", UNSET)
    category: ExternalFeeCategory | Unset
    if isinstance(_category, Unset):
        category = UNSET
    else:
        category = enum_member(ExternalFeeCategory, _category)

    return category


def _load_taxable(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("taxable", UNSET)


def _load_internet_details(d: Mapping[str, Any]) -> ExternalFeeInternet | Unset:
    _internet_details = d.get("internetDetails", UNSET)
    internet_details: ExternalFeeInternet | Unset
    if isinstance(_internet_details, Unset):
        internet_details = UNSET
    else:
        internet_details = ExternalFeeInternet._from_json(_internet_details)

    return internet_details


def _load_parking_details(d: Mapping[str, Any]) -> ExternalFeeParking | Unset:
    _parking_details = d.get("parkingDetails", UNSET)
    parking_details: ExternalFeeParking | Unset
    if isinstance(_parking_details, Unset):
        parking_details = UNSET
    else:
        parking_details = ExternalFeeParking._from_json(_parking_details)

    return parking_details


def _load_property_charge(d: Mapping[str, Any]) -> OctoratePropertyCharge | Unset:
    _property_charge = d.get("propertyCharge", UNSET)
    property_charge: OctoratePropertyCharge | Unset
    if isinstance(_property_charge, Unset):
        property_charge = UNSET
    else:
        property_charge = OctoratePropertyCharge._from_json(_property_charge)

    return property_charge


def _load_airbnb_fee_type(d: Mapping[str, Any]) -> ExternalFeeAirbnbFeeType | Unset:
    _airbnb_fee_type = d.get("airbnbFeeType", UNSET)
    airbnb_fee_type: ExternalFeeAirbnbFeeType | Unset
    if isinstance(_airbnb_fee_type, Unset):
        airbnb_fee_type = UNSET
    else:
        airbnb_fee_type = enum_member(ExternalFeeAirbnbFeeType, _airbnb_fee_type)

    return airbnb_fee_type


def _load_inclusive(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("inclusive", UNSET)


def _load_code_type(d: Mapping[str, Any]) -> ExternalFeeCodeType | Unset:
    _code_type = d.get("codeType", UNSET)
    code_type: ExternalFeeCodeType | Unset
    if isinstance(_code_type, Unset):
        code_type = UNSET
    else:
        code_type = enum_member(ExternalFeeCodeType, _code_type)

    return code_type


def _load_editable(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("editable", UNSET)


def _load_internet_fee(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("internetFee", UNSET)


def _load_parking_fee(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("parkingFee", UNSET)


def _load_deletable(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("deletable", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "portalValue",
        "portal",
        "chargeTypeValue",
        "amount",
        "configuration",
        "category",
        "taxable",
        "internetDetails",
        "parkingDetails",
        "propertyCharge",
        "airbnbFeeType",
        "inclusive",
        "codeType",
        "editable",
        "internetFee",
        "parkingFee",
        "deletable",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ExternalFee, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "portal_value" not in seen:
        _set(self, "portal_value", d["portalValue"])
    if "portal" not in seen:
        _portal = d.get("portal", UNSET)
        portal: PortalNames | Unset
        if isinstance(_portal, Unset):
            portal = UNSET
        else:
            portal = enum_member(PortalNames, _portal)

        _set(self, "portal", portal)
    if "charge_type_value" not in seen:
        _set(self, "charge_type_value", d.get("chargeTypeValue", UNSET))
    if "amount" not in seen:
        _set(self, "amount", d.get("amount", UNSET))
    if "configuration" not in seen:
        _configuration = d.get("configuration", UNSET)
        configuration: ExternalFeeConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = enum_member(ExternalFeeConfiguration, _configuration)

        _set(self, "configuration", configuration)
    if "category" not in seen:
        _category = d.get("category", UNSET)
        category: ExternalFeeCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = enum_member(ExternalFeeCategory, _category)

        _set(self, "category", category)
    if "taxable" not in seen:
        _set(self, "taxable", d.get("taxable", UNSET))
    if "internet_details" not in seen:
        _internet_details = d.get("internetDetails", UNSET)
        internet_details: ExternalFeeInternet | Unset
        if isinstance(_internet_details, Unset):
            internet_details = UNSET
        else:
            internet_details = ExternalFeeInternet._from_json(_internet_details)

        _set(self, "internet_details", internet_details)
    if "parking_details" not in seen:
        _parking_details = d.get("parkingDetails", UNSET)
        parking_details: ExternalFeeParking | Unset
        if isinstance(_parking_details, Unset):
            parking_details = UNSET
        else:
            parking_details = ExternalFeeParking._from_json(_parking_details)

        _set(self, "parking_details", parking_details)
    if "property_charge" not in seen:
        _property_charge = d.get("propertyCharge", UNSET)
        property_charge: OctoratePropertyCharge | Unset
        if isinstance(_property_charge, Unset):
            property_charge = UNSET
        else:
            property_charge = OctoratePropertyCharge._from_json(_property_charge)

        _set(self, "property_charge", property_charge)
    if "airbnb_fee_type" not in seen:
        _airbnb_fee_type = d.get("airbnbFeeType", UNSET)
        airbnb_fee_type: ExternalFeeAirbnbFeeType | Unset
        if isinstance(_airbnb_fee_type, Unset):
            airbnb_fee_type = UNSET
        else:
            airbnb_fee_type = enum_member(ExternalFeeAirbnbFeeType, _airbnb_fee_type)

        _set(self, "airbnb_fee_type", airbnb_fee_type)
    if "inclusive" not in seen:
        _set(self, "inclusive", d.get("inclusive", UNSET))
    if "code_type" not in seen:
        _code_type = d.get("codeType", UNSET)
        code_type: ExternalFeeCodeType | Unset
        if isinstance(_code_type, Unset):
            code_type = UNSET
        else:
            code_type = enum_member(ExternalFeeCodeType, _code_type)

        _set(self, "code_type", code_type)
    if "editable" not in seen:
        _set(self, "editable", d.get("editable", UNSET))
    if "internet_fee" not in seen:
        _set(self, "internet_fee", d.get("internetFee", UNSET))
    if "parking_fee" not in seen:
        _set(self, "parking_fee", d.get("parkingFee", UNSET))
    if "deletable" not in seen:
        _set(self, "deletable", d.get("deletable", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ExternalFee._octorate_fields = FieldTable(
    required=frozenset(("portalValue",)),
    loaders={
        "portal_value": _load_portal_value,
        "portal": _load_portal,
        "charge_type_value": _load_charge_type_value,
        "amount": _load_amount,
        "configuration": _load_configuration,
        "category": _load_category,
        "taxable": _load_taxable,
        "internet_details": _load_internet_details,
        "parking_details": _load_parking_details,
        "property_charge": _load_property_charge,
        "airbnb_fee_type": _load_airbnb_fee_type,
        "inclusive": _load_inclusive,
        "code_type": _load_code_type,
        "editable": _load_editable,
        "internet_fee": _load_internet_fee,
        "parking_fee": _load_parking_fee,
        "deletable": _load_deletable,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "internet_details",
        "parking_details",
        "property_charge",
        "additional_properties",
    ),
    keys={
        "portal_value": "portalValue",
        "portal": "portal",
        "charge_type_value": "chargeTypeValue",
        "amount": "amount",
        "configuration": "configuration",
        "category": "category",
        "taxable": "taxable",
        "internet_details": "internetDetails",
        "parking_details": "parkingDetails",
        "property_charge": "propertyCharge",
        "airbnb_fee_type": "airbnbFeeType",
        "inclusive": "inclusive",
        "code_type": "codeType",
        "editable": "editable",
        "internet_fee": "internetFee",
        "parking_fee": "parkingFee",
        "deletable": "deletable",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.external_fee_internet import ExternalFeeInternet  # noqa: E402
from ..models.external_fee_parking import ExternalFeeParking  # noqa: E402
from ..models.octorate_property_charge import OctoratePropertyCharge  # noqa: E402
