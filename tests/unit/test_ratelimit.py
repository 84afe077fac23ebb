"""Unit tests for the in-memory rate limiter, on virtual time, under asyncio and trio.

Every test runs on a virtual clock: asyncio with an event loop whose clock
jumps to the next timer instead of sleeping, trio with ``MockClock`` in
autojump mode. ``anyio.current_time()`` and ``anyio.sleep()`` follow both, so
the limiter runs unmodified and times are exact.
"""

from __future__ import annotations

import asyncio
import logging
import math
import selectors
from collections.abc import Callable
from typing import Any

import anyio
import pytest
import trio.testing

from octorate._errors import DeadlineExceeded, OctorateError
from octorate._ratelimit import (
    DEFAULT_LIMITS,
    Limit,
    MemoryRateLimiter,
    RateLimiter,
    RateLimitUsage,
    resolve_limits,
)

# -- virtual time ------------------------------------------------------------


class _JumpingSelector(selectors.BaseSelector):
    """A selector that, instead of blocking for ``timeout``, advances the loop clock.

    Real readiness (the loop's self-pipe) is still polled without blocking, so
    ``call_soon_threadsafe`` keeps working.
    """

    def __init__(self, loop: VirtualTimeLoop) -> None:
        self._real = selectors.DefaultSelector()
        self._loop = loop

    def register(self, fileobj: Any, events: int, data: Any = None) -> selectors.SelectorKey:
        return self._real.register(fileobj, events, data)

    def unregister(self, fileobj: Any) -> selectors.SelectorKey:
        return self._real.unregister(fileobj)

    def modify(self, fileobj: Any, events: int, data: Any = None) -> selectors.SelectorKey:
        return self._real.modify(fileobj, events, data)

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        ready = self._real.select(0)
        if ready:
            return ready
        if timeout is None:
            # Nothing scheduled at all: only an outside event can help.
            return self._real.select(1.0)
        self._loop.virtual_now += timeout
        return []

    def close(self) -> None:
        self._real.close()

    def get_map(self) -> Any:
        return self._real.get_map()


class VirtualTimeLoop(asyncio.SelectorEventLoop):
    """An asyncio loop on virtual time: sleeping costs no wall-clock time."""

    def __init__(self) -> None:
        self.virtual_now = 0.0
        super().__init__(_JumpingSelector(self))

    def time(self) -> float:
        return self.virtual_now


def backend_options(name: str) -> tuple[str, dict[str, Any]]:
    """anyio backend spec with a fresh virtual clock."""
    if name == "asyncio":
        return "asyncio", {"loop_factory": VirtualTimeLoop}
    return "trio", {"clock": trio.testing.MockClock(autojump_threshold=0)}


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> tuple[str, dict[str, Any]]:
    """Both event loops, each on a fresh virtual clock (anyio's plugin takes the options)."""
    return backend_options(request.param)


pytestmark = pytest.mark.anyio


L5 = [Limit(5, 10)]


async def settle() -> None:
    """Let every runnable task run until it blocks (no virtual time passes)."""
    for _ in range(20):
        await anyio.lowlevel.checkpoint()


async def start_at(tg: anyio.abc.TaskGroup, when: float, func: Callable[[], Any]) -> None:
    """Start ``func`` at virtual time ``when`` in ``tg``."""

    async def runner() -> None:
        await anyio.sleep(max(0.0, when - anyio.current_time()))
        await func()

    tg.start_soon(runner)


# -- basics ------------------------------------------------------------------


