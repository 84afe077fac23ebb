from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.permissions_dto_admin import PermissionsDTOAdmin
from ..models.permissions_dto_admin_api import PermissionsDTOAdminApi
from ..models.permissions_dto_admin_cod_promo import PermissionsDTOAdminCodPromo
from ..models.permissions_dto_admin_dylog import PermissionsDTOAdminDylog
from ..models.permissions_dto_admin_settings import PermissionsDTOAdminSettings
from ..models.permissions_dto_admin_stats import PermissionsDTOAdminStats
from ..models.permissions_dto_admin_text import PermissionsDTOAdminText
from ..models.permissions_dto_admin_users import PermissionsDTOAdminUsers
from ..models.permissions_dto_assign_cod_promo import PermissionsDTOAssignCodPromo
from ..models.permissions_dto_availability import PermissionsDTOAvailability
from ..models.permissions_dto_billing import PermissionsDTOBilling
from ..models.permissions_dto_cash_closing import PermissionsDTOCashClosing
from ..models.permissions_dto_channel_manager import PermissionsDTOChannelManager
from ..models.permissions_dto_chat import PermissionsDTOChat
from ..models.permissions_dto_check_in import PermissionsDTOCheckIn
from ..models.permissions_dto_contact_info import PermissionsDTOContactInfo
from ..models.permissions_dto_house_keeping import PermissionsDTOHouseKeeping
from ..models.permissions_dto_invoices import PermissionsDTOInvoices
from ..models.permissions_dto_license import PermissionsDTOLicense
from ..models.permissions_dto_octosite import PermissionsDTOOctosite
from ..models.permissions_dto_prices import PermissionsDTOPrices
from ..models.permissions_dto_reservations import PermissionsDTOReservations
from ..models.permissions_dto_rooms import PermissionsDTORooms
from ..models.permissions_dto_sensitive_data import PermissionsDTOSensitiveData
from ..models.permissions_dto_settings import PermissionsDTOSettings
from ..models.permissions_dto_source import PermissionsDTOSource
from ..models.permissions_dto_stats import PermissionsDTOStats
from ..models.permissions_dto_subscription import PermissionsDTOSubscription
from ..models.permissions_dto_support import PermissionsDTOSupport
from ..models.permissions_dto_users import PermissionsDTOUsers
from ..types import UNSET, Unset, enum_member


