"""Operations tagged "api_configuration"."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable
    from types import ModuleType
    from typing import cast

    from octorate._options import RequestOptions

    from ...models.api_configuration_request import ApiConfigurationRequest
    from ...models.api_configuration_response import ApiConfigurationResponse
    from ...types import UNSET, Unset

    Invoke = Callable[[ModuleType, dict[str, Any], Any, dict[str, Any]], Awaitable[Any]]


class ApiConfiguration:
    """Operations tagged "api_configuration"."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def get_configuration(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> ApiConfigurationResponse:
        """GET /rest/v1/api/configuration: Read Configuration
        Operation ``get_configuration``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_configuration", __name__)
        request = op._get_kwargs()
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {},
        )

    async def post_configuration(
        self,
        *,
        body: ApiConfigurationRequest | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ApiConfigurationResponse:
        """PATCH /rest/v1/api/configuration: Write Configuration
        Operation ``post_configuration``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".post_configuration", __name__)
        request = op._get_kwargs(
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {},
        )
