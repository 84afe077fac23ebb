from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_rate_dto_price_model import ApiRateDTOPriceModel
from ..models.api_rate_dto_treatment import ApiRateDTOTreatment
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.api_payment_step_dto import ApiPaymentStepDTO
    from ..models.api_rate_dto_description import ApiRateDTODescription
    from ..models.api_rate_dto_label import ApiRateDTOLabel
    from ..models.api_rate_dto_title import ApiRateDTOTitle
    from ..models.api_rate_plan_date import ApiRatePlanDate
    from ..models.rate_plan_extra_dto import RatePlanExtraDTO


@_attrs_define
class ApiRateDTO(LazyModel):
    """List of rateplans accepted by the Room. Used mainly in Booking Engine only. For specific functionality of this
    field, try on the frontend using also the booking engine. For Channel connectivity, you can ignore

        Attributes:
            id (int | Unset): The id of the rate plan
            internal_label (str | Unset): The internal label of the rate plan
            label (ApiRateDTOLabel | Unset): The label map
            title (ApiRateDTOTitle | Unset): The title map
            description (ApiRateDTODescription | Unset): The description map
            treatment (ApiRateDTOTreatment | Unset): The treatment type
            accommodation_id (str | Unset): The property ID
            rate_plan_dates (list[ApiRatePlanDate] | Unset): The list of rate plan dates
            room_ids (list[int] | Unset): The list of room IDs
            price_model (ApiRateDTOPriceModel | Unset): The price model
            price (float | Unset): The base price
            show_prices (bool | Unset): Whether to show prices
            payment_policy (ApiPaymentStepDTO | Unset): Cancellation Policy / Payment Policy
            cancellation_policy (ApiPaymentStepDTO | Unset): Cancellation Policy / Payment Policy
            extras (list[RatePlanExtraDTO] | Unset): The list of extra product IDs
            priority (int | Unset): The priority of the rate plan
            accommodation_name (str | Unset): The name of the accommodation
    """

    id: int | Unset = UNSET
    internal_label: str | Unset = UNSET
    label: ApiRateDTOLabel | Unset = UNSET
    title: ApiRateDTOTitle | Unset = UNSET
    description: ApiRateDTODescription | Unset = UNSET
    treatment: ApiRateDTOTreatment | Unset = UNSET
    accommodation_id: str | Unset = UNSET
    rate_plan_dates: list[ApiRatePlanDate] | Unset = UNSET
    room_ids: list[int] | Unset = UNSET
    price_model: ApiRateDTOPriceModel | Unset = UNSET
    price: float | Unset = UNSET
    show_prices: bool | Unset = UNSET
    payment_policy: ApiPaymentStepDTO | Unset = UNSET
    cancellation_policy: ApiPaymentStepDTO | Unset = UNSET
    extras: list[RatePlanExtraDTO] | Unset = UNSET
    priority: int | Unset = UNSET
    accommodation_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        id = self.id

        internal_label = self.internal_label

        label: dict[str, Any] | Unset = UNSET
        if not isinstance(self.label, Unset):
            label = self.label.to_dict()

        title: dict[str, Any] | Unset = UNSET
        if not isinstance(self.title, Unset):
            title = self.title.to_dict()

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        treatment: str | Unset = UNSET
        if not isinstance(self.treatment, Unset):
            treatment = self.treatment.value

        accommodation_id = self.accommodation_id

        rate_plan_dates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rate_plan_dates, Unset):
            rate_plan_dates = []
            for rate_plan_dates_item_data in self.rate_plan_dates:
                rate_plan_dates_item = rate_plan_dates_item_data.to_dict()
                rate_plan_dates.append(rate_plan_dates_item)

        room_ids: list[int] | Unset = UNSET
        if not isinstance(self.room_ids, Unset):
            room_ids = self.room_ids

        price_model: str | Unset = UNSET
        if not isinstance(self.price_model, Unset):
            price_model = self.price_model.value

        price = self.price

        show_prices = self.show_prices

        payment_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_policy, Unset):
            payment_policy = self.payment_policy.to_dict()

        cancellation_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cancellation_policy, Unset):
            cancellation_policy = self.cancellation_policy.to_dict()

        extras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extras, Unset):
            extras = []
            for extras_item_data in self.extras:
                extras_item = extras_item_data.to_dict()
                extras.append(extras_item)

        priority = self.priority

        accommodation_name = self.accommodation_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if internal_label is not UNSET:
            field_dict["internalLabel"] = internal_label
        if label is not UNSET:
            field_dict["label"] = label
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if treatment is not UNSET:
            field_dict["treatment"] = treatment
        if accommodation_id is not UNSET:
            field_dict["accommodationId"] = accommodation_id
        if rate_plan_dates is not UNSET:
            field_dict["ratePlanDates"] = rate_plan_dates
        if room_ids is not UNSET:
            field_dict["roomIds"] = room_ids
        if price_model is not UNSET:
            field_dict["priceModel"] = price_model
        if price is not UNSET:
            field_dict["price"] = price
        if show_prices is not UNSET:
            field_dict["showPrices"] = show_prices
        if payment_policy is not UNSET:
            field_dict["paymentPolicy"] = payment_policy
        if cancellation_policy is not UNSET:
            field_dict["cancellationPolicy"] = cancellation_policy
        if extras is not UNSET:
            field_dict["extras"] = extras
        if priority is not UNSET:
            field_dict["priority"] = priority
        if accommodation_name is not UNSET:
            field_dict["accommodationName"] = accommodation_name

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


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_internal_label(d: Mapping[str, Any]) -> str | Unset:
    return d.get("internalLabel", UNSET)


