"""Operations tagged "ari_rooms_rates"."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable
    from types import ModuleType
    from typing import cast

    from octorate._options import RequestOptions

    from ...models.api_item_response_list import ApiItemResponseList
    from ...models.api_room_dto import ApiRoomDTO
    from ...models.api_room_management_basic_dto import ApiRoomManagementBasicDTO
    from ...models.api_room_management_dto import ApiRoomManagementDTO
    from ...models.api_room_rate_dtov3 import ApiRoomRateDTOV3
    from ...models.translate_missing_descriptions_language import (
        TranslateMissingDescriptionsLanguage,
    )
    from ...models.translate_missing_descriptions_v3_language import (
        TranslateMissingDescriptionsV3Language,
    )
    from ...types import UNSET, Unset

    Invoke = Callable[[ModuleType, dict[str, Any], Any, dict[str, Any]], Awaitable[Any]]


class AriRoomsRates:
    """Operations tagged "ari_rooms_rates"."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def create_room_rate(
        self,
        accommodation: str,
        *,
        body: ApiRoomDTO,
        options: RequestOptions | None = None,
    ) -> Any | ApiItemResponseList:
        """POST /rest/v1/roomrates/{accommodation}: create a room or a rate
        Operation ``create_room_rate``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".create_room_rate", __name__)
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

    async def create_suite(
        self,
        accommodation: str,
        product: int,
        *,
        children: list[int] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any | list[ApiRoomDTO]:
        """POST /rest/v1/roomrates/{accommodation}/{product}/suite
        Operation ``create_suite``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".create_suite", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product=product,
            children=children,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "product": product,
            },
        )

    async def delete_all_room_photo(
        self,
        accommodation: str,
        product_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """DELETE /rest/v1/roomrates/{accommodation}/{product_id}/image
        Operation ``delete_all_room_photo``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".delete_all_room_photo", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "productId": product_id,
            },
        )

    async def delete_pms_room_image(
        self,
        accommodation: str,
        product_id: int,
        pms_room_image_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """DELETE /rest/v1/roomrates/{accommodation}/{product_id}/pmsRoomImage/{pms_room_image_id}
        Operation ``delete_pms_room_image``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".delete_pms_room_image", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
            pms_room_image_id=pms_room_image_id,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "productId": product_id,
                "pmsRoomImageId": pms_room_image_id,
            },
        )

    async def delete_product(
        self,
        accommodation: str,
        product_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any | ApiRoomDTO:
        """DELETE /rest/v1/roomrates/{accommodation}/{product_id}
        Operation ``delete_product``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".delete_product", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "productId": product_id,
            },
        )

    async def delete_room_image(
        self,
        accommodation: str,
        product_id: int,
        image_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """DELETE /rest/v1/roomrates/{accommodation}/{product_id}/image/{image_id}
        Operation ``delete_room_image``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".delete_room_image", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
            image_id=image_id,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "productId": product_id,
                "imageId": image_id,
            },
        )

    async def get_room(
        self,
        accommodation: str,
        roomid: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any | ApiRoomDTO:
        """GET /rest/v1/roomrates/{accommodation}/{roomid}
        Operation ``get_room``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_room", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            roomid=roomid,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "roomid": roomid,
            },
        )

    async def translate_missing_descriptions(
        self,
        accommodation: str,
        roomid: int,
        language: TranslateMissingDescriptionsLanguage,
        *,
        body: str,
        options: RequestOptions | None = None,
    ) -> Any | ApiRoomDTO:
        """PATCH /rest/v1/roomrates/{accommodation}/{roomid}/translateMissingDescriptions/{language}
        Operation ``translate_missing_descriptions``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".translate_missing_descriptions", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            roomid=roomid,
            language=language,
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "roomid": roomid,
                "language": language,
            },
        )

    async def update_room(
        self,
        accommodation: str,
        id: int,
        *,
        body: str,
        options: RequestOptions | None = None,
    ) -> Any | ApiRoomDTO:
        """PATCH /rest/v1/roomrates/{accommodation}/{id}: Update the specified room or a rate
        Operation ``update_room``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".update_room", __name__)
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

    async def copy(
        self,
        accommodation: str,
        *,
        body: ApiRoomManagementDTO | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v2/roomrates/{accommodation}/copy: Manage rooms - Copy rooms
        Operation ``copy``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".copy", __name__)
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

    async def get_connections(
        self,
        accommodation: str,
        *,
        ids: list[int] | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        include_rms: bool | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any | list[ApiRoomDTO]:
        """GET /rest/v2/roomrates/{accommodation}/connections: Retrieve rooms connections
        Operation ``get_connections``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_connections", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            ids=ids,
            page=page,
            size=size,
            include_rms=include_rms,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
            },
        )

    async def get_listings(
        self,
        accommodation: str,
        *,
        fields: str | Unset = UNSET,
        ids: list[int] | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        include_rms: bool | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any | list[ApiRoomDTO]:
        """GET /rest/v2/roomrates/{accommodation}: Retrieve property rooms and rates
        Operation ``get_listings``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_listings", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            fields=fields,
            ids=ids,
            page=page,
            size=size,
            include_rms=include_rms,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
            },
        )

    async def move_rooms(
        self,
        accommodation: str,
        *,
        body: ApiRoomManagementDTO | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v2/roomrates/{accommodation}/move: Manage rooms - Move rooms
        Operation ``move_rooms``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".move_rooms", __name__)
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

    async def run_rules(
        self,
        accommodation: str,
        *,
        body: ApiRoomManagementBasicDTO | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v2/roomrates/{accommodation}/runRules: Run rules for a list of rooms
        Operation ``run_rules``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".run_rules", __name__)
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

    async def patch_room_rate_v2(
        self,
        accommodation_id: str,
        room_rate_id: int,
        *,
        body: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """PATCH /rest/v2/roomrates/{accommodation_id}/{room_rate_id}
        Operation ``patch_room_rate_v2``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".patch_room_rate_v2", __name__)
        request = op._get_kwargs(
            accommodation_id=accommodation_id,
            room_rate_id=room_rate_id,
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodationId": accommodation_id,
                "roomRateId": room_rate_id,
            },
        )

    async def copy_v3(
        self,
        accommodation: str,
        *,
        body: ApiRoomManagementDTO | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v3/roomrates/{accommodation}/copy: Manage rooms - Copy rooms
        Operation ``copy_v3``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".copy_v3", __name__)
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

    async def get_listings_v3(
        self,
        accommodation: str,
        *,
        fields: str | Unset = UNSET,
        ids: list[int] | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        include_rms: bool | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any | list[ApiRoomDTO]:
        """GET /rest/v3/roomrates/{accommodation}: Retrieve property rooms and rates
        Operation ``get_listings_v3``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_listings_v3", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            fields=fields,
            ids=ids,
            page=page,
            size=size,
            include_rms=include_rms,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
            },
        )

    async def create_room_rate_v3(
        self,
        accommodation: str,
        *,
        body: ApiRoomRateDTOV3,
        options: RequestOptions | None = None,
    ) -> Any | ApiItemResponseList:
        """POST /rest/v3/roomrates/{accommodation}: create a room or a rate
        Operation ``create_room_rate_v3``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".create_room_rate_v3", __name__)
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

    async def get_connections_v3(
        self,
        accommodation: str,
        *,
        ids: list[int] | Unset = UNSET,
        page: int | Unset = UNSET,
        size: int | Unset = UNSET,
        include_rms: bool | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any | list[ApiRoomDTO]:
        """GET /rest/v3/roomrates/{accommodation}/connections: Retrieve rooms connections
        Operation ``get_connections_v3``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_connections_v3", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            ids=ids,
            page=page,
            size=size,
            include_rms=include_rms,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
            },
        )

    async def move_v3(
        self,
        accommodation: str,
        *,
        body: ApiRoomManagementDTO | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v3/roomrates/{accommodation}/move: Manage rooms - Move rooms
        Operation ``move_v3``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".move_v3", __name__)
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

    async def run_rules_v3(
        self,
        accommodation: str,
        *,
        body: ApiRoomManagementBasicDTO | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v3/roomrates/{accommodation}/runRules: Run rules for a list of rooms
        Operation ``run_rules_v3``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".run_rules_v3", __name__)
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

    async def translate_missing_descriptions_v3(
        self,
        accommodation: str,
        roomid: int,
        language: TranslateMissingDescriptionsV3Language,
        *,
        body: ApiRoomRateDTOV3,
        options: RequestOptions | None = None,
    ) -> Any | ApiRoomRateDTOV3:
        """PATCH /rest/v3/roomrates/{accommodation}/{roomid}/translateMissingDescriptions/{language}
        Operation ``translate_missing_descriptions_v3``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".translate_missing_descriptions_v3", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            roomid=roomid,
            language=language,
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "roomid": roomid,
                "language": language,
            },
        )

    async def update_room_v3(
        self,
        accommodation: str,
        id: int,
        *,
        body: str,
        options: RequestOptions | None = None,
    ) -> Any | ApiRoomDTO:
        """PATCH /rest/v3/roomrates/{accommodation}/{id}: Update the specified room or a rate
        Operation ``update_room_v3``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".update_room_v3", __name__)
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