class TestLimits:
    def test_default_is_octorate_quota(self) -> None:
        """100 calls per 5 minutes unless configured otherwise."""
        assert resolve_limits(None)("acc:1") == (Limit(100, 300),)
        assert (Limit(100, 300.0),) == DEFAULT_LIMITS

    def test_prefix_mapping_longest_wins(self) -> None:
        """The longest matching prefix decides; unmatched keys get the default."""
        resolve = resolve_limits(
            {"acc:": [Limit(100, 300)], "acc:9": [Limit(7, 1)], "member": [Limit(1, 1)]}
        )
        assert resolve("acc:1") == (Limit(100, 300),)
        assert resolve("acc:99") == (Limit(7, 1),)
        assert resolve("member") == (Limit(1, 1),)
        assert resolve("other") == DEFAULT_LIMITS

    def test_callable_and_validation(self) -> None:
        """A function is accepted; anything but Limit is rejected."""
        assert resolve_limits(lambda key: [Limit(len(key), 1)])("abc") == (Limit(3, 1),)
        with pytest.raises(TypeError):
            resolve_limits([(100, 300)])  # type: ignore[list-item]

    @pytest.mark.parametrize(("units", "seconds"), [(0, 1), (-1, 1), (1, 0), (1, math.inf)])
    def test_limit_rejects_nonsense(self, units: int, seconds: float) -> None:
        """Units must be positive ints and windows positive and finite."""
        with pytest.raises(ValueError, match="must be"):
            Limit(units, seconds)

    def test_protocol(self) -> None:
        """MemoryRateLimiter satisfies the RateLimiter protocol."""
        assert isinstance(MemoryRateLimiter(), RateLimiter)

    def test_deadline_error_type(self) -> None:
        """DeadlineExceeded is both an OctorateError and a TimeoutError."""
        assert issubclass(DeadlineExceeded, OctorateError)
        assert issubclass(DeadlineExceeded, TimeoutError)


class TestAcquire:
    async def test_exact_window(self) -> None:
        """N grants at once, the N+1st exactly when the first leaves the window."""
        limiter = MemoryRateLimiter(L5)
        t0 = anyio.current_time()
        grants = [await limiter.acquire("k") for _ in range(6)]
        assert grants[:5] == [t0] * 5
        assert grants[5] == t0 + 10

    async def test_keys_are_independent(self) -> None:
        """A full key does not delay another key."""
        limiter = MemoryRateLimiter(L5)
        t0 = anyio.current_time()
        for _ in range(5):
            await limiter.acquire("a")
        assert await limiter.acquire("b") == t0

    async def test_weights(self) -> None:
        """A call of weight k uses k units."""
        limiter = MemoryRateLimiter(L5)
        t0 = anyio.current_time()
        assert await limiter.acquire("k", 3) == t0
        assert await limiter.acquire("k", 2) == t0
        assert await limiter.acquire("k", 1) == t0 + 10

    async def test_weight_validation(self) -> None:
        """Weights above a limit could never be granted: ValueError, not a hang."""
        limiter = MemoryRateLimiter(L5)
        with pytest.raises(ValueError, match="can never be granted"):
            await limiter.acquire("k", 6)
        for bad in (0, -1, 1.5, True):
            with pytest.raises(ValueError, match="positive int"):
                await limiter.acquire("k", bad)  # type: ignore[arg-type]
        assert len(limiter) == 0

    async def test_fifo_heavy_head_not_starved(self) -> None:
        """A heavy waiter at the head is served before lighter ones behind it."""
        limiter = MemoryRateLimiter(L5)
        order: list[tuple[str, float]] = []
        await limiter.acquire("k", 4)  # 1 unit left

        async def call(name: str, weight: int) -> None:
            order.append((name, await limiter.acquire("k", weight)))

        t0 = anyio.current_time()
        async with anyio.create_task_group() as tg:
            await start_at(tg, t0 + 1, lambda: call("heavy", 5))
            await start_at(tg, t0 + 2, lambda: call("light1", 1))
            await start_at(tg, t0 + 3, lambda: call("light2", 1))
        # Without strict FIFO the lights would take the free unit at t0+2/t0+3.
        assert order == [("heavy", t0 + 10), ("light1", t0 + 20), ("light2", t0 + 20)]

    async def test_unlimited_key(self) -> None:
        """An empty list of limits means the key is never limited."""
        limiter = MemoryRateLimiter({"member": [], "": L5})
        t0 = anyio.current_time()
        for _ in range(1000):
            assert await limiter.acquire("member", 50) == t0


