from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_configuration_request_category import ApiConfigurationRequestCategory
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.language_map import LanguageMap


T = TypeVar("T", bound="ApiConfigurationRequest")


@_attrs_define
class ApiConfigurationRequest:
    """Configure your application

    Attributes:
        environment (str | Unset): The enabled environment, you can use 'SANDBOX' or 'PRODUCTION'
        redirect_uri (list[str] | Unset): List of allowed redirect uri for your application. They should start with
            'https://' (secure). All the links will be replaced with the new object. Set null to remove
        category (ApiConfigurationRequestCategory | Unset): Your api category, can be one of
            CHECKIN_PROVIDER,BOOKING_ENGINE,CHANNEL_MANAGER,OTA
        icon (str | Unset): Writable field for you icon. In writing mode set here the icon to download, in read mode you
            will see our imported name.
        secret_visibility (bool | Unset): Set true to show this API to all the user, set FALSE if you expect to initiate
            the connection on your side (We will not show your api in available ones)
        application_name (str | Unset): Application name that will be shown to customer Example: My Awesome application.
        description (LanguageMap | Unset):  Example: {'EN': 'These are the LanguageMap value in English!'}.
    """

    environment: str | Unset = UNSET
    redirect_uri: list[str] | Unset = UNSET
    category: ApiConfigurationRequestCategory | Unset = UNSET
    icon: str | Unset = UNSET
    secret_visibility: bool | Unset = UNSET
    application_name: str | Unset = UNSET
    description: LanguageMap | Unset = UNSET
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        environment = d.pop("environment", UNSET)

        redirect_uri = cast(list[str], d.pop("redirectUri", UNSET))

        _category = d.pop("category", UNSET)
        category: ApiConfigurationRequestCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = enum_member(ApiConfigurationRequestCategory, _category)

        icon = d.pop("icon", UNSET)

        secret_visibility = d.pop("secretVisibility", UNSET)

        application_name = d.pop("applicationName", UNSET)

        _description = d.pop("description", UNSET)
        description: LanguageMap | Unset
        if isinstance(_description, Unset):
            description = UNSET
        else:
            description = LanguageMap.from_dict(_description)

        api_configuration_request = cls(
            environment=environment,
            redirect_uri=redirect_uri,
            category=category,
            icon=icon,
            secret_visibility=secret_visibility,
            application_name=application_name,
            description=description,
        )

        api_configuration_request.additional_properties = d
        return api_configuration_request

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
from ..models.language_map import LanguageMap  # noqa: E402
