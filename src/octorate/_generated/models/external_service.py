from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.external_service_code_type import ExternalServiceCodeType
from ..models.external_service_configuration import ExternalServiceConfiguration
from ..models.external_service_model import ExternalServiceModel
from ..models.external_service_value_type import ExternalServiceValueType
from ..models.portal_names import PortalNames
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.octorate_age_limit_details import OctorateAgeLimitDetails
    from ..models.octorate_internet_details import OctorateInternetDetails
    from ..models.octorate_kids_pool_details import OctorateKidsPoolDetails
    from ..models.octorate_meal_details import OctorateMealDetails
    from ..models.octorate_on_site_details import OctorateOnSiteDetails
    from ..models.octorate_parking_details import OctorateParkingDetails
    from ..models.octorate_payment_details import OctoratePaymentDetails
    from ..models.octorate_property_charge import OctoratePropertyCharge
    from ..models.octorate_restaurant_details import OctorateRestaurantDetails
    from ..models.octorate_schedule_details import OctorateScheduleDetails
    from ..models.octorate_surcharge_details import OctorateSurchargeDetails
    from ..models.octorate_swimming_pool_details import OctorateSwimmingPoolDetails
    from ..models.octorate_temporarily_closed_details import OctorateTemporarilyClosedDetails


@_attrs_define
class ExternalService(LazyModel):
    """
    Attributes:
        portal (PortalNames | Unset):  Example: AIRBNB.
        portal_value (str | Unset):
        quantity (int | Unset): Quantity available for this service
        price (float | Unset): The price asked for this service
        configuration (ExternalServiceConfiguration | Unset): IS this configuration included or excluded?
        exists (bool | Unset): True if this service actually exists inside the structure or it's not temporarary
            available
        room_level (bool | Unset): Whether is applicable to a room or to the property
        accepted_breakfast (list[str] | Unset): According to the portal, list of accepted breakfast
        octorate_parking_details (OctorateParkingDetails | Unset): Details on the parking
        octorate_payment_details (OctoratePaymentDetails | Unset): Payment details
        octorate_swimming_pool_details (OctorateSwimmingPoolDetails | Unset): Swimming pool details
        octorate_restaurant_details (OctorateRestaurantDetails | Unset): Restaurant details
        octorate_internet_details (OctorateInternetDetails | Unset): Internet details
        octorate_kids_pool_details (OctorateKidsPoolDetails | Unset): Kids pool details
        octorate_on_site_details (OctorateOnSiteDetails | Unset): On-site details
        octorate_age_limit_details (OctorateAgeLimitDetails | Unset): Age limit details
        octorate_schedule_details (OctorateScheduleDetails | Unset): Schedule details
        octorate_temporarily_closed_details (OctorateTemporarilyClosedDetails | Unset): Temporarily closed details
        octorate_surcharge_details (OctorateSurchargeDetails | Unset): Surcharge details
        octorate_meal_details (OctorateMealDetails | Unset): Meal details
        editable (bool | Unset):
        deletable (bool | Unset):
        model (ExternalServiceModel | Unset):
        inclusive (bool | Unset):
        code_type (ExternalServiceCodeType | Unset):
        breakfast_applicable (bool | Unset):
        booking_children (bool | Unset):
        extra_bed (bool | Unset):
        value_type (ExternalServiceValueType | Unset):
        amount (float | Unset):
        property_charge (OctoratePropertyCharge | Unset):
    """

    portal: PortalNames | Unset = UNSET
    portal_value: str | Unset = UNSET
    quantity: int | Unset = UNSET
    price: float | Unset = UNSET
    configuration: ExternalServiceConfiguration | Unset = UNSET
    exists: bool | Unset = UNSET
    room_level: bool | Unset = UNSET
    accepted_breakfast: list[str] | Unset = UNSET
    octorate_parking_details: OctorateParkingDetails | Unset = UNSET
    octorate_payment_details: OctoratePaymentDetails | Unset = UNSET
    octorate_swimming_pool_details: OctorateSwimmingPoolDetails | Unset = UNSET
    octorate_restaurant_details: OctorateRestaurantDetails | Unset = UNSET
    octorate_internet_details: OctorateInternetDetails | Unset = UNSET
    octorate_kids_pool_details: OctorateKidsPoolDetails | Unset = UNSET
    octorate_on_site_details: OctorateOnSiteDetails | Unset = UNSET
    octorate_age_limit_details: OctorateAgeLimitDetails | Unset = UNSET
    octorate_schedule_details: OctorateScheduleDetails | Unset = UNSET
    octorate_temporarily_closed_details: OctorateTemporarilyClosedDetails | Unset = UNSET
    octorate_surcharge_details: OctorateSurchargeDetails | Unset = UNSET
    octorate_meal_details: OctorateMealDetails | Unset = UNSET
    editable: bool | Unset = UNSET
    deletable: bool | Unset = UNSET
    model: ExternalServiceModel | Unset = UNSET
    inclusive: bool | Unset = UNSET
    code_type: ExternalServiceCodeType | Unset = UNSET
    breakfast_applicable: bool | Unset = UNSET
    booking_children: bool | Unset = UNSET
    extra_bed: bool | Unset = UNSET
    value_type: ExternalServiceValueType | Unset = UNSET
    amount: float | Unset = UNSET
    property_charge: OctoratePropertyCharge | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        portal: str | Unset = UNSET
        if not isinstance(self.portal, Unset):
            portal = self.portal.value

        portal_value = self.portal_value

        quantity = self.quantity

        price = self.price

        configuration: str | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.value

        exists = self.exists

        room_level = self.room_level

        accepted_breakfast: list[str] | Unset = UNSET
        if not isinstance(self.accepted_breakfast, Unset):
            accepted_breakfast = self.accepted_breakfast

        octorate_parking_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.octorate_parking_details, Unset):
            octorate_parking_details = self.octorate_parking_details.to_dict()

        octorate_payment_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.octorate_payment_details, Unset):
            octorate_payment_details = self.octorate_payment_details.to_dict()

        octorate_swimming_pool_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.octorate_swimming_pool_details, Unset):
            octorate_swimming_pool_details = self.octorate_swimming_pool_details.to_dict()

        octorate_restaurant_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.octorate_restaurant_details, Unset):
            octorate_restaurant_details = self.octorate_restaurant_details.to_dict()

        octorate_internet_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.octorate_internet_details, Unset):
            octorate_internet_details = self.octorate_internet_details.to_dict()

        octorate_kids_pool_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.octorate_kids_pool_details, Unset):
            octorate_kids_pool_details = self.octorate_kids_pool_details.to_dict()

        octorate_on_site_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.octorate_on_site_details, Unset):
            octorate_on_site_details = self.octorate_on_site_details.to_dict()

        octorate_age_limit_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.octorate_age_limit_details, Unset):
            octorate_age_limit_details = self.octorate_age_limit_details.to_dict()

        octorate_schedule_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.octorate_schedule_details, Unset):
            octorate_schedule_details = self.octorate_schedule_details.to_dict()

        octorate_temporarily_closed_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.octorate_temporarily_closed_details, Unset):
            octorate_temporarily_closed_details = self.octorate_temporarily_closed_details.to_dict()

        octorate_surcharge_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.octorate_surcharge_details, Unset):
            octorate_surcharge_details = self.octorate_surcharge_details.to_dict()

        octorate_meal_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.octorate_meal_details, Unset):
            octorate_meal_details = self.octorate_meal_details.to_dict()

        editable = self.editable

        deletable = self.deletable

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.value

        inclusive = self.inclusive

        code_type: str | Unset = UNSET
        if not isinstance(self.code_type, Unset):
            code_type = self.code_type.value

        breakfast_applicable = self.breakfast_applicable

        booking_children = self.booking_children

        extra_bed = self.extra_bed

        value_type: str | Unset = UNSET
        if not isinstance(self.value_type, Unset):
            value_type = self.value_type.value

        amount = self.amount

        property_charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.property_charge, Unset):
            property_charge = self.property_charge.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if portal is not UNSET:
            field_dict["portal"] = portal
        if portal_value is not UNSET:
            field_dict["portalValue"] = portal_value
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if exists is not UNSET:
            field_dict["exists"] = exists
        if room_level is not UNSET:
            field_dict["roomLevel"] = room_level
        if accepted_breakfast is not UNSET:
            field_dict["acceptedBreakfast"] = accepted_breakfast
        if octorate_parking_details is not UNSET:
            field_dict["octorateParkingDetails"] = octorate_parking_details
        if octorate_payment_details is not UNSET:
            field_dict["octoratePaymentDetails"] = octorate_payment_details
        if octorate_swimming_pool_details is not UNSET:
            field_dict["octorateSwimmingPoolDetails"] = octorate_swimming_pool_details
        if octorate_restaurant_details is not UNSET:
            field_dict["octorateRestaurantDetails"] = octorate_restaurant_details
        if octorate_internet_details is not UNSET:
            field_dict["octorateInternetDetails"] = octorate_internet_details
        if octorate_kids_pool_details is not UNSET:
            field_dict["octorateKidsPoolDetails"] = octorate_kids_pool_details
        if octorate_on_site_details is not UNSET:
            field_dict["octorateOnSiteDetails"] = octorate_on_site_details
        if octorate_age_limit_details is not UNSET:
            field_dict["octorateAgeLimitDetails"] = octorate_age_limit_details
        if octorate_schedule_details is not UNSET:
            field_dict["octorateScheduleDetails"] = octorate_schedule_details
        if octorate_temporarily_closed_details is not UNSET:
            field_dict["octorateTemporarilyClosedDetails"] = octorate_temporarily_closed_details
        if octorate_surcharge_details is not UNSET:
            field_dict["octorateSurchargeDetails"] = octorate_surcharge_details
        if octorate_meal_details is not UNSET:
            field_dict["octorateMealDetails"] = octorate_meal_details
        if editable is not UNSET:
            field_dict["editable"] = editable
        if deletable is not UNSET:
            field_dict["deletable"] = deletable
        if model is not UNSET:
            field_dict["model"] = model
        if inclusive is not UNSET:
            field_dict["inclusive"] = inclusive
        if code_type is not UNSET:
            field_dict["codeType"] = code_type
        if breakfast_applicable is not UNSET:
            field_dict["breakfastApplicable"] = breakfast_applicable
        if booking_children is not UNSET:
            field_dict["bookingChildren"] = booking_children
        if extra_bed is not UNSET:
            field_dict["extraBed"] = extra_bed
        if value_type is not UNSET:
            field_dict["valueType"] = value_type
        if amount is not UNSET:
            field_dict["amount"] = amount
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


