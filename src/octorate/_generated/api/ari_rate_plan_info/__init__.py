"""Operations tagged "ari_rate_plan_info"."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable
    from types import ModuleType
    from typing import cast

    from octorate._options import RequestOptions

    from ...models.api_rate_dto import ApiRateDTO
    from ...types import UNSET, Unset

    Invoke = Callable[[ModuleType, dict[str, Any], Any, dict[str, Any]], Awaitable[Any]]


class AriRatePlanInfo:
    """Operations tagged "ari_rate_plan_info"."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def update_rate_plan(
        self,
        accommodation: str,
        id: int,
        *,
        body: ApiRateDTO | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """PUT /rest/v1/rateplans/{accommodation}/{id}
        Operation ``update_rate_plan``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".update_rate_plan", __name__)
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

    async def delete_rate_plan(
        self,
        accommodation: str,
        id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """DELETE /rest/v1/rateplans/{accommodation}/{id}
        Operation ``delete_rate_plan``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".delete_rate_plan", __name__)
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

    async def get_rate_plans(
        self,
        accommodation: str,
        *,
        check_multiaccount: bool | Unset = UNSET,
        fields: str | Unset = UNSET,
        ids: list[int] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> list[ApiRateDTO]:
        """GET /rest/v1/rateplans/{accommodation}: Retrieve the rate plans labels
        Operation ``get_rate_plans``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_rate_plans", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            check_multiaccount=check_multiaccount,
            fields=fields,
            ids=ids,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
            },
        )

    async def save_rate_plan(
        self,
        accommodation: str,
        *,
        body: ApiRateDTO | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/rateplans/{accommodation}
        Operation ``save_rate_plan``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".save_rate_plan", __name__)
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