def _load_label(d: Mapping[str, Any]) -> ApiRateDTOLabel | Unset:
    _label = d.get("label", UNSET)
    label: ApiRateDTOLabel | Unset
    if isinstance(_label, Unset):
        label = UNSET
    else:
        label = ApiRateDTOLabel._from_json(_label)

    return label


def _load_title(d: Mapping[str, Any]) -> ApiRateDTOTitle | Unset:
    _title = d.get("title", UNSET)
    title: ApiRateDTOTitle | Unset
    if isinstance(_title, Unset):
        title = UNSET
    else:
        title = ApiRateDTOTitle._from_json(_title)

    return title


def _load_description(d: Mapping[str, Any]) -> ApiRateDTODescription | Unset:
    _description = d.get("description", UNSET)
    description: ApiRateDTODescription | Unset
    if isinstance(_description, Unset):
        description = UNSET
    else:
        description = ApiRateDTODescription._from_json(_description)

    return description


def _load_treatment(d: Mapping[str, Any]) -> ApiRateDTOTreatment | Unset:
    _treatment = d.get("treatment", UNSET)
    treatment: ApiRateDTOTreatment | Unset
    if isinstance(_treatment, Unset):
        treatment = UNSET
    else:
        treatment = enum_member(ApiRateDTOTreatment, _treatment)

    return treatment


def _load_accommodation_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("accommodationId", UNSET)


def _load_rate_plan_dates(d: Mapping[str, Any]) -> list[ApiRatePlanDate] | Unset:
    _rate_plan_dates = d.get("ratePlanDates", UNSET)
    rate_plan_dates: list[ApiRatePlanDate] | Unset = UNSET
    if _rate_plan_dates is not UNSET:
        rate_plan_dates = ApiRatePlanDate._from_json_list(_rate_plan_dates)

    return rate_plan_dates


def _load_room_ids(d: Mapping[str, Any]) -> list[int] | Unset:
    room_ids = cast(list[int], d.get("roomIds", UNSET))

    return room_ids


