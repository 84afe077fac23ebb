"""The shared limiter: sliding logs in Redis sorted sets, one Lua script.

Layout per limiter key ``K`` (all in one cluster hash slot thanks to ``{K}``):

* ``<prefix>{K}:<units>/<window_us>``: sorted set, one member per grant,
  charge or adopted server usage; score = Redis ``TIME`` in microseconds;
  member = ``<unique id>:<units>``.
* ``<prefix>{K}:<units>/<window_us>:sum``: the live units in that set, so the
  common case never reads the whole set.
* ``<prefix>{K}:hold``: end of an ``exhausted()`` hold, microseconds.

Every key gets a TTL of one window plus a second, so idle keys vanish from
Redis on their own. The script reads the clock itself (``TIME``), so all
processes and machines share Redis's clock and nobody's skew matters.
"""

from __future__ import annotations

import itertools
import math
import secrets
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

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
from ._limits import Limit, LimitResolver, LimitsSpec, RateLimitUsage, resolve_limits

if TYPE_CHECKING:
    from types import TracebackType

__all__ = ["RedisRateLimiter"]

# ARGV: mode, units, id, retry_after_us, observed_remaining, observation_age_us,
#       then (units, window_us, server_quota) per limit.
# KEYS: hold key, then (sorted set, sum key) per limit.
# Returns {granted, now_us, fit_us, hold_us, used_1, ..., used_n}.
_LUA = r"""
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local mode = ARGV[1]
local units = tonumber(ARGV[2])
local id = ARGV[3]
local retry_after = tonumber(ARGV[4])
local obs = tonumber(ARGV[5])
local obs_age = tonumber(ARGV[6])
local n = (#KEYS - 1) / 2

-- Lua's default number formatting loses digits above 1e14; scores are
-- microsecond timestamps (~1.7e15), so always print them as integers.
local function fmt(x) return string.format('%d', x) end
local function units_of(m) return tonumber(string.match(m, ':(%d+)$')) end
local function sum_range(z, lo, hi)
  local s = 0
  for _, m in ipairs(redis.call('ZRANGEBYSCORE', z, lo, hi)) do s = s + units_of(m) end
  return s
end
local function oldest_expiry(i)
  local e = redis.call('ZRANGE', KEYS[2 * i], 0, 0, 'WITHSCORES')
  if #e > 0 then return tonumber(e[2]) + tonumber(ARGV[8 + 3 * (i - 1)]) end
  return now + tonumber(ARGV[8 + 3 * (i - 1)])
end

local caps, wins, servers, totals = {}, {}, {}, {}
for i = 1, n do
  local z, sk = KEYS[2 * i], KEYS[2 * i + 1]
  local base = 6 + 3 * (i - 1)
  caps[i] = tonumber(ARGV[base + 1])
  wins[i] = tonumber(ARGV[base + 2])
  servers[i] = ARGV[base + 3] == '1'
  local raw = redis.call('GET', sk)
  local total
  if raw then total = tonumber(raw) else total = sum_range(z, '-inf', '+inf') end
  -- An entry at s stops counting at exactly s + window (half-open windows).
  local cutoff = fmt(now - wins[i])
  local expired = sum_range(z, '-inf', cutoff)
  if expired > 0 then
    redis.call('ZREMRANGEBYSCORE', z, '-inf', cutoff)
    total = total - expired
  end
  totals[i] = total
end

if obs >= 0 then
  -- Compare with what we had counted when the server computed the header,
  -- not now: entries that expired since would otherwise look like a deficit.
  local t_obs = now - obs_age
  for i = 1, n do
    if servers[i] and t_obs + wins[i] > now then
      local z = KEYS[2 * i]
      local used = sum_range(z, '(' .. fmt(t_obs - wins[i]), fmt(t_obs))
      local deficit = (caps[i] - obs) - used
      if deficit > 0 then
        redis.call('ZADD', z, fmt(t_obs), id .. ':obs' .. i .. ':' .. fmt(deficit))
        totals[i] = totals[i] + deficit
      end
    end
  end
end

local hold = tonumber(redis.call('GET', KEYS[1]) or '0')
local granted = 0
local fit = now

if mode == 'charge' then
  for i = 1, n do
    redis.call('ZADD', KEYS[2 * i], fmt(now), id .. ':' .. fmt(units))
    totals[i] = totals[i] + units
  end
elseif mode == 'refund' then
  for i = 1, n do
    if redis.call('ZREM', KEYS[2 * i], id .. ':' .. fmt(units)) == 1 then
      totals[i] = totals[i] - units
    end
  end
elseif mode == 'exhaust' then
  local hold_to = now
  if retry_after >= 0 then
    hold_to = now + retry_after
  else
    local any = false
    for i = 1, n do
      if servers[i] then
        any = true
        hold_to = math.max(hold_to, oldest_expiry(i))
      end
    end
    if not any then
      for i = 1, n do hold_to = math.max(hold_to, oldest_expiry(i)) end
    end
  end
  if hold_to > hold then
    hold = hold_to
    redis.call('SET', KEYS[1], fmt(hold), 'PX', math.ceil((hold - now) / 1000) + 1000)
  end
  fit = hold
else
  if hold > fit then fit = hold end
  for i = 1, n do
    local excess = totals[i] + units - caps[i]
    if excess > 0 then
      local e = redis.call('ZRANGE', KEYS[2 * i], 0, -1, 'WITHSCORES')
      for j = 1, #e, 2 do
        excess = excess - units_of(e[j])
        if excess <= 0 then
          local tf = tonumber(e[j + 1]) + wins[i]
          if tf > fit then fit = tf end
          break
        end
      end
    end
  end
  if mode == 'acquire' and fit <= now then
    granted = 1
    for i = 1, n do
      redis.call('ZADD', KEYS[2 * i], fmt(now), id .. ':' .. fmt(units))
      totals[i] = totals[i] + units
    end
  end
end

for i = 1, n do
  local z, sk = KEYS[2 * i], KEYS[2 * i + 1]
  if redis.call('ZCARD', z) > 0 then
    local ttl = math.ceil(wins[i] / 1000) + 1000
    redis.call('SET', sk, fmt(totals[i]), 'PX', ttl)
    redis.call('PEXPIRE', z, ttl)
  else
    totals[i] = 0
    redis.call('DEL', sk)
  end
end

local reply = {granted, now, fit, hold}
for i = 1, n do reply[4 + i] = totals[i] end
return reply
"""


