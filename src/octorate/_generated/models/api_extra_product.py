from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_extra_product_model import ApiExtraProductModel
from ..models.api_extra_product_unit import ApiExtraProductUnit
from ..models.api_extra_product_valid_days_item import ApiExtraProductValidDaysItem
from ..models.api_extra_product_vat_exemption import ApiExtraProductVatExemption
from ..types import UNSET, Unset, enum_member, parse_datetime

if TYPE_CHECKING:
    from ..models.api_accommodation_light import ApiAccommodationLight
    from ..models.api_extra_product_description_type_0 import ApiExtraProductDescriptionType0
    from ..models.api_extra_product_title_type_0 import ApiExtraProductTitleType0
    from ..models.api_listing_light_type_0 import ApiListingLightType0


@_attrs_define
class ApiExtraProduct(LazyModel):
    """
    Attributes:
        name (str): name of this extra
        model (ApiExtraProductModel): Describe the type of calculation done with the base price, the reservation nights,
            the pax, etc...
        id (int | Unset): Id of this product (to identity the same extras) Example: 12322.
        accommodation (ApiAccommodationLight | Unset): Original accommodation this reservation was assigned
        enabled (bool | Unset): true if this extra is currently enabled Default: False.
        mandatory (bool | Unset): true if this extra must be book on booking engine Default: False.
        refundable (bool | Unset): true if this product is refundable Default: False.
        base_price (float | Unset): Base price for calculate this extra Default: 0.0.
        tax_percent (float | Unset): Tax to apply (in 0-100% value) Default: 0.0.
        description (ApiExtraProductDescriptionType0 | None | Unset): Description to show in different languages
        title (ApiExtraProductTitleType0 | None | Unset): Title to show in different languages
        category (None | str | Unset): Category where put this item
        room_filter (list[ApiListingLightType0 | None] | None | Unset): Normally this product applies to all the rooms
            of the accommodation (null).  If you want to use only for selected rooms, you can filter the rooms to associate
            with the extra
        valid_days (list[ApiExtraProductValidDaysItem] | Unset): The list of valid days
        show_calendar (bool | Unset): If the product is enabled to view the calendar return true Default: False.
        external_id (str | Unset): The external id of the product
        display_on_pms (bool | Unset): Is this extra visible on PMS? Default: False.
        extra_category_id (int | Unset): The id of product/extra category
        display_booking_engine (bool | Unset): Is this extra visible on Booking engine? Default: False.
        priority (int | Unset): The priority of the extra Default: 99.
        display_octo_site (bool | Unset): Is this extra visible on Octosite? Default: False.
        explode (bool | Unset): Whether explode or not the panel on BE
        vat_exemption (ApiExtraProductVatExemption | Unset): The Invoice Vat Exemption of the extra
        vat_exception_detail (str | Unset): The Invoice Vat Exception detail of the extra
        unit (ApiExtraProductUnit | Unset): The Product Unit of the extra
        availability (int | Unset): The availability of the extra
        display_on_rate (bool | Unset): Is this extra display on rate? Default: False.
        conditions (str | Unset): The term conditions of the extra
        fiscal_id (str | Unset): The fiscal Id of the extra
        last_modified_time (datetime.datetime | Unset): The last Modified time of the extras)
        portal_name (str | Unset): The portal name of the extra
        photo (str | Unset): The photo of the extra
        fiscal_printer_department_id (int | None | Unset): The fiscal printer departments
    """

    name: str
    model: ApiExtraProductModel
    id: int | Unset = UNSET
    accommodation: ApiAccommodationLight | Unset = UNSET
    enabled: bool | Unset = False
    mandatory: bool | Unset = False
    refundable: bool | Unset = False
    base_price: float | Unset = 0.0
    tax_percent: float | Unset = 0.0
    description: ApiExtraProductDescriptionType0 | None | Unset = UNSET
    title: ApiExtraProductTitleType0 | None | Unset = UNSET
    category: None | str | Unset = UNSET
    room_filter: list[ApiListingLightType0 | None] | None | Unset = UNSET
    valid_days: list[ApiExtraProductValidDaysItem] | Unset = UNSET
    show_calendar: bool | Unset = False
    external_id: str | Unset = UNSET
    display_on_pms: bool | Unset = False
    extra_category_id: int | Unset = UNSET
    display_booking_engine: bool | Unset = False
    priority: int | Unset = 99
    display_octo_site: bool | Unset = False
    explode: bool | Unset = UNSET
    vat_exemption: ApiExtraProductVatExemption | Unset = UNSET
    vat_exception_detail: str | Unset = UNSET
    unit: ApiExtraProductUnit | Unset = UNSET
    availability: int | Unset = UNSET
    display_on_rate: bool | Unset = False
    conditions: str | Unset = UNSET
    fiscal_id: str | Unset = UNSET
    last_modified_time: datetime.datetime | Unset = UNSET
    portal_name: str | Unset = UNSET
    photo: str | Unset = UNSET
    fiscal_printer_department_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        name = self.name

        model = self.model.value

        id = self.id

        accommodation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accommodation, Unset):
            accommodation = self.accommodation.to_dict()

        enabled = self.enabled

        mandatory = self.mandatory

        refundable = self.refundable

        base_price = self.base_price

        tax_percent = self.tax_percent

        description: dict[str, Any] | None | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        elif isinstance(self.description, ApiExtraProductDescriptionType0):
            description = self.description.to_dict()
        else:
            description = self.description

        title: dict[str, Any] | None | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        elif isinstance(self.title, ApiExtraProductTitleType0):
            title = self.title.to_dict()
        else:
            title = self.title

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        room_filter: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.room_filter, Unset):
            room_filter = UNSET
        elif isinstance(self.room_filter, list):
            room_filter = []
            for room_filter_type_0_item_data in self.room_filter:
                room_filter_type_0_item: dict[str, Any] | None
                if isinstance(room_filter_type_0_item_data, ApiListingLightType0):
                    room_filter_type_0_item = room_filter_type_0_item_data.to_dict()
                else:
                    room_filter_type_0_item = room_filter_type_0_item_data
                room_filter.append(room_filter_type_0_item)

        else:
            room_filter = self.room_filter

        valid_days: list[str] | Unset = UNSET
        if not isinstance(self.valid_days, Unset):
            valid_days = []
            for valid_days_item_data in self.valid_days:
                valid_days_item = valid_days_item_data.value
                valid_days.append(valid_days_item)

        show_calendar = self.show_calendar

        external_id = self.external_id

        display_on_pms = self.display_on_pms

        extra_category_id = self.extra_category_id

        display_booking_engine = self.display_booking_engine

        priority = self.priority

        display_octo_site = self.display_octo_site

        explode = self.explode

        vat_exemption: str | Unset = UNSET
        if not isinstance(self.vat_exemption, Unset):
            vat_exemption = self.vat_exemption.value

        vat_exception_detail = self.vat_exception_detail

        unit: str | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.value

        availability = self.availability

        display_on_rate = self.display_on_rate

        conditions = self.conditions

        fiscal_id = self.fiscal_id

        last_modified_time: str | Unset = UNSET
        if not isinstance(self.last_modified_time, Unset):
            last_modified_time = self.last_modified_time.isoformat()

        portal_name = self.portal_name

        photo = self.photo

        fiscal_printer_department_id: int | None | Unset
        if isinstance(self.fiscal_printer_department_id, Unset):
            fiscal_printer_department_id = UNSET
        else:
            fiscal_printer_department_id = self.fiscal_printer_department_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "model": model,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if accommodation is not UNSET:
            field_dict["accommodation"] = accommodation
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if mandatory is not UNSET:
            field_dict["mandatory"] = mandatory
        if refundable is not UNSET:
            field_dict["refundable"] = refundable
        if base_price is not UNSET:
            field_dict["basePrice"] = base_price
        if tax_percent is not UNSET:
            field_dict["taxPercent"] = tax_percent
        if description is not UNSET:
            field_dict["description"] = description
        if title is not UNSET:
            field_dict["title"] = title
        if category is not UNSET:
            field_dict["category"] = category
        if room_filter is not UNSET:
            field_dict["roomFilter"] = room_filter
        if valid_days is not UNSET:
            field_dict["validDays"] = valid_days
        if show_calendar is not UNSET:
            field_dict["showCalendar"] = show_calendar
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if display_on_pms is not UNSET:
            field_dict["displayOnPms"] = display_on_pms
        if extra_category_id is not UNSET:
            field_dict["extraCategoryId"] = extra_category_id
        if display_booking_engine is not UNSET:
            field_dict["displayBookingEngine"] = display_booking_engine
        if priority is not UNSET:
            field_dict["priority"] = priority
        if display_octo_site is not UNSET:
            field_dict["displayOctoSite"] = display_octo_site
        if explode is not UNSET:
            field_dict["explode"] = explode
        if vat_exemption is not UNSET:
            field_dict["vatExemption"] = vat_exemption
        if vat_exception_detail is not UNSET:
            field_dict["vatExceptionDetail"] = vat_exception_detail
        if unit is not UNSET:
            field_dict["unit"] = unit
        if availability is not UNSET:
            field_dict["availability"] = availability
        if display_on_rate is not UNSET:
            field_dict["displayOnRate"] = display_on_rate
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if fiscal_id is not UNSET:
            field_dict["fiscalId"] = fiscal_id
        if last_modified_time is not UNSET:
            field_dict["lastModifiedTime"] = last_modified_time
        if portal_name is not UNSET:
            field_dict["portalName"] = portal_name
        if photo is not UNSET:
            field_dict["photo"] = photo
        if fiscal_printer_department_id is not UNSET:
            field_dict["fiscalPrinterDepartmentId"] = fiscal_printer_department_id

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


