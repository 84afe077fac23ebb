from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.api_configuration_request_category import ApiConfigurationRequestCategory
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.language_map import LanguageMap


@_attrs_define
class ApiConfigurationRequest(LazyModel):
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


def _load_category(d: Mapping[str, Any]) -> ApiConfigurationRequestCategory | Unset:
    _category = d.get("category", UNSET)
    category: ApiConfigurationRequestCategory | Unset
    if isinstance(_category, Unset):
        category = UNSET
    else:
        category = enum_member(ApiConfigurationRequestCategory, _category)

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


_KNOWN_KEYS = frozenset(
    (
        "environment",
        "redirectUri",
        "category",
        "icon",
        "secretVisibility",
        "applicationName",
        "description",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiConfigurationRequest, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "environment" not in seen:
        _set(self, "environment", d.get("environment", UNSET))
    if "redirect_uri" not in seen:
        redirect_uri = cast(list[str], d.get("redirectUri", UNSET))

        _set(self, "redirect_uri", redirect_uri)
    if "category" not in seen:
        _category = d.get("category", UNSET)
        category: ApiConfigurationRequestCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = enum_member(ApiConfigurationRequestCategory, _category)

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
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiConfigurationRequest._octorate_fields = FieldTable(
    required=frozenset(()),
    loaders={
        "environment": _load_environment,
        "redirect_uri": _load_redirect_uri,
        "category": _load_category,
        "icon": _load_icon,
        "secret_visibility": _load_secret_visibility,
        "application_name": _load_application_name,
        "description": _load_description,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "redirect_uri",
        "description",
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
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.language_map import LanguageMap  # noqa: E402
