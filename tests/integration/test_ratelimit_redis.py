"""RedisRateLimiter against a real redis-server (fixture ``redis_url``).

The functional tests run on asyncio (``redis.asyncio`` is asyncio-only) with
short windows and real time. ``test_many_processes_share_one_quota`` starts 4
processes x 50 tasks hammering 3 keys and checks, from Redis's own clock, that
no window ever held more than the limit and that the quota was used to at
least 95% of the theoretical maximum. Its duration is
``OCTORATE_RL_HAMMER_SECONDS`` (default 20).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections import defaultdict
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any

import anyio
import pytest
import redis.asyncio

from octorate._errors import DeadlineExceeded
from octorate._ratelimit import Limit, RateLimiter, RedisRateLimiter

pytestmark = [pytest.mark.redis, pytest.mark.anyio]


@pytest.fixture
def anyio_backend() -> str:
    """asyncio only: redis.asyncio, which the Redis backends are built on, runs on asyncio alone."""
    return "asyncio"



@pytest.fixture
async def client(redis_url: str) -> AsyncIterator[redis.asyncio.Redis]:
    r = redis.asyncio.Redis.from_url(redis_url)
    yield r
    await r.aclose()


@pytest.fixture
def prefix() -> str:
    return f"test:{uuid.uuid4().hex[:8]}:"


def make(client: Any, prefix: str, limits: Sequence[Limit], **kw: Any) -> RedisRateLimiter:
    return RedisRateLimiter(client, limits, prefix=prefix, **kw)


async def test_protocol_and_exact_window(client: redis.asyncio.Redis, prefix: str) -> None:
    """N grants at once; the next one no earlier than a full window after the first."""
    limiter = make(client, prefix, [Limit(3, 0.5)])
    assert isinstance(limiter, RateLimiter)
    grants = [await limiter.acquire("acc:1") for _ in range(4)]
    assert grants[2] - grants[0] < 0.1
    assert grants[3] >= grants[0] + 0.5
    assert len(limiter) == 0  # no local state left behind


async def test_two_instances_share_quota(client: redis.asyncio.Redis, prefix: str) -> None:
    """Two limiters (as two processes would) on one prefix share one quota."""
    a = make(client, prefix, [Limit(4, 0.6)])
    b = make(client, prefix, [Limit(4, 0.6)])
    grants: list[float] = []

    async def run(limiter: RedisRateLimiter) -> None:
        for _ in range(6):
            grants.append(await limiter.acquire("acc:1"))

    async with anyio.create_task_group() as tg:
        tg.start_soon(run, a)
        tg.start_soon(run, b)
    grants.sort()
    for start in grants:
        assert sum(1 for t in grants if start <= t < start + 0.6) <= 4
    assert grants[-1] - grants[0] >= 1.2  # 12 grants need three windows


async def test_deadline_fails_fast(client: redis.asyncio.Redis, prefix: str) -> None:
    """A deadline the wait cannot meet fails at once, for the head and those behind."""
    limiter = make(client, prefix, [Limit(2, 5)])
    await limiter.acquire("k", 2)
    start = anyio.current_time()
    with pytest.raises(DeadlineExceeded):
        await limiter.acquire("k", deadline=start + 1)
    assert anyio.current_time() - start < 0.5

    failures: list[float] = []

    async def behind() -> None:
        with pytest.raises(DeadlineExceeded):
            await limiter.acquire("k", deadline=anyio.current_time() + 2)
        failures.append(anyio.current_time() - start)

    with anyio.move_on_after(1):
        async with anyio.create_task_group() as tg:
            tg.start_soon(limiter.acquire, "k")  # head, no deadline: waits ~5 s
            await anyio.sleep(0.05)
            tg.start_soon(behind)
    assert len(failures) == 1
    assert failures[0] < 0.5
    with pytest.raises(DeadlineExceeded):
        await limiter.acquire("k", deadline=anyio.current_time() - 1)


async def test_fifo_locally(client: redis.asyncio.Redis, prefix: str) -> None:
    """Within a process a heavy head is not overtaken by lighter calls."""
    limiter = make(client, prefix, [Limit(3, 0.5)])
    await limiter.acquire("k", 2)
    order: list[str] = []

    async def call(name: str, weight: int) -> None:
        await limiter.acquire("k", weight)
        order.append(name)

    async with anyio.create_task_group() as tg:
        tg.start_soon(call, "heavy", 3)
        await anyio.sleep(0.02)
        tg.start_soon(call, "light", 1)
    assert order == ["heavy", "light"]


async def test_observe_remaining_is_applied_on_next_call(
    client: redis.asyncio.Redis, prefix: str
) -> None:
    """The header is adopted atomically by the next script run for the key."""
    limiter = make(client, prefix, [Limit(10, 5)])
    await limiter.acquire("k")
    limiter.observe_remaining("k", 8)  # server: 2 used; we know of 1 -> 1 phantom
    limiter.observe_remaining("k", 20)  # higher values never win over a lower one
    assert (await limiter.usage("k")).used == (2,)
    limiter.observe_remaining("k", 9)  # more than we think remains: ignored
    assert (await limiter.usage("k")).used == (2,)
    other = make(client, prefix, [Limit(10, 5)])
    assert (await other.usage("k")).used == (2,)  # shared with every process


async def test_exhausted_hold_is_shared(client: redis.asyncio.Redis, prefix: str) -> None:
    """A hold set by one process delays every process."""
    a = make(client, prefix, [Limit(10, 5)])
    b = make(client, prefix, [Limit(10, 5)])
    await a.exhausted("k", retry_after=0.4)
    usage = await b.usage("k")
    assert usage.held_until is not None
    assert 0.3 < usage.wait <= 0.4
    start = anyio.current_time()
    await b.acquire("k")
    assert anyio.current_time() - start >= 0.3


async def test_exhausted_default_hold(client: redis.asyncio.Redis, prefix: str) -> None:
    """Default hold: until the oldest live entry expires (full window if none)."""
    limiter = make(client, prefix, [Limit(10, 0.6)])
    first = await limiter.acquire("k")
    await anyio.sleep(0.2)
    await limiter.acquire("k")
    await limiter.exhausted("k")
    usage = await limiter.usage("k")
    assert usage.held_until == pytest.approx(first + 0.6, abs=1e-6)
    assert await limiter.acquire("k") >= first + 0.6
    await limiter.exhausted("fresh")
    assert 0.5 < (await limiter.usage("fresh")).wait <= 0.6


async def test_charge_and_composite(client: redis.asyncio.Redis, prefix: str) -> None:
    """charge() counts in every limit; a grant must satisfy all limits."""
    limiter = make(client, prefix, [Limit(2, 0.3, server_quota=False), Limit(5, 5)])
    await limiter.charge("k", 3)
    usage = await limiter.usage("k")
    assert usage.used == (3, 3)
    assert usage.remaining == (0, 2)
    start = anyio.current_time()
    await limiter.acquire("k", 2)  # burst frees after 0.3 s
    assert anyio.current_time() - start >= 0.25
    with pytest.raises(DeadlineExceeded):  # steady is full for ~5 s
        await limiter.acquire("k", deadline=anyio.current_time() + 1)
    with pytest.raises(ValueError, match="can never be granted"):
        await limiter.acquire("k", 3)


async def test_cancelled_waiter_takes_nothing(client: redis.asyncio.Redis, prefix: str) -> None:
    """A waiter cancelled while sleeping leaves the quota untouched."""
    limiter = make(client, prefix, [Limit(1, 5)])
    await limiter.acquire("k")
    with anyio.move_on_after(0.2):
        await limiter.acquire("k")
    assert (await limiter.usage("k")).used == (1,)
    assert len(limiter) == 0


class _CancelAfterGrant:
    """A client whose script cancels the caller right after a granting run."""

    def __init__(self, real: redis.asyncio.Redis) -> None:
        self.real = real
        self.scope = anyio.CancelScope()

    def register_script(self, script: str) -> Callable[..., Awaitable[Any]]:
        inner = self.real.register_script(script)

        async def call(keys: Sequence[str], args: Sequence[Any]) -> Any:
            result = await inner(keys=keys, args=args)
            if args[0] == "acquire" and result[0] == 1:
                self.scope.cancel()  # cancellation arrives while the reply is in flight
            return result

        return call


async def test_grant_cancelled_in_flight_is_refunded(
    client: redis.asyncio.Redis, prefix: str
) -> None:
    """Cancelled during the (shielded) round trip: the granted entry is removed."""
    wrapper = _CancelAfterGrant(client)
    limiter = make(wrapper, prefix, [Limit(5, 5)])
    with wrapper.scope:
        await limiter.acquire("k", 2)
    assert wrapper.scope.cancelled_caught
    assert (await limiter.usage("k")).used == (0,)


async def test_redis_keys_expire(client: redis.asyncio.Redis, prefix: str) -> None:
    """Every key carries a TTL of about one window, so Redis memory stays bounded."""
    limiter = make(client, prefix, [Limit(5, 2)])
    await limiter.acquire("acc:7")
    await limiter.exhausted("acc:7", retry_after=1)
    keys = [k async for k in client.scan_iter(f"{prefix}*")]
    assert len(keys) == 3  # sorted set, its sum, the hold
    for key in keys:
        assert 0 < await client.pttl(key) <= 3000


# -- many processes ---------------------------------------------------------

_WORKER = r"""
import json, random, sys
import anyio
from octorate._ratelimit import Limit, RedisRateLimiter

