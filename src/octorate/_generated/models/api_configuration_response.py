from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_configuration_response_category import ApiConfigurationResponseCategory
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.api_configuration_reseller import ApiConfigurationReseller
    from ..models.api_permission import ApiPermission
    from ..models.language_map import LanguageMap


T = TypeVar("T", bound="ApiConfigurationResponse")


@_attrs_define
class ApiConfigurationResponse:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        environment = d.pop("environment", UNSET)

        redirect_uri = cast(list[str], d.pop("redirectUri", UNSET))

        _category = d.pop("category", UNSET)
        category: ApiConfigurationResponseCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = enum_member(ApiConfigurationResponseCategory, _category)

        icon = d.pop("icon", UNSET)

        secret_visibility = d.pop("secretVisibility", UNSET)

        application_name = d.pop("applicationName", UNSET)

        _description = d.pop("description", UNSET)
        description: LanguageMap | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = LanguageMap.from_dict(_description)

        active = d.pop("active", UNSET)

        auth_method = d.pop("authMethod", UNSET)

        authorization_pages = cast(list[str], d.pop("authorizationPages", UNSET))

        quota_limit = d.pop("quotaLimit", UNSET)

        quota_status = d.pop("quotaStatus", UNSET)

        _reseller = d.pop("reseller", UNSET)
        reseller: ApiConfigurationReseller | Unset
        if isinstance(_reseller, Unset):
            reseller = UNSET
        else:
            reseller = ApiConfigurationReseller.from_dict(_reseller)

        _permissions = d.pop("permissions", UNSET)
        permissions: ApiPermission | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = ApiPermission.from_dict(_permissions)

        config_name = d.pop("configName", UNSET)

        unique_id = d.pop("uniqueId", UNSET)

        build_number = d.pop("buildNumber", UNSET)

        maintenance = d.pop("maintenance", UNSET)

        fiscal_version = d.pop("fiscalVersion", UNSET)

        api_configuration_response = cls(
            environment=environment,
            redirect_uri=redirect_uri,
            category=category,
            icon=icon,
            secret_visibility=secret_visibility,
            application_name=application_name,
            description=description,
            active=active,
            auth_method=auth_method,
            authorization_pages=authorization_pages,
            quota_limit=quota_limit,
            quota_status=quota_status,
            reseller=reseller,
            permissions=permissions,
            config_name=config_name,
            unique_id=unique_id,
            build_number=build_number,
            maintenance=maintenance,
            fiscal_version=fiscal_version,
        )

        api_configuration_response.additional_properties = d
        return api_configuration_response

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
from ..models.api_configuration_reseller import ApiConfigurationReseller  # noqa: E402
from ..models.api_permission import ApiPermission  # noqa: E402
from ..models.language_map import LanguageMap  # noqa: E402
