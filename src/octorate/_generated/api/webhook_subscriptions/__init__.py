"""Operations tagged "webhook_subscriptions"."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable
    from types import ModuleType
    from typing import cast

    from octorate._options import RequestOptions

    from ...models.create_subscription_body import CreateSubscriptionBody
    from ...models.create_subscription_event import CreateSubscriptionEvent
    from ...models.webhook_subscription import WebhookSubscription
    from ...types import UNSET, Unset

    Invoke = Callable[[ModuleType, dict[str, Any], Any, dict[str, Any]], Awaitable[Any]]


class WebhookSubscriptions:
    """Operations tagged "webhook_subscriptions"."""

    __slots__ = ("_invoke",)

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    async def create_subscription(
        self,
        event: CreateSubscriptionEvent,
        *,
        body: CreateSubscriptionBody | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> WebhookSubscription:
        """POST /rest/v1/subscription/{event}
        Operation ``create_subscription``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".create_subscription", __name__)
        request = op._get_kwargs(
            event=event,
            body=body,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "event": event,
            },
        )

    async def update_subscription(
        self,
        id: int,
        *,
        url_query: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> Any:
        """PUT /rest/v1/subscription/{id}
        Operation ``update_subscription``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".update_subscription", __name__)
        request = op._get_kwargs(
            id=id,
            url_query=url_query,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "id": id,
            },
        )

    async def delete_subscription(
        self,
        id: int,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """DELETE /rest/v1/subscription/{id}
        Operation ``delete_subscription``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".delete_subscription", __name__)
        request = op._get_kwargs(
            id=id,
        )
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {
                "id": id,
            },
        )

    async def list_subscriptions(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/subscription/list
        Operation ``list_subscriptions``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".list_subscriptions", __name__)
        request = op._get_kwargs()
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {},
        )

    async def retrieve_subscriptions(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> Any:
        """GET /rest/v1/subscription
        Operation ``retrieve_subscriptions``. ``options``: timeout, retries, deadline, extra
        headers, idempotency or quota owner for this call only.
        """
        op = import_module(".retrieve_subscriptions", __name__)
        request = op._get_kwargs()
        return await self._invoke(  # type: ignore[no-any-return]
            op,
            request,
            options,
            {},
        )