class TestDeadline:
    async def test_fails_fast_when_projection_is_late(self) -> None:
        """Known to be late on arrival: DeadlineExceeded without waiting."""
        limiter = MemoryRateLimiter(L5)
        t0 = anyio.current_time()
        for _ in range(5):
            await limiter.acquire("k")
        with pytest.raises(DeadlineExceeded) as info:
            await limiter.acquire("k", deadline=t0 + 9.5)
        assert anyio.current_time() == t0
        assert info.value.operation == "ratelimit.acquire"
        assert (await limiter.usage("k")).waiters == 0

    async def test_projection_counts_waiters_ahead(self) -> None:
        """The queue ahead is part of the projection."""
        limiter = MemoryRateLimiter(L5)
        t0 = anyio.current_time()
        for _ in range(5):
            await limiter.acquire("k")
        async with anyio.create_task_group() as tg:
            tg.start_soon(limiter.acquire, "k", 5)  # takes the whole t0+10 window
            await settle()
            with pytest.raises(DeadlineExceeded):
                await limiter.acquire("k", deadline=t0 + 15)
            assert anyio.current_time() == t0
            assert await limiter.acquire("k", deadline=t0 + 20) == t0 + 20

    async def test_reachable_deadline_is_met(self) -> None:
        """A deadline at exactly the grant time is fine."""
        limiter = MemoryRateLimiter(L5)
        t0 = anyio.current_time()
        for _ in range(5):
            await limiter.acquire("k")
        assert await limiter.acquire("k", deadline=t0 + 10) == t0 + 10

    async def test_past_deadline(self) -> None:
        """A deadline already past fails even with quota free; inf means none."""
        limiter = MemoryRateLimiter(L5)
        now = anyio.current_time()
        with pytest.raises(DeadlineExceeded):
            await limiter.acquire("k", deadline=now - 1)
        assert await limiter.acquire("k", deadline=math.inf) == now

    async def test_charge_makes_waiter_fail_at_once(self) -> None:
        """A later charge that pushes a waiter past its deadline fails it immediately."""
        limiter = MemoryRateLimiter(L5)
        t0 = anyio.current_time()
        for _ in range(5):
            await limiter.acquire("k")
        failed_at: list[float] = []

        async def waiter() -> None:
            with pytest.raises(DeadlineExceeded):
                await limiter.acquire("k", deadline=t0 + 10.5)
            failed_at.append(anyio.current_time())

        async with anyio.create_task_group() as tg:
            tg.start_soon(waiter)
            await anyio.sleep(1)
            await limiter.charge("k", 5)  # everything now frees at t0 + 11
        assert failed_at == [t0 + 1]


class TestCancellation:
    async def test_cancelled_head_takes_nothing(self) -> None:
        """Cancelling the head frees the queue at once and takes no units."""
        limiter = MemoryRateLimiter(L5)
        t0 = anyio.current_time()
        for _ in range(4):
            await limiter.acquire("k")
        grants: list[float] = []
        scope = anyio.CancelScope()
        async with anyio.create_task_group() as tg:
            tg.start_soon(self._cancellable, limiter, scope, 5)
            await settle()
            tg.start_soon(self._record, limiter, grants, 1)
            await anyio.sleep(1)
            scope.cancel()
        # The light call behind the cancelled heavy one got the free unit at once.
        assert grants == [t0 + 1]
        usage = await limiter.usage("k")
        assert usage.used == (5,)
        assert usage.waiters == 0

    @staticmethod
    async def _cancellable(limiter: MemoryRateLimiter, scope: anyio.CancelScope, w: int) -> None:
        with scope:
            await limiter.acquire("k", w)
        assert scope.cancel_called

    @staticmethod
    async def _record(limiter: MemoryRateLimiter, grants: list[float], w: int) -> None:
        grants.append(await limiter.acquire("k", w))

    async def test_cancelled_middle_waiter(self) -> None:
        """A cancelled waiter in the middle leaves; order of the others holds."""
        limiter = MemoryRateLimiter([Limit(1, 10)])
        t0 = anyio.current_time()
        await limiter.acquire("k")
        out: list[tuple[str, float]] = []

        async def call(name: str) -> None:
            out.append((name, await limiter.acquire("k")))

        async with anyio.create_task_group() as tg:
            tg.start_soon(call, "a")
            await settle()
            middle = anyio.CancelScope()
            tg.start_soon(self._in_scope, middle, lambda: call("b"))
            await settle()
            tg.start_soon(call, "c")
            await anyio.sleep(1)
            middle.cancel()
        assert out == [("a", t0 + 10), ("c", t0 + 20)]

    @staticmethod
    async def _in_scope(scope: anyio.CancelScope, func: Callable[[], Any]) -> None:
        with scope:
            await func()

    async def test_cancel_before_acquire_takes_nothing(self) -> None:
        """A call made in an already cancelled scope takes no units, even if free."""
        limiter = MemoryRateLimiter(L5)
        with anyio.CancelScope() as scope:
            scope.cancel()
            await limiter.acquire("k")
        assert (await limiter.usage("k")).used == (0,)

    async def test_timeout_on_waiting_call(self) -> None:
        """anyio.move_on_after around a waiting acquire leaks nothing."""
        limiter = MemoryRateLimiter(L5)
        for _ in range(5):
            await limiter.acquire("k")
        with anyio.move_on_after(3):
            await limiter.acquire("k", 5)
        usage = await limiter.usage("k")
        assert usage.used == (5,)
        assert usage.waiters == 0
        assert usage.wait == pytest.approx(7)


