"""Operations tagged "utilities_enums_metas_fields"."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable
    from types import ModuleType
    from typing import cast

    from octorate._options import RequestOptions

    from ...models.api_list_response import ApiListResponse
    from ...models.api_portal_dto_resp import ApiPortalDTOResp
    from ...models.search_content_item_category import SearchContentItemCategory
    from ...types import UNSET, Unset

    Invoke = Callable[[ModuleType, dict[str, Any], Any, dict[str, Any]], Awaitable[Any]]


class UtilitiesEnumsMetasFields:
    """Operations tagged "utilities_enums_metas_fields"."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def get_content_page_meta(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/meta/contentPageFields: Retrieve content page meta
        Operation ``get_content_page_meta``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_content_page_meta", __name__)
        request = op._get_kwargs()
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {},
        )

    async def list_portals(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> Any | ApiPortalDTOResp:
        """GET /rest/v1/meta/portals
        Operation ``list_portals``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".list_portals", __name__)
        request = op._get_kwargs()
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {},
        )

    async def list_checkin_documents(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/meta/documents
        Operation ``list_checkin_documents``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".list_checkin_documents", __name__)
        request = op._get_kwargs()
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {},
        )

    async def search_amenity(
        self,
        *,
        id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/meta/octorateAmenities
        Operation ``search_amenity``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".search_amenity", __name__)
        request = op._get_kwargs(
            id=id,
            name=name,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {},
        )

    async def search_content_item(
        self,
        *,
        name: str | Unset = UNSET,
        portal: str | Unset = UNSET,
        category: SearchContentItemCategory | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ApiListResponse:
        """GET /rest/v1/meta/content
        Operation ``search_content_item``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".search_content_item", __name__)
        request = op._get_kwargs(
            name=name,
            portal=portal,
            category=category,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {},
        )
