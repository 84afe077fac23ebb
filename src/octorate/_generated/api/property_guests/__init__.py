"""Operations tagged "property_guests"."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable
    from types import ModuleType
    from typing import cast

    from octorate._options import RequestOptions

    from ...models.get_list_categories_item import GetListCategoriesItem
    from ...types import UNSET, Unset

    Invoke = Callable[[ModuleType, dict[str, Any], Any, dict[str, Any]], Awaitable[Any]]


class PropertyGuests:
    """Operations tagged "property_guests"."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def get_by_id(
        self,
        accommodation_id: str,
        guest_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/guests/{accommodation_id}/{guest_id}
        Operation ``get_by_id``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_by_id", __name__)
        request = op._get_kwargs(
            accommodation_id=accommodation_id,
            guest_id=guest_id,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodationId": accommodation_id,
                "guestId": guest_id,
            },
        )

    async def update(
        self,
        accommodation_id: str,
        guest_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """PUT /rest/v1/guests/{accommodation_id}/{guest_id}
        Operation ``update``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".update", __name__)
        request = op._get_kwargs(
            accommodation_id=accommodation_id,
            guest_id=guest_id,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodationId": accommodation_id,
                "guestId": guest_id,
            },
        )

    async def get_list(
        self,
        accommodation_id: str,
        *,
        categories: list[GetListCategoriesItem] | Unset = UNSET,
        guest_name: str | Unset = UNSET,
        fields: str | Unset = UNSET,
        size: int | Unset = 20,
        page: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/guests/{accommodation_id}/list
        Operation ``get_list``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_list", __name__)
        request = op._get_kwargs(
            accommodation_id=accommodation_id,
            categories=categories,
            guest_name=guest_name,
            fields=fields,
            size=size,
            page=page,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodationId": accommodation_id,
            },
        )

    async def insert(
        self,
        accommodation_id: str,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/guests/{accommodation_id}
        Operation ``insert``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".insert", __name__)
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
