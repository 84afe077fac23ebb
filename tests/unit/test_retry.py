"""Retry decisions, Retry-After, jitter, deadlines and the retry loop (asyncio and trio).

The async tests are ``anyio``-marked and run once per ``anyio_backend`` (asyncio, trio); those
that take ``anyio_backend`` also check that sniffio reports the backend they were given.
"""

from __future__ import annotations

import logging
import math
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

import anyio
import anyio.lowlevel
import attrs
import httpx
import pytest
import sniffio
from hypothesis import given
from hypothesis import strategies as st
from pytest_httpx import HTTPXMock

from octorate._deadline import Deadline
from octorate._errors import (
    APIConnectionError,
    APITimeoutError,
    DeadlineExceeded,
    PartnerServerError,
    QuotaExceeded,
    ServerError,
)
from octorate._retry import RetryPolicy, call_with_retries, is_success, parse_retry_after

URL = "https://api.octorate.com/connect/rest/v1/calendar/123"
OP = "GET /rest/v1/calendar/{accommodation}"


pytestmark = pytest.mark.anyio


def resp(status: int, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, headers=headers, request=httpx.Request("GET", URL))


def err(cls: type[httpx.TransportError]) -> httpx.TransportError:
    return cls("boom", request=httpx.Request("POST", URL))


# A policy whose jitter always picks the cap, so delays are predictable.
MAX_JITTER = RetryPolicy(uniform=lambda lo, hi: hi)
NO_WAIT = RetryPolicy(uniform=lambda lo, hi: 0.0)