@_attrs_define
class PermissionsDTO(LazyModel):
    """The permissions of this person (only if user)

    Example:
        {'chat': 'READONLY', 'checkIn': 'NONE', 'invoices': 'READWRITE'}

    Attributes:
        prices (PermissionsDTOPrices): The prices permission level Example: READONLY.
        admin_stats (PermissionsDTOAdminStats): The adminStats permission level Example: READONLY.
        admin_users (PermissionsDTOAdminUsers): The adminUsers permission level Example: READONLY.
        admin_api (PermissionsDTOAdminApi): The adminApi permission level Example: READONLY.
        admin_settings (PermissionsDTOAdminSettings): The adminSettings permission level Example: READONLY.
        admin_dylog (PermissionsDTOAdminDylog): The adminDylog permission level Example: READONLY.
        reservations (PermissionsDTOReservations): The reservations permission level Example: READONLY.
        availability (PermissionsDTOAvailability): The availability permission level Example: READONLY.
        settings (PermissionsDTOSettings): The settings permission level Example: READONLY.
        billing (PermissionsDTOBilling): The billing permission level Example: READONLY.
        cash_closing (PermissionsDTOCashClosing): The cashClosing permission level Example: READONLY.
        rooms (PermissionsDTORooms): The rooms permission level Example: READONLY.
        users (PermissionsDTOUsers): The users permission level Example: READONLY.
        stats (PermissionsDTOStats): The stats permission level Example: READONLY.
        invoices (PermissionsDTOInvoices): The invoices permission level Example: READONLY.
        admin (PermissionsDTOAdmin): The admin permission level Example: READONLY.
        admin_cod_promo (PermissionsDTOAdminCodPromo): The adminCodPromo permission level Example: READONLY.
        support (PermissionsDTOSupport): The support permission level Example: READONLY.
        subscription (PermissionsDTOSubscription): The subscription permission level Example: READONLY.
        assign_cod_promo (PermissionsDTOAssignCodPromo): The assignCodPromo permission level Example: READONLY.
        source (PermissionsDTOSource): The source permission level Example: READONLY.
        check_in (PermissionsDTOCheckIn): The checkIn permission level Example: READONLY.
        house_keeping (PermissionsDTOHouseKeeping): The houseKeeping permission level Example: READONLY.
        admin_text (PermissionsDTOAdminText): The adminText permission level Example: READONLY.
        chat (PermissionsDTOChat): The chat permission level Example: READONLY.
        license_ (PermissionsDTOLicense): The license permission level Example: READONLY.
        sensitive_data (PermissionsDTOSensitiveData | Unset): The sensitive data access permission Example: READONLY.
        octosite (PermissionsDTOOctosite | Unset): The Octosite management permission Example: READONLY.
        channel_manager (PermissionsDTOChannelManager | Unset): The ChannelManager permission Example: READONLY.
        contact_info (PermissionsDTOContactInfo | Unset): The phone and email access permission Example: READONLY.
    """

    prices: PermissionsDTOPrices
    admin_stats: PermissionsDTOAdminStats
    admin_users: PermissionsDTOAdminUsers
    admin_api: PermissionsDTOAdminApi
    admin_settings: PermissionsDTOAdminSettings
    admin_dylog: PermissionsDTOAdminDylog
    reservations: PermissionsDTOReservations
    availability: PermissionsDTOAvailability
    settings: PermissionsDTOSettings
    billing: PermissionsDTOBilling
    cash_closing: PermissionsDTOCashClosing
    rooms: PermissionsDTORooms
    users: PermissionsDTOUsers
    stats: PermissionsDTOStats
    invoices: PermissionsDTOInvoices
    admin: PermissionsDTOAdmin
    admin_cod_promo: PermissionsDTOAdminCodPromo
    support: PermissionsDTOSupport
    subscription: PermissionsDTOSubscription
    assign_cod_promo: PermissionsDTOAssignCodPromo
    source: PermissionsDTOSource
    check_in: PermissionsDTOCheckIn
    house_keeping: PermissionsDTOHouseKeeping
    admin_text: PermissionsDTOAdminText
    chat: PermissionsDTOChat
    license_: PermissionsDTOLicense
    sensitive_data: PermissionsDTOSensitiveData | Unset = UNSET
    octosite: PermissionsDTOOctosite | Unset = UNSET
    channel_manager: PermissionsDTOChannelManager | Unset = UNSET
    contact_info: PermissionsDTOContactInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        prices = self.prices.value

        admin_stats = self.admin_stats.value

        admin_users = self.admin_users.value

        admin_api = self.admin_api.value

        admin_settings = self.admin_settings.value

        admin_dylog = self.admin_dylog.value

        reservations = self.reservations.value

        availability = self.availability.value

        settings = self.settings.value

        billing = self.billing.value

        cash_closing = self.cash_closing.value

        rooms = self.rooms.value

        users = self.users.value

        stats = self.stats.value

        invoices = self.invoices.value

        admin = self.admin.value

        admin_cod_promo = self.admin_cod_promo.value

        support = self.support.value

        subscription = self.subscription.value

        assign_cod_promo = self.assign_cod_promo.value

        source = self.source.value

        check_in = self.check_in.value

        house_keeping = self.house_keeping.value

        admin_text = self.admin_text.value

        chat = self.chat.value

        license_ = self.license_.value

        sensitive_data: str | Unset = UNSET
        if not isinstance(self.sensitive_data, Unset):
            sensitive_data = self.sensitive_data.value

        octosite: str | Unset = UNSET
        if not isinstance(self.octosite, Unset):
            octosite = self.octosite.value

        channel_manager: str | Unset = UNSET
        if not isinstance(self.channel_manager, Unset):
            channel_manager = self.channel_manager.value

        contact_info: str | Unset = UNSET
        if not isinstance(self.contact_info, Unset):
            contact_info = self.contact_info.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prices": prices,
                "adminStats": admin_stats,
                "adminUsers": admin_users,
                "adminApi": admin_api,
                "adminSettings": admin_settings,
                "adminDylog": admin_dylog,
                "reservations": reservations,
                "availability": availability,
                "settings": settings,
                "billing": billing,
                "cashClosing": cash_closing,
                "rooms": rooms,
                "users": users,
                "stats": stats,
                "invoices": invoices,
                "admin": admin,
                "adminCodPromo": admin_cod_promo,
                "support": support,
                "subscription": subscription,
                "assignCodPromo": assign_cod_promo,
                "source": source,
                "checkIn": check_in,
                "houseKeeping": house_keeping,
                "adminText": admin_text,
                "chat": chat,
                "license": license_,
            }
        )
        if sensitive_data is not UNSET:
            field_dict["sensitiveData"] = sensitive_data
        if octosite is not UNSET:
            field_dict["octosite"] = octosite
        if channel_manager is not UNSET:
            field_dict["channelManager"] = channel_manager
        if contact_info is not UNSET:
            field_dict["contactInfo"] = contact_info

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


