"""The pure, synchronous core: sliding logs and FIFO grant projection.

Nothing here awaits or reads a clock; callers pass ``now``. That keeps the
arithmetic testable on its own (the property tests drive it directly) and lets
the memory backend and the projections share one implementation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ._limits import Limit

__all__ = ["SlidingLog", "fit_time", "schedule"]

# Compact the backing lists once this many expired slots sit at their front:
# deleting a prefix is O(n), so doing it rarely keeps pruning amortised O(1).
_COMPACT_AT = 32


class SlidingLog:
    """An exact sliding-window log for one :class:`Limit`.

    Entries are ``(time, units)`` in non-decreasing time order. An entry made
    at ``t`` is live while ``now < t + window``. ``total`` is the sum of live
    units as of the last :meth:`prune`; it may exceed the limit after
    :meth:`add` with ``force`` (after-the-fact charges, adopted server usage).
    """

    __slots__ = ("_start", "_times", "_units", "limit", "total", "window")

    def __init__(self, limit: Limit) -> None:
        self.limit = limit.units
        self.window = limit.seconds
        # Two parallel lists plus a start index: far smaller per key than a
        # deque (which preallocates a 64-slot block), and popleft-free.
        self._times: list[float] = []
        self._units: list[int] = []
        self._start = 0
        self.total = 0

    def __len__(self) -> int:
        return len(self._times) - self._start

    def prune(self, now: float) -> None:
        """Drop entries whose window has passed (``t + window <= now``)."""
        times, units, i, window = self._times, self._units, self._start, self.window
        end = len(times)
        while i < end and times[i] + window <= now:
            self.total -= units[i]
            i += 1
        if i == end:
            times.clear()
            units.clear()
            self._start = 0
            self.total = 0
        elif i >= _COMPACT_AT and i * 2 >= end:
            del times[:i]
            del units[:i]
            self._start = 0
        else:
            self._start = i

    def fit_time(self, now: float, weight: int) -> float:
        """Return the earliest time ``>= now`` at which ``weight`` more units fit.

        Assumes nothing else is added meanwhile. Prunes as a side effect.
        ``weight`` must not exceed the limit (callers check this up front).
        """
        self.prune(now)
        excess = self.total + weight - self.limit
        if excess <= 0:
            return now
        times, units, i = self._times, self._units, self._start
        # The oldest entries leave first; the one whose departure brings the
        # total low enough decides the time.
        while True:
            excess -= units[i]
            if excess <= 0:
                return max(now, times[i] + self.window)
            i += 1

    def add(self, t: float, units: int) -> None:
        """Record ``units`` at time ``t`` (not earlier than the newest entry)."""
        times = self._times
        if times and t < times[-1]:
            # A clock that steps back (or float noise) must not break the order
            # that pruning relies on; clamping only makes the entry live longer.
            t = times[-1]
        times.append(t)
        self._units.append(units)
        self.total += units

    def oldest_expiry(self) -> float | None:
        """When the oldest live entry stops counting; ``None`` if empty."""
        if self._start >= len(self._times):
            return None
        return self._times[self._start] + self.window

    def used_at(self, t: float) -> int:
        """Units live at time ``t`` among the current entries."""
        lo = t - self.window
        return sum(
            u
            for ts, u in zip(self._times[self._start :], self._units[self._start :], strict=True)
            if lo < ts <= t
        )

    def copy(self) -> SlidingLog:
        """Return an independent copy holding only the live entries."""
        other = SlidingLog.__new__(SlidingLog)
        other.limit = self.limit
        other.window = self.window
        other._times = self._times[self._start :]
        other._units = self._units[self._start :]
        other._start = 0
        other.total = self.total
        return other


def fit_time(logs: Sequence[SlidingLog], now: float, weight: int, hold_until: float) -> float:
    """Return the earliest time ``>= now`` at which ``weight`` fits every log.

    ``hold_until`` (from ``exhausted()``) is a floor on the answer.
    """
    t = max(now, hold_until)
    for log in logs:
        t = max(t, log.fit_time(now, weight))
    return t


def schedule(
    logs: Sequence[SlidingLog],
    requests: Iterable[tuple[float, int]],
    hold_until: float = float("-inf"),
) -> list[float]:
    """Grant ``requests`` ``(arrival, weight)`` first-come-first-served; mutate ``logs``.

    Returns each request's grant time. A request is granted at the earliest
    time that is not before its arrival, not before the previous grant (strict
    FIFO: a heavy request is never overtaken by lighter ones behind it), not
    before ``hold_until``, and at which its weight fits every log. This is the
    exact behaviour of the async limiters on a perfect clock; they use it to
    project wait times, and the property tests use it as the reference model.
    """
    grants: list[float] = []
    last = float("-inf")
    for arrival, weight in requests:
        # fit_time() at a candidate t may push t later for another log, so
        # iterate until every log agrees; t only grows, so this terminates.
        t = max(arrival, last, hold_until)
        while True:
            t_next = t
            for log in logs:
                t_next = max(t_next, log.fit_time(t, weight))
            if t_next == t:
                break
            t = t_next
        for log in logs:
            log.add(t, weight)
        grants.append(t)
        last = t
    return grants
