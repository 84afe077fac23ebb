from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.external_pricing_distribution_model_item import ExternalPricingDistributionModelItem
from ..models.external_pricing_homeaway_pricing import ExternalPricingHomeawayPricing
from ..models.external_pricing_pricing_model import ExternalPricingPricingModel
from ..types import UNSET, Unset, enum_member, parse_datetime

if TYPE_CHECKING:
    from ..models.external_discount import ExternalDiscount
    from ..models.external_pricing_tax_collection_type import ExternalPricingTaxCollectionType
    from ..models.portal_custom_item_value_type import PortalCustomItemValueType
    from ..models.tax_impl import TaxImpl


@_attrs_define
class ExternalPricing(LazyModel):
    """
    Attributes:
        pricing_update (datetime.datetime | Unset):
        security_deposit (float | Unset): Money required as deposit
        cleaning_fee (float | Unset): Money required as cleaning fee
        default_daily_price (float | Unset): Money required as default daily price (filled according the room)
        weekend_price (float | Unset): Money required on weekends
        guests_included (int | Unset): Number of guests included or this pricing
        price_extra_person (float | Unset): Money required for each extra person (range guestsIncluded -
            $.listing.maxCapacity)
        price_extra_person_type (PortalCustomItemValueType | Unset): Holidu option to setup the value as fixed or per
            person
        base_price (float | Unset): (Money) minimum price (filled according the room)
        currency (str | Unset): Currency according to ISO(3) Standard (filled according property)
        monthly_discount (int | Unset): Monthly discount, Discount to apply for the reservation that last longer that
            one month. The value is in %. Deprecated, use standard discounts
        weekly_discount (int | Unset): Weekly discount, Discount to apply to stays longer than 1 week. The value is in
            %. Deprecated. Use standard discounts
        discount_not_refundable (int | Unset): Fixed discount to apply in case the guest choose to give up on the
            refundable policy exchanging it with a discount (values in %, the value is a reduction, so 100 equals to be
            free)
        homeaway_pricing (ExternalPricingHomeawayPricing | Unset):
        distribution_model (list[ExternalPricingDistributionModelItem] | Unset): Whether the property prefers to collect
            the money or let the OTA collect them.
        discounts (list[ExternalDiscount] | Unset): Currently supported by: [AIRBNB]. These are discounts that will be
            applied without consider the period of the booking (So are fixed). They may impact last minute discounts or
            early bid discounts
        pricing_model (ExternalPricingPricingModel | Unset): Default type of pricing model for this accommodation (i.e.
            per day / occupancy based, etc..)
        taxes (list[TaxImpl] | Unset): Tax model to send to portal
        tax_collection_type (ExternalPricingTaxCollectionType | Unset): Define the way the tax can be collected by each
            portal
        accept_to_pay_taxes (bool | Unset): Attestation regarding the user will pay the taxes
        accept_first_reservation_discount (bool | Unset): Allow a discounted rate for first reservations
    """

    pricing_update: datetime.datetime | Unset = UNSET
    security_deposit: float | Unset = UNSET
    cleaning_fee: float | Unset = UNSET
    default_daily_price: float | Unset = UNSET
    weekend_price: float | Unset = UNSET
    guests_included: int | Unset = UNSET
    price_extra_person: float | Unset = UNSET
    price_extra_person_type: PortalCustomItemValueType | Unset = UNSET
    base_price: float | Unset = UNSET
    currency: str | Unset = UNSET
    monthly_discount: int | Unset = UNSET
    weekly_discount: int | Unset = UNSET
    discount_not_refundable: int | Unset = UNSET
    homeaway_pricing: ExternalPricingHomeawayPricing | Unset = UNSET
    distribution_model: list[ExternalPricingDistributionModelItem] | Unset = UNSET
    discounts: list[ExternalDiscount] | Unset = UNSET
    pricing_model: ExternalPricingPricingModel | Unset = UNSET
    taxes: list[TaxImpl] | Unset = UNSET
    tax_collection_type: ExternalPricingTaxCollectionType | Unset = UNSET
    accept_to_pay_taxes: bool | Unset = UNSET
    accept_first_reservation_discount: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        pricing_update: str | Unset = UNSET
        if not isinstance(self.pricing_update, Unset):
            pricing_update = self.pricing_update.isoformat()

        security_deposit = self.security_deposit

        cleaning_fee = self.cleaning_fee

        default_daily_price = self.default_daily_price

        weekend_price = self.weekend_price

        guests_included = self.guests_included

        price_extra_person = self.price_extra_person

        price_extra_person_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_extra_person_type, Unset):
            price_extra_person_type = self.price_extra_person_type.to_dict()

        base_price = self.base_price

        currency = self.currency

        monthly_discount = self.monthly_discount

        weekly_discount = self.weekly_discount

        discount_not_refundable = self.discount_not_refundable

        homeaway_pricing: str | Unset = UNSET
        if not isinstance(self.homeaway_pricing, Unset):
            homeaway_pricing = self.homeaway_pricing.value

        distribution_model: list[str] | Unset = UNSET
        if not isinstance(self.distribution_model, Unset):
            distribution_model = []
            for distribution_model_item_data in self.distribution_model:
                distribution_model_item = distribution_model_item_data.value
                distribution_model.append(distribution_model_item)

        discounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.discounts, Unset):
            discounts = []
            for discounts_item_data in self.discounts:
                discounts_item = discounts_item_data.to_dict()
                discounts.append(discounts_item)

        pricing_model: str | Unset = UNSET
        if not isinstance(self.pricing_model, Unset):
            pricing_model = self.pricing_model.value

        taxes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.taxes, Unset):
            taxes = []
            for taxes_item_data in self.taxes:
                taxes_item = taxes_item_data.to_dict()
                taxes.append(taxes_item)

        tax_collection_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_collection_type, Unset):
            tax_collection_type = self.tax_collection_type.to_dict()

        accept_to_pay_taxes = self.accept_to_pay_taxes

        accept_first_reservation_discount = self.accept_first_reservation_discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pricing_update is not UNSET:
            field_dict["pricingUpdate"] = pricing_update
        if security_deposit is not UNSET:
            field_dict["securityDeposit"] = security_deposit
        if cleaning_fee is not UNSET:
            field_dict["cleaningFee"] = cleaning_fee
        if default_daily_price is not UNSET:
            field_dict["defaultDailyPrice"] = default_daily_price
        if weekend_price is not UNSET:
            field_dict["weekendPrice"] = weekend_price
        if guests_included is not UNSET:
            field_dict["guestsIncluded"] = guests_included
        if price_extra_person is not UNSET:
            field_dict["priceExtraPerson"] = price_extra_person
        if price_extra_person_type is not UNSET:
            field_dict["priceExtraPersonType"] = price_extra_person_type
        if base_price is not UNSET:
            field_dict["basePrice"] = base_price
        if currency is not UNSET:
            field_dict["currency"] = currency
        if monthly_discount is not UNSET:
            field_dict["monthlyDiscount"] = monthly_discount
        if weekly_discount is not UNSET:
            field_dict["weeklyDiscount"] = weekly_discount
        if discount_not_refundable is not UNSET:
            field_dict["discountNotRefundable"] = discount_not_refundable
        if homeaway_pricing is not UNSET:
            field_dict["homeawayPricing"] = homeaway_pricing
        if distribution_model is not UNSET:
            field_dict["distributionModel"] = distribution_model
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if pricing_model is not UNSET:
            field_dict["pricingModel"] = pricing_model
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if tax_collection_type is not UNSET:
            field_dict["taxCollectionType"] = tax_collection_type
        if accept_to_pay_taxes is not UNSET:
            field_dict["acceptToPayTaxes"] = accept_to_pay_taxes
        if accept_first_reservation_discount is not UNSET:
            field_dict["acceptFirstReservationDiscount"] = accept_first_reservation_discount

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


