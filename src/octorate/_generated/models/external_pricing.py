from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.external_pricing_distribution_model_item import ExternalPricingDistributionModelItem
from ..models.external_pricing_homeaway_pricing import ExternalPricingHomeawayPricing
from ..models.external_pricing_pricing_model import ExternalPricingPricingModel
from ..types import UNSET, Unset, enum_member, parse_datetime

if TYPE_CHECKING:
    from ..models.external_discount import ExternalDiscount
    from ..models.external_pricing_tax_collection_type import ExternalPricingTaxCollectionType
    from ..models.portal_custom_item_value_type import PortalCustomItemValueType
    from ..models.tax_impl import TaxImpl


T = TypeVar("T", bound="ExternalPricing")


@_attrs_define
class ExternalPricing:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _pricing_update = d.pop("pricingUpdate", UNSET)
        pricing_update: datetime.datetime | Unset
        if isinstance(_pricing_update, Unset):
            pricing_update = UNSET
        else:
            pricing_update = parse_datetime(_pricing_update)

        security_deposit = d.pop("securityDeposit", UNSET)

        cleaning_fee = d.pop("cleaningFee", UNSET)

        default_daily_price = d.pop("defaultDailyPrice", UNSET)

        weekend_price = d.pop("weekendPrice", UNSET)

        guests_included = d.pop("guestsIncluded", UNSET)

        price_extra_person = d.pop("priceExtraPerson", UNSET)

        _price_extra_person_type = d.pop("priceExtraPersonType", UNSET)
        price_extra_person_type: PortalCustomItemValueType | Unset
        if isinstance(_price_extra_person_type, Unset):
            price_extra_person_type = UNSET
        else:
            price_extra_person_type = PortalCustomItemValueType.from_dict(_price_extra_person_type)

        base_price = d.pop("basePrice", UNSET)

        currency = d.pop("currency", UNSET)

        monthly_discount = d.pop("monthlyDiscount", UNSET)

        weekly_discount = d.pop("weeklyDiscount", UNSET)

        discount_not_refundable = d.pop("discountNotRefundable", UNSET)

        _homeaway_pricing = d.pop("homeawayPricing", UNSET)
        homeaway_pricing: ExternalPricingHomeawayPricing | Unset
        if isinstance(_homeaway_pricing, Unset):
            homeaway_pricing = UNSET
        else:
            homeaway_pricing = enum_member(ExternalPricingHomeawayPricing, _homeaway_pricing)

        _distribution_model = d.pop("distributionModel", UNSET)
        distribution_model: list[ExternalPricingDistributionModelItem] | Unset = UNSET
        if _distribution_model is not UNSET:
            distribution_model = []
            for distribution_model_item_data in _distribution_model:
                distribution_model_item = enum_member(
                    ExternalPricingDistributionModelItem, distribution_model_item_data
                )

                distribution_model.append(distribution_model_item)

        _discounts = d.pop("discounts", UNSET)
        discounts: list[ExternalDiscount] | Unset = UNSET
        if _discounts is not UNSET:
            discounts = []
            for discounts_item_data in _discounts:
                discounts_item = ExternalDiscount.from_dict(discounts_item_data)

                discounts.append(discounts_item)

        _pricing_model = d.pop("pricingModel", UNSET)
        pricing_model: ExternalPricingPricingModel | Unset
        if isinstance(_pricing_model, Unset):
            pricing_model = UNSET
        else:
            pricing_model = enum_member(ExternalPricingPricingModel, _pricing_model)

        _taxes = d.pop("taxes", UNSET)
        taxes: list[TaxImpl] | Unset = UNSET
        if _taxes is not UNSET:
            taxes = []
            for taxes_item_data in _taxes:
                taxes_item = TaxImpl.from_dict(taxes_item_data)

                taxes.append(taxes_item)

        _tax_collection_type = d.pop("taxCollectionType", UNSET)
        tax_collection_type: ExternalPricingTaxCollectionType | Unset
        if isinstance(_tax_collection_type, Unset):
            tax_collection_type = UNSET
        else:
            tax_collection_type = ExternalPricingTaxCollectionType.from_dict(_tax_collection_type)

        accept_to_pay_taxes = d.pop("acceptToPayTaxes", UNSET)

        accept_first_reservation_discount = d.pop("acceptFirstReservationDiscount", UNSET)

        external_pricing = cls(
            pricing_update=pricing_update,
            security_deposit=security_deposit,
            cleaning_fee=cleaning_fee,
            default_daily_price=default_daily_price,
            weekend_price=weekend_price,
            guests_included=guests_included,
            price_extra_person=price_extra_person,
            price_extra_person_type=price_extra_person_type,
            base_price=base_price,
            currency=currency,
            monthly_discount=monthly_discount,
            weekly_discount=weekly_discount,
            discount_not_refundable=discount_not_refundable,
            homeaway_pricing=homeaway_pricing,
            distribution_model=distribution_model,
            discounts=discounts,
            pricing_model=pricing_model,
            taxes=taxes,
            tax_collection_type=tax_collection_type,
            accept_to_pay_taxes=accept_to_pay_taxes,
            accept_first_reservation_discount=accept_first_reservation_discount,
        )

        external_pricing.additional_properties = d
        return external_pricing

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
from ..models.external_discount import ExternalDiscount  # noqa: E402
from ..models.external_pricing_tax_collection_type import ExternalPricingTaxCollectionType  # noqa: E402
from ..models.portal_custom_item_value_type import PortalCustomItemValueType  # noqa: E402
from ..models.tax_impl import TaxImpl  # noqa: E402
