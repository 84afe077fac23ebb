from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_configuration_response_category import ApiConfigurationResponseCategory
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.api_configuration_reseller import ApiConfigurationReseller
    from ..models.api_permission import ApiPermission
    from ..models.language_map import LanguageMap


@_attrs_define
class ApiConfigurationResponse(LazyModel):
    """
    Attributes:
        environment (str | Unset): The enabled environment, you can use 'SANDBOX' or 'PRODUCTION'
        redirect_uri (list[str] | Unset): List of allowed redirect uri for your application. They should start with
            'https://' (secure). All the links will be replaced with the new object. Set null to remove
        category (ApiConfigurationResponseCategory | Unset): Your api category, can be one of
            CHECKIN_PROVIDER,BOOKING_ENGINE,CHANNEL_MANAGER,OTA
        icon (str | Unset): Writable field for you icon. In writing mode set here the icon to download, in read mode you
            will see our imported name.
        secret_visibility (bool | Unset): Set true to show this API to all the user, set FALSE if you expect to initiate
            the connection on your side (We will not show your api in available ones)
        application_name (str | Unset): Application name that will be shown to customer Example: My Awesome application.
        description (LanguageMap | Unset):  Example: {'EN': 'These are the LanguageMap value in English!'}.
        active (bool | Unset): Whether you api key is active
        auth_method (str | Unset): Authentication method of your Api access
        authorization_pages (list[str] | Unset): Octorate Identity page: Where you should redirect the user to ask for
            grant
        quota_limit (int | Unset): Your current quota limit
        quota_status (int | Unset): The remaining calls for that api access
        reseller (ApiConfigurationReseller | Unset): Information about the linked reseller account. If you are a
            reseller of Octorate, contact Octorate to have your account linked.
        permissions (ApiPermission | Unset): Action authorized for your application
        config_name (str | Unset): The current configuration name
        unique_id (str | Unset): The current configuration unique id
        build_number (str | Unset): The current configuration build number
        maintenance (bool | Unset): True if this is a maintenance mode
        fiscal_version (str | Unset): Fiscal version, compliant with NF525 certification
    """

    environment: str | Unset = UNSET
    redirect_uri: list[str] | Unset = UNSET
    category: ApiConfigurationResponseCategory | Unset = UNSET
    icon: str | Unset = UNSET
    secret_visibility: bool | Unset = UNSET
    application_name: str | Unset = UNSET
    description: LanguageMap | Unset = UNSET
    active: bool | Unset = UNSET
    auth_method: str | Unset = UNSET
    authorization_pages: list[str] | Unset = UNSET
    quota_limit: int | Unset = UNSET
    quota_status: int | Unset = UNSET
    reseller: ApiConfigurationReseller | Unset = UNSET
    permissions: ApiPermission | Unset = UNSET
    config_name: str | Unset = UNSET
    unique_id: str | Unset = UNSET
    build_number: str | Unset = UNSET
    maintenance: bool | Unset = UNSET
    fiscal_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        environment = self.environment

        redirect_uri: list[str] | Unset = UNSET
        if not isinstance(self.redirect_uri, Unset):
            redirect_uri = self.redirect_uri

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        icon = self.icon

        secret_visibility = self.secret_visibility

        application_name = self.application_name

        description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description, Unset):
            description = self.description.to_dict()

        active = self.active

        auth_method = self.auth_method

        authorization_pages: list[str] | Unset = UNSET
        if not isinstance(self.authorization_pages, Unset):
            authorization_pages = self.authorization_pages

        quota_limit = self.quota_limit

        quota_status = self.quota_status

        reseller: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reseller, Unset):
            reseller = self.reseller.to_dict()

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        config_name = self.config_name

        unique_id = self.unique_id

        build_number = self.build_number

        maintenance = self.maintenance

        fiscal_version = self.fiscal_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if environment is not UNSET:
            field_dict["environment"] = environment
        if redirect_uri is not UNSET:
            field_dict["redirectUri"] = redirect_uri
        if category is not UNSET:
            field_dict["category"] = category
        if icon is not UNSET:
            field_dict["icon"] = icon
        if secret_visibility is not UNSET:
            field_dict["secretVisibility"] = secret_visibility
        if application_name is not UNSET:
            field_dict["applicationName"] = application_name
        if description is not UNSET:
            field_dict["description"] = description
        if active is not UNSET:
            field_dict["active"] = active
        if auth_method is not UNSET:
            field_dict["authMethod"] = auth_method
        if authorization_pages is not UNSET:
            field_dict["authorizationPages"] = authorization_pages
        if quota_limit is not UNSET:
            field_dict["quotaLimit"] = quota_limit
        if quota_status is not UNSET:
            field_dict["quotaStatus"] = quota_status
        if reseller is not UNSET:
            field_dict["reseller"] = reseller
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if config_name is not UNSET:
            field_dict["configName"] = config_name
        if unique_id is not UNSET:
            field_dict["uniqueId"] = unique_id
        if build_number is not UNSET:
            field_dict["buildNumber"] = build_number
        if maintenance is not UNSET:
            field_dict["maintenance"] = maintenance
        if fiscal_version is not UNSET:
            field_dict["fiscalVersion"] = fiscal_version

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


