"""Operations tagged "property_accommodations"."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable
    from types import ModuleType
    from typing import cast

    from octorate._options import RequestOptions

    from ...models.api_accommodation_dto import ApiAccommodationDTO
    from ...models.api_accommodation_response import ApiAccommodationResponse
    from ...models.api_external_room_dto_list import ApiExternalRoomDTOList
    from ...models.chat_message_dto import ChatMessageDTO
    from ...models.push_photos_body import PushPhotosBody
    from ...types import UNSET, Unset

    Invoke = Callable[[ModuleType, dict[str, Any], Any, dict[str, Any]], Awaitable[Any]]


class PropertyAccommodations:
    """Operations tagged "property_accommodations"."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def retrieve_network(
        self,
        network: str,
        *,
        fields: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/accommodation/network/{network}
        Operation ``retrieve_network``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".retrieve_network", __name__)
        request = op._get_kwargs(
            network=network,
            fields=fields,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "network": network,
            },
        )

    async def add_to_network(
        self,
        network: str,
        *,
        accommodation: list[str] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/accommodation/network/{network}
        Operation ``add_to_network``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".add_to_network", __name__)
        request = op._get_kwargs(
            network=network,
            accommodation=accommodation,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "network": network,
            },
        )

    async def get_network(
        self,
        *,
        accommodation_id: str | Unset = UNSET,
        exclude_current: bool | Unset = UNSET,
        fields: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/accommodation/network
        Operation ``get_network``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_network", __name__)
        request = op._get_kwargs(
            accommodation_id=accommodation_id,
            exclude_current=exclude_current,
            fields=fields,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {},
        )

    async def create_network(
        self,
        *,
        accommodation: list[str] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/accommodation/network
        Operation ``create_network``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".create_network", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {},
        )

    async def retrieve_accommodation(
        self,
        accommodation: str,
        *,
        fields: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ApiAccommodationDTO:
        """GET /rest/v1/accommodation/{accommodation}
        Operation ``retrieve_accommodation``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".retrieve_accommodation", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            fields=fields,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
            },
        )

    async def delete_accommodation(
        self,
        accommodation: str,
        *,
        options: RequestOptions | None = None,
    ) -> ApiAccommodationDTO:
        """DELETE /rest/v1/accommodation/{accommodation}
        Operation ``delete_accommodation``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".delete_accommodation", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
            },
        )

    async def delete_account(
        self,
        accommodation: str,
        *,
        options: RequestOptions | None = None,
    ) -> ApiAccommodationDTO:
        """DELETE /rest/v1/accommodation/{accommodation}/account
        Operation ``delete_account``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".delete_account", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
            },
        )

    async def delete_photo(
        self,
        accommodation: str,
        name: str,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """DELETE /rest/v1/accommodation/{accommodation}/photos/{name}
        Operation ``delete_photo``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".delete_photo", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            name=name,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "name": name,
            },
        )

    async def get_ics_link(
        self,
        accommodation_id: str,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/accommodation/{accommodation_id}/icsLink
        Operation ``get_ics_link``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_ics_link", __name__)
        request = op._get_kwargs(
            accommodation_id=accommodation_id,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodationId": accommodation_id,
            },
        )

    async def get_photos(
        self,
        accommodation: str,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/accommodation/{accommodation}/photos
        Operation ``get_photos``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_photos", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
            },
        )

    async def push_photos(
        self,
        accommodation: str,
        *,
        body: PushPhotosBody | Unset = UNSET,
        url_query: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/accommodation/{accommodation}/photos
        Operation ``push_photos``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".push_photos", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            body=body,
            url_query=url_query,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
            },
        )

    async def get_recent_messages(
        self,
        *,
        property_: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any | list[ChatMessageDTO]:
        """GET /rest/v1/accommodation/recentMessages: Recent messages
        Operation ``get_recent_messages``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_recent_messages", __name__)
        request = op._get_kwargs(
            property_=property_,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {},
        )

    async def queue_accommodation(
        self,
        accommodation: str,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/accommodation/{accommodation}/queue
        Operation ``queue_accommodation``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".queue_accommodation", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
            },
        )

    async def retrieve_accommodations(
        self,
        *,
        page: int | Unset = UNSET,
        name: str | Unset = UNSET,
        mail: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[ApiAccommodationDTO]:
        """GET /rest/v1/accommodation
        Operation ``retrieve_accommodations``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".retrieve_accommodations", __name__)
        request = op._get_kwargs(
            page=page,
            name=name,
            mail=mail,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {},
        )

    async def retrieve_master_billing_accommodation(
        self,
        accommodation: str,
        *,
        fields: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ApiAccommodationDTO:
        """GET /rest/v1/accommodation/{accommodation}/masterBilling
        Operation ``retrieve_master_billing_accommodation``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".retrieve_master_billing_accommodation", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            fields=fields,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
            },
        )

    async def retrieve_task(
        self,
        accommodation: str,
        id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/accommodation/{accommodation}/queue/{id}
        Operation ``retrieve_task``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".retrieve_task", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            id=id,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "id": id,
            },
        )

    async def change_admin_user_access(
        self,
        accommodation: str,
        *,
        value: bool,
        options: RequestOptions | None = None,
    ) -> Any:
        """PATCH /rest/v2/accommodation/{accommodation}/changeAdminUserAccess
        Operation ``change_admin_user_access``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".change_admin_user_access", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            value=value,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
            },
        )

    async def change_good_morning_email(
        self,
        accommodation: str,
        *,
        value: bool,
        options: RequestOptions | None = None,
    ) -> Any:
        """PATCH /rest/v2/accommodation/{accommodation}/changeGoodMorningEmail
        Operation ``change_good_morning_email``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".change_good_morning_email", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            value=value,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
            },
        )

    async def change_rate_plan_cross(
        self,
        accommodation: str,
        *,
        value: bool,
        options: RequestOptions | None = None,
    ) -> Any:
        """PATCH /rest/v2/accommodation/{accommodation}/changeRatePlanCross
        Operation ``change_rate_plan_cross``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".change_rate_plan_cross", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            value=value,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
            },
        )

    async def create_accommodation(
        self,
        *,
        body: ApiAccommodationDTO | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any | ApiAccommodationResponse:
        """POST /rest/v2/accommodation
        Operation ``create_accommodation``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".create_accommodation", __name__)
        request = op._get_kwargs(
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {},
        )

    async def get_mapped_rooms(
        self,
        accommodation: str,
        *,
        options: RequestOptions | None = None,
    ) -> ApiExternalRoomDTOList:
        """GET /rest/v2/accommodation/{accommodation}/mappedRooms: Return true if the accommodation has mapped rooms
        Operation ``get_mapped_rooms``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_mapped_rooms", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
            },
        )

    async def update_accommodation(
        self,
        accommodation: str,
        *,
        body: ApiAccommodationDTO | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any | ApiAccommodationDTO:
        """PATCH /rest/v2/accommodation/{accommodation}
        Operation ``update_accommodation``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".update_accommodation", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
            },
        )