def _load_pricing_update(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _pricing_update = d.get("pricingUpdate", UNSET)
    pricing_update: datetime.datetime | Unset
    if isinstance(_pricing_update, Unset):
        pricing_update = UNSET
    else:
        pricing_update = parse_datetime(_pricing_update)

    return pricing_update


def _load_security_deposit(d: Mapping[str, Any]) -> float | Unset:
    return d.get("securityDeposit", UNSET)


def _load_cleaning_fee(d: Mapping[str, Any]) -> float | Unset:
    return d.get("cleaningFee", UNSET)


def _load_default_daily_price(d: Mapping[str, Any]) -> float | Unset:
    return d.get("defaultDailyPrice", UNSET)


def _load_weekend_price(d: Mapping[str, Any]) -> float | Unset:
    return d.get("weekendPrice", UNSET)


def _load_guests_included(d: Mapping[str, Any]) -> int | Unset:
    return d.get("guestsIncluded", UNSET)


def _load_price_extra_person(d: Mapping[str, Any]) -> float | Unset:
    return d.get("priceExtraPerson", UNSET)


def _load_price_extra_person_type(d: Mapping[str, Any]) -> PortalCustomItemValueType | Unset:
    _price_extra_person_type = d.get("priceExtraPersonType", UNSET)
    price_extra_person_type: PortalCustomItemValueType | Unset
    if isinstance(_price_extra_person_type, Unset):
        price_extra_person_type = UNSET
    else:
        price_extra_person_type = PortalCustomItemValueType._from_json(_price_extra_person_type)

    return price_extra_person_type


def _load_base_price(d: Mapping[str, Any]) -> float | Unset:
    return d.get("basePrice", UNSET)


def _load_currency(d: Mapping[str, Any]) -> str | Unset:
    return d.get("currency", UNSET)


def _load_monthly_discount(d: Mapping[str, Any]) -> int | Unset:
    return d.get("monthlyDiscount", UNSET)


def _load_weekly_discount(d: Mapping[str, Any]) -> int | Unset:
    return d.get("weeklyDiscount", UNSET)


def _load_discount_not_refundable(d: Mapping[str, Any]) -> int | Unset:
    return d.get("discountNotRefundable", UNSET)


def _load_homeaway_pricing(d: Mapping[str, Any]) -> ExternalPricingHomeawayPricing | Unset:
    _homeaway_pricing = d.get("homeawayPricing", UNSET)
    homeaway_pricing: ExternalPricingHomeawayPricing | Unset
    if isinstance(_homeaway_pricing, Unset):
        homeaway_pricing = UNSET
    else:
        homeaway_pricing = enum_member(ExternalPricingHomeawayPricing, _homeaway_pricing)

    return homeaway_pricing


def _load_distribution_model(
    d: Mapping[str, Any],
) -> list[ExternalPricingDistributionModelItem] | Unset:
    _distribution_model = d.get("distributionModel", UNSET)
    distribution_model: list[ExternalPricingDistributionModelItem] | Unset = UNSET
    if _distribution_model is not UNSET:
        distribution_model = []
        for distribution_model_item_data in _distribution_model:
            distribution_model_item = enum_member(
                ExternalPricingDistributionModelItem, distribution_model_item_data
            )

            distribution_model.append(distribution_model_item)

    return distribution_model


def _load_discounts(d: Mapping[str, Any]) -> list[ExternalDiscount] | Unset:
    _discounts = d.get("discounts", UNSET)
    discounts: list[ExternalDiscount] | Unset = UNSET
    if _discounts is not UNSET:
        discounts = ExternalDiscount._from_json_list(_discounts)

    return discounts


def _load_pricing_model(d: Mapping[str, Any]) -> ExternalPricingPricingModel | Unset:
    _pricing_model = d.get("pricingModel", UNSET)
    pricing_model: ExternalPricingPricingModel | Unset
    if isinstance(_pricing_model, Unset):
        pricing_model = UNSET
    else:
        pricing_model = enum_member(ExternalPricingPricingModel, _pricing_model)

    return pricing_model


def _load_taxes(d: Mapping[str, Any]) -> list[TaxImpl] | Unset:
    _taxes = d.get("taxes", UNSET)
    taxes: list[TaxImpl] | Unset = UNSET
    if _taxes is not UNSET:
        taxes = TaxImpl._from_json_list(_taxes)

    return taxes


def _load_tax_collection_type(d: Mapping[str, Any]) -> ExternalPricingTaxCollectionType | Unset:
    _tax_collection_type = d.get("taxCollectionType", UNSET)
    tax_collection_type: ExternalPricingTaxCollectionType | Unset
    if isinstance(_tax_collection_type, Unset):
        tax_collection_type = UNSET
    else:
        tax_collection_type = ExternalPricingTaxCollectionType._from_json(_tax_collection_type)

    return tax_collection_type


def _load_accept_to_pay_taxes(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("acceptToPayTaxes", UNSET)


def _load_accept_first_reservation_discount(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("acceptFirstReservationDiscount", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "pricingUpdate",
        "securityDeposit",
        "cleaningFee",
        "defaultDailyPrice",
        "weekendPrice",
        "guestsIncluded",
        "priceExtraPerson",
        "priceExtraPersonType",
        "basePrice",
        "currency",
        "monthlyDiscount",
        "weeklyDiscount",
        "discountNotRefundable",
        "homeawayPricing",
        "distributionModel",
        "discounts",
        "pricingModel",
        "taxes",
        "taxCollectionType",
        "acceptToPayTaxes",
        "acceptFirstReservationDiscount",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ExternalPricing, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "pricing_update" not in seen:
        _pricing_update = d.get("pricingUpdate", UNSET)
        pricing_update: datetime.datetime | Unset
        if isinstance(_pricing_update, Unset):
            pricing_update = UNSET
        else:
            pricing_update = parse_datetime(_pricing_update)

        _set(self, "pricing_update", pricing_update)
    if "security_deposit" not in seen:
        _set(self, "security_deposit", d.get("securityDeposit", UNSET))
    if "cleaning_fee" not in seen:
        _set(self, "cleaning_fee", d.get("cleaningFee", UNSET))
    if "default_daily_price" not in seen:
        _set(self, "default_daily_price", d.get("defaultDailyPrice", UNSET))
    if "weekend_price" not in seen:
        _set(self, "weekend_price", d.get("weekendPrice", UNSET))
    if "guests_included" not in seen:
        _set(self, "guests_included", d.get("guestsIncluded", UNSET))
    if "price_extra_person" not in seen:
        _set(self, "price_extra_person", d.get("priceExtraPerson", UNSET))
    if "price_extra_person_type" not in seen:
        _price_extra_person_type = d.get("priceExtraPersonType", UNSET)
        price_extra_person_type: PortalCustomItemValueType | Unset
        if isinstance(_price_extra_person_type, Unset):
            price_extra_person_type = UNSET
        else:
            price_extra_person_type = PortalCustomItemValueType._from_json(_price_extra_person_type)

        _set(self, "price_extra_person_type", price_extra_person_type)
    if "base_price" not in seen:
        _set(self, "base_price", d.get("basePrice", UNSET))
    if "currency" not in seen:
        _set(self, "currency", d.get("currency", UNSET))
    if "monthly_discount" not in seen:
        _set(self, "monthly_discount", d.get("monthlyDiscount", UNSET))
    if "weekly_discount" not in seen:
        _set(self, "weekly_discount", d.get("weeklyDiscount", UNSET))
    if "discount_not_refundable" not in seen:
        _set(self, "discount_not_refundable", d.get("discountNotRefundable", UNSET))
    if "homeaway_pricing" not in seen:
        _homeaway_pricing = d.get("homeawayPricing", UNSET)
        homeaway_pricing: ExternalPricingHomeawayPricing | Unset
        if isinstance(_homeaway_pricing, Unset):
            homeaway_pricing = UNSET
        else:
            homeaway_pricing = enum_member(ExternalPricingHomeawayPricing, _homeaway_pricing)

        _set(self, "homeaway_pricing", homeaway_pricing)
    if "distribution_model" not in seen:
        _distribution_model = d.get("distributionModel", UNSET)
        distribution_model: list[ExternalPricingDistributionModelItem] | Unset = UNSET
        if _distribution_model is not UNSET:
            distribution_model = []
            for distribution_model_item_data in _distribution_model:
                distribution_model_item = enum_member(
                    ExternalPricingDistributionModelItem, distribution_model_item_data
                )

                distribution_model.append(distribution_model_item)

        _set(self, "distribution_model", distribution_model)
    if "discounts" not in seen:
        _discounts = d.get("discounts", UNSET)
        discounts: list[ExternalDiscount] | Unset = UNSET
        if _discounts is not UNSET:
            discounts = ExternalDiscount._from_json_list(_discounts)

        _set(self, "discounts", discounts)
    if "pricing_model" not in seen:
        _pricing_model = d.get("pricingModel", UNSET)
        pricing_model: ExternalPricingPricingModel | Unset
        if isinstance(_pricing_model, Unset):
            pricing_model = UNSET
        else:
            pricing_model = enum_member(ExternalPricingPricingModel, _pricing_model)

        _set(self, "pricing_model", pricing_model)
    if "taxes" not in seen:
        _taxes = d.get("taxes", UNSET)
        taxes: list[TaxImpl] | Unset = UNSET
        if _taxes is not UNSET:
            taxes = TaxImpl._from_json_list(_taxes)

        _set(self, "taxes", taxes)
    if "tax_collection_type" not in seen:
        _tax_collection_type = d.get("taxCollectionType", UNSET)
        tax_collection_type: ExternalPricingTaxCollectionType | Unset
        if isinstance(_tax_collection_type, Unset):
            tax_collection_type = UNSET
        else:
            tax_collection_type = ExternalPricingTaxCollectionType._from_json(_tax_collection_type)

        _set(self, "tax_collection_type", tax_collection_type)
    if "accept_to_pay_taxes" not in seen:
        _set(self, "accept_to_pay_taxes", d.get("acceptToPayTaxes", UNSET))
    if "accept_first_reservation_discount" not in seen:
        _set(
            self,
            "accept_first_reservation_discount",
            d.get("acceptFirstReservationDiscount", UNSET),
        )
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ExternalPricing._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "pricing_update": _load_pricing_update,
        "security_deposit": _load_security_deposit,
        "cleaning_fee": _load_cleaning_fee,
        "default_daily_price": _load_default_daily_price,
        "weekend_price": _load_weekend_price,
        "guests_included": _load_guests_included,
        "price_extra_person": _load_price_extra_person,
        "price_extra_person_type": _load_price_extra_person_type,
        "base_price": _load_base_price,
        "currency": _load_currency,
        "monthly_discount": _load_monthly_discount,
        "weekly_discount": _load_weekly_discount,
        "discount_not_refundable": _load_discount_not_refundable,
        "homeaway_pricing": _load_homeaway_pricing,
        "distribution_model": _load_distribution_model,
        "discounts": _load_discounts,
        "pricing_model": _load_pricing_model,
        "taxes": _load_taxes,
        "tax_collection_type": _load_tax_collection_type,
        "accept_to_pay_taxes": _load_accept_to_pay_taxes,
        "accept_first_reservation_discount": _load_accept_first_reservation_discount,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "price_extra_person_type",
        "distribution_model",
        "discounts",
        "taxes",
        "tax_collection_type",
        "additional_properties",
    ),
    keys={
        "pricing_update": "pricingUpdate",
        "security_deposit": "securityDeposit",
        "cleaning_fee": "cleaningFee",
        "default_daily_price": "defaultDailyPrice",
        "weekend_price": "weekendPrice",
        "guests_included": "guestsIncluded",
        "price_extra_person": "priceExtraPerson",
        "price_extra_person_type": "priceExtraPersonType",
        "base_price": "basePrice",
        "currency": "currency",
        "monthly_discount": "monthlyDiscount",
        "weekly_discount": "weeklyDiscount",
        "discount_not_refundable": "discountNotRefundable",
        "homeaway_pricing": "homeawayPricing",
        "distribution_model": "distributionModel",
        "discounts": "discounts",
        "pricing_model": "pricingModel",
        "taxes": "taxes",
        "tax_collection_type": "taxCollectionType",
        "accept_to_pay_taxes": "acceptToPayTaxes",
        "accept_first_reservation_discount": "acceptFirstReservationDiscount",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.external_discount import ExternalDiscount  # noqa: E402
from ..models.external_pricing_tax_collection_type import ExternalPricingTaxCollectionType  # noqa: E402
from ..models.portal_custom_item_value_type import PortalCustomItemValueType  # noqa: E402
from ..models.tax_impl import TaxImpl  # noqa: E402