def _load_prices(d: Mapping[str, Any]) -> PermissionsDTOPrices:
    prices = enum_member(PermissionsDTOPrices, d["prices"])

    return prices


def _load_admin_stats(d: Mapping[str, Any]) -> PermissionsDTOAdminStats:
    admin_stats = enum_member(PermissionsDTOAdminStats, d["adminStats"])

    return admin_stats


def _load_admin_users(d: Mapping[str, Any]) -> PermissionsDTOAdminUsers:
    admin_users = enum_member(PermissionsDTOAdminUsers, d["adminUsers"])

    return admin_users


def _load_admin_api(d: Mapping[str, Any]) -> PermissionsDTOAdminApi:
    admin_api = enum_member(PermissionsDTOAdminApi, d["adminApi"])

    return admin_api


def _load_admin_settings(d: Mapping[str, Any]) -> PermissionsDTOAdminSettings:
    admin_settings = enum_member(PermissionsDTOAdminSettings, d["adminSettings"])

    return admin_settings


def _load_admin_dylog(d: Mapping[str, Any]) -> PermissionsDTOAdminDylog:
    admin_dylog = enum_member(PermissionsDTOAdminDylog, d["adminDylog"])

    return admin_dylog


def _load_reservations(d: Mapping[str, Any]) -> PermissionsDTOReservations:
    reservations = enum_member(PermissionsDTOReservations, d["reservations"])

    return reservations


def _load_availability(d: Mapping[str, Any]) -> PermissionsDTOAvailability:
    availability = enum_member(PermissionsDTOAvailability, d["availability"])

    return availability


def _load_settings(d: Mapping[str, Any]) -> PermissionsDTOSettings:
    settings = enum_member(PermissionsDTOSettings, d["settings"])

    return settings


def _load_billing(d: Mapping[str, Any]) -> PermissionsDTOBilling:
    billing = enum_member(PermissionsDTOBilling, d["billing"])

    return billing


def _load_cash_closing(d: Mapping[str, Any]) -> PermissionsDTOCashClosing:
    cash_closing = enum_member(PermissionsDTOCashClosing, d["cashClosing"])

    return cash_closing


def _load_rooms(d: Mapping[str, Any]) -> PermissionsDTORooms:
    rooms = enum_member(PermissionsDTORooms, d["rooms"])

    return rooms


def _load_users(d: Mapping[str, Any]) -> PermissionsDTOUsers:
    users = enum_member(PermissionsDTOUsers, d["users"])

    return users


def _load_stats(d: Mapping[str, Any]) -> PermissionsDTOStats:
    stats = enum_member(PermissionsDTOStats, d["stats"])

    return stats


def _load_invoices(d: Mapping[str, Any]) -> PermissionsDTOInvoices:
    invoices = enum_member(PermissionsDTOInvoices, d["invoices"])

    return invoices


def _load_admin(d: Mapping[str, Any]) -> PermissionsDTOAdmin:
    admin = enum_member(PermissionsDTOAdmin, d["admin"])

    return admin