def _load_name(d: Mapping[str, Any]) -> str:
    return d["name"]


def _load_model(d: Mapping[str, Any]) -> ApiExtraProductModel:
    model = enum_member(ApiExtraProductModel, d["model"])

    return model


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_accommodation(d: Mapping[str, Any]) -> ApiAccommodationLight | Unset:
    _accommodation = d.get("accommodation", UNSET)
    accommodation: ApiAccommodationLight | Unset
    if isinstance(_accommodation, Unset):
        accommodation = UNSET
    else:
        accommodation = ApiAccommodationLight._from_json(_accommodation)

    return accommodation


def _load_enabled(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("enabled", UNSET)


def _load_mandatory(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("mandatory", UNSET)


def _load_refundable(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("refundable", UNSET)


def _load_base_price(d: Mapping[str, Any]) -> float | Unset:
    return d.get("basePrice", UNSET)


def _load_tax_percent(d: Mapping[str, Any]) -> float | Unset:
    return d.get("taxPercent", UNSET)


def _load_description(d: Mapping[str, Any]) -> ApiExtraProductDescriptionType0 | None | Unset:
    def _parse_description(data: object) -> ApiExtraProductDescriptionType0 | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            description_type_0 = ApiExtraProductDescriptionType0._from_json(data)

            return description_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(ApiExtraProductDescriptionType0 | None | Unset, data)

    description = _parse_description(d.get("description", UNSET))

    return description


def _load_title(d: Mapping[str, Any]) -> ApiExtraProductTitleType0 | None | Unset:
    def _parse_title(data: object) -> ApiExtraProductTitleType0 | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            title_type_0 = ApiExtraProductTitleType0._from_json(data)

            return title_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(ApiExtraProductTitleType0 | None | Unset, data)

    title = _parse_title(d.get("title", UNSET))

    return title


def _load_category(d: Mapping[str, Any]) -> None | str | Unset:
    def _parse_category(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    category = _parse_category(d.get("category", UNSET))

    return category


def _load_room_filter(d: Mapping[str, Any]) -> list[ApiListingLightType0 | None] | None | Unset:
    def _parse_room_filter(data: object) -> list[ApiListingLightType0 | None] | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, list):
                raise TypeError()
            room_filter_type_0 = []
            _room_filter_type_0 = data
            for room_filter_type_0_item_data in _room_filter_type_0:

                def _parse_room_filter_type_0_item(data: object) -> ApiListingLightType0 | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_api_listing_light_type_0 = (
                            ApiListingLightType0._from_json(data)
                        )

                        return componentsschemas_api_listing_light_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(ApiListingLightType0 | None, data)

                room_filter_type_0_item = _parse_room_filter_type_0_item(
                    room_filter_type_0_item_data
                )

                room_filter_type_0.append(room_filter_type_0_item)

            return room_filter_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(list[ApiListingLightType0 | None] | None | Unset, data)

    room_filter = _parse_room_filter(d.get("roomFilter", UNSET))

    return room_filter


def _load_valid_days(d: Mapping[str, Any]) -> list[ApiExtraProductValidDaysItem] | Unset:
    _valid_days = d.get("validDays", UNSET)
    valid_days: list[ApiExtraProductValidDaysItem] | Unset = UNSET
    if _valid_days is not UNSET:
        valid_days = []
        for valid_days_item_data in _valid_days:
            valid_days_item = enum_member(ApiExtraProductValidDaysItem, valid_days_item_data)

            valid_days.append(valid_days_item)

    return valid_days


def _load_show_calendar(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("showCalendar", UNSET)


def _load_external_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("externalId", UNSET)


def _load_display_on_pms(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("displayOnPms", UNSET)


def _load_extra_category_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("extraCategoryId", UNSET)


def _load_display_booking_engine(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("displayBookingEngine", UNSET)


def _load_priority(d: Mapping[str, Any]) -> int | Unset:
    return d.get("priority", UNSET)


def _load_display_octo_site(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("displayOctoSite", UNSET)


def _load_explode(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("explode", UNSET)


def _load_vat_exemption(d: Mapping[str, Any]) -> ApiExtraProductVatExemption | Unset:
    _vat_exemption = d.get("vatExemption", UNSET)
    vat_exemption: ApiExtraProductVatExemption | Unset
    if isinstance(_vat_exemption, Unset):
        vat_exemption = UNSET
    else:
        vat_exemption = enum_member(ApiExtraProductVatExemption, _vat_exemption)

    return vat_exemption


def _load_vat_exception_detail(d: Mapping[str, Any]) -> str | Unset:
    return d.get("vatExceptionDetail", UNSET)


def _load_unit(d: Mapping[str, Any]) -> ApiExtraProductUnit | Unset:
    _unit = d.get("unit", UNSET)
    unit: ApiExtraProductUnit | Unset
    if isinstance(_unit, Unset):
        unit = UNSET
    else:
        unit = enum_member(ApiExtraProductUnit, _unit)

    return unit


def _load_availability(d: Mapping[str, Any]) -> int | Unset:
    return d.get("availability", UNSET)


def _load_display_on_rate(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("displayOnRate", UNSET)


def _load_conditions(d: Mapping[str, Any]) -> str | Unset:
    return d.get("conditions", UNSET)


def _load_fiscal_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("fiscalId", UNSET)


def _load_last_modified_time(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _last_modified_time = d.get("lastModifiedTime", UNSET)
    last_modified_time: datetime.datetime | Unset
    if isinstance(_last_modified_time, Unset):
        last_modified_time = UNSET
    else:
        last_modified_time = parse_datetime(_last_modified_time)

    return last_modified_time


def _load_portal_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("portalName", UNSET)


def _load_photo(d: Mapping[str, Any]) -> str | Unset:
    return d.get("photo", UNSET)


def _load_fiscal_printer_department_id(d: Mapping[str, Any]) -> int | None | Unset:
    def _parse_fiscal_printer_department_id(data: object) -> int | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(int | None | Unset, data)

    fiscal_printer_department_id = _parse_fiscal_printer_department_id(
        d.get("fiscalPrinterDepartmentId", UNSET)
    )

    return fiscal_printer_department_id


_KNOWN_KEYS = frozenset(
    (
        "name",
        "model",
        "id",
        "accommodation",
        "enabled",
        "mandatory",
        "refundable",
        "basePrice",
        "taxPercent",
        "description",
        "title",
        "category",
        "roomFilter",
        "validDays",
        "showCalendar",
        "externalId",
        "displayOnPms",
        "extraCategoryId",
        "displayBookingEngine",
        "priority",
        "displayOctoSite",
        "explode",
        "vatExemption",
        "vatExceptionDetail",
        "unit",
        "availability",
        "displayOnRate",
        "conditions",
        "fiscalId",
        "lastModifiedTime",
        "portalName",
        "photo",
        "fiscalPrinterDepartmentId",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiExtraProduct, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "name" not in seen:
        _set(self, "name", d["name"])
    if "model" not in seen:
        model = enum_member(ApiExtraProductModel, d["model"])

        _set(self, "model", model)
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "accommodation" not in seen:
        _accommodation = d.get("accommodation", UNSET)
        accommodation: ApiAccommodationLight | Unset
        if isinstance(_accommodation, Unset):
            accommodation = UNSET
        else:
            accommodation = ApiAccommodationLight._from_json(_accommodation)

        _set(self, "accommodation", accommodation)
    if "enabled" not in seen:
        _set(self, "enabled", d.get("enabled", UNSET))
    if "mandatory" not in seen:
        _set(self, "mandatory", d.get("mandatory", UNSET))
    if "refundable" not in seen:
        _set(self, "refundable", d.get("refundable", UNSET))
    if "base_price" not in seen:
        _set(self, "base_price", d.get("basePrice", UNSET))
    if "tax_percent" not in seen:
        _set(self, "tax_percent", d.get("taxPercent", UNSET))
    if "description" not in seen:

        def _parse_description(data: object) -> ApiExtraProductDescriptionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                description_type_0 = ApiExtraProductDescriptionType0._from_json(data)

                return description_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiExtraProductDescriptionType0 | None | Unset, data)

        description = _parse_description(d.get("description", UNSET))

        _set(self, "description", description)
    if "title" not in seen:

        def _parse_title(data: object) -> ApiExtraProductTitleType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                title_type_0 = ApiExtraProductTitleType0._from_json(data)

                return title_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiExtraProductTitleType0 | None | Unset, data)

        title = _parse_title(d.get("title", UNSET))

        _set(self, "title", title)
    if "category" not in seen:

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.get("category", UNSET))

        _set(self, "category", category)
    if "room_filter" not in seen:

        def _parse_room_filter(data: object) -> list[ApiListingLightType0 | None] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                room_filter_type_0 = []
                _room_filter_type_0 = data
                for room_filter_type_0_item_data in _room_filter_type_0:

                    def _parse_room_filter_type_0_item(data: object) -> ApiListingLightType0 | None:
                        if data is None:
                            return data
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_api_listing_light_type_0 = (
                                ApiListingLightType0._from_json(data)
                            )

                            return componentsschemas_api_listing_light_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(ApiListingLightType0 | None, data)

                    room_filter_type_0_item = _parse_room_filter_type_0_item(
                        room_filter_type_0_item_data
                    )

                    room_filter_type_0.append(room_filter_type_0_item)

                return room_filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ApiListingLightType0 | None] | None | Unset, data)

        room_filter = _parse_room_filter(d.get("roomFilter", UNSET))

        _set(self, "room_filter", room_filter)
    if "valid_days" not in seen:
        _valid_days = d.get("validDays", UNSET)
        valid_days: list[ApiExtraProductValidDaysItem] | Unset = UNSET
        if _valid_days is not UNSET:
            valid_days = []
            for valid_days_item_data in _valid_days:
                valid_days_item = enum_member(ApiExtraProductValidDaysItem, valid_days_item_data)

                valid_days.append(valid_days_item)

        _set(self, "valid_days", valid_days)
    if "show_calendar" not in seen:
        _set(self, "show_calendar", d.get("showCalendar", UNSET))
    if "external_id" not in seen:
        _set(self, "external_id", d.get("externalId", UNSET))
    if "display_on_pms" not in seen:
        _set(self, "display_on_pms", d.get("displayOnPms", UNSET))
    if "extra_category_id" not in seen:
        _set(self, "extra_category_id", d.get("extraCategoryId", UNSET))
    if "display_booking_engine" not in seen:
        _set(self, "display_booking_engine", d.get("displayBookingEngine", UNSET))
    if "priority" not in seen:
        _set(self, "priority", d.get("priority", UNSET))
    if "display_octo_site" not in seen:
        _set(self, "display_octo_site", d.get("displayOctoSite", UNSET))
    if "explode" not in seen:
        _set(self, "explode", d.get("explode", UNSET))
    if "vat_exemption" not in seen:
        _vat_exemption = d.get("vatExemption", UNSET)
        vat_exemption: ApiExtraProductVatExemption | Unset
        if isinstance(_vat_exemption, Unset):
            vat_exemption = UNSET
        else:
            vat_exemption = enum_member(ApiExtraProductVatExemption, _vat_exemption)

        _set(self, "vat_exemption", vat_exemption)
    if "vat_exception_detail" not in seen:
        _set(self, "vat_exception_detail", d.get("vatExceptionDetail", UNSET))
    if "unit" not in seen:
        _unit = d.get("unit", UNSET)
        unit: ApiExtraProductUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = enum_member(ApiExtraProductUnit, _unit)

        _set(self, "unit", unit)
    if "availability" not in seen:
        _set(self, "availability", d.get("availability", UNSET))
    if "display_on_rate" not in seen:
        _set(self, "display_on_rate", d.get("displayOnRate", UNSET))
    if "conditions" not in seen:
        _set(self, "conditions", d.get("conditions", UNSET))
    if "fiscal_id" not in seen:
        _set(self, "fiscal_id", d.get("fiscalId", UNSET))
    if "last_modified_time" not in seen:
        _last_modified_time = d.get("lastModifiedTime", UNSET)
        last_modified_time: datetime.datetime | Unset
        if isinstance(_last_modified_time, Unset):
            last_modified_time = UNSET
        else:
            last_modified_time = parse_datetime(_last_modified_time)

        _set(self, "last_modified_time", last_modified_time)
    if "portal_name" not in seen:
        _set(self, "portal_name", d.get("portalName", UNSET))
    if "photo" not in seen:
        _set(self, "photo", d.get("photo", UNSET))
    if "fiscal_printer_department_id" not in seen:

        def _parse_fiscal_printer_department_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        fiscal_printer_department_id = _parse_fiscal_printer_department_id(
            d.get("fiscalPrinterDepartmentId", UNSET)
        )

        _set(self, "fiscal_printer_department_id", fiscal_printer_department_id)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiExtraProduct._octorate_fields = FieldTable(
    required=frozenset(
        (
            "name",
            "model",
        )
    ),
    loaders={
        "name": _load_name,
        "model": _load_model,
        "id": _load_id,
        "accommodation": _load_accommodation,
        "enabled": _load_enabled,
        "mandatory": _load_mandatory,
        "refundable": _load_refundable,
        "base_price": _load_base_price,
        "tax_percent": _load_tax_percent,
        "description": _load_description,
        "title": _load_title,
        "category": _load_category,
        "room_filter": _load_room_filter,
        "valid_days": _load_valid_days,
        "show_calendar": _load_show_calendar,
        "external_id": _load_external_id,
        "display_on_pms": _load_display_on_pms,
        "extra_category_id": _load_extra_category_id,
        "display_booking_engine": _load_display_booking_engine,
        "priority": _load_priority,
        "display_octo_site": _load_display_octo_site,
        "explode": _load_explode,
        "vat_exemption": _load_vat_exemption,
        "vat_exception_detail": _load_vat_exception_detail,
        "unit": _load_unit,
        "availability": _load_availability,
        "display_on_rate": _load_display_on_rate,
        "conditions": _load_conditions,
        "fiscal_id": _load_fiscal_id,
        "last_modified_time": _load_last_modified_time,
        "portal_name": _load_portal_name,
        "photo": _load_photo,
        "fiscal_printer_department_id": _load_fiscal_printer_department_id,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "accommodation",
        "description",
        "title",
        "category",
        "room_filter",
        "valid_days",
        "fiscal_printer_department_id",
        "additional_properties",
    ),
    keys={
        "name": "name",
        "model": "model",
        "id": "id",
        "accommodation": "accommodation",
        "enabled": "enabled",
        "mandatory": "mandatory",
        "refundable": "refundable",
        "base_price": "basePrice",
        "tax_percent": "taxPercent",
        "description": "description",
        "title": "title",
        "category": "category",
        "room_filter": "roomFilter",
        "valid_days": "validDays",
        "show_calendar": "showCalendar",
        "external_id": "externalId",
        "display_on_pms": "displayOnPms",
        "extra_category_id": "extraCategoryId",
        "display_booking_engine": "displayBookingEngine",
        "priority": "priority",
        "display_octo_site": "displayOctoSite",
        "explode": "explode",
        "vat_exemption": "vatExemption",
        "vat_exception_detail": "vatExceptionDetail",
        "unit": "unit",
        "availability": "availability",
        "display_on_rate": "displayOnRate",
        "conditions": "conditions",
        "fiscal_id": "fiscalId",
        "last_modified_time": "lastModifiedTime",
        "portal_name": "portalName",
        "photo": "photo",
        "fiscal_printer_department_id": "fiscalPrinterDepartmentId",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_accommodation_light import ApiAccommodationLight  # noqa: E402
from ..models.api_extra_product_description_type_0 import ApiExtraProductDescriptionType0  # noqa: E402
from ..models.api_extra_product_title_type_0 import ApiExtraProductTitleType0  # noqa: E402
from ..models.api_listing_light_type_0 import ApiListingLightType0  # noqa: E402
