"""Operations tagged "property_portal_connections"."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable
    from io import BytesIO
    from types import ModuleType
    from typing import cast

    from octorate._options import RequestOptions

    from ...models.api_connection_dto import ApiConnectionDTO
    from ...models.api_external_room_dto import ApiExternalRoomDTO
    from ...models.api_external_room_dto_list import ApiExternalRoomDTOList
    from ...models.api_mapping import ApiMapping
    from ...models.api_mapping_list import ApiMappingList
    from ...models.execute_action_action import ExecuteActionAction
    from ...types import UNSET, File, FileTypes, Unset

    Invoke = Callable[[ModuleType, dict[str, Any], Any, dict[str, Any]], Awaitable[Any]]


class PropertyPortalConnections:
    """Operations tagged "property_portal_connections"."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def create_connection(
        self,
        accommodation: str,
        *,
        body: ApiConnectionDTO | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any | ApiConnectionDTO:
        """POST /rest/v1/connection/{accommodation}: Create new connection
        Operation ``create_connection``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".create_connection", __name__)
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

    async def get_external_products(
        self,
        accommodation: str,
        connection: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any | ApiExternalRoomDTOList:
        """GET /rest/v1/connection/external/{accommodation}/{connection}: Retrieve external products
        Operation ``get_external_products``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_external_products", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            connection=connection,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "connection": connection,
            },
        )

    async def create_external_product(
        self,
        accommodation: str,
        connection: int,
        *,
        body: ApiExternalRoomDTO | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/connection/external/{accommodation}/{connection}: Create an external product
        Operation ``create_external_product``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".create_external_product", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            connection=connection,
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "connection": connection,
            },
        )

    async def delete_connection(
        self,
        accommodation: str,
        connection: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any | ApiConnectionDTO:
        """DELETE /rest/v1/connection/{accommodation}/{connection}: Delete Connection
        Operation ``delete_connection``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".delete_connection", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            connection=connection,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "connection": connection,
            },
        )

    async def update_connection(
        self,
        accommodation: str,
        connection: int,
        *,
        body: ApiConnectionDTO | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any | ApiConnectionDTO:
        """PATCH /rest/v1/connection/{accommodation}/{connection}: Update a connection
        Operation ``update_connection``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".update_connection", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            connection=connection,
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "connection": connection,
            },
        )

    async def delete_mapping(
        self,
        accommodation: str,
        connection: int,
        mapping_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """DELETE /rest/v1/connection/mapping/{accommodation}/{connection}/{mapping_id}
        Operation ``delete_mapping``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".delete_mapping", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            connection=connection,
            mapping_id=mapping_id,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "connection": connection,
                "mappingId": mapping_id,
            },
        )

    async def execute_action(
        self,
        action: ExecuteActionAction,
        accommodation: str,
        connection: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any | ApiMappingList:
        """POST /rest/v1/connection/{action}/{accommodation}/{connection}: Execute ACTION on connection
        Operation ``execute_action``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".execute_action", __name__)
        request = op._get_kwargs(
            action=action,
            accommodation=accommodation,
            connection=connection,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "action": action,
                "accommodation": accommodation,
                "connection": connection,
            },
        )

    async def get_mapping(
        self,
        accommodation: str,
        connection: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any | ApiMappingList:
        """GET /rest/v1/connection/mapping/{accommodation}/{connection}: Retrieve Mapping
        Operation ``get_mapping``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_mapping", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            connection=connection,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "connection": connection,
            },
        )

    async def push_mapping(
        self,
        accommodation: str,
        connection: int,
        *,
        body: File | Unset = UNSET,
        product: int,
        external_product: int,
        query: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any | ApiMapping:
        """POST /rest/v1/connection/mapping/{accommodation}/{connection}: Create Mapping
        Operation ``push_mapping``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".push_mapping", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            connection=connection,
            body=body,
            product=product,
            external_product=external_product,
            query=query,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "connection": connection,
            },
        )

    async def retrieve_connection_detail(
        self,
        *,
        name: str | Unset = UNSET,
        accommodation: str | Unset = UNSET,
        hotel_id: str | Unset = UNSET,
        id: list[int] | Unset = UNSET,
        fields: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/connection: Retrieve a connection ID
        Operation ``retrieve_connection_detail``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".retrieve_connection_detail", __name__)
        request = op._get_kwargs(
            name=name,
            accommodation=accommodation,
            hotel_id=hotel_id,
            id=id,
            fields=fields,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {},
        )
