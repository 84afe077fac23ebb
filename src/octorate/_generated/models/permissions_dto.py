from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

T = TypeVar("T", bound="PermissionsDTO")


@_attrs_define
class PermissionsDTO:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prices = enum_member(PermissionsDTOPrices, d.pop("prices"))

        admin_stats = enum_member(PermissionsDTOAdminStats, d.pop("adminStats"))

        admin_users = enum_member(PermissionsDTOAdminUsers, d.pop("adminUsers"))

        admin_api = enum_member(PermissionsDTOAdminApi, d.pop("adminApi"))

        admin_settings = enum_member(PermissionsDTOAdminSettings, d.pop("adminSettings"))

        admin_dylog = enum_member(PermissionsDTOAdminDylog, d.pop("adminDylog"))

        reservations = enum_member(PermissionsDTOReservations, d.pop("reservations"))

        availability = enum_member(PermissionsDTOAvailability, d.pop("availability"))

        settings = enum_member(PermissionsDTOSettings, d.pop("settings"))

        billing = enum_member(PermissionsDTOBilling, d.pop("billing"))

        cash_closing = enum_member(PermissionsDTOCashClosing, d.pop("cashClosing"))

        rooms = enum_member(PermissionsDTORooms, d.pop("rooms"))

        users = enum_member(PermissionsDTOUsers, d.pop("users"))

        stats = enum_member(PermissionsDTOStats, d.pop("stats"))

        invoices = enum_member(PermissionsDTOInvoices, d.pop("invoices"))

        admin = enum_member(PermissionsDTOAdmin, d.pop("admin"))

        admin_cod_promo = enum_member(PermissionsDTOAdminCodPromo, d.pop("adminCodPromo"))

        support = enum_member(PermissionsDTOSupport, d.pop("support"))

        subscription = enum_member(PermissionsDTOSubscription, d.pop("subscription"))

        assign_cod_promo = enum_member(PermissionsDTOAssignCodPromo, d.pop("assignCodPromo"))

        source = enum_member(PermissionsDTOSource, d.pop("source"))

        check_in = enum_member(PermissionsDTOCheckIn, d.pop("checkIn"))

        house_keeping = enum_member(PermissionsDTOHouseKeeping, d.pop("houseKeeping"))

        admin_text = enum_member(PermissionsDTOAdminText, d.pop("adminText"))

        chat = enum_member(PermissionsDTOChat, d.pop("chat"))

        license_ = enum_member(PermissionsDTOLicense, d.pop("license"))

        _sensitive_data = d.pop("sensitiveData", UNSET)
        sensitive_data: PermissionsDTOSensitiveData | Unset
        if isinstance(_sensitive_data, Unset):
            sensitive_data = UNSET
        else:
            sensitive_data = enum_member(PermissionsDTOSensitiveData, _sensitive_data)

        _octosite = d.pop("octosite", UNSET)
        octosite: PermissionsDTOOctosite | Unset
        if isinstance(_octosite, Unset):
            octosite = UNSET
        else:
            octosite = enum_member(PermissionsDTOOctosite, _octosite)

        _channel_manager = d.pop("channelManager", UNSET)
        channel_manager: PermissionsDTOChannelManager | Unset
        if isinstance(_channel_manager, Unset):
            channel_manager = UNSET
        else:
            channel_manager = enum_member(PermissionsDTOChannelManager, _channel_manager)

        _contact_info = d.pop("contactInfo", UNSET)
        contact_info: PermissionsDTOContactInfo | Unset
        if isinstance(_contact_info, Unset):
            contact_info = UNSET
        else:
            contact_info = enum_member(PermissionsDTOContactInfo, _contact_info)

        permissions_dto = cls(
            prices=prices,
            admin_stats=admin_stats,
            admin_users=admin_users,
            admin_api=admin_api,
            admin_settings=admin_settings,
            admin_dylog=admin_dylog,
            reservations=reservations,
            availability=availability,
            settings=settings,
            billing=billing,
            cash_closing=cash_closing,
            rooms=rooms,
            users=users,
            stats=stats,
            invoices=invoices,
            admin=admin,
            admin_cod_promo=admin_cod_promo,
            support=support,
            subscription=subscription,
            assign_cod_promo=assign_cod_promo,
            source=source,
            check_in=check_in,
            house_keeping=house_keeping,
            admin_text=admin_text,
            chat=chat,
            license_=license_,
            sensitive_data=sensitive_data,
            octosite=octosite,
            channel_manager=channel_manager,
            contact_info=contact_info,
        )

        permissions_dto.additional_properties = d
        return permissions_dto

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
