from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_connection_dto_calendar_values_item import ApiConnectionDTOCalendarValuesItem
from ..models.api_connection_dto_status import ApiConnectionDTOStatus
from ..types import UNSET, Unset, enum_member

if TYPE_CHECKING:
    from ..models.api_accommodation_light import ApiAccommodationLight
    from ..models.api_log_dto import ApiLogDTO
    from ..models.api_portal_dto_resp import ApiPortalDTOResp


T = TypeVar("T", bound="ApiConnectionDTO")


@_attrs_define
class ApiConnectionDTO:
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
    password: None | str | Unset = UNSET
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        channel_id = d.pop("channelId")

        portal = ApiPortalDTOResp.from_dict(d.pop("portal"))

        currency = d.pop("currency", UNSET)

        id = d.pop("id", UNSET)

        def _parse_channel_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel_name = _parse_channel_name(d.pop("channelName", UNSET))

        accommodation_id = d.pop("accommodationId", UNSET)

        def _parse_hotel_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hotel_id = _parse_hotel_id(d.pop("hotelId", UNSET))

        user_logged = d.pop("userLogged", UNSET)

        update_calendar = d.pop("updateCalendar", UNSET)

        pull_reservations = d.pop("pullReservations", UNSET)

        pull_mapped_only = d.pop("pullMappedOnly", UNSET)

        content = d.pop("content", UNSET)

        mail_on_error = d.pop("mailOnError", UNSET)

        _calendar_values = d.pop("calendarValues", UNSET)
        calendar_values: list[ApiConnectionDTOCalendarValuesItem] | Unset = UNSET
        if _calendar_values is not UNSET:
            calendar_values = []
            for calendar_values_item_data in _calendar_values:
                calendar_values_item = enum_member(
                    ApiConnectionDTOCalendarValuesItem, calendar_values_item_data
                )

                calendar_values.append(calendar_values_item)

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        login_at = d.pop("loginAt", UNSET)

        correction_ratio = d.pop("correctionRatio", UNSET)

        correction_fixed = d.pop("correctionFixed", UNSET)

        correction_round = d.pop("correctionRound", UNSET)

        commission = d.pop("commission", UNSET)

        messages = d.pop("messages", UNSET)

        availability_percentage = d.pop("availabilityPercentage", UNSET)

        _accommodation = d.pop("accommodation", UNSET)
        accommodation: ApiAccommodationLight | Unset
        if isinstance(_accommodation, Unset):
            accommodation = UNSET
        else:
            accommodation = ApiAccommodationLight.from_dict(_accommodation)

        new_channel = d.pop("newChannel", UNSET)

        _last_portal_accept_log = d.pop("lastPortalAcceptLog", UNSET)
        last_portal_accept_log: ApiLogDTO | Unset
        if isinstance(_last_portal_accept_log, Unset):
            last_portal_accept_log = UNSET
        else:
            last_portal_accept_log = ApiLogDTO.from_dict(_last_portal_accept_log)

        has_basic_rooms = d.pop("hasBasicRooms", UNSET)

        has_pms_rooms = d.pop("hasPmsRooms", UNSET)

        _status = d.pop("status", UNSET)
        status: ApiConnectionDTOStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = enum_member(ApiConnectionDTOStatus, _status)

        color = d.pop("color", UNSET)

        api_connection_dto = cls(
            channel_id=channel_id,
            portal=portal,
            currency=currency,
            id=id,
            channel_name=channel_name,
            accommodation_id=accommodation_id,
            hotel_id=hotel_id,
            user_logged=user_logged,
            update_calendar=update_calendar,
            pull_reservations=pull_reservations,
            pull_mapped_only=pull_mapped_only,
            content=content,
            mail_on_error=mail_on_error,
            calendar_values=calendar_values,
            username=username,
            password=password,
            login_at=login_at,
            correction_ratio=correction_ratio,
            correction_fixed=correction_fixed,
            correction_round=correction_round,
            commission=commission,
            messages=messages,
            availability_percentage=availability_percentage,
            accommodation=accommodation,
            new_channel=new_channel,
            last_portal_accept_log=last_portal_accept_log,
            has_basic_rooms=has_basic_rooms,
            has_pms_rooms=has_pms_rooms,
            status=status,
            color=color,
        )

        api_connection_dto.additional_properties = d
        return api_connection_dto

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
from ..models.api_accommodation_light import ApiAccommodationLight  # noqa: E402
from ..models.api_log_dto import ApiLogDTO  # noqa: E402
from ..models.api_portal_dto_resp import ApiPortalDTOResp  # noqa: E402