class _AsyncScript(Protocol):
    def __call__(
        self, keys: Sequence[str] | None = ..., args: Sequence[Any] | None = ...
    ) -> Awaitable[Any]: ...


class _RedisClient(Protocol):
    """The slice of ``redis.asyncio.Redis`` the limiter uses."""

    def register_script(self, script: str) -> Any: ...

    async def aclose(self) -> None: ...


@attrs.frozen(slots=True)
class _Reply:
    granted: bool
    now: float
    fit: float
    hold: float
    used: tuple[int, ...]


@attrs.define(slots=True, eq=False)
class _KeyState:
    limits: tuple[Limit, ...]
    keys: list[str]
    limit_args: list[int]
    queue: deque[Waiter] | None = None
    # Latest X-RateLimit-Remaining not yet applied: (remaining, local time).
    pending: tuple[int, float] | None = None
    # Local time the head expects to be served; estimates for those behind it.
    head_until: float = -math.inf


def _escape(key: str) -> str:
    # Braces delimit the cluster hash tag; keep user keys from breaking it.
    return key.replace("{", "%7B").replace("}", "%7D")


@attrs.define(slots=True, eq=False, init=False)
class RedisRateLimiter:
    """A rate limiter whose logs live in Redis, shared by every process using it.

    Same semantics as :class:`MemoryRateLimiter` (exact sliding logs, weights,
    composite limits, holds, server feedback), with the state in Redis sorted
    sets updated by one atomic Lua script, timed by Redis's ``TIME``. Many
    processes and machines pointing at the same Redis and ``prefix`` share one
    quota per key.

    Waiting: within a process, calls for a key queue FIFO and only the head
    talks to Redis. When the script says "not yet", it also says when the units
    will be free; the head sleeps until then and tries again. Across processes
    order is first-come-first-served at each retry ("FIFO-ish"): a process
    whose head wakes first wins.

    Requires an asyncio event loop (``redis.asyncio`` is asyncio-only); the
    limiter itself uses anyio primitives. Redis errors propagate from every
    method.

    Args:
        redis: A ``redis.asyncio.Redis`` client (not closed by the limiter).
        limits: As for :class:`MemoryRateLimiter`.
        prefix: Prefix of every Redis key the limiter writes.
        clock: Local monotonic clock used for deadlines and sleeping. The
            logs themselves use Redis time.
        sleep: Cancellable sleep matching ``clock``.
        on_wait: ``on_wait(key, weight, expected_wait)`` when a call must wait.
        sweep_interval: Seconds between sweeps of idle local state.
    """

    _redis: _RedisClient
    _owns_client: bool
    _script: _AsyncScript
    _resolve: LimitResolver
    _prefix: str
    _clock: Clock
    _sleep: Sleep
    _on_wait: OnWait | None
    _states: dict[str, _KeyState]
    _ids: Callable[[], int]
    _token: str
    _sweep_interval: float
    _next_sweep: float

    def __init__(
        self,
        redis: Any,
        limits: LimitsSpec | None = None,
        *,
        prefix: str = "octorate:ratelimit:",
        clock: Clock = anyio.current_time,
        sleep: Sleep = anyio.sleep,
        on_wait: OnWait | None = None,
        sweep_interval: float = 60.0,
    ) -> None:
        self._redis = redis
        self._owns_client = False
        # register_script does no I/O: it sends EVALSHA and loads on NOSCRIPT.
        self._script = redis.register_script(_LUA)
        self._resolve = resolve_limits(limits)
        self._prefix = prefix
        self._clock = clock
        self._sleep = sleep
        self._on_wait = on_wait
        self._states = {}
        self._ids = itertools.count().__next__
        # Unique per limiter instance, so members never collide across processes.
        self._token = secrets.token_hex(8)
        self._sweep_interval = sweep_interval
        self._next_sweep = -math.inf

    @classmethod
    def from_url(
        cls, url: str, limits: LimitsSpec | None = None, **kwargs: Any
    ) -> RedisRateLimiter:
        """Build a limiter with its own client for ``url``; :meth:`aclose` closes it."""
        import redis.asyncio

        client = redis.asyncio.Redis.from_url(url)
        limiter = cls(client, limits, **kwargs)
        limiter._owns_client = True
        return limiter

    async def aclose(self) -> None:
        """Close the Redis client if :meth:`from_url` created it."""
        if self._owns_client:
            await self._redis.aclose()

    async def __aenter__(self) -> RedisRateLimiter:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    # -- local state ----------------------------------------------------------

    def _state(self, key: str) -> _KeyState:
        state = self._states.get(key)
        if state is None:
            limits = self._resolve(key)
            base = f"{self._prefix}{{{_escape(key)}}}"
            keys = [f"{base}:hold"]
            args: list[int] = []
            for limit in limits:
                window_us = round(limit.seconds * 1_000_000)
                zset = f"{base}:{limit.units}/{window_us}"
                keys += [zset, f"{zset}:sum"]
                args += [limit.units, window_us, int(limit.server_quota)]
            state = _KeyState(limits, keys, args)
            self._states[key] = state
        return state

    def _forget_if_idle(self, key: str, state: _KeyState) -> None:
        if not state.queue and state.pending is None and self._states.get(key) is state:
            del self._states[key]

    def _maybe_sweep(self, now: float) -> None:
        if now < self._next_sweep:
            return
        self._next_sweep = now + self._sweep_interval
        stale = []
        for key, state in self._states.items():
            if state.queue:
                continue
            if state.pending is not None:
                # An observation older than every window can no longer matter.
                horizon = max((limit.seconds for limit in state.limits), default=0.0)
                if now - state.pending[1] < horizon:
                    continue
            stale.append(key)
        for key in stale:
            del self._states[key]

    def __len__(self) -> int:
        """Number of keys with local state (queued calls or pending observations)."""
        return len(self._states)

    async def _eval(
        self, state: _KeyState, mode: str, units: int, member: str, retry_after: float | None = None
    ) -> _Reply:
        obs, age = -1, 0
        if state.pending is not None and mode != "refund":
            remaining, seen = state.pending
            state.pending = None
            obs, age = remaining, max(0, round((self._clock() - seen) * 1_000_000))
        retry_us = -1 if retry_after is None else max(0, round(retry_after * 1_000_000))
        args: list[int | str] = [mode, units, member, retry_us, obs, age, *state.limit_args]
        # Shielded: abandoning a script mid-flight would leave us not knowing
        # whether it granted. Cancellation is honoured right after it returns.
        with anyio.CancelScope(shield=True):
            raw = await self._script(keys=state.keys, args=args)
        values = [int(v) for v in raw]
        return _Reply(
            granted=values[0] == 1,
            now=values[1] / 1e6,
            fit=values[2] / 1e6,
            hold=values[3] / 1e6,
            used=tuple(values[4:]),
        )

    def _member(self) -> str:
        return f"{self._token}-{self._ids()}"

    # -- acquire --------------------------------------------------------------

    async def acquire(self, key: str, weight: int = 1, *, deadline: float | None = None) -> float:
        """Wait until ``weight`` units fit every limit of ``key`` in Redis; take them.

        Args:
            key: The rate-limit key.
            weight: Units the call costs.
            deadline: Absolute time on the local ``clock``; ``None``/``inf``
                for no deadline.

        Returns:
            The grant time according to Redis ``TIME``, in seconds since the
            epoch (the same time stamp the log entry carries).

        Raises:
            DeadlineExceeded: when the head learns the units will be free only
                after ``deadline`` (a lower bound for every waiter behind it,
                which then fails too), or when the deadline has passed.
            ValueError: ``weight`` is not a positive int or exceeds a limit.

        Cancellation: the Redis round trip is shielded; if the call was
        cancelled meanwhile and the script granted, the units are refunded
        (the entry is removed) before the cancellation propagates.
        """
        deadline = normalise_deadline(deadline)
        now = self._clock()
        # Sweep before looking the key up: the sweep drops idle states, and a
        # state fetched first would be dropped while we use it.
        self._maybe_sweep(now)
        state = self._state(key)
        try:
            check_weight(key, weight, state.limits)
            await anyio.lowlevel.checkpoint_if_cancelled()
        except BaseException:
            self._forget_if_idle(key, state)
            raise
        if deadline is not None and now > deadline:
            self._forget_if_idle(key, state)
            raise deadline_exceeded(key, weight, now, deadline)
        waiter = Waiter(weight, deadline)
        if state.queue is None:
            state.queue = deque()
        queue = state.queue
        queue.append(waiter)
        reported = False
        try:
            while True:
                if waiter.failed_at is not None:
                    assert waiter.deadline is not None
                    raise deadline_exceeded(key, weight, waiter.failed_at, waiter.deadline)
                if queue[0] is not waiter:
                    if deadline is not None and state.head_until > deadline:
                        # Nothing behind the head is served before it.
                        raise deadline_exceeded(key, weight, state.head_until, deadline)
                    if not reported:
                        reported = True
                        self._report_wait(key, weight, state.head_until - self._clock(), queue)
                    await park(waiter, None, self._sleep)
                    continue
                now = self._clock()
                if (
                    deadline is not None
                    and now > deadline
                    and not (waiter.target is not None and waiter.target <= deadline)
                ):
                    raise deadline_exceeded(key, weight, now, deadline)
                member = self._member()
                reply = await self._eval(state, "acquire", weight, member)
                if reply.granted:
                    try:
                        await anyio.lowlevel.checkpoint_if_cancelled()
                    except anyio.get_cancelled_exc_class():
                        with anyio.CancelScope(shield=True):
                            await self._eval(state, "refund", weight, member)
                        raise
                    return reply.now
                wait = max(0.0, reply.fit - reply.now)
                now = self._clock()
                wake_at = now + wait
                state.head_until = wake_at
                if deadline is not None and wake_at > deadline:
                    raise deadline_exceeded(key, weight, wake_at, deadline)
                # Nobody behind the head can be served before it.
                for other in itertools.islice(queue, 1, None):
                    if other.deadline is not None and wake_at > other.deadline:
                        other.failed_at = wake_at
                        wake(other)
                if not reported:
                    reported = True
                    self._report_wait(key, weight, wait, queue)
                waiter.target = wake_at
                await park(waiter, wait, self._sleep)
        finally:
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
                state.head_until = -math.inf
                self._forget_if_idle(key, state)

    def _report_wait(self, key: str, weight: int, expected: float, queue: deque[Waiter]) -> None:
        expected = max(0.0, expected)
        logger.debug(
            "rate limit: %r waits ~%.3fs for %d unit(s) (%d queued here)",
            key,
            expected,
            weight,
            len(queue) - 1,
        )
        if self._on_wait is not None:
            self._on_wait(key, weight, expected)

    # -- server feedback ------------------------------------------------------

    def observe_remaining(self, key: str, remaining: int) -> None:
        """Adopt the server's ``X-RateLimit-Remaining`` if it shows less quota.

        Synchronous, so it cannot talk to Redis: the observation is remembered
        with its local time and applied atomically by the next script run for
        ``key`` (the next ``acquire``, ``charge``, ``exhausted`` or ``usage``),
        comparing against the units that were live *when it was observed*, and
        adding the difference as phantom units stamped at that time. If several
        arrive in between, the lowest ``remaining`` wins.
        """
        remaining = max(0, int(remaining))
        state = self._state(key)
        now = self._clock()
        if state.pending is None or remaining <= state.pending[0]:
            state.pending = (remaining, now)

    async def charge(self, key: str, units: int) -> None:
        """Record ``units`` extra units used now by ``key`` in every limit.

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
        try:
            await self._eval(state, "charge", units, self._member())
        finally:
            self._after_change(key, state)

    async def exhausted(self, key: str, retry_after: float | None = None) -> None:
        """Hold ``key`` for every process after a 403 ``ApiQuotaException``.

        The hold ends ``retry_after`` seconds from now (Redis time) when given,
        else when the oldest live entry of each ``server_quota`` limit expires
        (a full window for an empty log). Holds only ever extend.
        """
        await anyio.lowlevel.checkpoint_if_cancelled()
        state = self._state(key)
        try:
            reply = await self._eval(state, "exhaust", 0, self._member(), retry_after)
            logger.debug(
                "rate limit: %r held for %.3fs after quota exhaustion",
                key,
                reply.hold - reply.now,
            )
        finally:
            self._after_change(key, state)

    def _after_change(self, key: str, state: _KeyState) -> None:
        # The head re-asks Redis now, so deadlines made unreachable fail fast.
        if state.queue:
            wake(state.queue[0])
        else:
            self._forget_if_idle(key, state)

    async def usage(self, key: str) -> RateLimitUsage:
        """Return use per limit (shared across processes), local waiters and wait.

        ``wait`` is the time until one unit would fit in Redis, ignoring the
        local queue and other processes; ``held_until`` is in Redis time.
        """
        await anyio.lowlevel.checkpoint_if_cancelled()
        state = self._state(key)
        try:
            reply = await self._eval(state, "peek", 1, self._member())
        finally:
            if not state.queue:
                self._forget_if_idle(key, state)
        return RateLimitUsage(
            key=key,
            limits=state.limits,
            used=reply.used,
            waiters=len(state.queue or ()),
            wait=max(0.0, reply.fit - reply.now),
            held_until=reply.hold if reply.hold > reply.now else None,
        )
