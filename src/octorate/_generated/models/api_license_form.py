from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_license_form_billing_network_mode import ApiLicenseFormBillingNetworkMode
from ..models.api_license_form_channel_manager import ApiLicenseFormChannelManager
from ..types import UNSET, Unset, enum_member, parse_datetime

T = TypeVar("T", bound="ApiLicenseForm")


@_attrs_define
class ApiLicenseForm:
    """Current active license of this property

    Attributes:
        channel_manager (ApiLicenseFormChannelManager | Unset): The channel manager version
        booking_engine (bool | Unset): Is active the booking engine? (Book reservation engine)
        octo_site (bool | Unset): Is active the octosite? (Generated website)
        real_planning (bool | Unset): Is active the real planning? (Generated pms)
        version_pms_stats (bool | Unset): Is active the pms?
        web_concierge (bool | Unset): Is active the webconcierge? (Mails to customer & booking engine assist)
        chat (bool | Unset): Is the messenger chat active?
        smart_offer (bool | Unset): Are the proposals enabled?
        octo_daily (bool | Unset): Is the house keeping enabled?
        rms (bool | Unset): Are the Revenue services enabled?
        business_intelligence (bool | Unset): Is active the business intelligence?
        meta_search (bool | Unset): Is active the meta search?
        octo_site_advanced (bool | Unset): Is active the OctoSite Advanced?
        rate_checker (bool | Unset): Is active the rate checker?
        fiscal_printer (bool | Unset): Fiscal Printer (Italian Customer) Enabled
        invoice (bool | Unset): Is Invoices active?
        rooms_limit (int | Unset): The max number of the rooms
        rooms_count (int | Unset): The actual rooms count
        billing_network_mode (ApiLicenseFormBillingNetworkMode | Unset): The billing network mode
        billing_network_max_children (int | Unset): The max number of the children for the network
        children_count (int | Unset): The actual children count
        expire_day (datetime.datetime | Unset): Day of expiration of the license
    """

    channel_manager: ApiLicenseFormChannelManager | Unset = UNSET
    booking_engine: bool | Unset = UNSET
    octo_site: bool | Unset = UNSET
    real_planning: bool | Unset = UNSET
    version_pms_stats: bool | Unset = UNSET
    web_concierge: bool | Unset = UNSET
    chat: bool | Unset = UNSET
    smart_offer: bool | Unset = UNSET
    octo_daily: bool | Unset = UNSET
    rms: bool | Unset = UNSET
    business_intelligence: bool | Unset = UNSET
    meta_search: bool | Unset = UNSET
    octo_site_advanced: bool | Unset = UNSET
    rate_checker: bool | Unset = UNSET
    fiscal_printer: bool | Unset = UNSET
    invoice: bool | Unset = UNSET
    rooms_limit: int | Unset = UNSET
    rooms_count: int | Unset = UNSET
    billing_network_mode: ApiLicenseFormBillingNetworkMode | Unset = UNSET
    billing_network_max_children: int | Unset = UNSET
    children_count: int | Unset = UNSET
    expire_day: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_manager: str | Unset = UNSET
        if not isinstance(self.channel_manager, Unset):
            channel_manager = self.channel_manager.value

        booking_engine = self.booking_engine

        octo_site = self.octo_site

        real_planning = self.real_planning

        version_pms_stats = self.version_pms_stats

        web_concierge = self.web_concierge

        chat = self.chat

        smart_offer = self.smart_offer

        octo_daily = self.octo_daily

        rms = self.rms

        business_intelligence = self.business_intelligence

        meta_search = self.meta_search

        octo_site_advanced = self.octo_site_advanced

        rate_checker = self.rate_checker

        fiscal_printer = self.fiscal_printer

        invoice = self.invoice

        rooms_limit = self.rooms_limit

        rooms_count = self.rooms_count

        billing_network_mode: str | Unset = UNSET
        if not isinstance(self.billing_network_mode, Unset):
            billing_network_mode = self.billing_network_mode.value

        billing_network_max_children = self.billing_network_max_children

        children_count = self.children_count

        expire_day: str | Unset = UNSET
        if not isinstance(self.expire_day, Unset):
            expire_day = self.expire_day.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel_manager is not UNSET:
            field_dict["channelManager"] = channel_manager
        if booking_engine is not UNSET:
            field_dict["bookingEngine"] = booking_engine
        if octo_site is not UNSET:
            field_dict["octoSite"] = octo_site
        if real_planning is not UNSET:
            field_dict["realPlanning"] = real_planning
        if version_pms_stats is not UNSET:
            field_dict["versionPmsStats"] = version_pms_stats
        if web_concierge is not UNSET:
            field_dict["webConcierge"] = web_concierge
        if chat is not UNSET:
            field_dict["chat"] = chat
        if smart_offer is not UNSET:
            field_dict["smartOffer"] = smart_offer
        if octo_daily is not UNSET:
            field_dict["octoDaily"] = octo_daily
        if rms is not UNSET:
            field_dict["rms"] = rms
        if business_intelligence is not UNSET:
            field_dict["businessIntelligence"] = business_intelligence
        if meta_search is not UNSET:
            field_dict["metaSearch"] = meta_search
        if octo_site_advanced is not UNSET:
            field_dict["octoSiteAdvanced"] = octo_site_advanced
        if rate_checker is not UNSET:
            field_dict["rateChecker"] = rate_checker
        if fiscal_printer is not UNSET:
            field_dict["fiscalPrinter"] = fiscal_printer
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if rooms_limit is not UNSET:
            field_dict["roomsLimit"] = rooms_limit
        if rooms_count is not UNSET:
            field_dict["roomsCount"] = rooms_count
        if billing_network_mode is not UNSET:
            field_dict["billingNetworkMode"] = billing_network_mode
        if billing_network_max_children is not UNSET:
            field_dict["billingNetworkMaxChildren"] = billing_network_max_children
        if children_count is not UNSET:
            field_dict["childrenCount"] = children_count
        if expire_day is not UNSET:
            field_dict["expireDay"] = expire_day

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _channel_manager = d.pop("channelManager", UNSET)
        channel_manager: ApiLicenseFormChannelManager | Unset
        if isinstance(_channel_manager, Unset):
            channel_manager = UNSET
        else:
            channel_manager = enum_member(ApiLicenseFormChannelManager, _channel_manager)

        booking_engine = d.pop("bookingEngine", UNSET)

        octo_site = d.pop("octoSite", UNSET)

        real_planning = d.pop("realPlanning", UNSET)

        version_pms_stats = d.pop("versionPmsStats", UNSET)

        web_concierge = d.pop("webConcierge", UNSET)

        chat = d.pop("chat", UNSET)

        smart_offer = d.pop("smartOffer", UNSET)

        octo_daily = d.pop("octoDaily", UNSET)

        rms = d.pop("rms", UNSET)

        business_intelligence = d.pop("businessIntelligence", UNSET)

        meta_search = d.pop("metaSearch", UNSET)

        octo_site_advanced = d.pop("octoSiteAdvanced", UNSET)

        rate_checker = d.pop("rateChecker", UNSET)

        fiscal_printer = d.pop("fiscalPrinter", UNSET)

        invoice = d.pop("invoice", UNSET)

        rooms_limit = d.pop("roomsLimit", UNSET)

        rooms_count = d.pop("roomsCount", UNSET)

        _billing_network_mode = d.pop("billingNetworkMode", UNSET)
        billing_network_mode: ApiLicenseFormBillingNetworkMode | Unset
        if isinstance(_billing_network_mode, Unset):
            billing_network_mode = UNSET
        else:
            billing_network_mode = enum_member(
                ApiLicenseFormBillingNetworkMode, _billing_network_mode
            )

        billing_network_max_children = d.pop("billingNetworkMaxChildren", UNSET)

        children_count = d.pop("childrenCount", UNSET)

        _expire_day = d.pop("expireDay", UNSET)
        expire_day: datetime.datetime | Unset
        if isinstance(_expire_day, Unset):
            expire_day = UNSET
        else:
            expire_day = parse_datetime(_expire_day)

        api_license_form = cls(
            channel_manager=channel_manager,
            booking_engine=booking_engine,
            octo_site=octo_site,
            real_planning=real_planning,
            version_pms_stats=version_pms_stats,
            web_concierge=web_concierge,
            chat=chat,
            smart_offer=smart_offer,
            octo_daily=octo_daily,
            rms=rms,
            business_intelligence=business_intelligence,
            meta_search=meta_search,
            octo_site_advanced=octo_site_advanced,
            rate_checker=rate_checker,
            fiscal_printer=fiscal_printer,
            invoice=invoice,
            rooms_limit=rooms_limit,
            rooms_count=rooms_count,
            billing_network_mode=billing_network_mode,
            billing_network_max_children=billing_network_max_children,
            children_count=children_count,
            expire_day=expire_day,
        )

        api_license_form.additional_properties = d
        return api_license_form

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
