"""Rate limiter benchmarks; prints a markdown table.

    .venv/bin/python bench/bench_ratelimit.py [--quick]

1. In-memory ``acquire`` throughput (calls that do not wait) against
   aiolimiter's ``AsyncLimiter`` and limits' ``MovingWindowRateLimiter`` with
   async memory storage, in the same run, on asyncio: one hot key, and 10,000
   keys at Octorate's 100 per 300 s.
2. Memory per active key with 100,000 keys (tracemalloc), each holding one
   grant.
3. Quota use over one simulated hour on trio's virtual clock, demand above
   quota: share of the allowed calls actually granted, and the number of
   windows over the limit (must be 0).
"""

from __future__ import annotations

import argparse
import gc
import math
import random
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from typing import Any

import aiolimiter
import anyio
import limits
import limits.aio.storage
import limits.aio.strategies
import trio.testing

from octorate._ratelimit import Limit, MemoryRateLimiter

Row = tuple[str, str, str]


# -- 1. throughput -------------------------------------------------------------


async def _timed(calls: int, keys: list[str], acquire: Callable[[str], Awaitable[Any]]) -> float:
    nkeys = len(keys)
    start = time.perf_counter()
    for i in range(calls):
        await acquire(keys[i % nkeys])
    return calls / (time.perf_counter() - start)


def _ours(units: int, seconds: float) -> Callable[[str], Awaitable[Any]]:
    limiter = MemoryRateLimiter([Limit(units, seconds)])
    return limiter.acquire


def _aiolimiter(units: int, seconds: float) -> Callable[[str], Awaitable[Any]]:
    # aiolimiter has no keys: one limiter per key, kept by the caller.
    table: dict[str, aiolimiter.AsyncLimiter] = {}

    async def acquire(key: str) -> None:
        limiter = table.get(key)
        if limiter is None:
            limiter = table[key] = aiolimiter.AsyncLimiter(units, seconds)
        await limiter.acquire()

    return acquire


def _limits(units: int, seconds: float) -> Callable[[str], Awaitable[Any]]:
    strategy = limits.aio.strategies.MovingWindowRateLimiter(limits.aio.storage.MemoryStorage())
    item = limits.RateLimitItemPerSecond(units, round(seconds))

    async def acquire(key: str) -> None:
        # limits never waits; every call here is within the limit, so hit() succeeds.
        if not await strategy.hit(item, key):
            raise RuntimeError("limits refused a call that should fit")

    return acquire


def throughput(quick: bool) -> list[Row]:
    scenarios = [
        ("1 hot key, limit never reached", 20_000 if quick else 50_000, 1, None),
        ("10,000 keys at 100/300 s", 100_000 if quick else 200_000, 10_000, (100, 300.0)),
    ]
    rows: list[Row] = []
    for title, calls, nkeys, limit in scenarios:
        units, seconds = limit if limit else (calls, 300.0)
        keys = [f"acc:{i}" for i in range(nkeys)]
        results = {}
        for name, factory in (
            ("octorate MemoryRateLimiter", _ours),
            ("aiolimiter AsyncLimiter (dict of)", _aiolimiter),
            ("limits MovingWindow + async memory", _limits),
        ):
            acquire = factory(units, seconds)
            rate = anyio.run(_timed, calls, keys, acquire, backend="asyncio")
            results[name] = rate
        ours = results["octorate MemoryRateLimiter"]
        for name, rate in results.items():
            rel = "" if name.startswith("octorate") else f" (octorate x{ours / rate:.2f})"
            rows.append(
                (f"acquire throughput, {title}, asyncio", name, f"{rate:,.0f} calls/s{rel}")
            )
        trio_rate = anyio.run(_timed, calls, keys, _ours(units, seconds), backend="trio")
        rows.append(
            (
                f"acquire throughput, {title}, trio",
                "octorate MemoryRateLimiter",
                f"{trio_rate:,.0f} calls/s",
            )
        )
    return rows