class FakeClock:
    """A clock that only moves when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await anyio.lowlevel.checkpoint()


class TestParseRetryAfter:
    """Retry-After in seconds, milliseconds and HTTP dates."""

    @pytest.mark.parametrize(
        ("headers", "expected"),
        [
            ({"Retry-After": "3"}, 3.0),
            ({"retry-after": "1.5"}, 1.5),
            ({"Retry-After": " 0 "}, 0.0),
            ({"Retry-After": "-4"}, 0.0),
            ({"retry-after-ms": "250", "Retry-After": "9"}, 0.25),
            ({"retry-after-ms": "junk", "Retry-After": "9"}, 9.0),
            ({"Retry-After": "soon"}, None),
            ({"Retry-After": "nan"}, None),
            ({"Retry-After": "inf"}, None),
            ({}, None),
        ],
    )
    def test_values(self, headers: dict[str, str], expected: float | None) -> None:
        """Numbers are seconds; junk is ignored rather than raising."""
        assert parse_retry_after(headers) == expected

    def test_http_date(self) -> None:
        """An HTTP date is measured against the wall clock."""
        now = datetime(2026, 1, 15, 14, 0, 0, tzinfo=UTC).timestamp()
        when = format_datetime(datetime(2026, 1, 15, 14, 0, 7, tzinfo=UTC), usegmt=True)
        assert parse_retry_after({"Retry-After": when}, now=lambda: now) == 7.0
        past = format_datetime(datetime(2026, 1, 15, 13, 0, 0, tzinfo=UTC), usegmt=True)
        assert parse_retry_after({"Retry-After": past}, now=lambda: now) == 0.0

    def test_httpx_headers(self) -> None:
        """httpx.Headers work as well as dicts."""
        assert parse_retry_after(httpx.Headers({"Retry-After": "2"})) == 2.0


class TestShouldRetry:
    """Which outcomes and methods are retried."""

    @pytest.mark.parametrize("method", ["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "get"])
    @pytest.mark.parametrize("status", [408, 500, 502, 503, 504, 550, 599])
    def test_idempotent_methods_retry_retryable_statuses(self, method: str, status: int) -> None:
        """Safe methods are retried on 408, 5xx and 550."""
        assert MAX_JITTER.should_retry(method, 0, response=resp(status)) == 0.5

    @pytest.mark.parametrize("status", [400, 401, 403, 404, 405, 409, 412, 422, 429, 501, 505])
    def test_non_retryable_statuses(self, status: int) -> None:
        """Client errors (quota 403 included) and 501/505 are not retried."""
        assert MAX_JITTER.should_retry("GET", 0, response=resp(status)) is None

    @pytest.mark.parametrize("status", [200, 204, 304])
    def test_successes(self, status: int) -> None:
        """Nothing to retry after a success."""
        assert MAX_JITTER.should_retry("GET", 0, response=resp(status)) is None

    @pytest.mark.parametrize("method", ["POST", "PATCH"])
    def test_unsafe_method_not_retried_after_response(self, method: str) -> None:
        """A 503 proves the server saw the request: POST/PATCH are not repeated."""
        assert MAX_JITTER.should_retry(method, 0, response=resp(503)) is None

    @pytest.mark.parametrize("method", ["POST", "PATCH"])
    def test_override_marks_safe(self, method: str) -> None:
        """The caller may mark a PATCH or POST safe to repeat."""
        delay = MAX_JITTER.should_retry(method, 0, response=resp(503), idempotent_override=True)
        assert delay == 0.5

    def test_override_forbids(self) -> None:
        """... or forbid repeating even a GET."""
        decision = MAX_JITTER.should_retry("GET", 0, response=resp(503), idempotent_override=False)
        assert decision is None

    @pytest.mark.parametrize("exc", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
    @pytest.mark.parametrize("method", ["POST", "PATCH", "GET"])
    def test_unsent_failures_retry_any_method(
        self, exc: type[httpx.TransportError], method: str
    ) -> None:
        """A request that provably never left may be resent, even a POST."""
        assert MAX_JITTER.should_retry(method, 0, error=err(exc)) == 0.5
        assert MAX_JITTER.should_retry(method, 0, error=err(exc), idempotent_override=False) == 0.5

    @pytest.mark.parametrize(
        "exc",
        [httpx.ReadTimeout, httpx.WriteTimeout, httpx.RemoteProtocolError, httpx.ReadError],
    )
    def test_maybe_sent_failures(self, exc: type[httpx.TransportError]) -> None:
        """After a failure that may follow the write, POST is not retried, GET is."""
        assert MAX_JITTER.should_retry("POST", 0, error=err(exc)) is None
        assert MAX_JITTER.should_retry("PATCH", 0, error=err(exc)) is None
        assert MAX_JITTER.should_retry("PATCH", 0, error=err(exc), idempotent_override=True) == 0.5
        assert MAX_JITTER.should_retry("GET", 0, error=err(exc)) == 0.5

    def test_mapped_connection_errors(self) -> None:
        """An APIConnectionError's `sent` flag is honoured."""
        assert MAX_JITTER.should_retry("POST", 0, error=APIConnectionError(sent=False)) == 0.5
        assert MAX_JITTER.should_retry("POST", 0, error=APIConnectionError(sent=True)) is None

    def test_other_errors_not_retried(self) -> None:
        """Programming errors and non-transport httpx errors are not retried."""
        assert MAX_JITTER.should_retry("GET", 0, error=ValueError("x")) is None
        assert MAX_JITTER.should_retry("GET", 0, error=httpx.TooManyRedirects("x")) is None

    def test_retries_run_out(self) -> None:
        """`attempt` counts retries taken; max_retries=2 allows attempts 0 and 1."""
        assert MAX_JITTER.should_retry("GET", 1, response=resp(503)) == 1.0
        assert MAX_JITTER.should_retry("GET", 2, response=resp(503)) is None
        never = RetryPolicy(max_retries=0)
        assert never.should_retry("GET", 0, error=err(httpx.ConnectError)) is None

    def test_retry_after_honoured_and_capped(self) -> None:
        """Retry-After wins over backoff, clamped to max_retry_after."""
        assert MAX_JITTER.should_retry("GET", 0, response=resp(503, {"Retry-After": "3"})) == 3.0
        assert MAX_JITTER.should_retry("GET", 0, response=resp(503, {"Retry-After": "600"})) == 60
        capped = attrs.evolve(MAX_JITTER, max_retry_after=5.0)
        assert capped.should_retry("GET", 0, response=resp(503, {"Retry-After": "600"})) == 5.0

    def test_response_retryable_override(self) -> None:
        """The client's predicate replaces the status rule."""
        assert MAX_JITTER.should_retry("GET", 0, response=resp(409), response_retryable=True) == 0.5
        decision = MAX_JITTER.should_retry("GET", 0, response=resp(503), response_retryable=False)
        assert decision is None

    def test_validation(self) -> None:
        """Nonsense settings are rejected at construction."""
        with pytest.raises(ValueError, match="max_retries"):
            RetryPolicy(max_retries=-1)
        with pytest.raises(ValueError, match="multiplier"):
            RetryPolicy(multiplier=0.5)


