from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


T = TypeVar("T", bound="ExternalFee")


@_attrs_define
class ExternalFee:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        portal_value = d.pop("portalValue")

        _portal = d.pop("portal", UNSET)
        portal: PortalNames | Unset
        if isinstance(_portal, Unset):
            portal = UNSET
        else:
            portal = enum_member(PortalNames, _portal)

        charge_type_value = d.pop("chargeTypeValue", UNSET)

        amount = d.pop("amount", UNSET)

        _configuration = d.pop("configuration", UNSET)
        configuration: ExternalFeeConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = enum_member(ExternalFeeConfiguration, _configuration)

        _category = d.pop("category", UNSET)
        category: ExternalFeeCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = enum_member(ExternalFeeCategory, _category)

        taxable = d.pop("taxable", UNSET)

        _internet_details = d.pop("internetDetails", UNSET)
        internet_details: ExternalFeeInternet | Unset
        if isinstance(_internet_details, Unset):
            internet_details = UNSET
        else:
            internet_details = ExternalFeeInternet.from_dict(_internet_details)

        _parking_details = d.pop("parkingDetails", UNSET)
        parking_details: ExternalFeeParking | Unset
        if isinstance(_parking_details, Unset):
            parking_details = UNSET
        else:
            parking_details = ExternalFeeParking.from_dict(_parking_details)

        _property_charge = d.pop("propertyCharge", UNSET)
        property_charge: OctoratePropertyCharge | Unset
        if isinstance(_property_charge, Unset):
            property_charge = UNSET
        else:
            property_charge = OctoratePropertyCharge.from_dict(_property_charge)

        _airbnb_fee_type = d.pop("airbnbFeeType", UNSET)
        airbnb_fee_type: ExternalFeeAirbnbFeeType | Unset
        if isinstance(_airbnb_fee_type, Unset):
            airbnb_fee_type = UNSET
        else:
            airbnb_fee_type = enum_member(ExternalFeeAirbnbFeeType, _airbnb_fee_type)

        inclusive = d.pop("inclusive", UNSET)

        _code_type = d.pop("codeType", UNSET)
        code_type: ExternalFeeCodeType | Unset
        if isinstance(_code_type, Unset):
            code_type = UNSET
        else:
            code_type = enum_member(ExternalFeeCodeType, _code_type)

        editable = d.pop("editable", UNSET)

        internet_fee = d.pop("internetFee", UNSET)

        parking_fee = d.pop("parkingFee", UNSET)

        deletable = d.pop("deletable", UNSET)

        external_fee = cls(
            portal_value=portal_value,
            portal=portal,
            charge_type_value=charge_type_value,
            amount=amount,
            configuration=configuration,
            category=category,
            taxable=taxable,
            internet_details=internet_details,
            parking_details=parking_details,
            property_charge=property_charge,
            airbnb_fee_type=airbnb_fee_type,
            inclusive=inclusive,
            code_type=code_type,
            editable=editable,
            internet_fee=internet_fee,
            parking_fee=parking_fee,
            deletable=deletable,
        )

        external_fee.additional_properties = d
        return external_fee

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
from ..models.external_fee_internet import ExternalFeeInternet  # noqa: E402
from ..models.external_fee_parking import ExternalFeeParking  # noqa: E402
from ..models.octorate_property_charge import OctoratePropertyCharge  # noqa: E402
