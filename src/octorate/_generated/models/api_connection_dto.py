from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._hooks import FieldTable, LazyModel, load_all, redacted_mapping_repr, redacted_repr
from ..models.api_connection_dto_calendar_values_item import ApiConnectionDTOCalendarValuesItem
from ..models.api_connection_dto_status import ApiConnectionDTOStatus
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.api_accommodation_light import ApiAccommodationLight
    from ..models.api_log_dto import ApiLogDTO
    from ..models.api_portal_dto_resp import ApiPortalDTOResp


@_attrs_define
class ApiConnectionDTO(LazyModel):
    """
    Attributes:
        channel_id (int): Portal name retrieved from 'Portal enabled call'. Writable only in creation
        portal (ApiPortalDTOResp): All the details of the portal of this connection
        currency (str | Unset): Currency of this connection
        id (int | Unset):
        channel_name (None | str | Unset): Just an information about the portal name
        accommodation_id (str | Unset): Quick reference to the property ID
        hotel_id (None | str | Unset): This is the ID of the hotel on the external channel. Are you a Property Manager?
            <br/>Please specify here the account ID that identify all the account of the property manager. How this is used?
            <br/>When a PM connection is shared between different accounts, we group by hotel id to retrieve the same PM
            info.
        user_logged (bool | Unset): Means if user has logged in and this portal connection is authorized to operate.
        update_calendar (bool | Unset): True for calendar synchronization active, false otherwise. * It can be activated
            only after mapping
        pull_reservations (bool | Unset): True if this connection can receive reservations. * It can be activated only
            after mapping
        pull_mapped_only (bool | Unset): True if only reservations linked to mapped rooms can be imported. Default:
            True.
        content (bool | Unset): true if this portal connection allows content handling
        mail_on_error (bool | Unset): true if the customer should receive an email if the connection got an error
        calendar_values (list[ApiConnectionDTOCalendarValuesItem] | Unset): List of manageable values, leave defaults if
            you don't know which one to use
        username (None | str | Unset): Username of the hotel to access the external site
        password (None | str | Unset): Password of the hotel to access the external site
        login_at (str | Unset): If oauth is required, the next step to follow
        correction_ratio (float | Unset): Correction ratio for this connection, whether is set inside this will be add
            to the price to the portal (only new channel connections)
        correction_fixed (bool | Unset): Set as TRUE if the value to be added is FIXED otherwise set false (PERCENT)
        correction_round (bool | Unset): Should the price rounded?
        commission (float | Unset): Custom commission to apply to this portal
        messages (bool | Unset): Enable messaging
        availability_percentage (int | Unset): The percentage of the set avail to send to the portal Default: 100.
        accommodation (ApiAccommodationLight | Unset): Original accommodation this reservation was assigned
        new_channel (bool | Unset): New Channel: Describe if this channel is handled by the most recent technlogies in
            octorate
        last_portal_accept_log (ApiLogDTO | Unset): Get the last log of type PORTAL_ACCEPT
        has_basic_rooms (bool | Unset): True if there is at least a Basic Room
        has_pms_rooms (bool | Unset): True if there is at least a Pms Room
        status (ApiConnectionDTOStatus | Unset): The status of the portal connection
        color (str | Unset): The color of the portal connection
    """

    channel_id: int
    portal: ApiPortalDTOResp
    currency: str | Unset = UNSET
    id: int | Unset = UNSET
    channel_name: None | str | Unset = UNSET
    accommodation_id: str | Unset = UNSET
    hotel_id: None | str | Unset = UNSET
    user_logged: bool | Unset = UNSET
    update_calendar: bool | Unset = UNSET
    pull_reservations: bool | Unset = UNSET
    pull_mapped_only: bool | Unset = True
    content: bool | Unset = UNSET
    mail_on_error: bool | Unset = UNSET
    calendar_values: list[ApiConnectionDTOCalendarValuesItem] | Unset = UNSET
    username: None | str | Unset = UNSET
    password: None | str | Unset = _attrs_field(default=UNSET, repr=redacted_repr)
    login_at: str | Unset = UNSET
    correction_ratio: float | Unset = UNSET
    correction_fixed: bool | Unset = UNSET
    correction_round: bool | Unset = UNSET
    commission: float | Unset = UNSET
    messages: bool | Unset = UNSET
    availability_percentage: int | Unset = 100
    accommodation: ApiAccommodationLight | Unset = UNSET
    new_channel: bool | Unset = UNSET
    last_portal_accept_log: ApiLogDTO | Unset = UNSET
    has_basic_rooms: bool | Unset = UNSET
    has_pms_rooms: bool | Unset = UNSET
    status: ApiConnectionDTOStatus | Unset = UNSET
    color: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redacted_mapping_repr
    )

    def to_dict(self) -> dict[str, Any]:
        load_all(self)  # convert the fields not read yet in one pass
        channel_id = self.channel_id

        portal = self.portal.to_dict()

        currency = self.currency

        id = self.id

        channel_name: None | str | Unset
        if isinstance(self.channel_name, Unset):
            channel_name = UNSET
        else:
            channel_name = self.channel_name

        accommodation_id = self.accommodation_id

        hotel_id: None | str | Unset
        if isinstance(self.hotel_id, Unset):
            hotel_id = UNSET
        else:
            hotel_id = self.hotel_id

        user_logged = self.user_logged

        update_calendar = self.update_calendar

        pull_reservations = self.pull_reservations

        pull_mapped_only = self.pull_mapped_only

        content = self.content

        mail_on_error = self.mail_on_error

        calendar_values: list[str] | Unset = UNSET
        if not isinstance(self.calendar_values, Unset):
            calendar_values = []
            for calendar_values_item_data in self.calendar_values:
                calendar_values_item = calendar_values_item_data.value
                calendar_values.append(calendar_values_item)

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        login_at = self.login_at

        correction_ratio = self.correction_ratio

        correction_fixed = self.correction_fixed

        correction_round = self.correction_round

        commission = self.commission

        messages = self.messages

        availability_percentage = self.availability_percentage

        accommodation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accommodation, Unset):
            accommodation = self.accommodation.to_dict()

        new_channel = self.new_channel

        last_portal_accept_log: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_portal_accept_log, Unset):
            last_portal_accept_log = self.last_portal_accept_log.to_dict()

        has_basic_rooms = self.has_basic_rooms

        has_pms_rooms = self.has_pms_rooms

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        color = self.color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channelId": channel_id,
                "portal": portal,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if id is not UNSET:
            field_dict["id"] = id
        if channel_name is not UNSET:
            field_dict["channelName"] = channel_name
        if accommodation_id is not UNSET:
            field_dict["accommodationId"] = accommodation_id
        if hotel_id is not UNSET:
            field_dict["hotelId"] = hotel_id
        if user_logged is not UNSET:
            field_dict["userLogged"] = user_logged
        if update_calendar is not UNSET:
            field_dict["updateCalendar"] = update_calendar
        if pull_reservations is not UNSET:
            field_dict["pullReservations"] = pull_reservations
        if pull_mapped_only is not UNSET:
            field_dict["pullMappedOnly"] = pull_mapped_only
        if content is not UNSET:
            field_dict["content"] = content
        if mail_on_error is not UNSET:
            field_dict["mailOnError"] = mail_on_error
        if calendar_values is not UNSET:
            field_dict["calendarValues"] = calendar_values
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if login_at is not UNSET:
            field_dict["loginAt"] = login_at
        if correction_ratio is not UNSET:
            field_dict["correctionRatio"] = correction_ratio
        if correction_fixed is not UNSET:
            field_dict["correctionFixed"] = correction_fixed
        if correction_round is not UNSET:
            field_dict["correctionRound"] = correction_round
        if commission is not UNSET:
            field_dict["commission"] = commission
        if messages is not UNSET:
            field_dict["messages"] = messages
        if availability_percentage is not UNSET:
            field_dict["availabilityPercentage"] = availability_percentage
        if accommodation is not UNSET:
            field_dict["accommodation"] = accommodation
        if new_channel is not UNSET:
            field_dict["newChannel"] = new_channel
        if last_portal_accept_log is not UNSET:
            field_dict["lastPortalAcceptLog"] = last_portal_accept_log
        if has_basic_rooms is not UNSET:
            field_dict["hasBasicRooms"] = has_basic_rooms
        if has_pms_rooms is not UNSET:
            field_dict["hasPmsRooms"] = has_pms_rooms
        if status is not UNSET:
            field_dict["status"] = status
        if color is not UNSET:
            field_dict["color"] = color

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


