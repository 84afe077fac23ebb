"""Limit definitions, per-key limit resolution and the usage snapshot."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import TypeAlias

import attrs

__all__ = [
    "DEFAULT_LIMITS",
    "Limit",
    "LimitResolver",
    "LimitsSpec",
    "RateLimitUsage",
    "resolve_limits",
]


def _positive_int(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        msg = f"{attribute.name} must be a positive int, got {value!r}"
        raise ValueError(msg)


def _positive_finite(_inst: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not (isinstance(value, int | float) and math.isfinite(value) and value > 0):
        msg = f"{attribute.name} must be a positive finite number of seconds, got {value!r}"
        raise ValueError(msg)


@attrs.frozen(slots=True)
class Limit:
    """At most ``units`` units in any window of ``seconds`` seconds.

    Windows are half-open: a unit granted at time ``t`` counts against every
    window ``[a, a + seconds)`` that contains ``t``, so it stops counting at
    exactly ``t + seconds``. The check is exact (a sliding log), never a
    token-bucket approximation.

    Args:
        units: Units allowed per window (a call of weight ``k`` uses ``k`` units).
        seconds: Window length in seconds.
        server_quota: Whether this limit mirrors the server's quota, i.e. the one
            ``X-RateLimit-Remaining`` reports and ``ApiQuotaException`` enforces.
            :meth:`~RateLimiter.observe_remaining` and
            :meth:`~RateLimiter.exhausted` adjust only such limits; set it to
            ``False`` for a client-side burst limit (e.g. ``Limit(10, 1,
            server_quota=False)``) so a header about the 5-minute quota does not
            fill the 1-second log.
    """

    units: int = attrs.field(validator=_positive_int)
    seconds: float = attrs.field(converter=float, validator=_positive_finite)
    server_quota: bool = attrs.field(default=True, kw_only=True)

    def __str__(self) -> str:
        return f"{self.units}/{self.seconds:g}s"


#: Octorate's documented quota: 100 calls per accommodation per 5 minutes.
DEFAULT_LIMITS: tuple[Limit, ...] = (Limit(100, 300.0),)

#: What a limiter accepts as its ``limits`` argument (see :func:`resolve_limits`).
LimitsSpec: TypeAlias = (
    Sequence[Limit] | Mapping[str, Sequence[Limit]] | Callable[[str], Sequence[Limit]]
)
LimitResolver: TypeAlias = Callable[[str], tuple[Limit, ...]]


def resolve_limits(spec: LimitsSpec | None) -> LimitResolver:
    """Turn a ``limits`` argument into a function from key to limits.

    * ``None``: :data:`DEFAULT_LIMITS` for every key.
    * A sequence of :class:`Limit`: the same limits for every key.
    * A mapping from key prefix to limits: the longest prefix the key starts
      with wins (``""`` is a catch-all); a key no prefix matches gets
      :data:`DEFAULT_LIMITS`.
    * A callable ``key -> limits``: called once per key while the key is live
      (limiters cache the answer until the key is evicted).

    An empty sequence of limits means "not limited": such keys are granted at
    once. The resolver validates what it returns and raises :class:`TypeError`
    for anything that is not a :class:`Limit`.
    """
    if spec is None:
        return lambda _key: DEFAULT_LIMITS
    if isinstance(spec, Mapping):
        # Longest prefix first, so "acc:vip:" beats "acc:" beats "".
        table = sorted(
            ((prefix, _checked(limits)) for prefix, limits in spec.items()),
            key=lambda item: len(item[0]),
            reverse=True,
        )

        def by_prefix(key: str) -> tuple[Limit, ...]:
            for prefix, limits in table:
                if key.startswith(prefix):
                    return limits
            return DEFAULT_LIMITS

        return by_prefix
    if callable(spec):
        func = spec
        return lambda key: _checked(func(key))
    fixed = _checked(spec)
    return lambda _key: fixed


def _checked(limits: Sequence[Limit]) -> tuple[Limit, ...]:
    result = tuple(limits)
    for limit in result:
        if not isinstance(limit, Limit):
            msg = f"expected Limit instances, got {limit!r}"
            raise TypeError(msg)
    return result


@attrs.frozen(slots=True)
class RateLimitUsage:
    """A snapshot of one key's state, as returned by ``usage(key)``.

    Attributes:
        key: The key.
        limits: The limits that apply to the key, in configuration order.
        used: Units currently counted in each limit's window (same order),
            including phantom units adopted from the server and charges.
        waiters: Calls queued for this key (in this process, for Redis).
        wait: Expected seconds until one more unit-weight call would be granted
            if it queued now (0.0 when it would be granted at once). Exact for
            the memory backend as long as nothing is charged meanwhile; an
            estimate ignoring other processes' queues for Redis.
        held_until: While the key is held after ``exhausted()``, the time the
            hold ends (on the backend's clock); ``None`` when not held.
    """

    key: str
    limits: tuple[Limit, ...]
    used: tuple[int, ...]
    waiters: int
    wait: float
    held_until: float | None

    @property
    def remaining(self) -> tuple[int, ...]:
        """Units left in each limit's window (never negative)."""
        return tuple(
            max(0, limit.units - used) for limit, used in zip(self.limits, self.used, strict=True)
        )
