from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr
from ..models.person_dto_admin_department import PersonDTOAdminDepartment
from ..models.person_dto_dashboard_widget_types_item import PersonDTODashboardWidgetTypesItem
from ..models.person_dto_preferred_language import PersonDTOPreferredLanguage
from ..models.person_dto_user_type import PersonDTOUserType
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.api_log_dto import ApiLogDTO
    from ..models.permissions_dto import PermissionsDTO


@_attrs_define
class PersonDTO(LazyModel):
    """
    Attributes:
        id (int): Reference inside our system Example: 17.
        user_id (int | Unset): Reference of the User linked to this Person. Example: 4.
        guest_id (int | Unset): Reference of the Guest linked to this Person Example: 5.
        external_guest (str | Unset): Reference of the external guest inside the external site. It's used to map the
            message to a specific guest. Set it up if coming from the guest, leave null if coming from the property Example:
            A-123.
        email (str | Unset): The email of this Person Example: mario.rossi@octorate.com.
        phone (str | Unset): The phone number of this Person (only if guest) Example: +39 3461234567.
        username (str | Unset): The username of this Person (only if user) Example: mario_rossi.
        firstname (str | Unset): The firstname of this Person Example: Mario.
        lastname (str | Unset): The lastname of this Person Example: Rossi.
        fullname (str | Unset): A user friendly string to describe this Person Example: Rossi Mario.
        photo (str | Unset): The absolute URL of the avatar of this Person (only if user) Example:
            https://resx.octorate.com/content/userphotos/1647609985065.jpg.
        preferred_language (PersonDTOPreferredLanguage | Unset): The preferred language of this person Example: EN.
        preferred_accommodation (str | Unset): The preferred accommodation after login Example: EN.
        permissions (PermissionsDTO | Unset): The permissions of this person (only if user) Example: {'chat':
            'READONLY', 'checkIn': 'NONE', 'invoices': 'READWRITE'}.
        hide_read_threads (bool | Unset): Indicates if the user want to hide already read thread in chat (only if user)
            Example: True.
        show_archived_threads (bool | Unset): Indicates if the user want to show archived thread in chat (only if user)
            Example: True.
        user_type (PersonDTOUserType | Unset): The user type (only if user) Example: true.
        admin_department (PersonDTOAdminDepartment | Unset): The department of this person (only if admin user) Example:
            DEVELOPER.
        mfa_enabled (bool | Unset): MultiFactor Authentication is enabled? Example: True.
        dashboard_widget_types (list[PersonDTODashboardWidgetTypesItem] | Unset): The selected dashboard widget types
            (only if user and not admin)
        last_login (ApiLogDTO | Unset): Get the last log of type PORTAL_ACCEPT
        accessible_accommodations (list[str] | Unset): The list of accommodations accessible by this person
    """

    id: int
    user_id: int | Unset = UNSET
    guest_id: int | Unset = UNSET
    external_guest: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    username: str | Unset = UNSET
    firstname: str | Unset = UNSET
    lastname: str | Unset = UNSET
    fullname: str | Unset = UNSET
    photo: str | Unset = UNSET
    preferred_language: PersonDTOPreferredLanguage | Unset = UNSET
    preferred_accommodation: str | Unset = UNSET
    permissions: PermissionsDTO | Unset = UNSET
    hide_read_threads: bool | Unset = UNSET
    show_archived_threads: bool | Unset = UNSET
    user_type: PersonDTOUserType | Unset = UNSET
    admin_department: PersonDTOAdminDepartment | Unset = UNSET
    mfa_enabled: bool | Unset = UNSET
    dashboard_widget_types: list[PersonDTODashboardWidgetTypesItem] | Unset = UNSET
    last_login: ApiLogDTO | Unset = UNSET
    accessible_accommodations: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        id = self.id

        user_id = self.user_id

        guest_id = self.guest_id

        external_guest = self.external_guest

        email = self.email

        phone = self.phone

        username = self.username

        firstname = self.firstname

        lastname = self.lastname

        fullname = self.fullname

        photo = self.photo

        preferred_language: str | Unset = UNSET
        if not isinstance(self.preferred_language, Unset):
            preferred_language = self.preferred_language.value

        preferred_accommodation = self.preferred_accommodation

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        hide_read_threads = self.hide_read_threads

        show_archived_threads = self.show_archived_threads

        user_type: str | Unset = UNSET
        if not isinstance(self.user_type, Unset):
            user_type = self.user_type.value

        admin_department: str | Unset = UNSET
        if not isinstance(self.admin_department, Unset):
            admin_department = self.admin_department.value

        mfa_enabled = self.mfa_enabled

        dashboard_widget_types: list[str] | Unset = UNSET
        if not isinstance(self.dashboard_widget_types, Unset):
            dashboard_widget_types = []
            for dashboard_widget_types_item_data in self.dashboard_widget_types:
                dashboard_widget_types_item = dashboard_widget_types_item_data.value
                dashboard_widget_types.append(dashboard_widget_types_item)

        last_login: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_login, Unset):
            last_login = self.last_login.to_dict()

        accessible_accommodations: list[str] | Unset = UNSET
        if not isinstance(self.accessible_accommodations, Unset):
            accessible_accommodations = self.accessible_accommodations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if guest_id is not UNSET:
            field_dict["guestId"] = guest_id
        if external_guest is not UNSET:
            field_dict["externalGuest"] = external_guest
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if username is not UNSET:
            field_dict["username"] = username
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if fullname is not UNSET:
            field_dict["fullname"] = fullname
        if photo is not UNSET:
            field_dict["photo"] = photo
        if preferred_language is not UNSET:
            field_dict["preferredLanguage"] = preferred_language
        if preferred_accommodation is not UNSET:
            field_dict["preferredAccommodation"] = preferred_accommodation
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if hide_read_threads is not UNSET:
            field_dict["hideReadThreads"] = hide_read_threads
        if show_archived_threads is not UNSET:
            field_dict["showArchivedThreads"] = show_archived_threads
        if user_type is not UNSET:
            field_dict["userType"] = user_type
        if admin_department is not UNSET:
            field_dict["adminDepartment"] = admin_department
        if mfa_enabled is not UNSET:
            field_dict["mfaEnabled"] = mfa_enabled
        if dashboard_widget_types is not UNSET:
            field_dict["dashboardWidgetTypes"] = dashboard_widget_types
        if last_login is not UNSET:
            field_dict["lastLogin"] = last_login
        if accessible_accommodations is not UNSET:
            field_dict["accessibleAccommodations"] = accessible_accommodations

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


