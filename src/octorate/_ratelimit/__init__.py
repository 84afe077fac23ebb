"""Per-key rate limiting for the Octorate API: exact, awaiting, server-aware.

Octorate allows about 100 calls per accommodation per 5 minutes and answers
403 ``ApiQuotaException`` (not 429) once the quota is spent. The limiters here
keep every worker under that quota so the 403 does not happen in normal
operation, without leaving quota unused:

* exact sliding logs (never more than ``units`` in any window), weights,
  after-the-fact charges and several limits per key;
* ``await acquire()`` queues first-come-first-served per key, honours a
  deadline (failing fast when it cannot be met) and is cancellation-safe;
* ``observe_remaining()`` and ``exhausted()`` fold in what the server says;
* :class:`MemoryRateLimiter` for one process, :class:`RedisRateLimiter` to
  share the quota between processes and machines.

The runtime's contract::

    await limiter.acquire(key, weight, deadline=deadline.at)
    response = await send(request)
    limiter.observe_remaining(key, int(response.headers["X-RateLimit-Remaining"]))
    await limiter.charge(key, int(response.headers.get("X-RateLimit-Additional-Cost", 0)))
    # on 403 ApiQuotaException:
    await limiter.exhausted(key)   # then acquire again and retry
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._base import Clock, OnWait, RateLimiter, Sleep
from ._limits import DEFAULT_LIMITS, Limit, LimitsSpec, RateLimitUsage, resolve_limits
from ._memory import MemoryRateLimiter

__all__ = [
    "DEFAULT_LIMITS",
    "Clock",
    "Limit",
    "LimitsSpec",
    "MemoryRateLimiter",
    "OnWait",
    "RateLimitUsage",
    "RateLimiter",
    "RedisRateLimiter",
    "Sleep",
    "resolve_limits",
]

if TYPE_CHECKING:
    from ._redis import RedisRateLimiter


def __getattr__(name: str) -> Any:
    # The Redis backend (an optional dependency) loads only when asked for.
    if name == "RedisRateLimiter":
        from ._redis import RedisRateLimiter

        return RedisRateLimiter
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
