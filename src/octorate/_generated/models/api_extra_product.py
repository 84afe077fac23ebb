from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


T = TypeVar("T", bound="ApiExtraProduct")


@_attrs_define
class ApiExtraProduct:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        model = enum_member(ApiExtraProductModel, d.pop("model"))

        id = d.pop("id", UNSET)

        _accommodation = d.pop("accommodation", UNSET)
        accommodation: ApiAccommodationLight | Unset
        if isinstance(_accommodation, Unset):
            accommodation = UNSET
        else:
            accommodation = ApiAccommodationLight.from_dict(_accommodation)

        enabled = d.pop("enabled", UNSET)

        mandatory = d.pop("mandatory", UNSET)

        refundable = d.pop("refundable", UNSET)

        base_price = d.pop("basePrice", UNSET)

        tax_percent = d.pop("taxPercent", UNSET)

        def _parse_description(data: object) -> ApiExtraProductDescriptionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                description_type_0 = ApiExtraProductDescriptionType0.from_dict(data)

                return description_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiExtraProductDescriptionType0 | None | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_title(data: object) -> ApiExtraProductTitleType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                title_type_0 = ApiExtraProductTitleType0.from_dict(data)

                return title_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiExtraProductTitleType0 | None | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

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
                                ApiListingLightType0.from_dict(data)
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

        room_filter = _parse_room_filter(d.pop("roomFilter", UNSET))

        _valid_days = d.pop("validDays", UNSET)
        valid_days: list[ApiExtraProductValidDaysItem] | Unset = UNSET
        if _valid_days is not UNSET:
            valid_days = []
            for valid_days_item_data in _valid_days:
                valid_days_item = enum_member(ApiExtraProductValidDaysItem, valid_days_item_data)

                valid_days.append(valid_days_item)

        show_calendar = d.pop("showCalendar", UNSET)

        external_id = d.pop("externalId", UNSET)

        display_on_pms = d.pop("displayOnPms", UNSET)

        extra_category_id = d.pop("extraCategoryId", UNSET)

        display_booking_engine = d.pop("displayBookingEngine", UNSET)

        priority = d.pop("priority", UNSET)

        display_octo_site = d.pop("displayOctoSite", UNSET)

        explode = d.pop("explode", UNSET)

        _vat_exemption = d.pop("vatExemption", UNSET)
        vat_exemption: ApiExtraProductVatExemption | Unset
        if isinstance(_vat_exemption, Unset):
            vat_exemption = UNSET
        else:
            vat_exemption = enum_member(ApiExtraProductVatExemption, _vat_exemption)

        vat_exception_detail = d.pop("vatExceptionDetail", UNSET)

        _unit = d.pop("unit", UNSET)
        unit: ApiExtraProductUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = enum_member(ApiExtraProductUnit, _unit)

        availability = d.pop("availability", UNSET)

        display_on_rate = d.pop("displayOnRate", UNSET)

        conditions = d.pop("conditions", UNSET)

        fiscal_id = d.pop("fiscalId", UNSET)

        _last_modified_time = d.pop("lastModifiedTime", UNSET)
        last_modified_time: datetime.datetime | Unset
        if isinstance(_last_modified_time, Unset):
            last_modified_time = UNSET
        else:
            last_modified_time = parse_datetime(_last_modified_time)

        portal_name = d.pop("portalName", UNSET)

        photo = d.pop("photo", UNSET)

        def _parse_fiscal_printer_department_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        fiscal_printer_department_id = _parse_fiscal_printer_department_id(
            d.pop("fiscalPrinterDepartmentId", UNSET)
        )

        api_extra_product = cls(
            name=name,
            model=model,
            id=id,
            accommodation=accommodation,
            enabled=enabled,
            mandatory=mandatory,
            refundable=refundable,
            base_price=base_price,
            tax_percent=tax_percent,
            description=description,
            title=title,
            category=category,
            room_filter=room_filter,
            valid_days=valid_days,
            show_calendar=show_calendar,
            external_id=external_id,
            display_on_pms=display_on_pms,
            extra_category_id=extra_category_id,
            display_booking_engine=display_booking_engine,
            priority=priority,
            display_octo_site=display_octo_site,
            explode=explode,
            vat_exemption=vat_exemption,
            vat_exception_detail=vat_exception_detail,
            unit=unit,
            availability=availability,
            display_on_rate=display_on_rate,
            conditions=conditions,
            fiscal_id=fiscal_id,
            last_modified_time=last_modified_time,
            portal_name=portal_name,
            photo=photo,
            fiscal_printer_department_id=fiscal_printer_department_id,
        )

        api_extra_product.additional_properties = d
        return api_extra_product

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
from ..models.api_accommodation_light import ApiAccommodationLight  # noqa: E402
from ..models.api_extra_product_description_type_0 import ApiExtraProductDescriptionType0  # noqa: E402
from ..models.api_extra_product_title_type_0 import ApiExtraProductTitleType0  # noqa: E402
from ..models.api_listing_light_type_0 import ApiListingLightType0  # noqa: E402