class TestJitter:
    """Full jitter: uniform(0, min(cap, base * 2**n))."""

    def test_caps(self) -> None:
        """0.5, 1, 2, 4, 8, 8, ... seconds."""
        policy = RetryPolicy()
        assert [policy.backoff_cap(n) for n in range(7)] == [0.5, 1, 2, 4, 8, 8, 8]
        assert policy.backoff_cap(10_000) == 8.0  # no OverflowError

    @given(st.integers(min_value=0, max_value=2000))
    def test_real_jitter_in_bounds(self, n: int) -> None:
        """The default random jitter stays in [0, cap]."""
        policy = RetryPolicy()
        delay = policy.backoff(n)
        assert 0.0 <= delay <= policy.backoff_cap(n)

    @given(st.floats(allow_nan=False), st.integers(min_value=0, max_value=50))
    def test_bad_jitter_source_clamped(self, value: float, n: int) -> None:
        """An injected source returning out-of-range values cannot stretch waits."""
        policy = RetryPolicy(uniform=lambda lo, hi: value)
        assert 0.0 <= policy.backoff(n) <= policy.backoff_cap(n)

    def test_spread(self) -> None:
        """Jitter actually varies (full jitter, not a constant)."""
        policy = RetryPolicy()
        samples = {round(policy.backoff(3), 6) for _ in range(200)}
        assert len(samples) > 100
        assert max(samples) <= 4.0


class TestDeadline:
    """The Deadline helper."""

    def test_never(self) -> None:
        """No deadline: infinite remaining, never expired, min passes through."""
        d = Deadline.never()
        assert d.remaining() == math.inf
        assert not d.expired
        assert d.min(None) is None
        assert d.min(3.0) == 3.0
        assert d.allows(1e9)

    def test_fake_clock(self) -> None:
        """remaining/expired/min/allows follow the injected clock."""
        clock = FakeClock()
        d = Deadline.after(5.0, clock=clock)
        assert d.remaining() == 5.0
        assert d.min(10.0) == 5.0
        assert d.min(None) == 5.0
        assert d.min(2.0) == 2.0
        assert d.allows(4.9)
        assert not d.allows(5.0)
        clock.now = 7.0
        assert d.remaining() == 0.0
        assert d.expired
        assert Deadline.after(None, clock=clock).remaining() == math.inf

    async def test_cancel_scope(self, anyio_backend: str) -> None:
        """The scope cancels a hanging await when the deadline passes."""
        assert sniffio.current_async_library() == anyio_backend

        async def body() -> float:
            start = anyio.current_time()
            with Deadline.after(0.05).cancel_scope() as scope:
                await anyio.sleep_forever()
            assert scope.cancelled_caught
            return anyio.current_time() - start

        assert await body() < 1.0


