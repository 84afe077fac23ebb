"""Operations tagged "user_information"."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable
    from types import ModuleType

    from octorate._options import RequestOptions

    Invoke = Callable[[ModuleType, dict[str, Any], Any, dict[str, Any]], Awaitable[Any]]


class UserInformation:
    """Operations tagged "user_information"."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def info(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/user/info
        Operation ``info``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".info", __name__)
        request = op._get_kwargs()
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {},
        )