url, prefix, units, window, seconds, tasks = sys.argv[1:]
KEYS = ["acc:1", "acc:2", "acc:3"]

async def main():
    limiter = RedisRateLimiter.from_url(url, [Limit(int(units), float(window))], prefix=prefix)
    grants = []

    async def worker():
        rng = random.Random()
        while True:
            key = rng.choice(KEYS)
            grants.append((key, await limiter.acquire(key)))
            await anyio.sleep(rng.uniform(0, 0.02))  # the "API call"

    with anyio.move_on_after(float(seconds)):
        async with anyio.create_task_group() as tg:
            for _ in range(int(tasks)):
                tg.start_soon(worker)
    sec, usec = await limiter._redis.time()
    await limiter.aclose()
    print(json.dumps({"grants": grants, "stop": sec + usec / 1e6}))

anyio.run(main)
"""


def test_many_processes_share_one_quota(redis_url: str, prefix: str) -> None:
    """4 processes x 50 tasks on 3 keys under 20 per 2 s: exact and >= 95% used."""
    units, window, procs, tasks = 20, 2.0, 4, 50
    seconds = float(os.environ.get("OCTORATE_RL_HAMMER_SECONDS", "20"))
    children = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                _WORKER,
                redis_url,
                prefix,
                str(units),
                str(window),
                str(seconds),
                str(tasks),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(procs)
    ]
    results = []
    for child in children:
        out, _ = child.communicate(timeout=seconds + 60)
        assert child.returncode == 0
        results.append(json.loads(out))

    window_us = round(window * 1e6)
    by_key: dict[str, list[int]] = defaultdict(list)
    for result in results:
        for key, t in result["grants"]:
            by_key[key].append(round(t * 1e6))
    # Every process was running (and over demand) until the first one stopped.
    end_us = round(min(r["stop"] for r in results) * 1e6)
    assert set(by_key) == {"acc:1", "acc:2", "acc:3"}
    for key, times in by_key.items():
        times.sort()
        # Exactness, on Redis's clock: the fullest half-open window starts at a grant.
        j = 0
        for i, start in enumerate(times):
            j = max(j, i)
            while j < len(times) and times[j] < start + window_us:
                j += 1
            assert j - i <= units, f"{key}: {j - i} grants in the window from {start}"
        # Efficiency: count grants in whole windows from the first grant; at most
        # `units` fit in each, so that is the theoretical maximum.
        first = times[0]
        full = (end_us - first) // window_us
        assert full >= 3, "run too short to measure"
        granted = sum(1 for t in times if t < first + full * window_us)
        ceiling = units * full
        print(
            f"{key}: {granted}/{ceiling} = {granted / ceiling:.1%} of the quota in {full} windows"
        )
        assert granted >= 0.95 * ceiling, f"{key}: {granted}/{ceiling} of the quota used"