class TestCallWithRetries:
    """The loop the client pipeline uses, over pytest-httpx, on asyncio and trio."""

    @staticmethod
    def sender(client: httpx.AsyncClient, method: str = "GET") -> Any:
        attempts: list[int] = []

        async def send(attempt: int) -> httpx.Response:
            attempts.append(attempt)
            return await client.request(method, URL, headers={"x-retry-count": str(attempt)})

        send.attempts = attempts  # type: ignore[attr-defined]
        return send

    async def test_retries_then_succeeds(
        self, anyio_backend: str, httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
    ) -> None:
        """503, 503, 200: two retries, counted, logged once each, backoff observed."""
        assert sniffio.current_async_library() == anyio_backend
        httpx_mock.add_response(status_code=503)
        httpx_mock.add_response(status_code=503)
        httpx_mock.add_response(status_code=200, json={"data": []})
        clock = FakeClock()

        async def body() -> tuple[httpx.Response, int, list[int]]:
            async with httpx.AsyncClient() as client:
                send = self.sender(client)
                response, retries = await call_with_retries(
                    send, method="GET", policy=MAX_JITTER, operation=OP, sleep=clock.sleep
                )
                return response, retries, send.attempts

        with caplog.at_level(logging.INFO, logger="octorate"):
            response, retries, attempts = await body()
        assert response.status_code == 200
        assert retries == 2
        assert attempts == [0, 1, 2]
        assert clock.sleeps == [0.5, 1.0]
        assert [r.headers["x-retry-count"] for r in httpx_mock.get_requests()] == ["0", "1", "2"]
        lines = [r.getMessage() for r in caplog.records if r.name == "octorate"]
        assert lines == [
            f"retrying {OP} in 0.50s (attempt 2/3) after 503",
            f"retrying {OP} in 1.00s (attempt 3/3) after 503",
        ]

    async def test_gives_up_with_mapped_error(
        self, anyio_backend: str, httpx_mock: HTTPXMock
    ) -> None:
        """Three 550s: PartnerServerError with retries=2 and the operation."""
        assert sniffio.current_async_library() == anyio_backend
        body_550 = {"type": "ApiPartnerServerError", "message": "OTA down"}
        for _ in range(3):
            httpx_mock.add_response(status_code=550, json=body_550)

        async def body() -> None:
            async with httpx.AsyncClient() as client:
                await call_with_retries(
                    self.sender(client), method="GET", policy=NO_WAIT, operation=OP
                )

        with pytest.raises(PartnerServerError) as info:
            await body()
        assert info.value.retries == 2
        assert info.value.operation == OP
        assert info.value.message == "OTA down"

    async def test_post_not_retried_after_response(
        self, anyio_backend: str, httpx_mock: HTTPXMock
    ) -> None:
        """A POST that got a 503 is not sent again."""
        assert sniffio.current_async_library() == anyio_backend
        httpx_mock.add_response(status_code=503)

        async def body() -> None:
            async with httpx.AsyncClient() as client:
                await call_with_retries(self.sender(client, "POST"), method="POST", policy=NO_WAIT)

        with pytest.raises(ServerError) as info:
            await body()
        assert info.value.retries == 0
        assert len(httpx_mock.get_requests()) == 1

    async def test_post_retried_after_connect_error(
        self, anyio_backend: str, httpx_mock: HTTPXMock
    ) -> None:
        """Connection refused: the POST never left, so it is sent again."""
        assert sniffio.current_async_library() == anyio_backend
        httpx_mock.add_exception(httpx.ConnectError("refused"))
        httpx_mock.add_response(status_code=201, json={"id": 1})

        async def body() -> tuple[httpx.Response, int]:
            async with httpx.AsyncClient() as client:
                return await call_with_retries(
                    self.sender(client, "POST"), method="POST", policy=NO_WAIT
                )

        response, retries = await body()
        assert (response.status_code, retries) == (201, 1)

    async def test_post_not_retried_after_read_timeout(
        self, anyio_backend: str, httpx_mock: HTTPXMock
    ) -> None:
        """A read timeout may follow a processed POST: APITimeoutError, no resend."""
        assert sniffio.current_async_library() == anyio_backend
        httpx_mock.add_exception(httpx.ReadTimeout("slow"))

        async def body() -> None:
            async with httpx.AsyncClient() as client:
                await call_with_retries(
                    self.sender(client, "POST"), method="POST", policy=NO_WAIT, operation="POST /x"
                )

        with pytest.raises(APITimeoutError) as info:
            await body()
        assert info.value.sent is True
        assert info.value.retries == 0
        assert info.value.operation == "POST /x"
        assert isinstance(info.value.__cause__, httpx.ReadTimeout)
        assert len(httpx_mock.get_requests()) == 1

    async def test_get_connection_errors_exhaust(
        self, anyio_backend: str, httpx_mock: HTTPXMock
    ) -> None:
        """Three refusals: APIConnectionError with retries=2, chained."""
        assert sniffio.current_async_library() == anyio_backend
        httpx_mock.add_exception(httpx.ConnectError("refused"), is_reusable=True)

        async def body() -> None:
            async with httpx.AsyncClient() as client:
                await call_with_retries(self.sender(client), method="GET", policy=NO_WAIT)

        with pytest.raises(APIConnectionError) as info:
            await body()
        assert type(info.value) is APIConnectionError
        assert info.value.retries == 2
        assert info.value.sent is False
        assert isinstance(info.value.__cause__, httpx.ConnectError)
        assert len(httpx_mock.get_requests()) == 3

    async def test_patch_only_with_override(
        self, anyio_backend: str, httpx_mock: HTTPXMock
    ) -> None:
        """PATCH 503 is retried only when marked idempotent."""
        assert sniffio.current_async_library() == anyio_backend
        httpx_mock.add_response(status_code=503)
        httpx_mock.add_response(status_code=503)
        httpx_mock.add_response(status_code=304)

        async def body() -> tuple[int, int]:
            async with httpx.AsyncClient() as client:
                with pytest.raises(ServerError):
                    await call_with_retries(
                        self.sender(client, "PATCH"), method="PATCH", policy=NO_WAIT
                    )
                response, retries = await call_with_retries(
                    self.sender(client, "PATCH"), method="PATCH", policy=NO_WAIT, idempotent=True
                )
                return response.status_code, retries

        # 304 "content unchanged" is a success for PATCH/PUT.
        assert await body() == (304, 1)

    async def test_quota_not_retried(self, anyio_backend: str, httpx_mock: HTTPXMock) -> None:
        """403 ApiQuotaException passes straight through as QuotaExceeded."""
        assert sniffio.current_async_library() == anyio_backend
        httpx_mock.add_response(
            status_code=403, json={"type": "ApiQuotaException", "message": "errQuota"}
        )

        async def body() -> None:
            async with httpx.AsyncClient() as client:
                await call_with_retries(self.sender(client), method="GET", policy=NO_WAIT)

        with pytest.raises(QuotaExceeded):
            await body()
        assert len(httpx_mock.get_requests()) == 1

    async def test_raise_for_status_false_returns_response(
        self, anyio_backend: str, httpx_mock: HTTPXMock
    ) -> None:
        """With raise_for_status=False the final error response is returned."""
        assert sniffio.current_async_library() == anyio_backend
        httpx_mock.add_response(status_code=400, json={"type": "ApiParamsExemption"})
        for _ in range(3):
            httpx_mock.add_response(status_code=502)

        async def body() -> list[tuple[int, int]]:
            async with httpx.AsyncClient() as client:
                out = []
                for _ in range(2):
                    response, retries = await call_with_retries(
                        self.sender(client), method="GET", policy=NO_WAIT, raise_for_status=False
                    )
                    out.append((response.status_code, retries))
                return out

        assert await body() == [(400, 0), (502, 2)]

    async def test_custom_retryable_predicate(
        self, anyio_backend: str, httpx_mock: HTTPXMock
    ) -> None:
        """is_retryable_response replaces the status rule."""
        assert sniffio.current_async_library() == anyio_backend
        httpx_mock.add_response(status_code=400)
        httpx_mock.add_response(status_code=200)

        async def body() -> int:
            async with httpx.AsyncClient() as client:
                _, retries = await call_with_retries(
                    self.sender(client),
                    method="GET",
                    policy=NO_WAIT,
                    is_retryable_response=lambda r: r.status_code == 400,
                )
                return retries

        assert await body() == 1

    async def test_other_exceptions_propagate(self, anyio_backend: str) -> None:
        """A bug in `send` is neither retried nor wrapped."""
        assert sniffio.current_async_library() == anyio_backend
        calls: list[int] = []

        async def send(attempt: int) -> httpx.Response:
            calls.append(attempt)
            raise KeyError("bug")

        with pytest.raises(KeyError):
            await call_with_retries(send, method="GET", policy=NO_WAIT)
        assert calls == [0]

    async def test_sdk_connection_error_from_send(self, anyio_backend: str) -> None:
        """An APIConnectionError raised by `send` is retried and re-raised with retries."""
        assert sniffio.current_async_library() == anyio_backend

        async def send(attempt: int) -> httpx.Response:
            raise APIConnectionError("down", sent=False)

        with pytest.raises(APIConnectionError) as info:
            await call_with_retries(send, method="POST", policy=NO_WAIT, operation="POST /y")
        assert info.value.retries == 2
        assert info.value.operation == "POST /y"
        assert info.value.__cause__ is None

    async def test_outer_cancellation_propagates(self, anyio_backend: str) -> None:
        """Cancelling the caller during a backoff wait is not swallowed or retried."""
        assert sniffio.current_async_library() == anyio_backend

        async def send(attempt: int) -> httpx.Response:
            return resp(503)

        async def body() -> bool:
            with anyio.move_on_after(0.05) as scope:
                await call_with_retries(send, method="GET", policy=RetryPolicy(initial_backoff=10))
            return scope.cancelled_caught

        assert await body() is True


