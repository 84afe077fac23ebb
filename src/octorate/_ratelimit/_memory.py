"""The in-process limiter: exact sliding logs, FIFO waiters, no I/O."""

from __future__ import annotations

import math
import sys
from collections import deque

import anyio
import anyio.lowlevel
import attrs

from ._base import (
    Clock,
    OnWait,
    Sleep,
    Waiter,
    check_weight,
    deadline_exceeded,
    logger,
    normalise_deadline,
    park,
    wake,
)
from ._core import SlidingLog, fit_time, schedule
from ._limits import Limit, LimitResolver, LimitsSpec, RateLimitUsage, resolve_limits

__all__ = ["MemoryRateLimiter"]

_NEVER = -math.inf


@attrs.define(slots=True, eq=False)
class _KeyState:
    limits: tuple[Limit, ...]
    logs: tuple[SlidingLog, ...]
    # Created on first wait only: most keys never queue, and an empty deque
    # costs ~600 bytes.
    #: The largest weight every limit can hold (checked on each acquire).
    max_weight: int
    queue: deque[Waiter] | None = None
    hold_until: float = _NEVER

    def idle(self, now: float) -> bool:
        if self.queue or self.hold_until > now:
            return False
        for log in self.logs:
            log.prune(now)
            if len(log):
                return False
        return True