def _load_admin_cod_promo(d: Mapping[str, Any]) -> PermissionsDTOAdminCodPromo:
    admin_cod_promo = enum_member(PermissionsDTOAdminCodPromo, d["adminCodPromo"])

    return admin_cod_promo


def _load_support(d: Mapping[str, Any]) -> PermissionsDTOSupport:
    support = enum_member(PermissionsDTOSupport, d["support"])

    return support


def _load_subscription(d: Mapping[str, Any]) -> PermissionsDTOSubscription:
    subscription = enum_member(PermissionsDTOSubscription, d["subscription"])

    return subscription


def _load_assign_cod_promo(d: Mapping[str, Any]) -> PermissionsDTOAssignCodPromo:
    assign_cod_promo = enum_member(PermissionsDTOAssignCodPromo, d["assignCodPromo"])

    return assign_cod_promo


def _load_source(d: Mapping[str, Any]) -> PermissionsDTOSource:
    source = enum_member(PermissionsDTOSource, d["source"])

    return source


def _load_check_in(d: Mapping[str, Any]) -> PermissionsDTOCheckIn:
    check_in = enum_member(PermissionsDTOCheckIn, d["checkIn"])

    return check_in


def _load_house_keeping(d: Mapping[str, Any]) -> PermissionsDTOHouseKeeping:
    house_keeping = enum_member(PermissionsDTOHouseKeeping, d["houseKeeping"])

    return house_keeping


def _load_admin_text(d: Mapping[str, Any]) -> PermissionsDTOAdminText:
    admin_text = enum_member(PermissionsDTOAdminText, d["adminText"])

    return admin_text


def _load_chat(d: Mapping[str, Any]) -> PermissionsDTOChat:
    chat = enum_member(PermissionsDTOChat, d["chat"])

    return chat


def _load_license_(d: Mapping[str, Any]) -> PermissionsDTOLicense:
    license_ = enum_member(PermissionsDTOLicense, d["license"])

    return license_


def _load_sensitive_data(d: Mapping[str, Any]) -> PermissionsDTOSensitiveData | Unset:
    _sensitive_data = d.get("sensitiveData", UNSET)
    sensitive_data: PermissionsDTOSensitiveData | Unset
    if isinstance(_sensitive_data, Unset):
        sensitive_data = UNSET
    else:
        sensitive_data = enum_member(PermissionsDTOSensitiveData, _sensitive_data)

    return sensitive_data


def _load_octosite(d: Mapping[str, Any]) -> PermissionsDTOOctosite | Unset:
    _octosite = d.get("octosite", UNSET)
    octosite: PermissionsDTOOctosite | Unset
    if isinstance(_octosite, Unset):
        octosite = UNSET
    else:
        octosite = enum_member(PermissionsDTOOctosite, _octosite)

    return octosite


def _load_channel_manager(d: Mapping[str, Any]) -> PermissionsDTOChannelManager | Unset:
    _channel_manager = d.get("channelManager", UNSET)
    channel_manager: PermissionsDTOChannelManager | Unset
    if isinstance(_channel_manager, Unset):
        channel_manager = UNSET
    else:
        channel_manager = enum_member(PermissionsDTOChannelManager, _channel_manager)

    return channel_manager


def _load_contact_info(d: Mapping[str, Any]) -> PermissionsDTOContactInfo | Unset:
    _contact_info = d.get("contactInfo", UNSET)
    contact_info: PermissionsDTOContactInfo | Unset
    if isinstance(_contact_info, Unset):
        contact_info = UNSET
    else:
        contact_info = enum_member(PermissionsDTOContactInfo, _contact_info)

    return contact_info