# -- 2. memory -----------------------------------------------------------------


def _measure(build: Callable[[int], Awaitable[Any]], nkeys: int) -> float:
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    keep = anyio.run(build, nkeys, backend="asyncio")
    gc.collect()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del keep
    return (after - before) / nkeys


async def _build_ours(nkeys: int) -> Any:
    limiter = MemoryRateLimiter()
    for i in range(nkeys):
        await limiter.acquire(f"acc:{i}")
    assert len(limiter) == nkeys
    return limiter


async def _build_aiolimiter(nkeys: int) -> Any:
    acquire = _aiolimiter(100, 300.0)
    for i in range(nkeys):
        await acquire(f"acc:{i}")
    return acquire


async def _build_limits(nkeys: int) -> Any:
    acquire = _limits(100, 300.0)
    for i in range(nkeys):
        await acquire(f"acc:{i}")
    return acquire


def memory(quick: bool) -> list[Row]:
    nkeys = 20_000 if quick else 100_000
    rows = []
    for name, build in (
        ("octorate MemoryRateLimiter", _build_ours),
        ("aiolimiter AsyncLimiter (dict of)", _build_aiolimiter),
        ("limits MovingWindow + async memory", _build_limits),
    ):
        per_key = _measure(build, nkeys)
        rows.append(
            (f"memory per active key ({nkeys:,} keys, 1 grant each)", name, f"{per_key:,.0f} B")
        )
    return rows


# -- 3. quota use on a virtual clock -------------------------------------------


def _over_limit_windows(times: list[tuple[float, int]], limit: Limit) -> int:
    """Number of grants whose half-open window [t, t + W) holds more than N units."""
    times = sorted(times)
    bad, j, inside = 0, 0, 0
    for i, (start, _) in enumerate(times):
        j = max(j, i)
        while j < len(times) and times[j][0] < start + limit.seconds:
            inside += times[j][1]
            j += 1
        if inside > limit.units:
            bad += 1
        inside -= times[i][1]
    return bad


def simulated_hour(weighted: bool, seed: int = 1) -> Row:
    limit = Limit(100, 300.0)
    hour = 3600.0
    keys = [f"acc:{i}" for i in range(3)]
    workers_per_key = 20
    grants: dict[str, list[tuple[float, int]]] = {k: [] for k in keys}

    async def main() -> None:
        limiter = MemoryRateLimiter([limit])
        rng = random.Random(seed)

        async def worker(key: str) -> None:
            while True:
                weight = rng.choice((1, 1, 1, 2, 3)) if weighted else 1
                t = await limiter.acquire(key, weight)
                if t >= hour:
                    return
                grants[key].append((t, weight))
                await anyio.sleep(rng.uniform(0.05, 2.0))  # the API call

        async with anyio.create_task_group() as tg:
            for key in keys:
                for _ in range(workers_per_key):
                    tg.start_soon(worker, key)

    anyio.run(
        main,
        backend="trio",
        backend_options={"clock": trio.testing.MockClock(autojump_threshold=0)},
    )
    allowed = limit.units * math.ceil(hour / limit.seconds) * len(keys)
    used = sum(w for per in grants.values() for _, w in per)
    over = sum(_over_limit_windows(per, limit) for per in grants.values())
    kind = "weights 1-3" if weighted else "weight 1"
    return (
        f"quota use, simulated hour, 3 keys x {workers_per_key} workers, {kind}",
        "octorate MemoryRateLimiter (trio MockClock)",
        f"{used}/{allowed} units = {used / allowed:.2%}; windows over limit: {over}",
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for CI smoke runs")
    args = parser.parse_args()
    rows = [
        *throughput(args.quick),
        *memory(args.quick),
        simulated_hour(False),
        simulated_hour(True),
    ]
    print(
        f"Python {sys.version.split()[0]}, "
        f"aiolimiter {aiolimiter.__version__}, limits {limits.__version__}"
    )
    print()
    print("| Measurement | Implementation | Result |")
    print("|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
