"""Operations tagged "auth_identities"."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable
    from types import ModuleType
    from typing import cast

    from octorate._options import RequestOptions

    from ...models.migrate_api_key_body import MigrateApiKeyBody
    from ...models.o_auth_token_2 import OAuthToken2
    from ...models.refresh_body import RefreshBody
    from ...models.token_body import TokenBody
    from ...types import UNSET, Unset

    Invoke = Callable[[ModuleType, dict[str, Any], Any, dict[str, Any]], Awaitable[Any]]


class AuthIdentities:
    """Operations tagged "auth_identities"."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def migrate_api_key(
        self,
        *,
        body: MigrateApiKeyBody | Unset = UNSET,
        key: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> OAuthToken2:
        """POST /rest/v1/identity/migrate: Migrate Old
        Operation ``migrate_api_key``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".migrate_api_key", __name__)
        request = op._get_kwargs(
            body=body,
            key=key,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {},
        )

    async def refresh(
        self,
        *,
        body: RefreshBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any | OAuthToken2:
        """POST /rest/v1/identity/refresh
        Operation ``refresh``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".refresh", __name__)
        request = op._get_kwargs(
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {},
        )

    async def token(
        self,
        *,
        body: TokenBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any | OAuthToken2:
        """POST /rest/v1/identity/token: Properties Token
        Operation ``token``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".token", __name__)
        request = op._get_kwargs(
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {},
        )