def _load_channel_id(d: Mapping[str, Any]) -> int:
    return d["channelId"]


def _load_portal(d: Mapping[str, Any]) -> ApiPortalDTOResp:
    portal = ApiPortalDTOResp._from_json(d["portal"])

    return portal


def _load_currency(d: Mapping[str, Any]) -> str | Unset:
    return d.get("currency", UNSET)


def _load_id(d: Mapping[str, Any]) -> int | Unset:
    return d.get("id", UNSET)


def _load_channel_name(d: Mapping[str, Any]) -> None | str | Unset:
    def _parse_channel_name(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    channel_name = _parse_channel_name(d.get("channelName", UNSET))

    return channel_name


def _load_accommodation_id(d: Mapping[str, Any]) -> str | Unset:
    return d.get("accommodationId", UNSET)


def _load_hotel_id(d: Mapping[str, Any]) -> None | str | Unset:
    def _parse_hotel_id(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    hotel_id = _parse_hotel_id(d.get("hotelId", UNSET))

    return hotel_id


def _load_user_logged(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("userLogged", UNSET)


def _load_update_calendar(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("updateCalendar", UNSET)


def _load_pull_reservations(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("pullReservations", UNSET)


def _load_pull_mapped_only(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("pullMappedOnly", UNSET)


def _load_content(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("content", UNSET)


def _load_mail_on_error(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("mailOnError", UNSET)


def _load_calendar_values(d: Mapping[str, Any]) -> list[ApiConnectionDTOCalendarValuesItem] | Unset:
    _calendar_values = d.get("calendarValues", UNSET)
    calendar_values: list[ApiConnectionDTOCalendarValuesItem] | Unset = UNSET
    if _calendar_values is not UNSET:
        calendar_values = []
        for calendar_values_item_data in _calendar_values:
            calendar_values_item = enum_member(
                ApiConnectionDTOCalendarValuesItem, calendar_values_item_data
            )

            calendar_values.append(calendar_values_item)

    return calendar_values


def _load_username(d: Mapping[str, Any]) -> None | str | Unset:
    def _parse_username(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    username = _parse_username(d.get("username", UNSET))

    return username


def _load_password(d: Mapping[str, Any]) -> None | str | Unset:
    def _parse_password(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    password = _parse_password(d.get("password", UNSET))

    return password


def _load_login_at(d: Mapping[str, Any]) -> str | Unset:
    return d.get("loginAt", UNSET)


def _load_correction_ratio(d: Mapping[str, Any]) -> float | Unset:
    return d.get("correctionRatio", UNSET)


def _load_correction_fixed(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("correctionFixed", UNSET)


def _load_correction_round(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("correctionRound", UNSET)


def _load_commission(d: Mapping[str, Any]) -> float | Unset:
    return d.get("commission", UNSET)


def _load_messages(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("messages", UNSET)


def _load_availability_percentage(d: Mapping[str, Any]) -> int | Unset:
    return d.get("availabilityPercentage", UNSET)


def _load_accommodation(d: Mapping[str, Any]) -> ApiAccommodationLight | Unset:
    _accommodation = d.get("accommodation", UNSET)
    accommodation: ApiAccommodationLight | Unset
    if isinstance(_accommodation, Unset):
        accommodation = UNSET
    else:
        accommodation = ApiAccommodationLight._from_json(_accommodation)

    return accommodation


def _load_new_channel(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("newChannel", UNSET)


def _load_last_portal_accept_log(d: Mapping[str, Any]) -> ApiLogDTO | Unset:
    _last_portal_accept_log = d.get("lastPortalAcceptLog", UNSET)
    last_portal_accept_log: ApiLogDTO | Unset
    if isinstance(_last_portal_accept_log, Unset):
        last_portal_accept_log = UNSET
    else:
        last_portal_accept_log = ApiLogDTO._from_json(_last_portal_accept_log)

    return last_portal_accept_log


def _load_has_basic_rooms(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("hasBasicRooms", UNSET)


def _load_has_pms_rooms(d: Mapping[str, Any]) -> bool | Unset:
    return d.get("hasPmsRooms", UNSET)


def _load_status(d: Mapping[str, Any]) -> ApiConnectionDTOStatus | Unset:
    _status = d.get("status", UNSET)
    status: ApiConnectionDTOStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = enum_member(ApiConnectionDTOStatus, _status)

    return status


def _load_color(d: Mapping[str, Any]) -> str | Unset:
    return d.get("color", UNSET)


_KNOWN_KEYS = frozenset(
    (
        "channelId",
        "portal",
        "currency",
        "id",
        "channelName",
        "accommodationId",
        "hotelId",
        "userLogged",
        "updateCalendar",
        "pullReservations",
        "pullMappedOnly",
        "content",
        "mailOnError",
        "calendarValues",
        "username",
        "password",
        "loginAt",
        "correctionRatio",
        "correctionFixed",
        "correctionRound",
        "commission",
        "messages",
        "availabilityPercentage",
        "accommodation",
        "newChannel",
        "lastPortalAcceptLog",
        "hasBasicRooms",
        "hasPmsRooms",
        "status",
        "color",
    )
)


def _load_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


def _load_all(self: ApiConnectionDTO, d: Mapping[str, Any], seen: Container[str]) -> None:
    """Every field not in ``seen``, converted in one pass (octorate._hooks.load_all)."""
    if "channel_id" not in seen:
        _set(self, "channel_id", d["channelId"])
    if "portal" not in seen:
        portal = ApiPortalDTOResp._from_json(d["portal"])

        _set(self, "portal", portal)
    if "currency" not in seen:
        _set(self, "currency", d.get("currency", UNSET))
    if "id" not in seen:
        _set(self, "id", d.get("id", UNSET))
    if "channel_name" not in seen:

        def _parse_channel_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel_name = _parse_channel_name(d.get("channelName", UNSET))

        _set(self, "channel_name", channel_name)
    if "accommodation_id" not in seen:
        _set(self, "accommodation_id", d.get("accommodationId", UNSET))
    if "hotel_id" not in seen:

        def _parse_hotel_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hotel_id = _parse_hotel_id(d.get("hotelId", UNSET))

        _set(self, "hotel_id", hotel_id)
    if "user_logged" not in seen:
        _set(self, "user_logged", d.get("userLogged", UNSET))
    if "update_calendar" not in seen:
        _set(self, "update_calendar", d.get("updateCalendar", UNSET))
    if "pull_reservations" not in seen:
        _set(self, "pull_reservations", d.get("pullReservations", UNSET))
    if "pull_mapped_only" not in seen:
        _set(self, "pull_mapped_only", d.get("pullMappedOnly", UNSET))
    if "content" not in seen:
        _set(self, "content", d.get("content", UNSET))
    if "mail_on_error" not in seen:
        _set(self, "mail_on_error", d.get("mailOnError", UNSET))
    if "calendar_values" not in seen:
        _calendar_values = d.get("calendarValues", UNSET)
        calendar_values: list[ApiConnectionDTOCalendarValuesItem] | Unset = UNSET
        if _calendar_values is not UNSET:
            calendar_values = []
            for calendar_values_item_data in _calendar_values:
                calendar_values_item = enum_member(
                    ApiConnectionDTOCalendarValuesItem, calendar_values_item_data
                )

                calendar_values.append(calendar_values_item)

        _set(self, "calendar_values", calendar_values)
    if "username" not in seen:

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.get("username", UNSET))

        _set(self, "username", username)
    if "password" not in seen:

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.get("password", UNSET))

        _set(self, "password", password)
    if "login_at" not in seen:
        _set(self, "login_at", d.get("loginAt", UNSET))
    if "correction_ratio" not in seen:
        _set(self, "correction_ratio", d.get("correctionRatio", UNSET))
    if "correction_fixed" not in seen:
        _set(self, "correction_fixed", d.get("correctionFixed", UNSET))
    if "correction_round" not in seen:
        _set(self, "correction_round", d.get("correctionRound", UNSET))
    if "commission" not in seen:
        _set(self, "commission", d.get("commission", UNSET))
    if "messages" not in seen:
        _set(self, "messages", d.get("messages", UNSET))
    if "availability_percentage" not in seen:
        _set(self, "availability_percentage", d.get("availabilityPercentage", UNSET))
    if "accommodation" not in seen:
        _accommodation = d.get("accommodation", UNSET)
        accommodation: ApiAccommodationLight | Unset
        if isinstance(_accommodation, Unset):
            accommodation = UNSET
        else:
            accommodation = ApiAccommodationLight._from_json(_accommodation)

        _set(self, "accommodation", accommodation)
    if "new_channel" not in seen:
        _set(self, "new_channel", d.get("newChannel", UNSET))
    if "last_portal_accept_log" not in seen:
        _last_portal_accept_log = d.get("lastPortalAcceptLog", UNSET)
        last_portal_accept_log: ApiLogDTO | Unset
        if isinstance(_last_portal_accept_log, Unset):
            last_portal_accept_log = UNSET
        else:
            last_portal_accept_log = ApiLogDTO._from_json(_last_portal_accept_log)

        _set(self, "last_portal_accept_log", last_portal_accept_log)
    if "has_basic_rooms" not in seen:
        _set(self, "has_basic_rooms", d.get("hasBasicRooms", UNSET))
    if "has_pms_rooms" not in seen:
        _set(self, "has_pms_rooms", d.get("hasPmsRooms", UNSET))
    if "status" not in seen:
        _status = d.get("status", UNSET)
        status: ApiConnectionDTOStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = enum_member(ApiConnectionDTOStatus, _status)

        _set(self, "status", status)
    if "color" not in seen:
        _set(self, "color", d.get("color", UNSET))
    if "additional_properties" not in seen:
        _set(self, "additional_properties", _load_additional_properties(d))


ApiConnectionDTO._octorate_fields = FieldTable(
    required=frozenset(
        (
            "channelId",
            "portal",
        )
    ),
    loaders={
        "channel_id": _load_channel_id,
        "portal": _load_portal,
        "currency": _load_currency,
        "id": _load_id,
        "channel_name": _load_channel_name,
        "accommodation_id": _load_accommodation_id,
        "hotel_id": _load_hotel_id,
        "user_logged": _load_user_logged,
        "update_calendar": _load_update_calendar,
        "pull_reservations": _load_pull_reservations,
        "pull_mapped_only": _load_pull_mapped_only,
        "content": _load_content,
        "mail_on_error": _load_mail_on_error,
        "calendar_values": _load_calendar_values,
        "username": _load_username,
        "password": _load_password,
        "login_at": _load_login_at,
        "correction_ratio": _load_correction_ratio,
        "correction_fixed": _load_correction_fixed,
        "correction_round": _load_correction_round,
        "commission": _load_commission,
        "messages": _load_messages,
        "availability_percentage": _load_availability_percentage,
        "accommodation": _load_accommodation,
        "new_channel": _load_new_channel,
        "last_portal_accept_log": _load_last_portal_accept_log,
        "has_basic_rooms": _load_has_basic_rooms,
        "has_pms_rooms": _load_has_pms_rooms,
        "status": _load_status,
        "color": _load_color,
        "additional_properties": _load_additional_properties,
    },
    load_all=_load_all,
    nested=(
        "portal",
        "channel_name",
        "hotel_id",
        "calendar_values",
        "username",
        "password",
        "accommodation",
        "last_portal_accept_log",
        "additional_properties",
    ),
    keys={
        "channel_id": "channelId",
        "portal": "portal",
        "currency": "currency",
        "id": "id",
        "channel_name": "channelName",
        "accommodation_id": "accommodationId",
        "hotel_id": "hotelId",
        "user_logged": "userLogged",
        "update_calendar": "updateCalendar",
        "pull_reservations": "pullReservations",
        "pull_mapped_only": "pullMappedOnly",
        "content": "content",
        "mail_on_error": "mailOnError",
        "calendar_values": "calendarValues",
        "username": "username",
        "password": "password",
        "login_at": "loginAt",
        "correction_ratio": "correctionRatio",
        "correction_fixed": "correctionFixed",
        "correction_round": "correctionRound",
        "commission": "commission",
        "messages": "messages",
        "availability_percentage": "availabilityPercentage",
        "accommodation": "accommodation",
        "new_channel": "newChannel",
        "last_portal_accept_log": "lastPortalAcceptLog",
        "has_basic_rooms": "hasBasicRooms",
        "has_pms_rooms": "hasPmsRooms",
        "status": "status",
        "color": "color",
    },
)


# Nested models, imported after the class exists so that import cycles resolve.
from ..models.api_accommodation_light import ApiAccommodationLight  # noqa: E402
from ..models.api_log_dto import ApiLogDTO  # noqa: E402
from ..models.api_portal_dto_resp import ApiPortalDTOResp  # noqa: E402