def _load_portal_value(d: Mapping[str, Any]) -> str | Unset:
    return d.get("portalValue", UNSET)


def _load_quantity(d: Mapping[str, Any]) -> int | Unset:
    return d.get("quantity", UNSET)


def _load_price(d: Mapping[str, Any]) -> float | Unset:
    return d.get("price", UNSET)


def _load_configuration(d: Mapping[str, Any]) -> ExternalServiceConfiguration | Unset:
    _configuration = d.get("configuration", UNSET)
    configuration: ExternalServiceConfiguration | Unset
    if isinstance(_configuration, Unset):
        configuration = UNSET
    else:
        configuration = enum_member(ExternalServiceConfiguration, _configuration)

    return configuration


def _load_exists(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("exists", UNSET)


def _load_room_level(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("roomLevel", UNSET)


def _load_accepted_breakfast(d: Mapping[str, Any]) -> list[str] | Unset:
    accepted_breakfast = cast(list[str], d.get("acceptedBreakfast", UNSET))

    return accepted_breakfast


def _load_octorate_parking_details(d: Mapping[str, Any]) -> OctorateParkingDetails | Unset:
    _octorate_parking_details = d.get("octorateParkingDetails", UNSET)
    octorate_parking_details: OctorateParkingDetails | Unset
    if isinstance(_octorate_parking_details, Unset):
        octorate_parking_details = UNSET
    else:
        octorate_parking_details = OctorateParkingDetails._from_json(_octorate_parking_details)

    return octorate_parking_details


def _load_octorate_payment_details(d: Mapping[str, Any]) -> OctoratePaymentDetails | Unset:
    _octorate_payment_details = d.get("octoratePaymentDetails", UNSET)
    octorate_payment_details: OctoratePaymentDetails | Unset
    if isinstance(_octorate_payment_details, Unset):
        octorate_payment_details = UNSET
    else:
        octorate_payment_details = OctoratePaymentDetails._from_json(_octorate_payment_details)

    return octorate_payment_details


def _load_octorate_swimming_pool_details(
    d: Mapping[str, Any],
) -> OctorateSwimmingPoolDetails | Unset:
    _octorate_swimming_pool_details = d.get("octorateSwimmingPoolDetails", UNSET)
    octorate_swimming_pool_details: OctorateSwimmingPoolDetails | Unset
    if isinstance(_octorate_swimming_pool_details, Unset):
        octorate_swimming_pool_details = UNSET
    else:
        octorate_swimming_pool_details = OctorateSwimmingPoolDetails._from_json(
            _octorate_swimming_pool_details
        )

    return octorate_swimming_pool_details


def _load_octorate_restaurant_details(d: Mapping[str, Any]) -> OctorateRestaurantDetails | Unset:
    _octorate_restaurant_details = d.get("octorateRestaurantDetails", UNSET)
    octorate_restaurant_details: OctorateRestaurantDetails | Unset
    if isinstance(_octorate_restaurant_details, Unset):
        octorate_restaurant_details = UNSET
    else:
        octorate_restaurant_details = OctorateRestaurantDetails._from_json(
            _octorate_restaurant_details
        )

    return octorate_restaurant_details


def _load_octorate_internet_details(d: Mapping[str, Any]) -> OctorateInternetDetails | Unset:
    _octorate_internet_details = d.get("octorateInternetDetails", UNSET)
    octorate_internet_details: OctorateInternetDetails | Unset
    if isinstance(_octorate_internet_details, Unset):
        octorate_internet_details = UNSET
    else:
        octorate_internet_details = OctorateInternetDetails._from_json(_octorate_internet_details)

    return octorate_internet_details


def _load_octorate_kids_pool_details(d: Mapping[str, Any]) -> OctorateKidsPoolDetails | Unset:
    _octorate_kids_pool_details = d.get("octorateKidsPoolDetails", UNSET)
    octorate_kids_pool_details: OctorateKidsPoolDetails | Unset
    if isinstance(_octorate_kids_pool_details, Unset):
        octorate_kids_pool_details = UNSET
    else:
        octorate_kids_pool_details = OctorateKidsPoolDetails._from_json(_octorate_kids_pool_details)

    return octorate_kids_pool_details


def _load_octorate_on_site_details(d: Mapping[str, Any]) -> OctorateOnSiteDetails | Unset:
    _octorate_on_site_details = d.get("octorateOnSiteDetails", UNSET)
    octorate_on_site_details: OctorateOnSiteDetails | Unset
    if isinstance(_octorate_on_site_details, Unset):
        octorate_on_site_details = UNSET
    else:
        octorate_on_site_details = OctorateOnSiteDetails._from_json(_octorate_on_site_details)

    return octorate_on_site_details


def _load_octorate_age_limit_details(d: Mapping[str, Any]) -> OctorateAgeLimitDetails | Unset:
    _octorate_age_limit_details = d.get("octorateAgeLimitDetails", UNSET)
    octorate_age_limit_details: OctorateAgeLimitDetails | Unset
    if isinstance(_octorate_age_limit_details, Unset):
        octorate_age_limit_details = UNSET
    else:
        octorate_age_limit_details = OctorateAgeLimitDetails._from_json(_octorate_age_limit_details)

    return octorate_age_limit_details


def _load_octorate_schedule_details(d: Mapping[str, Any]) -> OctorateScheduleDetails | Unset:
    _octorate_schedule_details = d.get("octorateScheduleDetails", UNSET)
    octorate_schedule_details: OctorateScheduleDetails | Unset
    if isinstance(_octorate_schedule_details, Unset):
        octorate_schedule_details = UNSET
    else:
        octorate_schedule_details = OctorateScheduleDetails._from_json(_octorate_schedule_details)

    return octorate_schedule_details


def _load_octorate_temporarily_closed_details(
    d: Mapping[str, Any],
) -> OctorateTemporarilyClosedDetails | Unset:
    _octorate_temporarily_closed_details = d.get("octorateTemporarilyClosedDetails", UNSET)
    octorate_temporarily_closed_details: OctorateTemporarilyClosedDetails | Unset
    if isinstance(_octorate_temporarily_closed_details, Unset):
        octorate_temporarily_closed_details = UNSET
    else:
        octorate_temporarily_closed_details = OctorateTemporarilyClosedDetails._from_json(
            _octorate_temporarily_closed_details
        )

    return octorate_temporarily_closed_details


def _load_octorate_surcharge_details(d: Mapping[str, Any]) -> OctorateSurchargeDetails | Unset:
    _octorate_surcharge_details = d.get("octorateSurchargeDetails", UNSET)
    octorate_surcharge_details: OctorateSurchargeDetails | Unset
    if isinstance(_octorate_surcharge_details, Unset):
        octorate_surcharge_details = UNSET
    else:
        octorate_surcharge_details = OctorateSurchargeDetails._from_json(
            _octorate_surcharge_details
        )

    return octorate_surcharge_details


def _load_octorate_meal_details(d: Mapping[str, Any]) -> OctorateMealDetails | Unset:
    _octorate_meal_details = d.get("octorateMealDetails", UNSET)
    octorate_meal_details: OctorateMealDetails | Unset
    if isinstance(_octorate_meal_details, Unset):
        octorate_meal_details = UNSET
    else:
        octorate_meal_details = OctorateMealDetails._from_json(_octorate_meal_details)

    return octorate_meal_details


def _load_editable(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("editable", UNSET)


def _load_deletable(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("deletable", UNSET)


def _load_model(d: Mapping[str, Any]) -> ExternalServiceModel | Unset:
    _model = d.get("model", UNSET)
    model: ExternalServiceModel | Unset
    if isinstance(_model, Unset):
        model = UNSET
    else:
        model = enum_member(ExternalServiceModel, _model)

    return model


def _load_inclusive(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("inclusive", UNSET)


def _load_code_type(d: Mapping[str, Any]) -> ExternalServiceCodeType | Unset:
    _code_type = d.get("codeType", UNSET)
    code_type: ExternalServiceCodeType | Unset
    if isinstance(_code_type, Unset):
        code_type = UNSET
    else:
        code_type = enum_member(ExternalServiceCodeType, _code_type)

    return code_type


def _load_breakfast_applicable(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("breakfastApplicable", UNSET)


def _load_booking_children(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("bookingChildren", UNSET)


def _load_extra_bed(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("extraBed", UNSET)


def _load_value_type(d: Mapping[str, Any]) -> ExternalServiceValueType | Unset:
    _value_type = d.get("valueType", UNSET)
    value_type: ExternalServiceValueType | Unset
    if isinstance(_value_type, Unset):
        value_type = UNSET
    else:
        value_type = enum_member(ExternalServiceValueType, _value_type)

    return value_type


def _load_amount(d: Mapping[str, Any]) -> float | Unset:
    return d.get("amount", UNSET)


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
        "portalValue",
        "quantity",
        "price",
        "configuration",
        "exists",
        "roomLevel",
        "acceptedBreakfast",
        "octorateParkingDetails",
        "octoratePaymentDetails",
        "octorateSwimmingPoolDetails",
        "octorateRestaurantDetails",
        "octorateInternetDetails",
        "octorateKidsPoolDetails",
        "octorateOnSiteDetails",
        "octorateAgeLimitDetails",
        "octorateScheduleDetails",
        "octorateTemporarilyClosedDetails",
        "octorateSurchargeDetails",
        "octorateMealDetails",
        "editable",
        "deletable",
        "model",
        "inclusive",
        "codeType",
        "breakfastApplicable",
        "bookingChildren",
        "extraBed",
        "valueType",
        "amount",
        "propertyCharge",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ExternalService, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "portal" not in seen:
        _portal = d.get("portal", UNSET)
        portal: PortalNames | Unset
        if isinstance(_portal, Unset):
            portal = UNSET
        else:
            portal = enum_member(PortalNames, _portal)

        _set(self, "portal", portal)
    if "portal_value" not in seen:
        _set(self, "portal_value", d.get("portalValue", UNSET))
    if "quantity" not in seen:
        _set(self, "quantity", d.get("quantity", UNSET))
    if "price" not in seen:
        _set(self, "price", d.get("price", UNSET))
    if "configuration" not in seen:
        _configuration = d.get("configuration", UNSET)
        configuration: ExternalServiceConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = enum_member(ExternalServiceConfiguration, _configuration)

        _set(self, "configuration", configuration)
    if "exists" not in seen:
        _set(self, "exists", d.get("exists", UNSET))
    if "room_level" not in seen:
        _set(self, "room_level", d.get("roomLevel", UNSET))
    if "accepted_breakfast" not in seen:
        accepted_breakfast = cast(list[str], d.get("acceptedBreakfast", UNSET))

        _set(self, "accepted_breakfast", accepted_breakfast)
    if "octorate_parking_details" not in seen:
        _octorate_parking_details = d.get("octorateParkingDetails", UNSET)
        octorate_parking_details: OctorateParkingDetails | Unset
        if isinstance(_octorate_parking_details, Unset):
            octorate_parking_details = UNSET
        else:
            octorate_parking_details = OctorateParkingDetails._from_json(_octorate_parking_details)

        _set(self, "octorate_parking_details", octorate_parking_details)
    if "octorate_payment_details" not in seen:
        _octorate_payment_details = d.get("octoratePaymentDetails", UNSET)
        octorate_payment_details: OctoratePaymentDetails | Unset
        if isinstance(_octorate_payment_details, Unset):
            octorate_payment_details = UNSET
        else:
            octorate_payment_details = OctoratePaymentDetails._from_json(_octorate_payment_details)

        _set(self, "octorate_payment_details", octorate_payment_details)
    if "octorate_swimming_pool_details" not in seen:
        _octorate_swimming_pool_details = d.get("octorateSwimmingPoolDetails", UNSET)
        octorate_swimming_pool_details: OctorateSwimmingPoolDetails | Unset
        if isinstance(_octorate_swimming_pool_details, Unset):
            octorate_swimming_pool_details = UNSET
        else:
            octorate_swimming_pool_details = OctorateSwimmingPoolDetails._from_json(
                _octorate_swimming_pool_details
            )

        _set(self, "octorate_swimming_pool_details", octorate_swimming_pool_details)
    if "octorate_restaurant_details" not in seen:
        _octorate_restaurant_details = d.get("octorateRestaurantDetails", UNSET)
        octorate_restaurant_details: OctorateRestaurantDetails | Unset
        if isinstance(_octorate_restaurant_details, Unset):
            octorate_restaurant_details = UNSET
        else:
            octorate_restaurant_details = OctorateRestaurantDetails._from_json(
                _octorate_restaurant_details
            )

        _set(self, "octorate_restaurant_details", octorate_restaurant_details)
    if "octorate_internet_details" not in seen:
        _octorate_internet_details = d.get("octorateInternetDetails", UNSET)
        octorate_internet_details: OctorateInternetDetails | Unset
        if isinstance(_octorate_internet_details, Unset):
            octorate_internet_details = UNSET
        else:
            octorate_internet_details = OctorateInternetDetails._from_json(
                _octorate_internet_details
            )

        _set(self, "octorate_internet_details", octorate_internet_details)
    if "octorate_kids_pool_details" not in seen:
        _octorate_kids_pool_details = d.get("octorateKidsPoolDetails", UNSET)
        octorate_kids_pool_details: OctorateKidsPoolDetails | Unset
        if isinstance(_octorate_kids_pool_details, Unset):
            octorate_kids_pool_details = UNSET
        else:
            octorate_kids_pool_details = OctorateKidsPoolDetails._from_json(
                _octorate_kids_pool_details
            )

        _set(self, "octorate_kids_pool_details", octorate_kids_pool_details)
    if "octorate_on_site_details" not in seen:
        _octorate_on_site_details = d.get("octorateOnSiteDetails", UNSET)
        octorate_on_site_details: OctorateOnSiteDetails | Unset
        if isinstance(_octorate_on_site_details, Unset):
            octorate_on_site_details = UNSET
        else:
            octorate_on_site_details = OctorateOnSiteDetails._from_json(_octorate_on_site_details)

        _set(self, "octorate_on_site_details", octorate_on_site_details)
    if "octorate_age_limit_details" not in seen:
        _octorate_age_limit_details = d.get("octorateAgeLimitDetails", UNSET)
        octorate_age_limit_details: OctorateAgeLimitDetails | Unset
        if isinstance(_octorate_age_limit_details, Unset):
            octorate_age_limit_details = UNSET
        else:
            octorate_age_limit_details = OctorateAgeLimitDetails._from_json(
                _octorate_age_limit_details
            )

        _set(self, "octorate_age_limit_details", octorate_age_limit_details)
    if "octorate_schedule_details" not in seen:
        _octorate_schedule_details = d.get("octorateScheduleDetails", UNSET)
        octorate_schedule_details: OctorateScheduleDetails | Unset
        if isinstance(_octorate_schedule_details, Unset):
            octorate_schedule_details = UNSET
        else:
            octorate_schedule_details = OctorateScheduleDetails._from_json(
                _octorate_schedule_details
            )

        _set(self, "octorate_schedule_details", octorate_schedule_details)
    if "octorate_temporarily_closed_details" not in seen:
        _octorate_temporarily_closed_details = d.get("octorateTemporarilyClosedDetails", UNSET)
        octorate_temporarily_closed_details: OctorateTemporarilyClosedDetails | Unset
        if isinstance(_octorate_temporarily_closed_details, Unset):
            octorate_temporarily_closed_details = UNSET
        else:
            octorate_temporarily_closed_details = OctorateTemporarilyClosedDetails._from_json(
                _octorate_temporarily_closed_details
            )

        _set(self, "octorate_temporarily_closed_details", octorate_temporarily_closed_details)
    if "octorate_surcharge_details" not in seen:
        _octorate_surcharge_details = d.get("octorateSurchargeDetails", UNSET)
        octorate_surcharge_details: OctorateSurchargeDetails | Unset
        if isinstance(_octorate_surcharge_details, Unset):
            octorate_surcharge_details = UNSET
        else:
            octorate_surcharge_details = OctorateSurchargeDetails._from_json(
                _octorate_surcharge_details
            )

        _set(self, "octorate_surcharge_details", octorate_surcharge_details)
    if "octorate_meal_details" not in seen:
        _octorate_meal_details = d.get("octorateMealDetails", UNSET)
        octorate_meal_details: OctorateMealDetails | Unset
        if isinstance(_octorate_meal_details, Unset):
            octorate_meal_details = UNSET
        else:
            octorate_meal_details = OctorateMealDetails._from_json(_octorate_meal_details)

        _set(self, "octorate_meal_details", octorate_meal_details)
    if "editable" not in seen:
        _set(self, "editable", d.get("editable", UNSET))
    if "deletable" not in seen:
        _set(self, "deletable", d.get("deletable", UNSET))
    if "model" not in seen:
        _model = d.get("model", UNSET)
        model: ExternalServiceModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = enum_member(ExternalServiceModel, _model)

        _set(self, "model", model)
    if "inclusive" not in seen:
        _set(self, "inclusive", d.get("inclusive", UNSET))
    if "code_type" not in seen:
        _code_type = d.get("codeType", UNSET)
        code_type: ExternalServiceCodeType | Unset
        if isinstance(_code_type, Unset):
            code_type = UNSET
        else:
            code_type = enum_member(ExternalServiceCodeType, _code_type)

        _set(self, "code_type", code_type)
    if "breakfast_applicable" not in seen:
        _set(self, "breakfast_applicable", d.get("breakfastApplicable", UNSET))
    if "booking_children" not in seen:
        _set(self, "booking_children", d.get("bookingChildren", UNSET))
    if "extra_bed" not in seen:
        _set(self, "extra_bed", d.get("extraBed", UNSET))
    if "value_type" not in seen:
        _value_type = d.get("valueType", UNSET)
        value_type: ExternalServiceValueType | Unset
        if isinstance(_value_type, Unset):
            value_type = UNSET
        else:
            value_type = enum_member(ExternalServiceValueType, _value_type)

        _set(self, "value_type", value_type)
    if "amount" not in seen:
        _set(self, "amount", d.get("amount", UNSET))
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


ExternalService._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "portal": _load_portal,
        "portal_value": _load_portal_value,
        "quantity": _load_quantity,
        "price": _load_price,
        "configuration": _load_configuration,
        "exists": _load_exists,
        "room_level": _load_room_level,
        "accepted_breakfast": _load_accepted_breakfast,
        "octorate_parking_details": _load_octorate_parking_details,
        "octorate_payment_details": _load_octorate_payment_details,
        "octorate_swimming_pool_details": _load_octorate_swimming_pool_details,
        "octorate_restaurant_details": _load_octorate_restaurant_details,
        "octorate_internet_details": _load_octorate_internet_details,
        "octorate_kids_pool_details": _load_octorate_kids_pool_details,
        "octorate_on_site_details": _load_octorate_on_site_details,
        "octorate_age_limit_details": _load_octorate_age_limit_details,
        "octorate_schedule_details": _load_octorate_schedule_details,
        "octorate_temporarily_closed_details": _load_octorate_temporarily_closed_details,
        "octorate_surcharge_details": _load_octorate_surcharge_details,
        "octorate_meal_details": _load_octorate_meal_details,
        "editable": _load_editable,
        "deletable": _load_deletable,
        "model": _load_model,
        "inclusive": _load_inclusive,
        "code_type": _load_code_type,
        "breakfast_applicable": _load_breakfast_applicable,
        "booking_children": _load_booking_children,
        "extra_bed": _load_extra_bed,
        "value_type": _load_value_type,
        "amount": _load_amount,
        "property_charge": _load_property_charge,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "accepted_breakfast",
        "octorate_parking_details",
        "octorate_payment_details",
        "octorate_swimming_pool_details",
        "octorate_restaurant_details",
        "octorate_internet_details",
        "octorate_kids_pool_details",
        "octorate_on_site_details",
        "octorate_age_limit_details",
        "octorate_schedule_details",
        "octorate_temporarily_closed_details",
        "octorate_surcharge_details",
        "octorate_meal_details",
        "property_charge",
        "additional_properties",
    ),
    keys={
        "portal": "portal",
        "portal_value": "portalValue",
        "quantity": "quantity",
        "price": "price",
        "configuration": "configuration",
        "exists": "exists",
        "room_level": "roomLevel",
        "accepted_breakfast": "acceptedBreakfast",
        "octorate_parking_details": "octorateParkingDetails",
        "octorate_payment_details": "octoratePaymentDetails",
        "octorate_swimming_pool_details": "octorateSwimmingPoolDetails",
        "octorate_restaurant_details": "octorateRestaurantDetails",
        "octorate_internet_details": "octorateInternetDetails",
        "octorate_kids_pool_details": "octorateKidsPoolDetails",
        "octorate_on_site_details": "octorateOnSiteDetails",
        "octorate_age_limit_details": "octorateAgeLimitDetails",
        "octorate_schedule_details": "octorateScheduleDetails",
        "octorate_temporarily_closed_details": "octorateTemporarilyClosedDetails",
        "octorate_surcharge_details": "octorateSurchargeDetails",
        "octorate_meal_details": "octorateMealDetails",
        "editable": "editable",
        "deletable": "deletable",
        "model": "model",
        "inclusive": "inclusive",
        "code_type": "codeType",
        "breakfast_applicable": "breakfastApplicable",
        "booking_children": "bookingChildren",
        "extra_bed": "extraBed",
        "value_type": "valueType",
        "amount": "amount",
        "property_charge": "propertyCharge",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.octorate_age_limit_details import OctorateAgeLimitDetails  # noqa: E402
from ..models.octorate_internet_details import OctorateInternetDetails  # noqa: E402
from ..models.octorate_kids_pool_details import OctorateKidsPoolDetails  # noqa: E402
from ..models.octorate_meal_details import OctorateMealDetails  # noqa: E402
from ..models.octorate_on_site_details import OctorateOnSiteDetails  # noqa: E402
from ..models.octorate_parking_details import OctorateParkingDetails  # noqa: E402
from ..models.octorate_payment_details import OctoratePaymentDetails  # noqa: E402
from ..models.octorate_property_charge import OctoratePropertyCharge  # noqa: E402
from ..models.octorate_restaurant_details import OctorateRestaurantDetails  # noqa: E402
from ..models.octorate_schedule_details import OctorateScheduleDetails  # noqa: E402
from ..models.octorate_surcharge_details import OctorateSurchargeDetails  # noqa: E402
from ..models.octorate_swimming_pool_details import OctorateSwimmingPoolDetails  # noqa: E402
from ..models.octorate_temporarily_closed_details import OctorateTemporarilyClosedDetails  # noqa: E402
