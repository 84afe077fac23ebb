"""Operations tagged "property_checkins"."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable
    from types import ModuleType
    from typing import cast

    from octorate._options import RequestOptions

    from ...models.api_reservation_guest_dto import ApiReservationGuestDTO
    from ...models.police_document_type_country import PoliceDocumentTypeCountry
    from ...models.update_checkin_status_status import UpdateCheckinStatusStatus
    from ...types import UNSET, Unset

    Invoke = Callable[[ModuleType, dict[str, Any], Any, dict[str, Any]], Awaitable[Any]]


class PropertyCheckins:
    """Operations tagged "property_checkins"."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def update_guest(
        self,
        accommodation: str,
        reservation_id: int,
        guest_id: int,
        *,
        body: ApiReservationGuestDTO | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ApiReservationGuestDTO:
        """PUT /rest/v1/checkin/{accommodation}/{reservation_id}/guest/{guest_id}
        Operation ``update_guest``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".update_guest", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            reservation_id=reservation_id,
            guest_id=guest_id,
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "reservationId": reservation_id,
                "guestId": guest_id,
            },
        )

    async def delete_guest(
        self,
        accommodation: str,
        reservation_id: int,
        guest_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> ApiReservationGuestDTO:
        """DELETE /rest/v1/checkin/{accommodation}/{reservation_id}/guest/{guest_id}
        Operation ``delete_guest``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".delete_guest", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            reservation_id=reservation_id,
            guest_id=guest_id,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "reservationId": reservation_id,
                "guestId": guest_id,
            },
        )

    async def update_checkin_status(
        self,
        accommodation: str,
        reservation_id: int,
        *,
        status: UpdateCheckinStatusStatus | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """PUT /rest/v1/checkin/{accommodation}/{reservation_id}
        Operation ``update_checkin_status``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".update_checkin_status", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            reservation_id=reservation_id,
            status=status,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "reservationId": reservation_id,
            },
        )

    async def create_guest(
        self,
        accommodation: str,
        id: int,
        *,
        body: ApiReservationGuestDTO | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ApiReservationGuestDTO:
        """POST /rest/v2/checkin/{accommodation}/{id}/guest
        Operation ``create_guest``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".create_guest", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            id=id,
            body=body,
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

    async def get_checkin_tags(
        self,
        accommodation: str,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v2/checkin/{accommodation}/tags: Get checkin tags
        Operation ``get_checkin_tags``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_checkin_tags", __name__)
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

    async def get_country_city(
        self,
        country: str,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v2/checkin/city/{country}: Get cities of a country
        Operation ``get_country_city``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_country_city", __name__)
        request = op._get_kwargs(
            country=country,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "country": country,
            },
        )

    async def get_country_documents(
        self,
        accommodation: str,
        *,
        options: RequestOptions | None = None,
    ) -> PoliceDocumentTypeCountry:
        """GET /rest/v2/checkin/documents/{accommodation}: Get document types
        Operation ``get_country_documents``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_country_documents", __name__)
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