_KNOWN_KEYS = frozenset(
    (
        "prices",
        "adminStats",
        "adminUsers",
        "adminApi",
        "adminSettings",
        "adminDylog",
        "reservations",
        "availability",
        "settings",
        "billing",
        "cashClosing",
        "rooms",
        "users",
        "stats",
        "invoices",
        "admin",
        "adminCodPromo",
        "support",
        "subscription",
        "assignCodPromo",
        "source",
        "checkIn",
        "houseKeeping",
        "adminText",
        "chat",
        "license",
        "sensitiveData",
        "octosite",
        "channelManager",
        "contactInfo",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: PermissionsDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "prices" not in seen:
        prices = enum_member(PermissionsDTOPrices, d["prices"])

        _set(self, "prices", prices)
    if "admin_stats" not in seen:
        admin_stats = enum_member(PermissionsDTOAdminStats, d["adminStats"])

        _set(self, "admin_stats", admin_stats)
    if "admin_users" not in seen:
        admin_users = enum_member(PermissionsDTOAdminUsers, d["adminUsers"])

        _set(self, "admin_users", admin_users)
    if "admin_api" not in seen:
        admin_api = enum_member(PermissionsDTOAdminApi, d["adminApi"])

        _set(self, "admin_api", admin_api)
    if "admin_settings" not in seen:
        admin_settings = enum_member(PermissionsDTOAdminSettings, d["adminSettings"])

        _set(self, "admin_settings", admin_settings)
    if "admin_dylog" not in seen:
        admin_dylog = enum_member(PermissionsDTOAdminDylog, d["adminDylog"])

        _set(self, "admin_dylog", admin_dylog)
    if "reservations" not in seen:
        reservations = enum_member(PermissionsDTOReservations, d["reservations"])

        _set(self, "reservations", reservations)
    if "availability" not in seen:
        availability = enum_member(PermissionsDTOAvailability, d["availability"])

        _set(self, "availability", availability)
    if "settings" not in seen:
        settings = enum_member(PermissionsDTOSettings, d["settings"])

        _set(self, "settings", settings)
    if "billing" not in seen:
        billing = enum_member(PermissionsDTOBilling, d["billing"])

        _set(self, "billing", billing)
    if "cash_closing" not in seen:
        cash_closing = enum_member(PermissionsDTOCashClosing, d["cashClosing"])

        _set(self, "cash_closing", cash_closing)
    if "rooms" not in seen:
        rooms = enum_member(PermissionsDTORooms, d["rooms"])

        _set(self, "rooms", rooms)
    if "users" not in seen:
        users = enum_member(PermissionsDTOUsers, d["users"])

        _set(self, "users", users)
    if "stats" not in seen:
        stats = enum_member(PermissionsDTOStats, d["stats"])

        _set(self, "stats", stats)
    if "invoices" not in seen:
        invoices = enum_member(PermissionsDTOInvoices, d["invoices"])

        _set(self, "invoices", invoices)
    if "admin" not in seen:
        admin = enum_member(PermissionsDTOAdmin, d["admin"])

        _set(self, "admin", admin)
    if "admin_cod_promo" not in seen:
        admin_cod_promo = enum_member(PermissionsDTOAdminCodPromo, d["adminCodPromo"])

        _set(self, "admin_cod_promo", admin_cod_promo)
    if "support" not in seen:
        support = enum_member(PermissionsDTOSupport, d["support"])

        _set(self, "support", support)
    if "subscription" not in seen:
        subscription = enum_member(PermissionsDTOSubscription, d["subscription"])

        _set(self, "subscription", subscription)
    if "assign_cod_promo" not in seen:
        assign_cod_promo = enum_member(PermissionsDTOAssignCodPromo, d["assignCodPromo"])

        _set(self, "assign_cod_promo", assign_cod_promo)
    if "source" not in seen:
        source = enum_member(PermissionsDTOSource, d["source"])

        _set(self, "source", source)
    if "check_in" not in seen:
        check_in = enum_member(PermissionsDTOCheckIn, d["checkIn"])

        _set(self, "check_in", check_in)
    if "house_keeping" not in seen:
        house_keeping = enum_member(PermissionsDTOHouseKeeping, d["houseKeeping"])

        _set(self, "house_keeping", house_keeping)
    if "admin_text" not in seen:
        admin_text = enum_member(PermissionsDTOAdminText, d["adminText"])

        _set(self, "admin_text", admin_text)
    if "chat" not in seen:
        chat = enum_member(PermissionsDTOChat, d["chat"])

        _set(self, "chat", chat)
    if "license_" not in seen:
        license_ = enum_member(PermissionsDTOLicense, d["license"])

        _set(self, "license_", license_)
    if "sensitive_data" not in seen:
        _sensitive_data = d.get("sensitiveData", UNSET)
        sensitive_data: PermissionsDTOSensitiveData | Unset
        if isinstance(_sensitive_data, Unset):
            sensitive_data = UNSET
        else:
            sensitive_data = enum_member(PermissionsDTOSensitiveData, _sensitive_data)

        _set(self, "sensitive_data", sensitive_data)
    if "octosite" not in seen:
        _octosite = d.get("octosite", UNSET)
        octosite: PermissionsDTOOctosite | Unset
        if isinstance(_octosite, Unset):
            octosite = UNSET
        else:
            octosite = enum_member(PermissionsDTOOctosite, _octosite)

        _set(self, "octosite", octosite)
    if "channel_manager" not in seen:
        _channel_manager = d.get("channelManager", UNSET)
        channel_manager: PermissionsDTOChannelManager | Unset
        if isinstance(_channel_manager, Unset):
            channel_manager = UNSET
        else:
            channel_manager = enum_member(PermissionsDTOChannelManager, _channel_manager)

        _set(self, "channel_manager", channel_manager)
    if "contact_info" not in seen:
        _contact_info = d.get("contactInfo", UNSET)
        contact_info: PermissionsDTOContactInfo | Unset
        if isinstance(_contact_info, Unset):
            contact_info = UNSET
        else:
            contact_info = enum_member(PermissionsDTOContactInfo, _contact_info)

        _set(self, "contact_info", contact_info)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


PermissionsDTO._octorate_fields = FieldTable(
    required=frozenset(
        (
            "prices",
            "adminStats",
            "adminUsers",
            "adminApi",
            "adminSettings",
            "adminDylog",
            "reservations",
            "availability",
            "settings",
            "billing",
            "cashClosing",
            "rooms",
            "users",
            "stats",
            "invoices",
            "admin",
            "adminCodPromo",
            "support",
            "subscription",
            "assignCodPromo",
            "source",
            "checkIn",
            "houseKeeping",
            "adminText",
            "chat",
            "license",
        )
    ),
    loaders={
        "prices": _load_prices,
        "admin_stats": _load_admin_stats,
        "admin_users": _load_admin_users,
        "admin_api": _load_admin_api,
        "admin_settings": _load_admin_settings,
        "admin_dylog": _load_admin_dylog,
        "reservations": _load_reservations,
        "availability": _load_availability,
        "settings": _load_settings,
        "billing": _load_billing,
        "cash_closing": _load_cash_closing,
        "rooms": _load_rooms,
        "users": _load_users,
        "stats": _load_stats,
        "invoices": _load_invoices,
        "admin": _load_admin,
        "admin_cod_promo": _load_admin_cod_promo,
        "support": _load_support,
        "subscription": _load_subscription,
        "assign_cod_promo": _load_assign_cod_promo,
        "source": _load_source,
        "check_in": _load_check_in,
        "house_keeping": _load_house_keeping,
        "admin_text": _load_admin_text,
        "chat": _load_chat,
        "license_": _load_license_,
        "sensitive_data": _load_sensitive_data,
        "octosite": _load_octosite,
        "channel_manager": _load_channel_manager,
        "contact_info": _load_contact_info,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=("additional_properties",),
    keys={
        "prices": "prices",
        "admin_stats": "adminStats",
        "admin_users": "adminUsers",
        "admin_api": "adminApi",
        "admin_settings": "adminSettings",
        "admin_dylog": "adminDylog",
        "reservations": "reservations",
        "availability": "availability",
        "settings": "settings",
        "billing": "billing",
        "cash_closing": "cashClosing",
        "rooms": "rooms",
        "users": "users",
        "stats": "stats",
        "invoices": "invoices",
        "admin": "admin",
        "admin_cod_promo": "adminCodPromo",
        "support": "support",
        "subscription": "subscription",
        "assign_cod_promo": "assignCodPromo",
        "source": "source",
        "check_in": "checkIn",
        "house_keeping": "houseKeeping",
        "admin_text": "adminText",
        "chat": "chat",
        "license_": "license",
        "sensitive_data": "sensitiveData",
        "octosite": "octosite",
        "channel_manager": "channelManager",
        "contact_info": "contactInfo",
    },
)
