"""Operations tagged "ari_calendar"."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Awaitable, Callable
    from types import ModuleType
    from typing import cast

    from octorate._options import RequestOptions

    from ...models.api_calendar_room_list import ApiCalendarRoomList
    from ...models.calendar_bulk_request import CalendarBulkRequest
    from ...models.calendar_bulk_response import CalendarBulkResponse
    from ...types import UNSET, Unset

    Invoke = Callable[[ModuleType, dict[str, Any], Any, dict[str, Any]], Awaitable[Any]]


class AriCalendar:
    """Operations tagged "ari_calendar"."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def bulk(
        self,
        *,
        body: list[CalendarBulkRequest] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> CalendarBulkResponse:
        """POST /rest/v1/calendar/bulk: Update Calendar (ARI)
        Operation ``bulk``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".bulk", __name__)
        request = op._get_kwargs(
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {},
        )

    async def availability_check(
        self,
        accommodation: str,
        product_id: int,
        *,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/calendar/{accommodation}/{product_id}/availabilityCheck
        Operation ``availability_check``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".availability_check", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
            start_date=start_date,
            end_date=end_date,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "productId": product_id,
            },
        )

    async def read_calendar(
        self,
        accommodation: str,
        *,
        product: list[int] | Unset = UNSET,
        date_from: datetime.date | Unset = UNSET,
        date_to: datetime.date | Unset = UNSET,
        size: int | Unset = 5,
        page: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ApiCalendarRoomList:
        """GET /rest/v1/calendar/{accommodation}
        Operation ``read_calendar``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".read_calendar", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product=product,
            date_from=date_from,
            date_to=date_to,
            size=size,
            page=page,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
            },
        )
