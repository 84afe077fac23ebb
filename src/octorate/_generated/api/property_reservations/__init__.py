"""Operations tagged "property_reservations"."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ...models.find_reservations_type import FindReservationsType
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from collections.abc import Awaitable, Callable
    from types import ModuleType
    from typing import cast

    from octorate._options import RequestOptions

    from ...models.api_bulk_reservation import ApiBulkReservation
    from ...models.api_extra_detail_dto import ApiExtraDetailDTO
    from ...models.api_extras import ApiExtras
    from ...models.api_reservation_payment_dto import ApiReservationPaymentDTO
    from ...models.api_reservation_req_dto import ApiReservationReqDTO
    from ...models.api_reservation_resp_dto import ApiReservationRespDTO
    from ...models.api_reservation_resp_dto_list import ApiReservationRespDTOList
    from ...models.api_reservation_split import ApiReservationSplit
    from ...models.find_reservations_status import FindReservationsStatus
    from ...models.find_reservations_type import FindReservationsType
    from ...models.search_room_result import SearchRoomResult
    from ...types import UNSET, Unset

    Invoke = Callable[[ModuleType, dict[str, Any], Any, dict[str, Any]], Awaitable[Any]]


class PropertyReservations:
    """Operations tagged "property_reservations"."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def add_extra_bulk_reservation(
        self,
        accommodation: str,
        id: int,
        *,
        body: ApiExtras,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/reservation/{accommodation}/{id}/extras
        Operation ``add_extra_bulk_reservation``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".add_extra_bulk_reservation", __name__)
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

    async def add_payment_reservation(
        self,
        accommodation: str,
        id: int,
        *,
        body: ApiReservationPaymentDTO | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/reservation/{accommodation}/{id}/payment
        Operation ``add_payment_reservation``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".add_payment_reservation", __name__)
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

    async def create_many_reservations(
        self,
        accommodation: str,
        *,
        body: ApiBulkReservation | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/reservation/bulk/{accommodation}
        Operation ``create_many_reservations``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".create_many_reservations", __name__)
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

    async def find_reservations(
        self,
        accommodation: str,
        *,
        ids: list[int] | Unset = UNSET,
        product: int | Unset = UNSET,
        products: list[int] | Unset = UNSET,
        pms: bool | Unset = UNSET,
        pms_product: int | Unset = UNSET,
        source: str | Unset = UNSET,
        status: FindReservationsStatus | Unset = UNSET,
        excluded_sources: str | Unset = UNSET,
        group_results: bool | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        refer: str | Unset = UNSET,
        type_: FindReservationsType | Unset = FindReservationsType.STAY,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        refer_is_exclusive: bool | Unset = UNSET,
        agency: int | Unset = UNSET,
        effective_checked_in: bool | Unset = UNSET,
        effective_checked_out: bool | Unset = UNSET,
        fields: str | Unset = UNSET,
        size: int | Unset = 20,
        page: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ApiReservationRespDTOList:
        """GET /rest/v1/reservation/{accommodation}: findReservations
        Operation ``find_reservations``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".find_reservations", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            ids=ids,
            product=product,
            products=products,
            pms=pms,
            pms_product=pms_product,
            source=source,
            status=status,
            excluded_sources=excluded_sources,
            group_results=group_results,
            sort_by=sort_by,
            refer=refer,
            type_=type_,
            start_date=start_date,
            end_date=end_date,
            refer_is_exclusive=refer_is_exclusive,
            agency=agency,
            effective_checked_in=effective_checked_in,
            effective_checked_out=effective_checked_out,
            fields=fields,
            size=size,
            page=page,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
            },
        )

    async def create_single_reservation(
        self,
        accommodation: str,
        *,
        body: ApiReservationReqDTO | Unset = UNSET,
        availability: bool | Unset = True,
        options: RequestOptions | None = None,
    ) -> ApiReservationRespDTO:
        """POST /rest/v1/reservation/{accommodation}
        Operation ``create_single_reservation``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".create_single_reservation", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            body=body,
            availability=availability,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
            },
        )

    async def delete_extra_group_reservation(
        self,
        accommodation: str,
        id: int,
        external_id: str,
        *,
        options: RequestOptions | None = None,
    ) -> ApiExtraDetailDTO:
        """DELETE /rest/v1/reservation/{accommodation}/{id}/extra/group/{external_id}
        Operation ``delete_extra_group_reservation``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".delete_extra_group_reservation", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            id=id,
            external_id=external_id,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "id": id,
                "externalId": external_id,
            },
        )

    async def update_extra_reservation(
        self,
        accommodation: str,
        id: int,
        extra_id: int,
        *,
        body: ApiExtraDetailDTO | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any | ApiExtraDetailDTO | str:
        """PUT /rest/v1/reservation/{accommodation}/{id}/extra/{extra_id}
        Operation ``update_extra_reservation``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".update_extra_reservation", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            id=id,
            extra_id=extra_id,
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "id": id,
                "extraId": extra_id,
            },
        )

    async def delete_extra_reservation(
        self,
        accommodation: str,
        id: int,
        extra_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> ApiExtraDetailDTO:
        """DELETE /rest/v1/reservation/{accommodation}/{id}/extra/{extra_id}
        Operation ``delete_extra_reservation``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".delete_extra_reservation", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            id=id,
            extra_id=extra_id,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "id": id,
                "extraId": extra_id,
            },
        )

    async def delete_group_reservations(
        self,
        accommodation: str,
        refer: str,
        *,
        options: RequestOptions | None = None,
    ) -> list[ApiReservationRespDTO]:
        """DELETE /rest/v1/reservation/{accommodation}/group/{refer}
        Operation ``delete_group_reservations``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".delete_group_reservations", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            refer=refer,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "refer": refer,
            },
        )

    async def update_payment_reservation(
        self,
        accommodation: str,
        id: int,
        payment_id: int,
        *,
        body: ApiReservationPaymentDTO | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """PUT /rest/v1/reservation/{accommodation}/{id}/payment/{payment_id}
        Operation ``update_payment_reservation``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".update_payment_reservation", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            id=id,
            payment_id=payment_id,
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "id": id,
                "paymentId": payment_id,
            },
        )

    async def delete_payment_reservation(
        self,
        accommodation: str,
        id: int,
        payment_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """DELETE /rest/v1/reservation/{accommodation}/{id}/payment/{payment_id}
        Operation ``delete_payment_reservation``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".delete_payment_reservation", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            id=id,
            payment_id=payment_id,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "id": id,
                "paymentId": payment_id,
            },
        )

    async def find_reservation(
        self,
        accommodation: str,
        id: int,
        *,
        options: RequestOptions | None = None,
    ) -> ApiReservationRespDTO:
        """GET /rest/v1/reservation/{accommodation}/{id}
        Operation ``find_reservation``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".find_reservation", __name__)
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

    async def update_reservation(
        self,
        accommodation: str,
        id: int,
        *,
        body: ApiReservationReqDTO | Unset = UNSET,
        availability: bool | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """PUT /rest/v1/reservation/{accommodation}/{id}
        Operation ``update_reservation``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".update_reservation", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            id=id,
            body=body,
            availability=availability,
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

    async def delete_reservation(
        self,
        accommodation: str,
        id: int,
        *,
        options: RequestOptions | None = None,
    ) -> ApiReservationRespDTO:
        """DELETE /rest/v1/reservation/{accommodation}/{id}
        Operation ``delete_reservation``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".delete_reservation", __name__)
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

    async def patch_reservation(
        self,
        accommodation: str,
        id: int,
        *,
        body: ApiReservationReqDTO | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ApiReservationRespDTO:
        """PATCH /rest/v1/reservation/{accommodation}/{id}
        Operation ``patch_reservation``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".patch_reservation", __name__)
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

    async def delete_split(
        self,
        reservation_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """DELETE /rest/v1/reservation/{reservation_id}/split
        Operation ``delete_split``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".delete_split", __name__)
        request = op._get_kwargs(
            reservation_id=reservation_id,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "reservationId": reservation_id,
            },
        )

    async def search_api_accommodation(
        self,
        accommodation: str,
        *,
        ids: list[int] | Unset = UNSET,
        checkin: datetime.date | Unset = UNSET,
        checkout: datetime.date | Unset = UNSET,
        currency: str | Unset = UNSET,
        availcheck: bool | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any | SearchRoomResult:
        """GET /rest/v1/reservation/{accommodation}/search: Booking Engine Search
        Operation ``search_api_accommodation``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".search_api_accommodation", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            ids=ids,
            checkin=checkin,
            checkout=checkout,
            currency=currency,
            availcheck=availcheck,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
            },
        )

    async def search_hotel(
        self,
        *,
        id: int | Unset = UNSET,
        checkin: str | Unset = UNSET,
        checkout: str | Unset = UNSET,
        currency: str | Unset = UNSET,
        ids: list[int] | Unset = UNSET,
        adults: int | Unset = UNSET,
        children: int | Unset = UNSET,
        availcheck: bool | Unset = UNSET,
        apply_discount: bool | Unset = UNSET,
        show_hidden: bool | Unset = UNSET,
        show_rates: bool | Unset = UNSET,
        ignore_greater_pax: bool | Unset = UNSET,
        show_lower_occupancy_result: bool | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any | SearchRoomResult:
        """GET /rest/v1/reservation/search/hotel
        Operation ``search_hotel``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".search_hotel", __name__)
        request = op._get_kwargs(
            id=id,
            checkin=checkin,
            checkout=checkout,
            currency=currency,
            ids=ids,
            adults=adults,
            children=children,
            availcheck=availcheck,
            apply_discount=apply_discount,
            show_hidden=show_hidden,
            show_rates=show_rates,
            ignore_greater_pax=ignore_greater_pax,
            show_lower_occupancy_result=show_lower_occupancy_result,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {},
        )

    async def split_reservation(
        self,
        accommodation: str,
        reservation_id: int,
        *,
        body: ApiReservationSplit,
        options: RequestOptions | None = None,
    ) -> Any:
        """POST /rest/v1/reservation/{accommodation}/{reservation_id}/split
        Operation ``split_reservation``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".split_reservation", __name__)
        request = op._get_kwargs(
            accommodation=accommodation,
            reservation_id=reservation_id,
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodation": accommodation,
                "reservationId": reservation_id,
            },
        )