class TestServerFeedback:
    async def test_observe_remaining_adopts_lower(self) -> None:
        """Less remaining on the server than locally: phantom units make up the gap."""
        limiter = MemoryRateLimiter([Limit(100, 300)])
        t0 = anyio.current_time()
        await limiter.acquire("k")
        limiter.observe_remaining("k", 10)  # server: 90 used, we know of 1
        usage = await limiter.usage("k")
        assert usage.used == (90,)
        assert usage.remaining == (10,)
        for _ in range(10):
            assert await limiter.acquire("k") == t0
        # The real entry leaves first, then the 89 phantom units at once.
        assert await limiter.acquire("k") == t0 + 300

    async def test_observe_remaining_ignores_higher(self) -> None:
        """More remaining than the estimate (in-flight calls) changes nothing."""
        limiter = MemoryRateLimiter([Limit(100, 300)])
        for _ in range(50):
            await limiter.acquire("k")
        limiter.observe_remaining("k", 99)
        limiter.observe_remaining("k", -5)  # nonsense counts as 0
        assert (await limiter.usage("k")).used == (100,)

    async def test_observe_skips_non_server_limits(self) -> None:
        """A client-side burst limit is not filled by a header about the quota."""
        limiter = MemoryRateLimiter([Limit(2, 1, server_quota=False), Limit(10, 60)])
        limiter.observe_remaining("k", 5)
        assert (await limiter.usage("k")).used == (0, 5)

    async def test_exhausted_holds_until_oldest_entry_expires(self) -> None:
        """Default hold: until the oldest entry in the window expires."""
        limiter = MemoryRateLimiter([Limit(100, 300)])
        t0 = anyio.current_time()
        await limiter.acquire("k")
        await anyio.sleep(100)
        await limiter.acquire("k")
        await limiter.exhausted("k")
        usage = await limiter.usage("k")
        assert usage.held_until == t0 + 300
        assert usage.wait == pytest.approx(200)
        assert await limiter.acquire("k") == t0 + 300

    async def test_exhausted_unknown_waits_full_window(self) -> None:
        """No local entries: a full window; retry_after overrides."""
        limiter = MemoryRateLimiter([Limit(100, 300)])
        t0 = anyio.current_time()
        await limiter.exhausted("a")
        assert await limiter.acquire("a") == t0 + 300
        await limiter.exhausted("b", retry_after=7)
        assert await limiter.acquire("b") == t0 + 307

    async def test_exhausted_wakes_waiters_past_deadline(self) -> None:
        """A hold fails queued waiters whose deadline it makes unreachable."""
        limiter = MemoryRateLimiter([Limit(1, 10)])
        t0 = anyio.current_time()
        await limiter.acquire("k")
        async with anyio.create_task_group() as tg:

            async def waiter() -> None:
                with pytest.raises(DeadlineExceeded):
                    await limiter.acquire("k", deadline=t0 + 20)
                assert anyio.current_time() == t0 + 1

            tg.start_soon(waiter)
            await anyio.sleep(1)
            await limiter.exhausted("k", retry_after=60)

    async def test_charge_delays_next_grant(self) -> None:
        """charge() adds units after the fact; the log may go over the limit."""
        limiter = MemoryRateLimiter(L5)
        t0 = anyio.current_time()
        await limiter.acquire("k")
        await limiter.charge("k", 6)
        assert (await limiter.usage("k")).used == (7,)
        assert await limiter.acquire("k", 3) == t0 + 10
        await limiter.charge("k", 0)
        with pytest.raises(ValueError, match="non-negative"):
            await limiter.charge("k", -1)