@attrs.define(slots=True, eq=False, init=False)
class MemoryRateLimiter:
    """An exact, awaiting, per-key rate limiter for one process.

    Each key has one sliding log per :class:`Limit`; a call of weight ``k`` is
    granted only when ``k`` more units fit every log, so no window of any limit
    ever holds more than its units. Callers that do not fit wait in a strict
    FIFO queue per key: a heavy call at the head is never overtaken by lighter
    ones behind it, and different keys never wait for each other.

    Not thread-safe: use it from one event loop (asyncio or trio; only anyio is
    used). It holds no loop-bound state while idle, so it can be built outside
    a running loop.

    Memory stays bounded: a key whose log is empty, that has no waiters and is
    not held is forgotten; keys nobody touches are found by a sweep that runs
    at most once per ``sweep_interval`` seconds of clock time.

    Args:
        limits: Per-key limits (see :func:`resolve_limits`): one sequence for
            all keys, a ``{prefix: limits}`` mapping, or a function. Default:
            100 units per 300 s for every key.
        clock: Monotonic time source in seconds. Default
            :func:`anyio.current_time`, so deadlines and this clock agree.
        sleep: Cancellable sleep matching ``clock``. Default :func:`anyio.sleep`.
        on_wait: Called as ``on_wait(key, weight, expected_wait)`` whenever a
            call has to queue (also logged at DEBUG on ``octorate.ratelimit``).
            It must not raise or block.
        sweep_interval: Seconds between sweeps for idle keys.
    """

    _resolve: LimitResolver
    _clock: Clock
    _sleep: Sleep
    _on_wait: OnWait | None
    _states: dict[str, _KeyState]
    _sweep_interval: float
    _next_sweep: float

    def __init__(
        self,
        limits: LimitsSpec | None = None,
        *,
        clock: Clock = anyio.current_time,
        sleep: Sleep = anyio.sleep,
        on_wait: OnWait | None = None,
        sweep_interval: float = 60.0,
    ) -> None:
        self._resolve = resolve_limits(limits)
        self._clock = clock
        self._sleep = sleep
        self._on_wait = on_wait
        self._states = {}
        self._sweep_interval = sweep_interval
        self._next_sweep = _NEVER

    # -- key states ---------------------------------------------------------

    def _state(self, key: str) -> _KeyState:
        state = self._states.get(key)
        if state is None:
            limits = self._resolve(key)
            state = _KeyState(
                limits,
                tuple(SlidingLog(limit) for limit in limits),
                min((limit.units for limit in limits), default=sys.maxsize),
            )
            self._states[key] = state
        return state

    def _forget_if_idle(self, key: str, state: _KeyState, now: float) -> None:
        if state.idle(now) and self._states.get(key) is state:
            del self._states[key]

    def _sweep(self, now: float) -> None:
        self._next_sweep = now + self._sweep_interval
        idle = [key for key, state in self._states.items() if state.idle(now)]
        for key in idle:
            del self._states[key]

    def __len__(self) -> int:
        """Number of keys currently tracked (live logs, waiters or holds)."""
        return len(self._states)

    # -- acquire ------------------------------------------------------------

    async def acquire(self, key: str, weight: int = 1, *, deadline: float | None = None) -> float:
        """Wait until ``weight`` units fit every limit of ``key``, then take them.

        Calls for one key are served in arrival order. A call that fits and has
        nobody queued ahead of it is granted without yielding to the scheduler.

        Args:
            key: The rate-limit key, e.g. ``"acc:123"``.
            weight: Units the call costs (>= 1, at most every limit's units).
            deadline: Absolute time on this limiter's clock (by default
                :func:`anyio.current_time`, like :class:`octorate._deadline.Deadline`).
                ``None`` or ``inf``: wait as long as needed.

        Returns:
            The grant time on the limiter's clock.

        Raises:
            DeadlineExceeded: as soon as it is known that the units will not be
                free by ``deadline``: on arrival (projecting the queue ahead,
                assuming those waiters are not cancelled), or later when a
                ``charge``/``observe_remaining``/``exhausted`` pushes the
                projection past it. A deadline already in the past fails even
                if quota is free.
            ValueError: ``weight`` is not a positive int or exceeds a limit.

        Cancellation: a cancelled call takes no units and leaves the queue; the
        next waiter moves up at once.
        """
        if deadline is not None:
            deadline = normalise_deadline(deadline)
        now = self._clock()
        # Sweep before looking the key up: the sweep drops idle states, and a
        # state fetched first would be dropped while we use it.
        if now >= self._next_sweep:
            self._sweep(now)
        state = self._states.get(key)
        if state is None:
            state = self._state(key)
        try:
            if not (type(weight) is int and 0 < weight <= state.max_weight):
                check_weight(key, weight, state.limits)  # raises the precise error
            await anyio.lowlevel.checkpoint_if_cancelled()
        except BaseException:
            self._forget_if_idle(key, state, now)
            raise
        if deadline is not None and now > deadline:
            self._forget_if_idle(key, state, now)
            raise deadline_exceeded(key, weight, now, deadline)
        if not state.queue and state.hold_until <= now:
            # Fast path: fits even counting entries not yet pruned. Pruning
            # waits until a log looks full, which keeps this path O(limits).
            logs = state.logs
            for log in logs:
                if log.total + weight > log.limit:
                    break
            else:
                for log in logs:
                    log.add(now, weight)
                return now
            if fit_time(logs, now, weight, state.hold_until) <= now:
                for log in logs:
                    log.add(now, weight)
                return now
        waiter = Waiter(weight, deadline)
        expected = self._project_back(state, now, weight)
        if deadline is not None and expected > deadline:
            self._forget_if_idle(key, state, now)
            raise deadline_exceeded(key, weight, expected, deadline)
        if state.queue is None:
            state.queue = deque()
        state.queue.append(waiter)
        self._report_wait(key, weight, expected - now, len(state.queue) - 1)
        return await self._wait(key, state, waiter)

    async def _wait(self, key: str, state: _KeyState, waiter: Waiter) -> float:
        queue = state.queue
        assert queue is not None
        granted = False
        try:
            while True:
                if waiter.failed_at is not None:
                    assert waiter.deadline is not None
                    raise deadline_exceeded(key, waiter.weight, waiter.failed_at, waiter.deadline)
                if queue[0] is not waiter:
                    await park(waiter, None, self._sleep)
                    continue
                now = self._clock()
                t = fit_time(state.logs, now, waiter.weight, state.hold_until)
                deadline = waiter.deadline
                if t <= now:
                    # Waking a little after a target that was within the
                    # deadline is scheduling lag, not lack of quota.
                    if (
                        deadline is not None
                        and now > deadline
                        and not (waiter.target is not None and waiter.target <= deadline)
                    ):
                        raise deadline_exceeded(key, waiter.weight, now, deadline)
                    for log in state.logs:
                        log.add(now, waiter.weight)
                    granted = True
                    return now
                if deadline is not None and t > deadline:
                    raise deadline_exceeded(key, waiter.weight, t, deadline)
                waiter.target = t
                await park(waiter, t - now, self._sleep)
        finally:
            # Runs on grant, deadline and cancellation alike. Nothing awaits
            # between the grant above and here, so a cancelled waiter can never
            # have taken units.
            was_head = bool(queue) and queue[0] is waiter
            if was_head:
                queue.popleft()
            else:
                queue.remove(waiter)
            if queue:
                if was_head:
                    wake(queue[0])
            else:
                state.queue = None
                if not granted:
                    self._forget_if_idle(key, state, self._clock())

    def _project_back(self, state: _KeyState, now: float, weight: int) -> float:
        """Grant time of a new call of ``weight`` queued behind everyone now."""
        logs = [log.copy() for log in state.logs]
        queued = [(now, w.weight) for w in state.queue or ()]
        queued.append((now, weight))
        return schedule(logs, queued, state.hold_until)[-1]

    def _report_wait(self, key: str, weight: int, expected: float, ahead: int) -> None:
        expected = max(0.0, expected)
        logger.debug(
            "rate limit: %r waits ~%.3fs for %d unit(s) (%d queued ahead)",
            key,
            expected,
            weight,
            ahead,
        )
        if self._on_wait is not None:
            self._on_wait(key, weight, expected)

    def _delayed(self, state: _KeyState, now: float) -> None:
        """Re-check deadlines after something pushed grants later.

        Fails (and wakes) every waiter whose projected grant is now past its
        deadline, and wakes the head so it re-plans its sleep.
        """
        queue = state.queue
        if not queue:
            return
        if any(w.deadline is not None for w in queue):
            logs = [log.copy() for log in state.logs]
            times = schedule(logs, [(now, w.weight) for w in queue], state.hold_until)
            for waiter, t in zip(queue, times, strict=True):
                if waiter.deadline is not None and t > waiter.deadline:
                    waiter.failed_at = t
                    wake(waiter)
        wake(queue[0])

    # -- server feedback ----------------------------------------------------

    def observe_remaining(self, key: str, remaining: int) -> None:
        """Adopt the server's ``X-RateLimit-Remaining`` if it shows less quota.

        For every limit with ``server_quota=True`` whose local estimate of
        remaining units is higher than ``remaining``, phantom units are added
        now so the estimate matches; they expire a full window later. A higher
        ``remaining`` than the estimate is ignored: requests granted but not yet
        seen by the server explain it, and trusting it would overshoot.
        Negative values count as 0. Synchronous so the transport can call it
        without awaiting.
        """
        remaining = max(0, int(remaining))
        state = self._state(key)
        now = self._clock()
        added = False
        for limit, log in zip(state.limits, state.logs, strict=True):
            if not limit.server_quota:
                continue
            log.prune(now)
            deficit = (limit.units - remaining) - log.total
            if deficit > 0:
                log.add(now, deficit)
                added = True
        if added:
            self._delayed(state, now)
        else:
            self._forget_if_idle(key, state, now)

    async def charge(self, key: str, units: int) -> None:
        """Record ``units`` extra units used now by ``key`` (in every limit).

        For costs learnt after the fact (``X-RateLimit-Additional-Cost``). The
        log may exceed a limit afterwards; later calls wait until enough
        expires. ``units == 0`` does nothing.

        Raises:
            ValueError: ``units`` is negative or not an int.
        """
        if isinstance(units, bool) or not isinstance(units, int) or units < 0:
            msg = f"units must be a non-negative int, got {units!r}"
            raise ValueError(msg)
        await anyio.lowlevel.checkpoint_if_cancelled()
        if units == 0:
            return
        state = self._state(key)
        now = self._clock()
        for log in state.logs:
            log.prune(now)
            log.add(now, units)
        self._delayed(state, now)

    async def exhausted(self, key: str, retry_after: float | None = None) -> None:
        """Hold ``key`` after the server refused a call for lack of quota.

        No call for ``key`` is granted before the hold ends, which is
        ``retry_after`` seconds from now when given, otherwise when the oldest
        live entry of each ``server_quota`` limit expires (the latest of those),
        or a full window from now for a limit whose log is empty. Holds only
        ever extend. Waiters whose deadline the hold makes unreachable fail at
        once.
        """
        await anyio.lowlevel.checkpoint_if_cancelled()
        state = self._state(key)
        now = self._clock()
        if retry_after is not None:
            until = now + max(0.0, float(retry_after))
        else:
            pairs = [
                (limit, log)
                for limit, log in zip(state.limits, state.logs, strict=True)
                if limit.server_quota
            ] or list(zip(state.limits, state.logs, strict=True))
            until = now
            for limit, log in pairs:
                log.prune(now)
                expiry = log.oldest_expiry()
                until = max(until, expiry if expiry is not None else now + limit.seconds)
        if until > state.hold_until:
            state.hold_until = until
        logger.debug("rate limit: %r held for %.3fs after quota exhaustion", key, until - now)
        self._delayed(state, now)

    # -- observability ------------------------------------------------------

    def usage_nowait(self, key: str) -> RateLimitUsage:
        """Synchronous :meth:`usage`."""
        now = self._clock()
        state = self._states.get(key)
        if state is None:
            limits = self._resolve(key)
            return RateLimitUsage(key, limits, (0,) * len(limits), 0, 0.0, None)
        for log in state.logs:
            log.prune(now)
        expected = self._project_back(state, now, 1)
        return RateLimitUsage(
            key=key,
            limits=state.limits,
            used=tuple(log.total for log in state.logs),
            waiters=len(state.queue or ()),
            wait=max(0.0, expected - now),
            held_until=state.hold_until if state.hold_until > now else None,
        )

    async def usage(self, key: str) -> RateLimitUsage:
        """Return current use, limits, queue length and expected wait for ``key``."""
        await anyio.lowlevel.checkpoint_if_cancelled()
        return self.usage_nowait(key)
