"""Operations tagged "property_cancellation_policies"."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable
    from types import ModuleType
    from typing import cast

    from octorate._options import RequestOptions

    from ...models.api_payment_step_dto_list import ApiPaymentStepDTOList

    Invoke = Callable[[ModuleType, dict[str, Any], Any, dict[str, Any]], Awaitable[Any]]


class PropertyCancellationPolicies:
    """Operations tagged "property_cancellation_policies"."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def get_policies(
        self,
        accommodation: str,
        *,
        options: RequestOptions | None = None,
    ) -> Any | ApiPaymentStepDTOList:
        """GET /rest/v1/policies/{accommodation}: Retrieve Cancellation and Payment Policies
        Operation ``get_policies``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_policies", __name__)
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