class TestComposite:
    async def test_burst_and_steady(self) -> None:
        """Every grant satisfies both a burst and a steady limit."""
        limiter = MemoryRateLimiter([Limit(2, 1, server_quota=False), Limit(5, 60)])
        t0 = anyio.current_time()
        grants = [await limiter.acquire("k") - t0 for _ in range(7)]
        assert grants == [0, 0, 1, 1, 2, 60, 60]


class TestEviction:
    async def test_idle_keys_are_forgotten(self) -> None:
        """Keys with empty logs and no waiters are dropped by the sweep."""
        limiter = MemoryRateLimiter(L5, sweep_interval=5)
        for i in range(100):
            await limiter.acquire(f"k{i}")
        assert len(limiter) == 100
        await anyio.sleep(11)
        await limiter.acquire("other")
        assert len(limiter) == 1

    async def test_failed_calls_leave_no_state(self) -> None:
        """Deadline failures and cancellations on fresh keys leave nothing behind."""
        limiter = MemoryRateLimiter(L5)
        await limiter.exhausted("k", retry_after=1)
        with pytest.raises(DeadlineExceeded):
            await limiter.acquire("k", deadline=anyio.current_time() + 0.5)
        await anyio.sleep(1)
        limiter.observe_remaining("fresh", 100)
        assert len(limiter) == 1  # only "k", whose hold just ended
        await anyio.sleep(60)
        await limiter.acquire("x")
        assert len(limiter) == 1


class TestObservability:
    async def test_usage(self) -> None:
        """usage() reports use, remaining, waiters and the expected wait."""
        limiter = MemoryRateLimiter(L5)
        fresh = await limiter.usage("k")
        assert fresh == RateLimitUsage("k", (Limit(5, 10),), (0,), 0, 0.0, None)
        for _ in range(5):
            await limiter.acquire("k")
        async with anyio.create_task_group() as tg:
            tg.start_soon(limiter.acquire, "k", 5)
            await anyio.sleep(2)
            usage = await limiter.usage("k")
            assert usage.used == (5,)
            assert usage.remaining == (0,)
            assert usage.waiters == 1
            assert usage.wait == pytest.approx(18)  # behind the heavy waiter

    async def test_on_wait_and_debug_log(self, caplog: pytest.LogCaptureFixture) -> None:
        """on_wait fires with the expected wait; a DEBUG line is logged."""
        seen: list[tuple[str, int, float]] = []
        limiter = MemoryRateLimiter(L5, on_wait=lambda *a: seen.append(a))
        caplog.set_level(logging.DEBUG, logger="octorate.ratelimit")
        for _ in range(5):
            await limiter.acquire("k")
        assert seen == []
        await limiter.acquire("k", 2)
        assert seen == [("k", 2, 10.0)]  # exact on the virtual clock
        assert any("waits" in r.getMessage() for r in caplog.records)


class TestInjectedClock:
    async def test_custom_clock_and_sleep(self) -> None:
        """A hand-driven clock/sleep pair is honoured (no anyio timing used)."""
        now = [1000.0]
        slept: list[float] = []

        async def fake_sleep(seconds: float) -> None:
            slept.append(seconds)
            now[0] += seconds
            await anyio.lowlevel.checkpoint()

        limiter = MemoryRateLimiter(L5, clock=lambda: now[0], sleep=fake_sleep)
        for _ in range(5):
            assert await limiter.acquire("k") == 1000.0
        assert await limiter.acquire("k") == 1010.0
        assert slept == [10.0]