def _load_id(d: Mapping[str, Any]) -> int:
    return d["id"]


def _load_user_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("userId", UNSET)


def _load_guest_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("guestId", UNSET)


def _load_external_guest(d: Mapping[str, Any]) -> str | Unset:
    return d.get("externalGuest", UNSET)


def _load_email(d: Mapping[str, Any]) -> str | Unset:
    return d.get("email", UNSET)


def _load_phone(d: Mapping[str, Any]) -> str | Unset:
    return d.get("phone", UNSET)


def _load_username(d: Mapping[str, Any]) -> str | Unset:
    return d.get("username", UNSET)


def _load_firstname(d: Mapping[str, Any]) -> str | Unset:
    return d.get("firstname", UNSET)


def _load_lastname(d: Mapping[str, Any]) -> str | Unset:
    return d.get("lastname", UNSET)


def _load_fullname(d: Mapping[str, Any]) -> str | Unset:
    return d.get("fullname", UNSET)


def _load_photo(d: Mapping[str, Any]) -> str | Unset:
    return d.get("photo", UNSET)


def _load_preferred_language(d: Mapping[str, Any]) -> PersonDTOPreferredLanguage | Unset:
    _preferred_language = d.get("preferredLanguage", UNSET)
    preferred_language: PersonDTOPreferredLanguage | Unset
    if isinstance(_preferred_language, Unset):
        preferred_language = UNSET
    else:
        preferred_language = enum_member(PersonDTOPreferredLanguage, _preferred_language)

    return preferred_language


def _load_preferred_accommodation(d: Mapping[str, Any]) -> str | Unset:
    return d.get("preferredAccommodation", UNSET)


def _load_permissions(d: Mapping[str, Any]) -> PermissionsDTO | Unset:
    _permissions = d.get("permissions", UNSET)
    permissions: PermissionsDTO | Unset
    if isinstance(_permissions, Unset):
        permissions = UNSET
    else:
        permissions = PermissionsDTO._from_json(_permissions)

    return permissions


