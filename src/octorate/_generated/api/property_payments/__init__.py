"""Operations tagged "property_payments"."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable
    from types import ModuleType
    from typing import cast

    from octorate._options import RequestOptions

    from ...models.api_error import ApiError
    from ...models.api_reservation_card import ApiReservationCard
    from ...models.api_reservation_resp_dto import ApiReservationRespDTO
    from ...models.detokenize_language import DetokenizeLanguage
    from ...types import UNSET, Unset

    Invoke = Callable[[ModuleType, dict[str, Any], Any, dict[str, Any]], Awaitable[Any]]


class PropertyPayments:
    """Operations tagged "property_payments"."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def add_card(
        self,
        ota_name: str,
        *,
        body: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ApiError | ApiReservationRespDTO:
        """POST /rest/v1/payment/OCTORATE/{ota_name}/addCard: Add Card
        Operation ``add_card``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".add_card", __name__)
        request = op._get_kwargs(
            ota_name=ota_name,
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "otaName": ota_name,
            },
        )

    async def get_user_status(
        self,
        property_id: str,
        *,
        copy_network: bool | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any | ApiError:
        """GET /rest/v1/payment/{property_id}/register: Card PIN Status
        Operation ``get_user_status``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".get_user_status", __name__)
        request = op._get_kwargs(
            property_id=property_id,
            copy_network=copy_network,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "propertyId": property_id,
            },
        )

    async def create_user(
        self,
        property_id: str,
        *,
        options: RequestOptions | None = None,
    ) -> Any | ApiError:
        """POST /rest/v1/payment/{property_id}/register: Register Card PIN
        Operation ``create_user``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".create_user", __name__)
        request = op._get_kwargs(
            property_id=property_id,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "propertyId": property_id,
            },
        )

    async def delete(
        self,
        accommodation_id: str,
        payment_id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """DELETE /rest/v1/payment/{accommodation_id}/{payment_id}
        Operation ``delete``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".delete", __name__)
        request = op._get_kwargs(
            accommodation_id=accommodation_id,
            payment_id=payment_id,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodationId": accommodation_id,
                "paymentId": payment_id,
            },
        )

    async def detokenize(
        self,
        reservation_id: int,
        *,
        language: DetokenizeLanguage | Unset = UNSET,
        ask_cvv: bool | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> ApiError | ApiReservationCard:
        """GET /rest/v1/payment/{reservation_id}/detokenize: Detokenize/Show Card
        Operation ``detokenize``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".detokenize", __name__)
        request = op._get_kwargs(
            reservation_id=reservation_id,
            language=language,
            ask_cvv=ask_cvv,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "reservationId": reservation_id,
            },
        )

    async def move(
        self,
        accommodation_id: str,
        payment_id: int,
        *,
        reservation_id: int | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """PATCH /rest/v1/payment/{accommodation_id}/{payment_id}/move
        Operation ``move``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".move", __name__)
        request = op._get_kwargs(
            accommodation_id=accommodation_id,
            payment_id=payment_id,
            reservation_id=reservation_id,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "accommodationId": accommodation_id,
                "paymentId": payment_id,
            },
        )
