"""What every limiter offers, and the waiter queue both backends build on."""

from __future__ import annotations

import logging
import math
from collections.abc import Awaitable, Callable
from typing import Protocol, TypeAlias, runtime_checkable

import anyio
import attrs

from .._errors import DeadlineExceeded
from ._limits import Limit, RateLimitUsage

__all__ = [
    "Clock",
    "OnWait",
    "RateLimiter",
    "Sleep",
    "Waiter",
    "check_weight",
    "deadline_exceeded",
    "logger",
    "normalise_deadline",
    "park",
    "wake",
]

logger = logging.getLogger("octorate.ratelimit")

#: A monotonic clock in seconds (default :func:`anyio.current_time`).
Clock: TypeAlias = Callable[[], float]
#: Sleep for the given seconds (default :func:`anyio.sleep`); must be cancellable.
Sleep: TypeAlias = Callable[[float], Awaitable[None]]
#: ``on_wait(key, weight, expected_wait_seconds)``: a call has to wait.
OnWait: TypeAlias = Callable[[str, int, float], None]


@runtime_checkable
class RateLimiter(Protocol):
    """A per-key, awaiting, server-aware rate limiter.

    Keys are opaque strings (the runtime uses ``"acc:<accommodation id>"`` and
    ``"member"``); the limits for a key come from the limiter's configuration.
    """

    async def acquire(self, key: str, weight: int = 1, *, deadline: float | None = None) -> float:
        """Wait until ``weight`` units fit every limit of ``key``, then take them.

        Returns the grant time on the backend's clock.

        Raises:
            DeadlineExceeded: the grant cannot happen by ``deadline``.
            ValueError: ``weight`` exceeds a limit, so it could never be granted.
        """
        ...

    def observe_remaining(self, key: str, remaining: int) -> None:
        """Adopt the server's ``X-RateLimit-Remaining`` when it shows less quota."""
        ...

    async def charge(self, key: str, units: int) -> None:
        """Record ``units`` more used now (``X-RateLimit-Additional-Cost``)."""
        ...

    async def exhausted(self, key: str, retry_after: float | None = None) -> None:
        """Hold ``key`` after a 403 ``ApiQuotaException`` until quota returns."""
        ...

    async def usage(self, key: str) -> RateLimitUsage:
        """Return a snapshot of ``key``'s use, limits and expected wait."""
        ...


def check_weight(key: str, weight: int, limits: tuple[Limit, ...]) -> None:
    """Reject weights that are not positive ints or that no window could hold."""
    if isinstance(weight, bool) or not isinstance(weight, int) or weight <= 0:
        msg = f"weight must be a positive int, got {weight!r}"
        raise ValueError(msg)
    for limit in limits:
        if weight > limit.units:
            # Waiting would never end; fail now rather than hang until a deadline.
            msg = f"weight {weight} for key {key!r} exceeds limit {limit}: it can never be granted"
            raise ValueError(msg)


def normalise_deadline(deadline: float | None) -> float | None:
    """Map ``inf`` (``Deadline.never().at``) to ``None``; reject NaN."""
    if deadline is None or deadline == math.inf:
        return None
    if math.isnan(deadline):
        msg = "deadline must not be NaN"
        raise ValueError(msg)
    return float(deadline)


def deadline_exceeded(key: str, weight: int, when: float, deadline: float) -> DeadlineExceeded:
    """Build the error raised when quota for ``key`` frees up too late."""
    return DeadlineExceeded(
        f"rate limit for {key!r}: {weight} unit(s) available at {when:.3f} at the earliest, "
        f"after the deadline {deadline:.3f}",
        operation="ratelimit.acquire",
    )


@attrs.define(slots=True, eq=False)
class Waiter:
    """One queued ``acquire`` call.

    Only the head of a key's queue ever sleeps on a timer; the others sleep
    until :func:`wake` moves them. That makes the queue strictly FIFO and
    needs one timer per key, not one per waiter.
    """

    weight: int
    deadline: float | None
    #: Set by other tasks when it is known this waiter cannot be served in time.
    failed_at: float | None = None
    #: The time the head slept towards; lets a grant that is late only through
    #: scheduling lag still count as "before the deadline".
    target: float | None = None
    _scope: anyio.CancelScope | None = None
    _woken: bool = False


def wake(waiter: Waiter) -> None:
    """Interrupt ``waiter``'s current (or next) :func:`park`."""
    waiter._woken = True
    if waiter._scope is not None:
        waiter._scope.cancel()


async def park(waiter: Waiter, seconds: float | None, sleep: Sleep) -> None:
    """Sleep ``seconds`` (``None``: until woken), returning early on :func:`wake`.

    A wake that arrived while the waiter was not parked is not lost: the next
    park returns at once. Cancellation from outside propagates as usual; the
    private cancel scope only absorbs :func:`wake`.
    """
    if waiter._woken:
        waiter._woken = False
        return
    with anyio.CancelScope() as scope:
        waiter._scope = scope
        try:
            if seconds is None:
                await anyio.sleep_forever()
            else:
                await sleep(seconds)
        finally:
            waiter._scope = None
    waiter._woken = False
