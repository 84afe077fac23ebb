from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_license_form_billing_network_mode import ApiLicenseFormBillingNetworkMode
from ..models.api_license_form_channel_manager import ApiLicenseFormChannelManager
from ..types import UNSET, Unset, enum_member, parse_datetime


@_attrs_define
class ApiLicenseForm(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_channel_manager(d: Mapping[str, Any]) -> ApiLicenseFormChannelManager | Unset:
    _channel_manager = d.get("channelManager", UNSET)
    channel_manager: ApiLicenseFormChannelManager | Unset
    if isinstance(_channel_manager, Unset):
        channel_manager = UNSET
    else:
        channel_manager = enum_member(ApiLicenseFormChannelManager, _channel_manager)

    return channel_manager


def _load_booking_engine(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("bookingEngine", UNSET)


def _load_octo_site(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("octoSite", UNSET)


def _load_real_planning(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("realPlanning", UNSET)


def _load_version_pms_stats(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("versionPmsStats", UNSET)


def _load_web_concierge(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("webConcierge", UNSET)


def _load_chat(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("chat", UNSET)


def _load_smart_offer(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("smartOffer", UNSET)


def _load_octo_daily(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("octoDaily", UNSET)


def _load_rms(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("rms", UNSET)


def _load_business_intelligence(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("businessIntelligence", UNSET)


def _load_meta_search(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("metaSearch", UNSET)


def _load_octo_site_advanced(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("octoSiteAdvanced", UNSET)


def _load_rate_checker(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("rateChecker", UNSET)


def _load_fiscal_printer(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("fiscalPrinter", UNSET)


def _load_invoice(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("invoice", UNSET)


def _load_rooms_limit(d: Mapping[str, Any]) -> int | Unset:
    return d.get("roomsLimit", UNSET)


def _load_rooms_count(d: Mapping[str, Any]) -> int | Unset:
    return d.get("roomsCount", UNSET)


def _load_billing_network_mode(d: Mapping[str, Any]) -> ApiLicenseFormBillingNetworkMode | Unset:
    _billing_network_mode = d.get("billingNetworkMode", UNSET)
    billing_network_mode: ApiLicenseFormBillingNetworkMode | Unset
    if isinstance(_billing_network_mode, Unset):
        billing_network_mode = UNSET
    else:
        billing_network_mode = enum_member(ApiLicenseFormBillingNetworkMode, _billing_network_mode)

    return billing_network_mode


def _load_billing_network_max_children(d: Mapping[str, Any]) -> int | Unset:
    return d.get("billingNetworkMaxChildren", UNSET)


def _load_children_count(d: Mapping[str, Any]) -> int | Unset:
    return d.get("childrenCount", UNSET)


def _load_expire_day(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _expire_day = d.get("expireDay", UNSET)
    expire_day: datetime.datetime | Unset
    if isinstance(_expire_day, Unset):
        expire_day = UNSET
    else:
        expire_day = parse_datetime(_expire_day)

    return expire_day


_KNOWN_KEYS = frozenset(
    (
        "channelManager",
        "bookingEngine",
        "octoSite",
        "realPlanning",
        "versionPmsStats",
        "webConcierge",
        "chat",
        "smartOffer",
        "octoDaily",
        "rms",
        "businessIntelligence",
        "metaSearch",
        "octoSiteAdvanced",
        "rateChecker",
        "fiscalPrinter",
        "invoice",
        "roomsLimit",
        "roomsCount",
        "billingNetworkMode",
        "billingNetworkMaxChildren",
        "childrenCount",
        "expireDay",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiLicenseForm, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "channel_manager" not in seen:
        _channel_manager = d.get("channelManager", UNSET)
        channel_manager: ApiLicenseFormChannelManager | Unset
        if isinstance(_channel_manager, Unset):
            channel_manager = UNSET
        else:
            channel_manager = enum_member(ApiLicenseFormChannelManager, _channel_manager)

        _set(self, "channel_manager", channel_manager)
    if "booking_engine" not in seen:
        _set(self, "booking_engine", d.get("bookingEngine", UNSET))
    if "octo_site" not in seen:
        _set(self, "octo_site", d.get("octoSite", UNSET))
    if "real_planning" not in seen:
        _set(self, "real_planning", d.get("realPlanning", UNSET))
    if "version_pms_stats" not in seen:
        _set(self, "version_pms_stats", d.get("versionPmsStats", UNSET))
    if "web_concierge" not in seen:
        _set(self, "web_concierge", d.get("webConcierge", UNSET))
    if "chat" not in seen:
        _set(self, "chat", d.get("chat", UNSET))
    if "smart_offer" not in seen:
        _set(self, "smart_offer", d.get("smartOffer", UNSET))
    if "octo_daily" not in seen:
        _set(self, "octo_daily", d.get("octoDaily", UNSET))
    if "rms" not in seen:
        _set(self, "rms", d.get("rms", UNSET))
    if "business_intelligence" not in seen:
        _set(self, "business_intelligence", d.get("businessIntelligence", UNSET))
    if "meta_search" not in seen:
        _set(self, "meta_search", d.get("metaSearch", UNSET))
    if "octo_site_advanced" not in seen:
        _set(self, "octo_site_advanced", d.get("octoSiteAdvanced", UNSET))
    if "rate_checker" not in seen:
        _set(self, "rate_checker", d.get("rateChecker", UNSET))
    if "fiscal_printer" not in seen:
        _set(self, "fiscal_printer", d.get("fiscalPrinter", UNSET))
    if "invoice" not in seen:
        _set(self, "invoice", d.get("invoice", UNSET))
    if "rooms_limit" not in seen:
        _set(self, "rooms_limit", d.get("roomsLimit", UNSET))
    if "rooms_count" not in seen:
        _set(self, "rooms_count", d.get("roomsCount", UNSET))
    if "billing_network_mode" not in seen:
        _billing_network_mode = d.get("billingNetworkMode", UNSET)
        billing_network_mode: ApiLicenseFormBillingNetworkMode | Unset
        if isinstance(_billing_network_mode, Unset):
            billing_network_mode = UNSET
        else:
            billing_network_mode = enum_member(
                ApiLicenseFormBillingNetworkMode, _billing_network_mode
            )

        _set(self, "billing_network_mode", billing_network_mode)
    if "billing_network_max_children" not in seen:
        _set(self, "billing_network_max_children", d.get("billingNetworkMaxChildren", UNSET))
    if "children_count" not in seen:
        _set(self, "children_count", d.get("childrenCount", UNSET))
    if "expire_day" not in seen:
        _expire_day = d.get("expireDay", UNSET)
        expire_day: datetime.datetime | Unset
        if isinstance(_expire_day, Unset):
            expire_day = UNSET
        else:
            expire_day = parse_datetime(_expire_day)

        _set(self, "expire_day", expire_day)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiLicenseForm._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "channel_manager": _load_channel_manager,
        "booking_engine": _load_booking_engine,
        "octo_site": _load_octo_site,
        "real_planning": _load_real_planning,
        "version_pms_stats": _load_version_pms_stats,
        "web_concierge": _load_web_concierge,
        "chat": _load_chat,
        "smart_offer": _load_smart_offer,
        "octo_daily": _load_octo_daily,
        "rms": _load_rms,
        "business_intelligence": _load_business_intelligence,
        "meta_search": _load_meta_search,
        "octo_site_advanced": _load_octo_site_advanced,
        "rate_checker": _load_rate_checker,
        "fiscal_printer": _load_fiscal_printer,
        "invoice": _load_invoice,
        "rooms_limit": _load_rooms_limit,
        "rooms_count": _load_rooms_count,
        "billing_network_mode": _load_billing_network_mode,
        "billing_network_max_children": _load_billing_network_max_children,
        "children_count": _load_children_count,
        "expire_day": _load_expire_day,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "channel_manager": "channelManager",
        "booking_engine": "bookingEngine",
        "octo_site": "octoSite",
        "real_planning": "realPlanning",
        "version_pms_stats": "versionPmsStats",
        "web_concierge": "webConcierge",
        "chat": "chat",
        "smart_offer": "smartOffer",
        "octo_daily": "octoDaily",
        "rms": "rms",
        "business_intelligence": "businessIntelligence",
        "meta_search": "metaSearch",
        "octo_site_advanced": "octoSiteAdvanced",
        "rate_checker": "rateChecker",
        "fiscal_printer": "fiscalPrinter",
        "invoice": "invoice",
        "rooms_limit": "roomsLimit",
        "rooms_count": "roomsCount",
        "billing_network_mode": "billingNetworkMode",
        "billing_network_max_children": "billingNetworkMaxChildren",
        "children_count": "childrenCount",
        "expire_day": "expireDay",
    },
)
