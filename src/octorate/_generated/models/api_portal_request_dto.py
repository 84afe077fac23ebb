from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_portal_request_dto_calendar_values_item import (
    ApiPortalRequestDTOCalendarValuesItem,
)
from ..types import UNSET, Unset, enum_member


@_attrs_define
class ApiPortalRequestDTO(LazyModel):
    """
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
        calendar_values (list[ApiPortalRequestDTOCalendarValuesItem] | Unset): List of manageable values (only if
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
    """

    internal_name: str
    external_name: str
    banner: str
    login_url: str
    requires_hotel_id: bool
    website: str
    content_metas: list[str]
    calendar_values: list[ApiPortalRequestDTOCalendarValuesItem] | Unset = UNSET
    color_hex: str | Unset = UNSET
    logo: str | Unset = UNSET
    icon: str | Unset = UNSET
    requires_password: bool | Unset = UNSET
    requires_token_authentication: bool | Unset = UNSET
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


def _load_calendar_values(
    d: Mapping[str, Any],
) -> list[ApiPortalRequestDTOCalendarValuesItem] | Unset:
    _calendar_values = d.get("calendarValues", UNSET)
    calendar_values: list[ApiPortalRequestDTOCalendarValuesItem] | Unset = UNSET
    if _calendar_values is not UNSET:
        calendar_values = []
        for calendar_values_item_data in _calendar_values:
            calendar_values_item = enum_member(
                ApiPortalRequestDTOCalendarValuesItem, calendar_values_item_data
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


_KNOWN_KEYS = frozenset(
    (
        "internalName",
        "externalName",
        "banner",
        "loginUrl",
        "requiresHotelId",
        "website",
        "contentMetas",
        "calendarValues",
        "colorHex",
        "logo",
        "icon",
        "requiresPassword",
        "requiresTokenAuthentication",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiPortalRequestDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
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
    if "calendar_values" not in seen:
        _calendar_values = d.get("calendarValues", UNSET)
        calendar_values: list[ApiPortalRequestDTOCalendarValuesItem] | Unset = UNSET
        if _calendar_values is not UNSET:
            calendar_values = []
            for calendar_values_item_data in _calendar_values:
                calendar_values_item = enum_member(
                    ApiPortalRequestDTOCalendarValuesItem, calendar_values_item_data
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
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiPortalRequestDTO._octorate_fields = FieldTable(
    required=frozenset(
        (
            "internalName",
            "externalName",
            "banner",
            "loginUrl",
            "requiresHotelId",
            "website",
            "contentMetas",
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
        "calendar_values": _load_calendar_values,
        "color_hex": _load_color_hex,
        "logo": _load_logo,
        "icon": _load_icon,
        "requires_password": _load_requires_password,
        "requires_token_authentication": _load_requires_token_authentication,
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
        "calendar_values": "calendarValues",
        "color_hex": "colorHex",
        "logo": "logo",
        "icon": "icon",
        "requires_password": "requiresPassword",
        "requires_token_authentication": "requiresTokenAuthentication",
    },
)
