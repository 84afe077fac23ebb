"""A per-call deadline shared by every layer that may wait: limiter, retries, transport.

Kept in its own module (left of ``_retry``, ``_ratelimit`` and ``_auth`` in the import
order) so that each of those can honour the same deadline without importing each
other.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import anyio
import attrs

__all__ = ["Deadline"]


def _loop_time() -> float:
    return anyio.current_time()


@attrs.frozen
class Deadline:
    """An absolute point in time after which a call must stop trying.

    Times are on ``clock`` (by default :func:`anyio.current_time`, the event loop's
    monotonic clock, so it works under asyncio and trio and follows trio's
    ``MockClock`` in tests). ``at`` is ``math.inf`` for "no deadline".

    Example::

        deadline = Deadline.after(30)        # inside a running event loop
        timeout = deadline.min(10.0)         # per-attempt timeout, never past the deadline
        with deadline.cancel_scope():        # hard bound on one await
            ...
    """

    at: float
    clock: Callable[[], float] = attrs.field(default=_loop_time, eq=False, repr=False)

    @classmethod
    def after(
        cls, seconds: float | None, *, clock: Callable[[], float] = _loop_time
    ) -> Deadline:
        """Return a deadline ``seconds`` from now; ``None`` or ``inf`` means no deadline.

        Negative values give an already expired deadline. Must be called where
        ``clock`` works (for the default clock: inside a running event loop).
        """
        if seconds is None or math.isinf(seconds):
            return cls(math.inf, clock)
        return cls(clock() + seconds, clock)

    @classmethod
    def never(cls) -> Deadline:
        """Return a deadline that never expires (no clock is read)."""
        return cls(math.inf)

    def remaining(self) -> float:
        """Return the seconds left, never negative; ``math.inf`` when unbounded."""
        if math.isinf(self.at):
            return math.inf
        return max(0.0, self.at - self.clock())

    @property
    def expired(self) -> bool:
        """Whether the deadline has passed (always ``False`` for :meth:`never`)."""
        return self.remaining() <= 0.0

    def allows(self, wait: float) -> bool:
        """Whether waiting ``wait`` seconds still ends strictly before the deadline."""
        return wait < self.remaining()

    def min(self, timeout: float | None) -> float | None:
        """Return the smaller of ``timeout`` and the time remaining.

        ``None`` means "no timeout" on both sides: the result is ``None`` only when
        neither the timeout nor the deadline bounds the wait. Use it to shrink a
        per-attempt httpx timeout so that an attempt never outlives the call.
        """
        remaining = self.remaining()
        if timeout is None:
            return None if math.isinf(remaining) else remaining
        return min(timeout, remaining)

    def cancel_scope(self) -> anyio.CancelScope:
        """Return a cancel scope that fires when the deadline passes.

        The scope's deadline is computed on the event loop clock from
        :meth:`remaining`, so it is right even when ``clock`` is a fake. Check
        ``scope.cancelled_caught`` after the ``with`` block to learn whether it fired.
        """
        if math.isinf(self.at):
            return anyio.CancelScope()
        if self.clock is _loop_time:  # already on the loop clock: no need to read it
            return anyio.CancelScope(deadline=self.at)
        return anyio.CancelScope(deadline=anyio.current_time() + self.remaining())
