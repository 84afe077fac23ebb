from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_portal_dto_resp_calendar_values_item import ApiPortalDTORespCalendarValuesItem
from ..models.api_portal_dto_resp_portal_category import ApiPortalDTORespPortalCategory
from ..types import UNSET, Unset, enum_member


@_attrs_define
class ApiPortalDTOResp(LazyModel):
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
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
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


def _load_internal_name(d: Mapping[str, Any]) -> str:
    return d["internalName"]


def _load_external_name(d: Mapping[str, Any]) -> str:
    return d["externalName"]


def _load_banner(d: Mapping[str, Any]) -> str:
    return d["banner"]


def _load_login_url(d: Mapping[str, Any]) -> str:
    return d["loginUrl"]


def _load_requires_hotel_id(d: Mapping[str, Any]) -> bool:
    return d["requiresHotelId"]


def _load_website(d: Mapping[str, Any]) -> str:
    return d["website"]


def _load_content_metas(d: Mapping[str, Any]) -> list[str]:
    content_metas = cast(list[str], d["contentMetas"])

    return content_metas


def _load_id(d: Mapping[str, Any]) -> int:
    return d["id"]


def _load_calendar_values(d: Mapping[str, Any]) -> list[ApiPortalDTORespCalendarValuesItem] | Unset:
    _calendar_values = d.get("calendarValues", UNSET)
    calendar_values: list[ApiPortalDTORespCalendarValuesItem] | Unset = UNSET
    if _calendar_values is not UNSET:
        calendar_values = []
        for calendar_values_item_data in _calendar_values:
            calendar_values_item = enum_member(
                ApiPortalDTORespCalendarValuesItem, calendar_values_item_data
            )

            calendar_values.append(calendar_values_item)

    return calendar_values


def _load_color_hex(d: Mapping[str, Any]) -> str | Unset:
    return d.get("colorHex", UNSET)


def _load_logo(d: Mapping[str, Any]) -> str | Unset:
    return d.get("logo", UNSET)


def _load_icon(d: Mapping[str, Any]) -> str | Unset:
    return d.get("icon", UNSET)


