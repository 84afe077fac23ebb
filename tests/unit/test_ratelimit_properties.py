"""Property tests: the limiter never over-grants, serves each key FIFO, and wastes nothing.

Two layers are checked:

* the pure core (``schedule`` over ``SlidingLog``), against the definition of
  the limit, on random arrivals, weights and composite limits;
* the async ``MemoryRateLimiter`` itself, on a virtual clock under asyncio and
  trio, against the same definition and against the core as reference model
  (the grant times must be identical, which is what "exact" and "no waste"
  mean on a perfect clock).

Times are multiples of 1/4 s and windows whole seconds, so float arithmetic
is exact and comparisons need no tolerance.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import anyio
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_ratelimit import backend_options

from octorate._ratelimit import Limit, MemoryRateLimiter
from octorate._ratelimit._core import SlidingLog, schedule

limit_st = st.builds(Limit, st.integers(1, 8), st.integers(1, 20).map(float))
limits_st = st.lists(limit_st, min_size=1, max_size=3)
quarter_st = st.integers(0, 240).map(lambda q: q / 4)
# Arrivals packed into 15 s, so keys are contended and queues form.
busy_quarter_st = st.integers(0, 60).map(lambda q: q / 4)


def assert_windows_ok(grants: Sequence[tuple[float, int]], limits: Sequence[Limit]) -> None:
    """No half-open window [a, a + W) holds more than N units, for every limit.

    The fullest window of a sliding log starts at some grant, so checking the
    windows that start at each grant is enough.
    """
    ordered = sorted(grants)
    for limit in limits:
        for start, _ in ordered:
            inside = sum(w for t, w in ordered if start <= t < start + limit.seconds)
            assert inside <= limit.units, (limit, start, ordered)


@st.composite
def requests_st(draw: st.DrawFn, limits: Sequence[Limit]) -> list[tuple[float, int]]:
    max_weight = min(limit.units for limit in limits)
    arrivals = sorted(draw(st.lists(quarter_st, min_size=1, max_size=40)))
    return [(a, draw(st.integers(1, max_weight))) for a in arrivals]


class TestCore:
    @settings(max_examples=300, deadline=None)
    @given(data=st.data(), limits=limits_st)
    def test_schedule_is_exact_fifo_and_work_conserving(
        self, data: st.DataObject, limits: list[Limit]
    ) -> None:
        """Grants respect every window, keep arrival order and are never late.

        "Never late": a call granted after both its arrival and the previous
        grant is granted at the very moment some earlier grant left a window,
        i.e. the earliest instant at which it could fit.
        """
        requests = data.draw(requests_st(limits))
        logs = [SlidingLog(limit) for limit in limits]
        grants = schedule(logs, requests)
        assert_windows_ok(list(zip(grants, (w for _, w in requests), strict=True)), limits)
        expiries: set[float] = set()
        previous = float("-inf")
        for (arrival, _), granted in zip(requests, grants, strict=True):
            assert granted >= arrival
            assert granted >= previous  # FIFO: never before an earlier arrival
            if granted > max(arrival, previous):
                assert granted in expiries, (granted, expiries)
            for limit in limits:
                expiries.add(granted + limit.seconds)
            previous = granted

    @settings(max_examples=200, deadline=None)
    @given(limits=limits_st, data=st.data())
    def test_tight_for_one_limit(self, limits: list[Limit], data: st.DataObject) -> None:
        """With everyone arriving at 0, a single limit is filled completely each window."""
        limit = limits[0]
        n = data.draw(st.integers(1, 5 * limit.units))
        grants = schedule([SlidingLog(limit)], [(0.0, 1)] * n)
        expected = [limit.seconds * (i // limit.units) for i in range(n)]
        assert grants == expected


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> tuple[str, dict[str, Any]]:
    """Both event loops on virtual time (see ``test_ratelimit.backend_options``).

    anyio's plugin starts a new event loop for every example. On asyncio each gets a new
    ``VirtualTimeLoop`` at time 0; on trio the examples share this test's ``MockClock``, so
    an example may start later than 0. Nothing depends on the origin: arrivals are read
    from the clock, and sums of quarters and whole seconds stay exact in floats.
    """
    return backend_options(request.param)


@pytest.mark.anyio
class TestAsyncLayer:
    @settings(
        max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(data=st.data(), limits=limits_st)
    async def test_limiter_matches_model(self, data: st.DataObject, limits: list[Limit]) -> None:
        """Random arrivals on 3 keys: windows hold, FIFO per key, grants equal the model."""
        max_weight = min(limit.units for limit in limits)
        requests = data.draw(
            st.lists(
                st.tuples(busy_quarter_st, st.sampled_from("abc"), st.integers(1, max_weight)),
                min_size=1,
                max_size=40,
            )
        )
        # (key, arrival, weight, grant, call order); filled in by the tasks.
        calls: list[tuple[str, float, int]] = []
        grants: dict[int, float] = {}

        limiter = MemoryRateLimiter(limits)

        async def one(arrival: float, key: str, weight: int) -> None:
            await anyio.sleep(arrival)
            # Record the call order right before acquire: there is no
            # checkpoint in between, so this is the order the limiter saw.
            index = len(calls)
            calls.append((key, anyio.current_time(), weight))
            grants[index] = await limiter.acquire(key, weight)

        async with anyio.create_task_group() as tg:
            for arrival, key, weight in requests:
                tg.start_soon(one, arrival, key, weight)
        assert len(limiter) <= 3

        per_key: dict[str, list[tuple[float, int, float]]] = defaultdict(list)
        for index, (key, arrival, weight) in enumerate(calls):
            per_key[key].append((arrival, weight, grants[index]))
        for key, items in per_key.items():
            assert_windows_ok([(g, w) for _, w, g in items], limits)
            times = [g for _, _, g in items]
            assert times == sorted(times), f"{key} not served in arrival order"
            model = schedule([SlidingLog(limit) for limit in limits], [(a, w) for a, w, _ in items])
            assert times == model, key
