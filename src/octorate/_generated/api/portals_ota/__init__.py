"""Operations tagged "portals_ota"."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable
    from types import ModuleType
    from typing import cast

    from octorate._options import RequestOptions

    from ...models.api_portal_request_dto import ApiPortalRequestDTO
    from ...types import UNSET, Unset

    Invoke = Callable[[ModuleType, dict[str, Any], Any, dict[str, Any]], Awaitable[Any]]


class PortalsOta:
    """Operations tagged "portals_ota"."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def update_portal(
        self,
        *,
        body: ApiPortalRequestDTO | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """PUT /rest/v1/portal/apiportal: Update the API portal
        Operation ``update_portal``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".update_portal", __name__)
        request = op._get_kwargs(
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {},
        )

    async def create_portal(
        self,
        *,
        body: ApiPortalRequestDTO | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/portal/apiportal: Create the API portal
        Operation ``create_portal``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".create_portal", __name__)
        request = op._get_kwargs(
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {},
        )
