"""Octorate's call quota: a sliding window per accommodation (or per API member)."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

import attrs

__all__ = ["Quota", "QuotaStatistics"]


@attrs.frozen
class QuotaStatistics:
    """Snapshot of one quota key."""

    key: str
    limit: int
    window: float
    used: int
    remaining: int


class Quota:
    """Count calls per key inside a sliding window of ``window`` seconds.

    A call costs one unit; heavy calls add ``X-RateLimit-Additional-Cost`` units
    (the calendar bulk: one per 15 room-days). A call is refused when no unit is
    left; extra cost may push the remaining count to zero but never below.
    """

    __slots__ = ("_clock", "_entries", "limit", "window")

    def __init__(self, limit: int, window: float, clock: Callable[[], float]) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._entries: dict[str, deque[tuple[float, int]]] = {}

    def _prune(self, key: str) -> deque[tuple[float, int]]:
        entries = self._entries.setdefault(key, deque())
        horizon = self._clock() - self.window
        while entries and entries[0][0] <= horizon:
            entries.popleft()
        return entries

    def used(self, key: str) -> int:
        """Units spent by ``key`` inside the current window."""
        return sum(cost for _, cost in self._prune(key))

    def remaining(self, key: str) -> int:
        """Units left for ``key`` (never negative)."""
        return max(0, self.limit - self.used(key))

    def try_acquire(self, key: str, cost: int = 1) -> bool:
        """Spend ``cost`` units if at least one is left; report whether it was spent."""
        if self.remaining(key) < 1:
            return False
        self._prune(key).append((self._clock(), cost))
        return True

    def charge(self, key: str, cost: int) -> None:
        """Spend ``cost`` more units unconditionally (the additional cost of a call)."""
        if cost > 0:
            self._prune(key).append((self._clock(), cost))

    def reset(self, key: str | None = None) -> None:
        """Forget the usage of ``key`` (or of every key)."""
        if key is None:
            self._entries.clear()
        else:
            self._entries.pop(key, None)

    def statistics(self, key: str) -> QuotaStatistics:
        """Return a snapshot of ``key``'s window."""
        used = self.used(key)
        return QuotaStatistics(key, self.limit, self.window, used, max(0, self.limit - used))