def _load_requires_password(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("requiresPassword", UNSET)


def _load_requires_token_authentication(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("requiresTokenAuthentication", UNSET)


def _load_creatable(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("creatable", UNSET)


def _load_feature_content(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("featureContent", UNSET)


def _load_feature_content_rate(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("featureContentRate", UNSET)


def _load_octorate_manageable(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("octorateManageable", UNSET)


def _load_show_filter(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("showFilter", UNSET)


def _load_commissions_invoiced(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("commissionsInvoiced", UNSET)


def _load_commission_included_in_payments(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("commissionIncludedInPayments", UNSET)


def _load_enabled(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("enabled", UNSET)


def _load_portal_category(d: Mapping[str, Any]) -> ApiPortalDTORespPortalCategory | Unset:
    _portal_category = d.get("portalCategory", UNSET)
    portal_category: ApiPortalDTORespPortalCategory | Unset
    if isinstance(_portal_category, Unset):
        portal_category = UNSET
    else:
        portal_category = enum_member(ApiPortalDTORespPortalCategory, _portal_category)

    return portal_category


def _load_preferred(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("preferred", UNSET)


def _load_xml_type(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("xmlType", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "internalName",
        "externalName",
        "banner",
        "loginUrl",
        "requiresHotelId",
        "website",
        "contentMetas",
        "id",
        "calendarValues",
        "colorHex",
        "logo",
        "icon",
        "requiresPassword",
        "requiresTokenAuthentication",
        "creatable",
        "featureContent",
        "featureContentRate",
        "octorateManageable",
        "showFilter",
        "commissionsInvoiced",
        "commissionIncludedInPayments",
        "enabled",
        "portalCategory",
        "preferred",
        "xmlType",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiPortalDTOResp, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "internal_name" not in seen:
        _set(self, "internal_name", d["internalName"])
    if "external_name" not in seen:
        _set(self, "external_name", d["externalName"])
    if "banner" not in seen:
        _set(self, "banner", d["banner"])
    if "login_url" not in seen:
        _set(self, "login_url", d["loginUrl"])
    if "requires_hotel_id" not in seen:
        _set(self, "requires_hotel_id", d["requiresHotelId"])
    if "website" not in seen:
        _set(self, "website", d["website"])
    if "content_metas" not in seen:
        content_metas = cast(list[str], d["contentMetas"])

        _set(self, "content_metas", content_metas)
    if "id" not in seen:
        _set(self, "id", d["id"])
    if "calendar_values" not in seen:
        _calendar_values = d.get("calendarValues", UNSET)
        calendar_values: list[ApiPortalDTORespCalendarValuesItem] | Unset = UNSET
        if _calendar_values is not UNSET:
            calendar_values = []
            for calendar_values_item_data in _calendar_values:
                calendar_values_item = enum_member(
                    ApiPortalDTORespCalendarValuesItem, calendar_values_item_data
                )

                calendar_values.append(calendar_values_item)

        _set(self, "calendar_values", calendar_values)
    if "color_hex" not in seen:
        _set(self, "color_hex", d.get("colorHex", UNSET))
    if "logo" not in seen:
        _set(self, "logo", d.get("logo", UNSET))
    if "icon" not in seen:
        _set(self, "icon", d.get("icon", UNSET))
    if "requires_password" not in seen:
        _set(self, "requires_password", d.get("requiresPassword", UNSET))
    if "requires_token_authentication" not in seen:
        _set(self, "requires_token_authentication", d.get("requiresTokenAuthentication", UNSET))
    if "creatable" not in seen:
        _set(self, "creatable", d.get("creatable", UNSET))
    if "feature_content" not in seen:
        _set(self, "feature_content", d.get("featureContent", UNSET))
    if "feature_content_rate" not in seen:
        _set(self, "feature_content_rate", d.get("featureContentRate", UNSET))
    if "octorate_manageable" not in seen:
        _set(self, "octorate_manageable", d.get("octorateManageable", UNSET))
    if "show_filter" not in seen:
        _set(self, "show_filter", d.get("showFilter", UNSET))
    if "commissions_invoiced" not in seen:
        _set(self, "commissions_invoiced", d.get("commissionsInvoiced", UNSET))
    if "commission_included_in_payments" not in seen:
        _set(self, "commission_included_in_payments", d.get("commissionIncludedInPayments", UNSET))
    if "enabled" not in seen:
        _set(self, "enabled", d.get("enabled", UNSET))
    if "portal_category" not in seen:
        _portal_category = d.get("portalCategory", UNSET)
        portal_category: ApiPortalDTORespPortalCategory | Unset
        if isinstance(_portal_category, Unset):
            portal_category = UNSET
        else:
            portal_category = enum_member(ApiPortalDTORespPortalCategory, _portal_category)

        _set(self, "portal_category", portal_category)
    if "preferred" not in seen:
        _set(self, "preferred", d.get("preferred", UNSET))
    if "xml_type" not in seen:
        _set(self, "xml_type", d.get("xmlType", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiPortalDTOResp._octorate_fields = FieldTable(
    required=frozenset(
        (
            "internalName",
            "externalName",
            "banner",
            "loginUrl",
            "requiresHotelId",
            "website",
            "contentMetas",
            "id",
        )
    ),
    loaders={
        "internal_name": _load_internal_name,
        "external_name": _load_external_name,
        "banner": _load_banner,
        "login_url": _load_login_url,
        "requires_hotel_id": _load_requires_hotel_id,
        "website": _load_website,
        "content_metas": _load_content_metas,
        "id": _load_id,
        "calendar_values": _load_calendar_values,
        "color_hex": _load_color_hex,
        "logo": _load_logo,
        "icon": _load_icon,
        "requires_password": _load_requires_password,
        "requires_token_authentication": _load_requires_token_authentication,
        "creatable": _load_creatable,
        "feature_content": _load_feature_content,
        "feature_content_rate": _load_feature_content_rate,
        "octorate_manageable": _load_octorate_manageable,
        "show_filter": _load_show_filter,
        "commissions_invoiced": _load_commissions_invoiced,
        "commission_included_in_payments": _load_commission_included_in_payments,
        "enabled": _load_enabled,
        "portal_category": _load_portal_category,
        "preferred": _load_preferred,
        "xml_type": _load_xml_type,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "content_metas",
        "calendar_values",
        "additional_properties",
    ),
    keys={
        "internal_name": "internalName",
        "external_name": "externalName",
        "banner": "banner",
        "login_url": "loginUrl",
        "requires_hotel_id": "requiresHotelId",
        "website": "website",
        "content_metas": "contentMetas",
        "id": "id",
        "calendar_values": "calendarValues",
        "color_hex": "colorHex",
        "logo": "logo",
        "icon": "icon",
        "requires_password": "requiresPassword",
        "requires_token_authentication": "requiresTokenAuthentication",
        "creatable": "creatable",
        "feature_content": "featureContent",
        "feature_content_rate": "featureContentRate",
        "octorate_manageable": "octorateManageable",
        "show_filter": "showFilter",
        "commissions_invoiced": "commissionsInvoiced",
        "commission_included_in_payments": "commissionIncludedInPayments",
        "enabled": "enabled",
        "portal_category": "portalCategory",
        "preferred": "preferred",
        "xml_type": "xmlType",
    },
)
