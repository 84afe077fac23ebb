from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.person_dto_admin_department import PersonDTOAdminDepartment
from ..models.person_dto_dashboard_widget_types_item import PersonDTODashboardWidgetTypesItem
from ..models.person_dto_preferred_language import PersonDTOPreferredLanguage
from ..models.person_dto_user_type import PersonDTOUserType
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.api_log_dto import ApiLogDTO
    from ..models.permissions_dto import PermissionsDTO


T = TypeVar("T", bound="PersonDTO")


@_attrs_define
class PersonDTO:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        user_id = d.pop("userId", UNSET)

        guest_id = d.pop("guestId", UNSET)

        external_guest = d.pop("externalGuest", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        username = d.pop("username", UNSET)

        firstname = d.pop("firstname", UNSET)

        lastname = d.pop("lastname", UNSET)

        fullname = d.pop("fullname", UNSET)

        photo = d.pop("photo", UNSET)

        _preferred_language = d.pop("preferredLanguage", UNSET)
        preferred_language: PersonDTOPreferredLanguage | Unset
        if isinstance(_preferred_language, Unset):
            preferred_language = UNSET
        else:
            preferred_language = enum_member(PersonDTOPreferredLanguage, _preferred_language)

        preferred_accommodation = d.pop("preferredAccommodation", UNSET)

        _permissions = d.pop("permissions", UNSET)
        permissions: PermissionsDTO | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = PermissionsDTO.from_dict(_permissions)

        hide_read_threads = d.pop("hideReadThreads", UNSET)

        show_archived_threads = d.pop("showArchivedThreads", UNSET)

        _user_type = d.pop("userType", UNSET)
        user_type: PersonDTOUserType | Unset
        if isinstance(_user_type, Unset):
            user_type = UNSET
        else:
            user_type = enum_member(PersonDTOUserType, _user_type)

        _admin_department = d.pop("adminDepartment", UNSET)
        admin_department: PersonDTOAdminDepartment | Unset
        if isinstance(_admin_department, Unset):
            admin_department = UNSET
        else:
            admin_department = enum_member(PersonDTOAdminDepartment, _admin_department)

        mfa_enabled = d.pop("mfaEnabled", UNSET)

        _dashboard_widget_types = d.pop("dashboardWidgetTypes", UNSET)
        dashboard_widget_types: list[PersonDTODashboardWidgetTypesItem] | Unset = UNSET
        if _dashboard_widget_types is not UNSET:
            dashboard_widget_types = []
            for dashboard_widget_types_item_data in _dashboard_widget_types:
                dashboard_widget_types_item = enum_member(
                    PersonDTODashboardWidgetTypesItem, dashboard_widget_types_item_data
                )

                dashboard_widget_types.append(dashboard_widget_types_item)

        _last_login = d.pop("lastLogin", UNSET)
        last_login: ApiLogDTO | Unset
        if isinstance(_last_login, Unset):
            last_login = UNSET
        else:
            last_login = ApiLogDTO.from_dict(_last_login)

        accessible_accommodations = cast(list[str], d.pop("accessibleAccommodations", UNSET))

        person_dto = cls(
            id=id,
            user_id=user_id,
            guest_id=guest_id,
            external_guest=external_guest,
            email=email,
            phone=phone,
            username=username,
            firstname=firstname,
            lastname=lastname,
            fullname=fullname,
            photo=photo,
            preferred_language=preferred_language,
            preferred_accommodation=preferred_accommodation,
            permissions=permissions,
            hide_read_threads=hide_read_threads,
            show_archived_threads=show_archived_threads,
            user_type=user_type,
            admin_department=admin_department,
            mfa_enabled=mfa_enabled,
            dashboard_widget_types=dashboard_widget_types,
            last_login=last_login,
            accessible_accommodations=accessible_accommodations,
        )

        person_dto.additional_properties = d
        return person_dto

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
from ..models.api_log_dto import ApiLogDTO  # noqa: E402
from ..models.permissions_dto import PermissionsDTO  # noqa: E402