def _load_hide_read_threads(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("hideReadThreads", UNSET)


def _load_show_archived_threads(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("showArchivedThreads", UNSET)


def _load_user_type(d: Mapping[str, Any]) -> PersonDTOUserType | Unset:
    _user_type = d.get("userType", UNSET)
    user_type: PersonDTOUserType | Unset
    if isinstance(_user_type, Unset):
        user_type = UNSET
    else:
        user_type = enum_member(PersonDTOUserType, _user_type)

    return user_type


def _load_admin_department(d: Mapping[str, Any]) -> PersonDTOAdminDepartment | Unset:
    _admin_department = d.get("adminDepartment", UNSET)
    admin_department: PersonDTOAdminDepartment | Unset
    if isinstance(_admin_department, Unset):
        admin_department = UNSET
    else:
        admin_department = enum_member(PersonDTOAdminDepartment, _admin_department)

    return admin_department


def _load_mfa_enabled(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("mfaEnabled", UNSET)


def _load_dashboard_widget_types(
    d: Mapping[str, Any],
) -> list[PersonDTODashboardWidgetTypesItem] | Unset:
    _dashboard_widget_types = d.get("dashboardWidgetTypes", UNSET)
    dashboard_widget_types: list[PersonDTODashboardWidgetTypesItem] | Unset = UNSET
    if _dashboard_widget_types is not UNSET:
        dashboard_widget_types = []
        for dashboard_widget_types_item_data in _dashboard_widget_types:
            dashboard_widget_types_item = enum_member(
                PersonDTODashboardWidgetTypesItem, dashboard_widget_types_item_data
            )

            dashboard_widget_types.append(dashboard_widget_types_item)

    return dashboard_widget_types


def _load_last_login(d: Mapping[str, Any]) -> ApiLogDTO | Unset:
    _last_login = d.get("lastLogin", UNSET)
    last_login: ApiLogDTO | Unset
    if isinstance(_last_login, Unset):
        last_login = UNSET
    else:
        last_login = ApiLogDTO._from_json(_last_login)

    return last_login


def _load_accessible_accommodations(d: Mapping[str, Any]) -> list[str] | Unset:
    accessible_accommodations = cast(list[str], d.get("accessibleAccommodations", UNSET))

    return accessible_accommodations


_KNOWN_KEYS = frozenset(
    (
        "id",
        "userId",
        "guestId",
        "externalGuest",
        "email",
        "phone",
        "username",
        "firstname",
        "lastname",
        "fullname",
        "photo",
        "preferredLanguage",
        "preferredAccommodation",
        "permissions",
        "hideReadThreads",
        "showArchivedThreads",
        "userType",
        "adminDepartment",
        "mfaEnabled",
        "dashboardWidgetTypes",
        "lastLogin",
        "accessibleAccommodations",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: PersonDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "id" not in seen:
        _set(self, "id", d["id"])
    if "user_id" not in seen:
        _set(self, "user_id", d.get("userId", UNSET))
    if "guest_id" not in seen:
        _set(self, "guest_id", d.get("guestId", UNSET))
    if "external_guest" not in seen:
        _set(self, "external_guest", d.get("externalGuest", UNSET))
    if "email" not in seen:
        _set(self, "email", d.get("email", UNSET))
    if "phone" not in seen:
        _set(self, "phone", d.get("phone", UNSET))
    if "username" not in seen:
        _set(self, "username", d.get("username", UNSET))
    if "firstname" not in seen:
        _set(self, "firstname", d.get("firstname", UNSET))
    if "lastname" not in seen:
        _set(self, "lastname", d.get("lastname", UNSET))
    if "fullname" not in seen:
        _set(self, "fullname", d.get("fullname", UNSET))
    if "photo" not in seen:
        _set(self, "photo", d.get("photo", UNSET))
    if "preferred_language" not in seen:
        _preferred_language = d.get("preferredLanguage", UNSET)
        preferred_language: PersonDTOPreferredLanguage | Unset
        if isinstance(_preferred_language, Unset):
            preferred_language = UNSET
        else:
            preferred_language = enum_member(PersonDTOPreferredLanguage, _preferred_language)

        _set(self, "preferred_language", preferred_language)
    if "preferred_accommodation" not in seen:
        _set(self, "preferred_accommodation", d.get("preferredAccommodation", UNSET))
    if "permissions" not in seen:
        _permissions = d.get("permissions", UNSET)
        permissions: PermissionsDTO | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = PermissionsDTO._from_json(_permissions)

        _set(self, "permissions", permissions)
    if "hide_read_threads" not in seen:
        _set(self, "hide_read_threads", d.get("hideReadThreads", UNSET))
    if "show_archived_threads" not in seen:
        _set(self, "show_archived_threads", d.get("showArchivedThreads", UNSET))
    if "user_type" not in seen:
        _user_type = d.get("userType", UNSET)
        user_type: PersonDTOUserType | Unset
        if isinstance(_user_type, Unset):
            user_type = UNSET
        else:
            user_type = enum_member(PersonDTOUserType, _user_type)

        _set(self, "user_type", user_type)
    if "admin_department" not in seen:
        _admin_department = d.get("adminDepartment", UNSET)
        admin_department: PersonDTOAdminDepartment | Unset
        if isinstance(_admin_department, Unset):
            admin_department = UNSET
        else:
            admin_department = enum_member(PersonDTOAdminDepartment, _admin_department)

        _set(self, "admin_department", admin_department)
    if "mfa_enabled" not in seen:
        _set(self, "mfa_enabled", d.get("mfaEnabled", UNSET))
    if "dashboard_widget_types" not in seen:
        _dashboard_widget_types = d.get("dashboardWidgetTypes", UNSET)
        dashboard_widget_types: list[PersonDTODashboardWidgetTypesItem] | Unset = UNSET
        if _dashboard_widget_types is not UNSET:
            dashboard_widget_types = []
            for dashboard_widget_types_item_data in _dashboard_widget_types:
                dashboard_widget_types_item = enum_member(
                    PersonDTODashboardWidgetTypesItem, dashboard_widget_types_item_data
                )

                dashboard_widget_types.append(dashboard_widget_types_item)

        _set(self, "dashboard_widget_types", dashboard_widget_types)
    if "last_login" not in seen:
        _last_login = d.get("lastLogin", UNSET)
        last_login: ApiLogDTO | Unset
        if isinstance(_last_login, Unset):
            last_login = UNSET
        else:
            last_login = ApiLogDTO._from_json(_last_login)

        _set(self, "last_login", last_login)
    if "accessible_accommodations" not in seen:
        accessible_accommodations = cast(list[str], d.get("accessibleAccommodations", UNSET))

        _set(self, "accessible_accommodations", accessible_accommodations)
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


PersonDTO._octorate_fields = FieldTable(
    required=frozenset(("id",)),
    loaders={
        "id": _load_id,
        "user_id": _load_user_id,
        "guest_id": _load_guest_id,
        "external_guest": _load_external_guest,
        "email": _load_email,
        "phone": _load_phone,
        "username": _load_username,
        "firstname": _load_firstname,
        "lastname": _load_lastname,
        "fullname": _load_fullname,
        "photo": _load_photo,
        "preferred_language": _load_preferred_language,
        "preferred_accommodation": _load_preferred_accommodation,
        "permissions": _load_permissions,
        "hide_read_threads": _load_hide_read_threads,
        "show_archived_threads": _load_show_archived_threads,
        "user_type": _load_user_type,
        "admin_department": _load_admin_department,
        "mfa_enabled": _load_mfa_enabled,
        "dashboard_widget_types": _load_dashboard_widget_types,
        "last_login": _load_last_login,
        "accessible_accommodations": _load_accessible_accommodations,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "permissions",
        "dashboard_widget_types",
        "last_login",
        "accessible_accommodations",
        "additional_properties",
    ),
    keys={
        "id": "id",
        "user_id": "userId",
        "guest_id": "guestId",
        "external_guest": "externalGuest",
        "email": "email",
        "phone": "phone",
        "username": "username",
        "firstname": "firstname",
        "lastname": "lastname",
        "fullname": "fullname",
        "photo": "photo",
        "preferred_language": "preferredLanguage",
        "preferred_accommodation": "preferredAccommodation",
        "permissions": "permissions",
        "hide_read_threads": "hideReadThreads",
        "show_archived_threads": "showArchivedThreads",
        "user_type": "userType",
        "admin_department": "adminDepartment",
        "mfa_enabled": "mfaEnabled",
        "dashboard_widget_types": "dashboardWidgetTypes",
        "last_login": "lastLogin",
        "accessible_accommodations": "accessibleAccommodations",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_log_dto import ApiLogDTO  # noqa: E402
from ..models.permissions_dto import PermissionsDTO  # noqa: E402
