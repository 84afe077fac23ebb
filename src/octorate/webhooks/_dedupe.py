"""Drop repeated deliveries: Octorate retries a notification for up to two days."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable

import attrs

from octorate.webhooks._events import WebhookDelivery

__all__ = ["DEFAULT_TTL", "Deduplicator", "DeduplicatorStatistics"]

#: Octorate retries "for up to 2 days with growing delays" (spec ``createSubscription``).
DEFAULT_TTL: float = 2 * 24 * 60 * 60


@attrs.frozen
class DeduplicatorStatistics:
    """A snapshot of a :class:`Deduplicator`.

    .. versionadded:: 0.1.0
    """

    size: int
    max_size: int
    ttl: float
    duplicates: int
    first_seen: int
    evicted: int


class Deduplicator:
    """Remember delivery ids for ``ttl`` seconds, at most ``max_size`` of them.

    Retries of one notification carry the same envelope ``id`` (only ``retry``
    grows), so the id is the key. Entries expire after ``ttl`` seconds; when full,
    the least recently seen id goes first. Every method is synchronous and never
    awaits, so it is atomic under asyncio and trio alike; a lock also makes it safe
    to share between threads.

    Args:
        ttl: Seconds to remember an id; defaults to two days, Octorate's retry window.
        max_size: Most ids kept at once.
        clock: Monotonic seconds; injected in tests.

    .. versionadded:: 0.1.0
    """

    def __init__(
        self,
        *,
        ttl: float = DEFAULT_TTL,
        max_size: int = 100_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if ttl <= 0:
            msg = "ttl must be positive"
            raise ValueError(msg)
        if max_size < 1:
            msg = "max_size must be at least 1"
            raise ValueError(msg)
        self._ttl = float(ttl)
        self._max_size = max_size
        self._clock = clock
        self._expiry: OrderedDict[int, float] = OrderedDict()
        self._lock = threading.Lock()
        self._duplicates = 0
        self._first_seen = 0
        self._evicted = 0

    @staticmethod
    def _key(delivery: WebhookDelivery | int) -> int:
        return delivery if isinstance(delivery, int) else delivery.id

    def _purge(self, now: float) -> None:
        # Entries are kept in expiry order (every touch moves one to the end with
        # the latest expiry), so expired ones sit at the front.
        while self._expiry:
            key, expires = next(iter(self._expiry.items()))
            if expires > now:
                break
            del self._expiry[key]

    def seen(self, delivery: WebhookDelivery | int) -> bool:
        """Return whether the delivery's id is remembered, without remembering it."""
        with self._lock:
            self._purge(self._clock())
            return self._key(delivery) in self._expiry

    def remember(self, delivery: WebhookDelivery | int) -> None:
        """Remember the delivery's id for ``ttl`` seconds from now."""
        with self._lock:
            self._remember(self._key(delivery), self._clock())

    def _remember(self, key: int, now: float) -> None:
        self._purge(now)
        self._expiry[key] = now + self._ttl
        self._expiry.move_to_end(key)
        while len(self._expiry) > self._max_size:
            self._expiry.popitem(last=False)
            self._evicted += 1

    def check_and_remember(self, delivery: WebhookDelivery | int) -> bool:
        """Remember the delivery and return whether it had been seen before.

        ``True`` means a duplicate: skip it (and still answer 200).
        """
        with self._lock:
            now = self._clock()
            key = self._key(delivery)
            self._purge(now)
            duplicate = key in self._expiry
            if duplicate:
                self._duplicates += 1
            else:
                self._first_seen += 1
            self._remember(key, now)
            return duplicate

    def forget(self, delivery: WebhookDelivery | int) -> None:
        """Drop the delivery's id, e.g. after its handler failed so a retry runs."""
        with self._lock:
            self._expiry.pop(self._key(delivery), None)

    def __len__(self) -> int:
        with self._lock:
            self._purge(self._clock())
            return len(self._expiry)

    def statistics(self) -> DeduplicatorStatistics:
        """Return counters and the current size."""
        with self._lock:
            self._purge(self._clock())
            return DeduplicatorStatistics(
                size=len(self._expiry),
                max_size=self._max_size,
                ttl=self._ttl,
                duplicates=self._duplicates,
                first_seen=self._first_seen,
                evicted=self._evicted,
            )
