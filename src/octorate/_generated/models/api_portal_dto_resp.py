from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_portal_dto_resp_calendar_values_item import ApiPortalDTORespCalendarValuesItem
from ..models.api_portal_dto_resp_portal_category import ApiPortalDTORespPortalCategory
from ..types import UNSET, Unset, enum_member

T = TypeVar("T", bound="ApiPortalDTOResp")


@_attrs_define
class ApiPortalDTOResp:
    """All the details of the portal of this connection

    Attributes:
        internal_name (str): string id for your api Example: Your api name with underscore: i.e. my_api_name.
        external_name (str): public name of your api Example: Booking.com.
        banner (str): Banner to show inside octorate (rectangle horizontal format). Ignored if you don't pass it when we
            already have it.
        login_url (str): Login url inside the backoffice of the OTA sites Example: myapp.com/backoffice/.
        requires_hotel_id (bool): The connection to this OTA requires the Hotel ID. <br/> In detail, what's the hotel
            id? <br/> It's a param we use to identify the accommodation inside the external portal.  For Vacation Rental we
            normally set here the user id of the connection. We use it to group connections since, if we discovered that for
            instance the same connection hotel id is repeated in multiple accommodation we may choose to send only one
            discount to that portal instead of repeating it or we may choose to copy some data (i.e. access token) if the
            connection shares this id
        website (str): Website of the OTA company Example: www.booking.com.
        content_metas (list[str]): List of content meta values manageable from this portal. Setting this value for your
            OTA connection and setting up the content webhooks will show your ota connection inside the list.
            <br/>Otherwise, explicitly set it as null will remove the connection from the sites marked as content related
            <br/>Leave empty (without specifing null) if you don't need to touch it, otherwise fill always with your
            expected data (explicitly set this field to NULL to clear everything)
        id (int): Reference inside our system Example: 4.
        calendar_values (list[ApiPortalDTORespCalendarValuesItem] | Unset): List of manageable values (only if
            restricted). If you need to have the prices back, please fill at least one of these value and subscribe to price
            webhooks.
        color_hex (str | Unset): Color inside the Octorate Calendar Example: c5c5c5.
        logo (str | Unset): Logo Inside Octorate (file name). Ignored if you don't pass it when we already have it.
            Example: To Write: https://www.mywebsite.com/myimage.jpg, In reading: 123432434234.jpg.
        icon (str | Unset): Icon Inside Octorate (file name). Ignored if you don't pass it when we already have it.
            Example: To Write: https://www.mywebsite.com/myimage.jpg, In reading: 123432434234.jpg.
        requires_password (bool | Unset): The OTA requires to use a valid username AND password to connect to their
            services
        requires_token_authentication (bool | Unset): The OTA requires to use a flow to retrieve an access token (i.e.
            OAuth) since this portal supports user based authentication.
        creatable (bool | Unset): This portal is enabled for user. This means that the user can add this connection
            Example: True.
        feature_content (bool | Unset): If true means that this portal is capable of handle the content Example: True.
        feature_content_rate (bool | Unset): If true means that this portal, when handling content requires also rate
            information Example: False.
        octorate_manageable (bool | Unset): If true this portal follows Octorate availability and cancellations.
            Example: True.
        show_filter (bool | Unset): If true this portal should be shown in filter lists. Example: True.
        commissions_invoiced (bool | Unset):
        commission_included_in_payments (bool | Unset): Portal-level default for commission handling. When true the OTA
            commission is included in the payment amount (Hotel Collect: the hotel collects the full price from the guest).
            When false the OTA has already deducted its commission (Company Collect: the OTA collects the payment). Can be
            overridden per-reservation via CompanyCollect.
        enabled (bool | Unset): If true this portal is enabled. Example: True.
        portal_category (ApiPortalDTORespPortalCategory | Unset): The portal category type
        preferred (bool | Unset): If true this portal is preferred. Example: True.
        xml_type (bool | Unset): If true this portal is xml type. Example: True.
    """

    internal_name: str
    external_name: str
    banner: str
    login_url: str
    requires_hotel_id: bool
    website: str
    content_metas: list[str]
    id: int
    calendar_values: list[ApiPortalDTORespCalendarValuesItem] | Unset = UNSET
    color_hex: str | Unset = UNSET
    logo: str | Unset = UNSET
    icon: str | Unset = UNSET
    requires_password: bool | Unset = UNSET
    requires_token_authentication: bool | Unset = UNSET
    creatable: bool | Unset = UNSET
    feature_content: bool | Unset = UNSET
    feature_content_rate: bool | Unset = UNSET
    octorate_manageable: bool | Unset = UNSET
    show_filter: bool | Unset = UNSET
    commissions_invoiced: bool | Unset = UNSET
    commission_included_in_payments: bool | Unset = UNSET
    enabled: bool | Unset = UNSET
    portal_category: ApiPortalDTORespPortalCategory | Unset = UNSET
    preferred: bool | Unset = UNSET
    xml_type: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal_name = self.internal_name

        external_name = self.external_name

        banner = self.banner

        login_url = self.login_url

        requires_hotel_id = self.requires_hotel_id

        website = self.website

        content_metas = self.content_metas

        id = self.id

        calendar_values: list[str] | Unset = UNSET
        if not isinstance(self.calendar_values, Unset):
            calendar_values = []
            for calendar_values_item_data in self.calendar_values:
                calendar_values_item = calendar_values_item_data.value
                calendar_values.append(calendar_values_item)

        color_hex = self.color_hex

        logo = self.logo

        icon = self.icon

        requires_password = self.requires_password

        requires_token_authentication = self.requires_token_authentication

        creatable = self.creatable

        feature_content = self.feature_content

        feature_content_rate = self.feature_content_rate

        octorate_manageable = self.octorate_manageable

        show_filter = self.show_filter

        commissions_invoiced = self.commissions_invoiced

        commission_included_in_payments = self.commission_included_in_payments

        enabled = self.enabled

        portal_category: str | Unset = UNSET
        if not isinstance(self.portal_category, Unset):
            portal_category = self.portal_category.value

        preferred = self.preferred

        xml_type = self.xml_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "internalName": internal_name,
                "externalName": external_name,
                "banner": banner,
                "loginUrl": login_url,
                "requiresHotelId": requires_hotel_id,
                "website": website,
                "contentMetas": content_metas,
                "id": id,
            }
        )
        if calendar_values is not UNSET:
            field_dict["calendarValues"] = calendar_values
        if color_hex is not UNSET:
            field_dict["colorHex"] = color_hex
        if logo is not UNSET:
            field_dict["logo"] = logo
        if icon is not UNSET:
            field_dict["icon"] = icon
        if requires_password is not UNSET:
            field_dict["requiresPassword"] = requires_password
        if requires_token_authentication is not UNSET:
            field_dict["requiresTokenAuthentication"] = requires_token_authentication
        if creatable is not UNSET:
            field_dict["creatable"] = creatable
        if feature_content is not UNSET:
            field_dict["featureContent"] = feature_content
        if feature_content_rate is not UNSET:
            field_dict["featureContentRate"] = feature_content_rate
        if octorate_manageable is not UNSET:
            field_dict["octorateManageable"] = octorate_manageable
        if show_filter is not UNSET:
            field_dict["showFilter"] = show_filter
        if commissions_invoiced is not UNSET:
            field_dict["commissionsInvoiced"] = commissions_invoiced
        if commission_included_in_payments is not UNSET:
            field_dict["commissionIncludedInPayments"] = commission_included_in_payments
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if portal_category is not UNSET:
            field_dict["portalCategory"] = portal_category
        if preferred is not UNSET:
            field_dict["preferred"] = preferred
        if xml_type is not UNSET:
            field_dict["xmlType"] = xml_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        internal_name = d.pop("internalName")

        external_name = d.pop("externalName")

        banner = d.pop("banner")

        login_url = d.pop("loginUrl")

        requires_hotel_id = d.pop("requiresHotelId")

        website = d.pop("website")

        content_metas = cast(list[str], d.pop("contentMetas"))

        id = d.pop("id")

        _calendar_values = d.pop("calendarValues", UNSET)
        calendar_values: list[ApiPortalDTORespCalendarValuesItem] | Unset = UNSET
        if _calendar_values is not UNSET:
            calendar_values = []
            for calendar_values_item_data in _calendar_values:
                calendar_values_item = enum_member(
                    ApiPortalDTORespCalendarValuesItem, calendar_values_item_data
                )

                calendar_values.append(calendar_values_item)

        color_hex = d.pop("colorHex", UNSET)

        logo = d.pop("logo", UNSET)

        icon = d.pop("icon", UNSET)

        requires_password = d.pop("requiresPassword", UNSET)

        requires_token_authentication = d.pop("requiresTokenAuthentication", UNSET)

        creatable = d.pop("creatable", UNSET)

        feature_content = d.pop("featureContent", UNSET)

        feature_content_rate = d.pop("featureContentRate", UNSET)

        octorate_manageable = d.pop("octorateManageable", UNSET)

        show_filter = d.pop("showFilter", UNSET)

        commissions_invoiced = d.pop("commissionsInvoiced", UNSET)

        commission_included_in_payments = d.pop("commissionIncludedInPayments", UNSET)

        enabled = d.pop("enabled", UNSET)

        _portal_category = d.pop("portalCategory", UNSET)
        portal_category: ApiPortalDTORespPortalCategory | Unset
        if isinstance(_portal_category, Unset):
            portal_category = UNSET
        else:
            portal_category = enum_member(ApiPortalDTORespPortalCategory, _portal_category)

        preferred = d.pop("preferred", UNSET)

        xml_type = d.pop("xmlType", UNSET)

        api_portal_dto_resp = cls(
            internal_name=internal_name,
            external_name=external_name,
            banner=banner,
            login_url=login_url,
            requires_hotel_id=requires_hotel_id,
            website=website,
            content_metas=content_metas,
            id=id,
            calendar_values=calendar_values,
            color_hex=color_hex,
            logo=logo,
            icon=icon,
            requires_password=requires_password,
            requires_token_authentication=requires_token_authentication,
            creatable=creatable,
            feature_content=feature_content,
            feature_content_rate=feature_content_rate,
            octorate_manageable=octorate_manageable,
            show_filter=show_filter,
            commissions_invoiced=commissions_invoiced,
            commission_included_in_payments=commission_included_in_payments,
            enabled=enabled,
            portal_category=portal_category,
            preferred=preferred,
            xml_type=xml_type,
        )

        api_portal_dto_resp.additional_properties = d
        return api_portal_dto_resp

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
