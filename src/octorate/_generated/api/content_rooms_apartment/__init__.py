"""Operations tagged "content_rooms_apartment"."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable
    from types import ModuleType
    from typing import cast

    from octorate._options import RequestOptions

    from ...models.add_text_to_field_body import AddTextToFieldBody
    from ...models.calendar_close_open_portalname import CalendarCloseOpenPortalname
    from ...models.external_availability_conf import ExternalAvailabilityConf
    from ...models.external_descriptions import ExternalDescriptions
    from ...models.external_fee import ExternalFee
    from ...models.external_listing import ExternalListing
    from ...models.external_pricing import ExternalPricing
    from ...models.external_rate_content import ExternalRateContent
    from ...models.external_reservation_conf import ExternalReservationConf
    from ...models.external_room_descriptor import ExternalRoomDescriptor
    from ...models.list_room_amenities_portal import ListRoomAmenitiesPortal
    from ...models.push_room_portal_portalname import PushRoomPortalPortalname
    from ...types import UNSET, Unset

    Invoke = Callable[[ModuleType, dict[str, Any], Any, dict[str, Any]], Awaitable[Any]]


class ContentRoomsApartment:
    """Operations tagged "content_rooms_apartment"."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def create_neighborhoodod(
        self,
        accommodation: str,
        *,
        body: ExternalDescriptions | Unset = UNSET,
        product_id: int | Unset = UNSET,
        ownership: bool | Unset = UNSET,
        listing_id: str | Unset = UNSET,
        min_words: int | Unset = UNSET,
        max_words: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/content/products/{accommodation}/addNeighborhoodod
        Operation ``create_neighborhoodod``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".create_neighborhoodod", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            body=body,
            product_id=product_id,
            ownership=ownership,
            listing_id=listing_id,
            min_words=min_words,
            max_words=max_words,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
            },
        )

    async def add_text_to_field(
        self,
        accommodation: str,
        product_id: int,
        *,
        body: AddTextToFieldBody | Unset = UNSET,
        min_words: int | Unset = UNSET,
        max_words: int | Unset = UNSET,
        field: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/content/products/{accommodation}/{product_id}/addTextToField
        Operation ``add_text_to_field``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".add_text_to_field", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
            body=body,
            min_words=min_words,
            max_words=max_words,
            field=field,
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

    async def create_description(
        self,
        accommodation: str,
        product_id: int,
        *,
        body: ExternalDescriptions | Unset = UNSET,
        min_words: int | Unset = UNSET,
        max_words: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/content/products/{accommodation}/{product_id}/addTextToHouseRules
        Operation ``create_description``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".create_description", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
            body=body,
            min_words=min_words,
            max_words=max_words,
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

    async def get_availability(
        self,
        accommodation: str,
        product_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/content/products/{accommodation}/{product_id}/availabilityconf
        Operation ``get_availability``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_availability", __name__)
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

    async def create_availability(
        self,
        accommodation: str,
        product_id: int,
        *,
        body: ExternalAvailabilityConf | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/content/products/{accommodation}/{product_id}/availabilityconf
        Operation ``create_availability``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".create_availability", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
            body=body,
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

    async def get_descriptions(
        self,
        accommodation: str,
        product_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/content/products/{accommodation}/{product_id}/descriptions
        Operation ``get_descriptions``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_descriptions", __name__)
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

    async def create_product_description(
        self,
        accommodation: str,
        product_id: int,
        *,
        body: ExternalDescriptions,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/content/products/{accommodation}/{product_id}/descriptions
        Operation ``create_product_description``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".create_product_description", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
            body=body,
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

    async def patch_description(
        self,
        accommodation: str,
        product_id: int,
        *,
        body: ExternalDescriptions | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """PATCH /rest/v1/content/products/{accommodation}/{product_id}/descriptions
        Operation ``patch_description``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".patch_description", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
            body=body,
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

    async def get_fees(
        self,
        accommodation: str,
        product_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/content/products/{accommodation}/{product_id}/fees
        Operation ``get_fees``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_fees", __name__)
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

    async def create_room_fee(
        self,
        accommodation: str,
        product_id: int,
        *,
        body: ExternalFee | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/content/products/{accommodation}/{product_id}/fees
        Operation ``create_room_fee``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".create_room_fee", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
            body=body,
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

    async def get_listing(
        self,
        accommodation: str,
        product_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/content/products/{accommodation}/{product_id}/listing
        Operation ``get_listing``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_listing", __name__)
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

    async def config_listing(
        self,
        accommodation: str,
        product_id: int,
        *,
        body: ExternalListing | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/content/products/{accommodation}/{product_id}/listing
        Operation ``config_listing``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".config_listing", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
            body=body,
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

    async def patch_listing(
        self,
        accommodation: str,
        product_id: int,
        *,
        body: ExternalListing,
        options: RequestOptions | None = None,
    ) -> Any:
        """PATCH /rest/v1/content/products/{accommodation}/{product_id}/listing
        Operation ``patch_listing``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".patch_listing", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
            body=body,
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

    async def create_pricing(
        self,
        accommodation: str,
        product_id: int,
        *,
        body: ExternalPricing | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/content/products/{accommodation}/{product_id}/pricing
        Operation ``create_pricing``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".create_pricing", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
            body=body,
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

    async def patch_pricing(
        self,
        accommodation: str,
        product_id: int,
        *,
        body: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """PATCH /rest/v1/content/products/{accommodation}/{product_id}/pricing
        Operation ``patch_pricing``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".patch_pricing", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
            body=body,
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

    async def get_rate_conf(
        self,
        accommodation: str,
        product_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/content/products/{accommodation}/{product_id}/rate
        Operation ``get_rate_conf``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_rate_conf", __name__)
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

    async def create_rate_conf(
        self,
        accommodation: str,
        product_id: int,
        *,
        body: ExternalRateContent | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/content/products/{accommodation}/{product_id}/rate
        Operation ``create_rate_conf``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".create_rate_conf", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
            body=body,
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

    async def patch_room_rate(
        self,
        accommodation: str,
        product_id: int,
        *,
        body: ExternalRateContent | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """PATCH /rest/v1/content/products/{accommodation}/{product_id}/rate
        Operation ``patch_room_rate``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".patch_room_rate", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
            body=body,
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

    async def config_reservation(
        self,
        accommodation: str,
        product_id: int,
        *,
        body: ExternalReservationConf | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/content/products/{accommodation}/{product_id}/reservation
        Operation ``config_reservation``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".config_reservation", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
            body=body,
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

    async def patch_product_reservation_conf(
        self,
        accommodation: str,
        product_id: int,
        *,
        body: ExternalReservationConf | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """PATCH /rest/v1/content/products/{accommodation}/{product_id}/reservation
        Operation ``patch_product_reservation_conf``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".patch_product_reservation_conf", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
            body=body,
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

    async def list_room_subrooms(
        self,
        accommodation: str,
        product_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/content/products/{accommodation}/{product_id}/rooms
        Operation ``list_room_subrooms``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".list_room_subrooms", __name__)
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

    async def add_room_sub_room(
        self,
        accommodation: str,
        product_id: int,
        *,
        body: ExternalRoomDescriptor | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/content/products/{accommodation}/{product_id}/rooms
        Operation ``add_room_sub_room``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".add_room_sub_room", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
            body=body,
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

    async def delete_room_fee(
        self,
        accommodation: str,
        product_id: int,
        index: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """DELETE /rest/v1/content/products/{accommodation}/{product_id}/fees/{index}
        Operation ``delete_room_fee``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".delete_room_fee", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
            index=index,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "productId": product_id,
                "index": index,
            },
        )

    async def delete_room_photo(
        self,
        accommodation: str,
        product_id: int,
        photo_name: str,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """DELETE /rest/v1/content/products/{accommodation}/{product_id}/photos/{photo_name}
        Operation ``delete_room_photo``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".delete_room_photo", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
            photo_name=photo_name,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "productId": product_id,
                "photoName": photo_name,
            },
        )

    async def delete_room_sub_room(
        self,
        accommodation: str,
        product_id: int,
        index: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """DELETE /rest/v1/content/products/{accommodation}/{product_id}/rooms/{index}
        Operation ``delete_room_sub_room``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".delete_room_sub_room", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
            index=index,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "productId": product_id,
                "index": index,
            },
        )

    async def read_content_process(
        self,
        accommodation: str,
        process_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/content/products/{accommodation}/process/{process_id}
        Operation ``read_content_process``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".read_content_process", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            process_id=process_id,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "processId": process_id,
            },
        )

    async def list_room_amenities(
        self,
        accommodation: str,
        product_id: int,
        *,
        portal: ListRoomAmenitiesPortal | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/content/products/{accommodation}/{product_id}/amenities
        Operation ``list_room_amenities``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".list_room_amenities", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
            portal=portal,
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

    async def add_room_amenity(
        self,
        accommodation: str,
        product_id: int,
        *,
        amenity: list[str] | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/content/products/{accommodation}/{product_id}/amenities
        Operation ``add_room_amenity``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".add_room_amenity", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
            amenity=amenity,
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

    async def push_room_portal(
        self,
        accommodation: str,
        product_id: int,
        portalname: PushRoomPortalPortalname,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/content/products/{accommodation}/{product_id}/pushQueue/{portalname}
        Operation ``push_room_portal``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".push_room_portal", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
            portalname=portalname,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "productId": product_id,
                "portalname": portalname,
            },
        )

    async def queue_photo_status(
        self,
        accommodation: str,
        product_id: int,
        *,
        url_query: str | Unset = UNSET,
        id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/content/products/{accommodation}/{product_id}/photos/queue
        Operation ``queue_photo_status``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".queue_photo_status", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
            url_query=url_query,
            id=id,
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

    async def list_room_photos(
        self,
        accommodation: str,
        product_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/content/products/{accommodation}/{product_id}/photos
        Operation ``list_room_photos``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".list_room_photos", __name__)
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

    async def upload_room_photo(
        self,
        accommodation: str,
        product_id: int,
        *,
        url_query: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/content/products/{accommodation}/{product_id}/photos
        Operation ``upload_room_photo``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".upload_room_photo", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
            url_query=url_query,
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

    async def calendar_close_open(
        self,
        accommodation: str,
        product_id: int,
        portalname: CalendarCloseOpenPortalname,
        *,
        status: bool | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/content/products/{accommodation}/{product_id}/{portalname}/calendar
        Operation ``calendar_close_open``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".calendar_close_open", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
            portalname=portalname,
            status=status,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "productId": product_id,
                "portalname": portalname,
            },
        )

    async def set_room_cancellation(
        self,
        accommodation: str,
        product_id: int,
        *,
        value: str | Unset = UNSET,
        portal: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/content/products/{accommodation}/{product_id}/cancellation
        Operation ``set_room_cancellation``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".set_room_cancellation", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            product_id=product_id,
            value=value,
            portal=portal,
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
