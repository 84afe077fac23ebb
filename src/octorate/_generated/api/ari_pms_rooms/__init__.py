"""Operations tagged "ari_pms_rooms"."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable
    from types import ModuleType
    from typing import cast

    from octorate._options import RequestOptions

    from ...models.api_pms_room_list import ApiPmsRoomList
    from ...types import UNSET, Unset

    Invoke = Callable[[ModuleType, dict[str, Any], Any, dict[str, Any]], Awaitable[Any]]


class AriPmsRooms:
    """Operations tagged "ari_pms_rooms"."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def find_all_pms_room(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> ApiPmsRoomList:
        """GET /rest/v1/pms
        Operation ``find_all_pms_room``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".find_all_pms_room", __name__)
        request = op._get_kwargs()
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {},
        )

    async def find_pms_room(
        self,
        accommodation: str,
        *,
        name: str | Unset = UNSET,
        id: int | Unset = UNSET,
        include_rooms_without_parent: bool | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ApiPmsRoomList:
        """GET /rest/v1/pms/{accommodation}
        Operation ``find_pms_room``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".find_pms_room", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            name=name,
            id=id,
            include_rooms_without_parent=include_rooms_without_parent,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
            },
        )