def _load_price_model(d: Mapping[str, Any]) -> ApiRateDTOPriceModel | Unset:
    _price_model = d.get("priceModel", UNSET)
    price_model: ApiRateDTOPriceModel | Unset
    if isinstance(_price_model, Unset):
        price_model = UNSET
    else:
        price_model = enum_member(ApiRateDTOPriceModel, _price_model)

    return price_model


def _load_price(d: Mapping[str, Any]) -> float | Unset:
    return d.get("price", UNSET)


def _load_show_prices(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("showPrices", UNSET)


def _load_payment_policy(d: Mapping[str, Any]) -> ApiPaymentStepDTO | Unset:
    _payment_policy = d.get("paymentPolicy", UNSET)
    payment_policy: ApiPaymentStepDTO | Unset
    if isinstance(_payment_policy, Unset):
        payment_policy = UNSET
    else:
        payment_policy = ApiPaymentStepDTO._from_json(_payment_policy)

    return payment_policy


def _load_cancellation_policy(d: Mapping[str, Any]) -> ApiPaymentStepDTO | Unset:
    _cancellation_policy = d.get("cancellationPolicy", UNSET)
    cancellation_policy: ApiPaymentStepDTO | Unset
    if isinstance(_cancellation_policy, Unset):
        cancellation_policy = UNSET
    else:
        cancellation_policy = ApiPaymentStepDTO._from_json(_cancellation_policy)

    return cancellation_policy


def _load_extras(d: Mapping[str, Any]) -> list[RatePlanExtraDTO] | Unset:
    _extras = d.get("extras", UNSET)
    extras: list[RatePlanExtraDTO] | Unset = UNSET
    if _extras is not UNSET:
        extras = RatePlanExtraDTO._from_json_list(_extras)

    return extras


def _load_priority(d: Mapping[str, Any]) -> int | Unset:
    return d.get("priority", UNSET)


def _load_accommodation_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("accommodationName", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "id",
        "internalLabel",
        "label",
        "title",
        "description",
        "treatment",
        "accommodationId",
        "ratePlanDates",
        "roomIds",
        "priceModel",
        "price",
        "showPrices",
        "paymentPolicy",
        "cancellationPolicy",
        "extras",
        "priority",
        "accommodationName",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiRateDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "internal_label" not in seen:
        _set(self, "internal_label", d.get("internalLabel", UNSET))
    if "label" not in seen:
        _label = d.get("label", UNSET)
        label: ApiRateDTOLabel | Unset
        if isinstance(_label, Unset):
            label = UNSET
        else:
            label = ApiRateDTOLabel._from_json(_label)

        _set(self, "label", label)
    if "title" not in seen:
        _title = d.get("title", UNSET)
        title: ApiRateDTOTitle | Unset
        if isinstance(_title, Unset):
            title = UNSET
        else:
            title = ApiRateDTOTitle._from_json(_title)

        _set(self, "title", title)
    if "description" not in seen:
        _description = d.get("description", UNSET)
        description: ApiRateDTODescription | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = ApiRateDTODescription._from_json(_description)

        _set(self, "description", description)
    if "treatment" not in seen:
        _treatment = d.get("treatment", UNSET)
        treatment: ApiRateDTOTreatment | Unset
        if isinstance(_treatment, Unset):
            treatment = UNSET
        else:
            treatment = enum_member(ApiRateDTOTreatment, _treatment)

        _set(self, "treatment", treatment)
    if "accommodation_id" not in seen:
        _set(self, "accommodation_id", d.get("accommodationId", UNSET))
    if "rate_plan_dates" not in seen:
        _rate_plan_dates = d.get("ratePlanDates", UNSET)
        rate_plan_dates: list[ApiRatePlanDate] | Unset = UNSET
        if _rate_plan_dates is not UNSET:
            rate_plan_dates = ApiRatePlanDate._from_json_list(_rate_plan_dates)

        _set(self, "rate_plan_dates", rate_plan_dates)
    if "room_ids" not in seen:
        room_ids = cast(list[int], d.get("roomIds", UNSET))

        _set(self, "room_ids", room_ids)
    if "price_model" not in seen:
        _price_model = d.get("priceModel", UNSET)
        price_model: ApiRateDTOPriceModel | Unset
        if isinstance(_price_model, Unset):
            price_model = UNSET
        else:
            price_model = enum_member(ApiRateDTOPriceModel, _price_model)

        _set(self, "price_model", price_model)
    if "price" not in seen:
        _set(self, "price", d.get("price", UNSET))
    if "show_prices" not in seen:
        _set(self, "show_prices", d.get("showPrices", UNSET))
    if "payment_policy" not in seen:
        _payment_policy = d.get("paymentPolicy", UNSET)
        payment_policy: ApiPaymentStepDTO | Unset
        if isinstance(_payment_policy, Unset):
            payment_policy = UNSET
        else:
            payment_policy = ApiPaymentStepDTO._from_json(_payment_policy)

        _set(self, "payment_policy", payment_policy)
    if "cancellation_policy" not in seen:
        _cancellation_policy = d.get("cancellationPolicy", UNSET)
        cancellation_policy: ApiPaymentStepDTO | Unset
        if isinstance(_cancellation_policy, Unset):
            cancellation_policy = UNSET
        else:
            cancellation_policy = ApiPaymentStepDTO._from_json(_cancellation_policy)

        _set(self, "cancellation_policy", cancellation_policy)
    if "extras" not in seen:
        _extras = d.get("extras", UNSET)
        extras: list[RatePlanExtraDTO] | Unset = UNSET
        if _extras is not UNSET:
            extras = RatePlanExtraDTO._from_json_list(_extras)

        _set(self, "extras", extras)
    if "priority" not in seen:
        _set(self, "priority", d.get("priority", UNSET))
    if "accommodation_name" not in seen:
        _set(self, "accommodation_name", d.get("accommodationName", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiRateDTO._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "id": _load_id,
        "internal_label": _load_internal_label,
        "label": _load_label,
        "title": _load_title,
        "description": _load_description,
        "treatment": _load_treatment,
        "accommodation_id": _load_accommodation_id,
        "rate_plan_dates": _load_rate_plan_dates,
        "room_ids": _load_room_ids,
        "price_model": _load_price_model,
        "price": _load_price,
        "show_prices": _load_show_prices,
        "payment_policy": _load_payment_policy,
        "cancellation_policy": _load_cancellation_policy,
        "extras": _load_extras,
        "priority": _load_priority,
        "accommodation_name": _load_accommodation_name,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "label",
        "title",
        "description",
        "rate_plan_dates",
        "room_ids",
        "payment_policy",
        "cancellation_policy",
        "extras",
        "additional_properties",
    ),
    keys={
        "id": "id",
        "internal_label": "internalLabel",
        "label": "label",
        "title": "title",
        "description": "description",
        "treatment": "treatment",
        "accommodation_id": "accommodationId",
        "rate_plan_dates": "ratePlanDates",
        "room_ids": "roomIds",
        "price_model": "priceModel",
        "price": "price",
        "show_prices": "showPrices",
        "payment_policy": "paymentPolicy",
        "cancellation_policy": "cancellationPolicy",
        "extras": "extras",
        "priority": "priority",
        "accommodation_name": "accommodationName",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_payment_step_dto import ApiPaymentStepDTO  # noqa: E402
from ..models.api_rate_dto_description import ApiRateDTODescription  # noqa: E402
from ..models.api_rate_dto_label import ApiRateDTOLabel  # noqa: E402
from ..models.api_rate_dto_title import ApiRateDTOTitle  # noqa: E402
from ..models.api_rate_plan_date import ApiRatePlanDate  # noqa: E402
from ..models.rate_plan_extra_dto import RatePlanExtraDTO  # noqa: E402