def _load_environment(d: Mapping[str, Any]) -> str | Unset:
    return d.get("environment", UNSET)


def _load_redirect_uri(d: Mapping[str, Any]) -> list[str] | Unset:
    redirect_uri = cast(list[str], d.get("redirectUri", UNSET))

    return redirect_uri


def _load_category(d: Mapping[str, Any]) -> ApiConfigurationResponseCategory | Unset:
    _category = d.get("category", UNSET)
    category: ApiConfigurationResponseCategory | Unset
    if isinstance(_category, Unset):
        category = UNSET
    else:
        category = enum_member(ApiConfigurationResponseCategory, _category)

    return category


def _load_icon(d: Mapping[str, Any]) -> str | Unset:
    return d.get("icon", UNSET)


def _load_secret_visibility(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("secretVisibility", UNSET)


def _load_application_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("applicationName", UNSET)


def _load_description(d: Mapping[str, Any]) -> LanguageMap | Unset:
    _description = d.get("description", UNSET)
    description: LanguageMap | Unset
    if isinstance(_description, Unset):
        description = UNSET
    else:
        description = LanguageMap._from_json(_description)

    return description


def _load_active(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("active", UNSET)


def _load_auth_method(d: Mapping[str, Any]) -> str | Unset:
    return d.get("authMethod", UNSET)


def _load_authorization_pages(d: Mapping[str, Any]) -> list[str] | Unset:
    authorization_pages = cast(list[str], d.get("authorizationPages", UNSET))

    return authorization_pages


def _load_quota_limit(d: Mapping[str, Any]) -> int | Unset:
    return d.get("quotaLimit", UNSET)


def _load_quota_status(d: Mapping[str, Any]) -> int | Unset:
    return d.get("quotaStatus", UNSET)


def _load_reseller(d: Mapping[str, Any]) -> ApiConfigurationReseller | Unset:
    _reseller = d.get("reseller", UNSET)
    reseller: ApiConfigurationReseller | Unset
    if isinstance(_reseller, Unset):
        reseller = UNSET
    else:
        reseller = ApiConfigurationReseller._from_json(_reseller)

    return reseller


def _load_permissions(d: Mapping[str, Any]) -> ApiPermission | Unset:
    _permissions = d.get("permissions", UNSET)
    permissions: ApiPermission | Unset
    if isinstance(_permissions, Unset):
        permissions = UNSET
    else:
        permissions = ApiPermission._from_json(_permissions)

    return permissions


def _load_config_name(d: Mapping[str, Any]) -> str | Unset:
    return d.get("configName", UNSET)


def _load_unique_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("uniqueId", UNSET)


def _load_build_number(d: Mapping[str, Any]) -> str | Unset:
    return d.get("buildNumber", UNSET)


def _load_maintenance(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("maintenance", UNSET)


def _load_fiscal_version(d: Mapping[str, Any]) -> str | Unset:
    return d.get("fiscalVersion", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "environment",
        "redirectUri",
        "category",
        "icon",
        "secretVisibility",
        "applicationName",
        "description",
        "active",
        "authMethod",
        "authorizationPages",
        "quotaLimit",
        "quotaStatus",
        "reseller",
        "permissions",
        "configName",
        "uniqueId",
        "buildNumber",
        "maintenance",
        "fiscalVersion",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiConfigurationResponse, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "environment" not in seen:
        _set(self, "environment", d.get("environment", UNSET))
    if "redirect_uri" not in seen:
        redirect_uri = cast(list[str], d.get("redirectUri", UNSET))

        _set(self, "redirect_uri", redirect_uri)
    if "category" not in seen:
        _category = d.get("category", UNSET)
        category: ApiConfigurationResponseCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = enum_member(ApiConfigurationResponseCategory, _category)

        _set(self, "category", category)
    if "icon" not in seen:
        _set(self, "icon", d.get("icon", UNSET))
    if "secret_visibility" not in seen:
        _set(self, "secret_visibility", d.get("secretVisibility", UNSET))
    if "application_name" not in seen:
        _set(self, "application_name", d.get("applicationName", UNSET))
    if "description" not in seen:
        _description = d.get("description", UNSET)
        description: LanguageMap | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = LanguageMap._from_json(_description)

        _set(self, "description", description)
    if "active" not in seen:
        _set(self, "active", d.get("active", UNSET))
    if "auth_method" not in seen:
        _set(self, "auth_method", d.get("authMethod", UNSET))
    if "authorization_pages" not in seen:
        authorization_pages = cast(list[str], d.get("authorizationPages", UNSET))

        _set(self, "authorization_pages", authorization_pages)
    if "quota_limit" not in seen:
        _set(self, "quota_limit", d.get("quotaLimit", UNSET))
    if "quota_status" not in seen:
        _set(self, "quota_status", d.get("quotaStatus", UNSET))
    if "reseller" not in seen:
        _reseller = d.get("reseller", UNSET)
        reseller: ApiConfigurationReseller | Unset
        if isinstance(_reseller, Unset):
            reseller = UNSET
        else:
            reseller = ApiConfigurationReseller._from_json(_reseller)

        _set(self, "reseller", reseller)
    if "permissions" not in seen:
        _permissions = d.get("permissions", UNSET)
        permissions: ApiPermission | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = ApiPermission._from_json(_permissions)

        _set(self, "permissions", permissions)
    if "config_name" not in seen:
        _set(self, "config_name", d.get("configName", UNSET))
    if "unique_id" not in seen:
        _set(self, "unique_id", d.get("uniqueId", UNSET))
    if "build_number" not in seen:
        _set(self, "build_number", d.get("buildNumber", UNSET))
    if "maintenance" not in seen:
        _set(self, "maintenance", d.get("maintenance", UNSET))
    if "fiscal_version" not in seen:
        _set(self, "fiscal_version", d.get("fiscalVersion", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiConfigurationResponse._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "environment": _load_environment,
        "redirect_uri": _load_redirect_uri,
        "category": _load_category,
        "icon": _load_icon,
        "secret_visibility": _load_secret_visibility,
        "application_name": _load_application_name,
        "description": _load_description,
        "active": _load_active,
        "auth_method": _load_auth_method,
        "authorization_pages": _load_authorization_pages,
        "quota_limit": _load_quota_limit,
        "quota_status": _load_quota_status,
        "reseller": _load_reseller,
        "permissions": _load_permissions,
        "config_name": _load_config_name,
        "unique_id": _load_unique_id,
        "build_number": _load_build_number,
        "maintenance": _load_maintenance,
        "fiscal_version": _load_fiscal_version,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "redirect_uri",
        "description",
        "authorization_pages",
        "reseller",
        "permissions",
        "additional_properties",
    ),
    keys={
        "environment": "environment",
        "redirect_uri": "redirectUri",
        "category": "category",
        "icon": "icon",
        "secret_visibility": "secretVisibility",
        "application_name": "applicationName",
        "description": "description",
        "active": "active",
        "auth_method": "authMethod",
        "authorization_pages": "authorizationPages",
        "quota_limit": "quotaLimit",
        "quota_status": "quotaStatus",
        "reseller": "reseller",
        "permissions": "permissions",
        "config_name": "configName",
        "unique_id": "uniqueId",
        "build_number": "buildNumber",
        "maintenance": "maintenance",
        "fiscal_version": "fiscalVersion",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_configuration_reseller import ApiConfigurationReseller  # noqa: E402
from ..models.api_permission import ApiPermission  # noqa: E402
from ..models.language_map import LanguageMap  # noqa: E402
