"""Webhook delivery: POST the Octorate envelope, retry with growing delays.

Octorate's rules (spec ``createSubscription``): HTTP 200 means delivered; any
other answer (or no answer) is retried with growing delays; 406 stops the
retries. Deliveries run in background tasks and never block an API response.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Coroutine
from typing import Any, Literal

import anyio
import anyio.abc
import attrs
import httpx

from octorate.sandbox._config import SandboxConfig
from octorate.sandbox._util import format_epoch

__all__ = ["Delivery", "DeliveryAttempt", "WebhookDispatcher"]

_log = logging.getLogger("octorate.sandbox")

Outcome = Literal["pending", "delivered", "stopped", "failed"]


@attrs.define
class DeliveryAttempt:
    """One POST of a notification to a receiver."""

    retry: int
    at: float
    status_code: int | None = None
    error: str | None = None


@attrs.define
class Delivery:
    """One notification for one subscription, with every attempt made so far."""

    id: int
    type: str
    reference: str
    url: str
    subscription: dict[str, Any]
    content: str
    create_time: str
    attempts: list[DeliveryAttempt] = attrs.Factory(list)
    outcome: Outcome = "pending"

    def envelope(self, retry: int) -> dict[str, Any]:
        """The JSON body Octorate POSTs for attempt number ``retry`` (0-based)."""
        return {
            "id": self.id,
            "type": self.type,
            "reference": self.reference,
            "retry": retry,
            "createTime": self.create_time,
            "subscription": dict(self.subscription),
            "content": self.content,
        }

    @property
    def payload(self) -> dict[str, Any]:
        """The parsed ``content`` (Octorate sends it as a JSON string)."""
        value = json.loads(self.content)
        assert isinstance(value, dict)
        return value


class _KeepOpen(httpx.AsyncBaseTransport):
    """Share an injected transport between deliveries without closing it."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        return None


class WebhookDispatcher:
    """Queue notifications and deliver them in the background.

    Deliveries run in the task group attached by the app's lifespan (uvicorn,
    or ``async with app.router.lifespan_context(app)``). Without one - the usual
    case with ``httpx.ASGITransport``, which does not run the lifespan - they
    run as free tasks of the current event loop (asyncio tasks, or trio system
    tasks).
    """

    def __init__(self, config: SandboxConfig, clock: Callable[[], float]) -> None:
        self._config = config
        self._clock = clock
        self._group: anyio.abc.TaskGroup | None = None
        self._pending = 0
        self._idle: anyio.Event | None = None
        self._free_tasks: set[Any] = set()
        self._next_id = 1
        #: Every notification queued so far, in order.
        self.deliveries: list[Delivery] = []

    # -- inspection -----------------------------------------------------------------

    @property
    def log(self) -> list[tuple[Delivery, DeliveryAttempt]]:
        """Every attempt made so far, with its notification, in time order."""
        pairs = [(d, a) for d in self.deliveries for a in d.attempts]
        return sorted(pairs, key=lambda pair: pair[1].at)

    @property
    def pending(self) -> int:
        """Notifications not yet delivered, stopped or given up."""
        return self._pending

    async def wait_idle(self) -> None:
        """Wait until no notification is pending (retries included)."""
        while self._pending:
            if self._idle is None:
                self._idle = anyio.Event()
            await self._idle.wait()

    # -- wiring -----------------------------------------------------------------------

    def attach(self, group: anyio.abc.TaskGroup | None) -> None:
        """Run future deliveries in ``group`` (``None``: detach)."""
        self._group = group

    def enqueue(
        self,
        *,
        type: str,
        reference: str,
        subscription: dict[str, Any],
        content: dict[str, Any],
    ) -> Delivery:
        """Queue one notification for one subscription and start delivering it."""
        delivery = Delivery(
            id=self._next_id,
            type=type,
            reference=reference,
            url=str(subscription["endpoint"]),
            subscription=dict(subscription),
            content=json.dumps(content, separators=(",", ":")),
            create_time=format_epoch(self._clock()),
        )
        self._next_id += 1
        self.deliveries.append(delivery)
        self._pending += 1
        self._spawn(self._deliver, delivery)
        return delivery

    def _spawn(self, func: Callable[[Delivery], Coroutine[Any, Any, None]], arg: Delivery) -> None:
        if self._group is not None:
            self._group.start_soon(func, arg)
            return
        try:
            import asyncio

            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        if loop is not None:
            task = loop.create_task(func(arg))
            self._free_tasks.add(task)
            task.add_done_callback(self._free_tasks.discard)
            return
        import trio  # only reachable when running under trio

        trio.lowlevel.spawn_system_task(func, arg)

    def _done(self, delivery: Delivery, outcome: Outcome) -> None:
        delivery.outcome = outcome
        self._pending -= 1
        if self._pending == 0 and self._idle is not None:
            self._idle.set()
            self._idle = None

    def _delay(self, attempt: int) -> float:
        delays = self._config.webhook_retry_delays or (0.0,)
        return float(delays[min(attempt, len(delays) - 1)])

    async def _deliver(self, delivery: Delivery) -> None:
        outcome: Outcome = "failed"
        try:
            transport = self._config.webhook_transport
            client = httpx.AsyncClient(
                transport=_KeepOpen(transport) if transport is not None else None,
                timeout=self._config.webhook_timeout,
            )
            async with client:
                for retry in range(max(1, self._config.webhook_max_attempts)):
                    if retry:
                        await anyio.sleep(self._delay(retry - 1))
                    attempt = DeliveryAttempt(retry=retry, at=self._clock())
                    delivery.attempts.append(attempt)
                    delivery.subscription["processTime"] = format_epoch(attempt.at)
                    try:
                        response = await client.post(delivery.url, json=delivery.envelope(retry))
                    except httpx.HTTPError as exc:
                        attempt.error = f"{type(exc).__name__}: {exc}"
                        continue
                    attempt.status_code = response.status_code
                    if response.status_code == 200:
                        outcome = "delivered"
                        break
                    if response.status_code == 406:
                        outcome = "stopped"
                        break
        except Exception:  # a background task must never crash the server
            _log.exception("webhook delivery %s crashed", delivery.id)
        finally:
            self._done(delivery, outcome)

    async def aclose(self) -> None:
        """Cancel free-running deliveries (those outside a lifespan task group)."""
        for task in list(self._free_tasks):
            task.cancel()