class TestDeadlines:
    """The deadline bounds every attempt and every wait."""

    async def test_wait_past_deadline_not_started(self, anyio_backend: str) -> None:
        """Retry-After 5 s with 3 s left: DeadlineExceeded at once, chained to the 503."""
        assert sniffio.current_async_library() == anyio_backend
        clock = FakeClock()

        async def send(attempt: int) -> httpx.Response:
            clock.now += 0.1  # each attempt takes 100 ms of fake time
            return resp(503, {"Retry-After": "5", "request-id": "rid-1"})

        async def body() -> None:
            await call_with_retries(
                send,
                method="GET",
                policy=MAX_JITTER,
                deadline=Deadline.after(3.0, clock=clock),
                operation=OP,
                sleep=clock.sleep,
            )

        with pytest.raises(DeadlineExceeded) as info:
            await body()
        assert clock.sleeps == []
        assert clock.now <= 3.0
        cause = info.value.__cause__
        assert isinstance(cause, ServerError)
        assert cause.request_id == "rid-1"
        assert info.value.operation == OP
        assert "would retry in 5.00s" in str(info.value)

    @given(
        budget=st.floats(min_value=0.0, max_value=30.0),
        attempt_cost=st.floats(min_value=0.0, max_value=3.0),
        jitter=st.floats(min_value=0.0, max_value=1.0),
    )
    async def test_total_time_never_exceeds_deadline(
        self, budget: float, attempt_cost: float, jitter: float
    ) -> None:
        """Property (fake clock): attempts + waits never end after the deadline."""
        clock = FakeClock()
        policy = RetryPolicy(max_retries=20, uniform=lambda lo, hi: lo + (hi - lo) * jitter)

        async def send(attempt: int) -> httpx.Response:
            clock.now += attempt_cost
            if clock.now > budget:
                # The real cancel scope would have stopped a slow attempt; the fake
                # one cannot, so model it: the attempt ends at the deadline.
                clock.now = budget
            return resp(503)

        with pytest.raises((DeadlineExceeded, ServerError)):
            await call_with_retries(
                send,
                method="GET",
                policy=policy,
                deadline=Deadline.after(budget, clock=clock),
                sleep=clock.sleep,
            )
        assert clock.now <= budget

    async def test_real_time_bound(self, anyio_backend: str) -> None:
        """Small real durations: an always-503 endpoint stops by the deadline."""
        assert sniffio.current_async_library() == anyio_backend

        async def send(attempt: int) -> httpx.Response:
            await anyio.sleep(0.01)
            return resp(503)

        async def body() -> float:
            start = anyio.current_time()
            with pytest.raises(DeadlineExceeded) as info:
                await call_with_retries(
                    send,
                    method="GET",
                    policy=RetryPolicy(max_retries=50, initial_backoff=0.05, max_backoff=0.05),
                    deadline=Deadline.after(0.3),
                )
            assert info.value.retries >= 1
            return anyio.current_time() - start

        # Slack only for event-loop scheduling latency on a loaded machine; the exact
        # bound is proven with the fake clock above.
        assert await body() <= 0.3 + 0.2

    async def test_hanging_attempt_cancelled(self, anyio_backend: str) -> None:
        """An attempt that never returns is cut off at the deadline."""
        assert sniffio.current_async_library() == anyio_backend

        async def send(attempt: int) -> httpx.Response:
            await anyio.sleep_forever()
            raise AssertionError("unreachable")

        async def body() -> float:
            start = anyio.current_time()
            with pytest.raises(DeadlineExceeded, match="during attempt 1"):
                await call_with_retries(send, method="GET", deadline=Deadline.after(0.1))
            return anyio.current_time() - start

        assert await body() < 0.1 + 0.2

    async def test_hanging_retry_chains_previous_failure(self, anyio_backend: str) -> None:
        """If a retry hangs past the deadline, the earlier failure is the cause."""
        assert sniffio.current_async_library() == anyio_backend

        async def send(attempt: int) -> httpx.Response:
            if attempt == 0:
                raise httpx.ConnectError("refused")
            await anyio.sleep_forever()
            raise AssertionError("unreachable")

        async def body() -> None:
            await call_with_retries(
                send, method="GET", policy=NO_WAIT, deadline=Deadline.after(0.1)
            )

        with pytest.raises(DeadlineExceeded) as info:
            await body()
        assert isinstance(info.value.__cause__, httpx.ConnectError)
        assert info.value.retries == 1

    async def test_expired_before_start(self, anyio_backend: str) -> None:
        """An already expired deadline sends nothing."""
        assert sniffio.current_async_library() == anyio_backend
        calls: list[int] = []

        async def send(attempt: int) -> httpx.Response:
            calls.append(attempt)
            return resp(200)

        async def body() -> None:
            await call_with_retries(send, method="GET", deadline=Deadline.after(-1))

        with pytest.raises(DeadlineExceeded):
            await body()
        assert calls == []

    async def test_success_within_deadline(self, anyio_backend: str, httpx_mock: HTTPXMock) -> None:
        """A deadline that is not hit changes nothing."""
        assert sniffio.current_async_library() == anyio_backend
        httpx_mock.add_response(status_code=200)

        async def body() -> int:
            async with httpx.AsyncClient() as client:
                response, _ = await call_with_retries(
                    lambda attempt: client.get(URL), method="GET", deadline=Deadline.after(5)
                )
                return response.status_code

        assert await body() == 200


def test_is_success() -> None:
    """2xx and 304 are outcomes; everything else is an error."""
    assert [is_success(resp(s)) for s in (200, 202, 204, 304, 302, 400, 503)] == [
        True, True, True, True, False, False, False,
    ]

