"""Retry decisions and the retry loop used by the client's request pipeline.

What is retried (defaults):

* transport failures (connection refused/reset, timeouts, protocol errors) and the
  statuses 408, 500, 502, 503, 504, 550 and any other 5xx except 501/505;
* only for methods that are safe to repeat: GET, HEAD, OPTIONS, PUT, DELETE. PATCH
  and POST are retried only when the caller marks the call idempotent
  (``idempotent=True``) **or** the request provably never reached the server
  (connection refused, connect timeout, pool timeout), because a reservation or a
  payment must never be created twice;
* with full-jitter exponential backoff, ``uniform(0, min(8, 0.5 * 2**n))`` seconds,
  or the server's ``Retry-After`` (seconds or HTTP date, capped) when present;
* within one :class:`~octorate._deadline.Deadline`: an attempt is cancelled when the
  deadline passes, and a wait that would end past it is not started;
  :class:`~octorate._errors.DeadlineExceeded` is raised instead, chained to the last
  failure.

Quota (403 ApiQuotaException) and expired logins (403 ApiLoginExpired) are not
retried here: the rate limiter and the token manager deal with them below this loop.
"""

from __future__ import annotations

import contextlib
import email.utils
import logging
import math
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Final

import anyio
import attrs
import httpx

from ._deadline import Deadline
from ._errors import (
    APIConnectionError,
    APIError,
    DeadlineExceeded,
    error_from_response,
    map_transport_error,
    maybe_sent,
)
from ._logging import get_logger

__all__ = [
    "Deadline",
    "RetryPolicy",
    "call_with_retries",
    "is_success",
    "parse_retry_after",
]

_IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_RETRY_STATUSES: Final = frozenset({408, 500, 502, 503, 504, 550})
# 5xx codes that say "this will never work", so retrying only wastes quota.
_NEVER_RETRY_5XX: Final = frozenset({501, 505})


def parse_retry_after(
    headers: Mapping[str, str] | httpx.Headers,
    *,
    now: Callable[[], float] = time.time,
) -> float | None:
    """Return the wait a ``Retry-After`` header asks for, in seconds, or ``None``.

    Accepts ``retry-after-ms`` (milliseconds, a de-facto extension), ``retry-after``
    as (possibly fractional) seconds, and ``retry-after`` as an HTTP date compared
    with ``now`` (wall clock, since the date is wall-clock). Dates in the past and
    negative values give ``0.0``; unparseable, NaN or infinite values give ``None``.
    The result is not capped; :class:`RetryPolicy` caps it.
    """
    lowered = {k.lower(): v for k, v in headers.items()}
    raw_ms = lowered.get("retry-after-ms")
    if raw_ms is not None:
        ms = _finite_float(raw_ms)
        if ms is not None:
            return max(0.0, ms / 1000.0)
    raw = lowered.get("retry-after")
    if raw is None:
        return None
    seconds = _finite_float(raw)
    if seconds is not None:
        return max(0.0, seconds)
    try:
        when = email.utils.parsedate_to_datetime(raw.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # RFC 9110 dates are GMT; a naive parse means "no zone given"
        return None
    return max(0.0, when.timestamp() - now())


def _finite_float(text: str) -> float | None:
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def is_success(response: httpx.Response) -> bool:
    """Whether ``response`` is an outcome rather than an error: 2xx, or 304.

    Octorate answers PATCH/PUT with 304 "Not Modified" when the content was already
    as requested, which is a success for the caller.
    """
    return 200 <= response.status_code < 300 or response.status_code == 304


def _is_transport_error(error: BaseException) -> bool:
    return isinstance(error, httpx.TransportError | APIConnectionError)


def _provably_unsent(error: BaseException) -> bool:
    return not maybe_sent(error)


@attrs.frozen
class RetryPolicy:
    """How many times, after what and how long to wait before retrying a request.

    Immutable; derive variants with ``attrs.evolve(policy, max_retries=5)``.

    Attributes:
        max_retries: Retries after the first attempt (0 disables retrying).
        initial_backoff: The backoff cap for the first retry, in seconds.
        max_backoff: The largest backoff cap for any single wait, in seconds.
        multiplier: Growth of the backoff cap per retry.
        max_retry_after: The largest ``Retry-After`` honoured; longer requests are
            clamped to it (the deadline still applies).
        retry_statuses: Statuses always retried (for eligible methods).
        retry_server_errors: Also retry every other 5xx except 501 and 505.
        idempotent_methods: Methods retried after they may have reached the server.
        uniform: The jitter source, ``random.uniform`` by default (tests inject one).
        wall_clock: Wall-clock time for ``Retry-After`` dates.
    """

    max_retries: int = attrs.field(default=2, validator=attrs.validators.ge(0))
    initial_backoff: float = attrs.field(default=0.5, validator=attrs.validators.ge(0))
    max_backoff: float = attrs.field(default=8.0, validator=attrs.validators.ge(0))
    multiplier: float = attrs.field(default=2.0, validator=attrs.validators.ge(1))
    max_retry_after: float = attrs.field(default=60.0, validator=attrs.validators.ge(0))
    retry_statuses: frozenset[int] = _RETRY_STATUSES
    retry_server_errors: bool = True
    idempotent_methods: frozenset[str] = _IDEMPOTENT_METHODS
    uniform: Callable[[float, float], float] = attrs.field(
        default=random.uniform, eq=False, repr=False
    )
    wall_clock: Callable[[], float] = attrs.field(default=time.time, eq=False, repr=False)

    def backoff_cap(self, retries_taken: int) -> float:
        """Return the upper bound of the jittered wait before retry ``retries_taken + 1``."""
        try:
            grown = self.initial_backoff * self.multiplier**retries_taken
        except OverflowError:  # huge retry counts (max_retries=math.inf-like settings)
            grown = math.inf
        return min(self.max_backoff, grown)

    def backoff(self, retries_taken: int) -> float:
        """Return a full-jitter wait: ``uniform(0, backoff_cap(retries_taken))``."""
        cap = self.backoff_cap(retries_taken)
        # Clamp: an injected or buggy jitter source must not stretch the wait.
        return min(cap, max(0.0, self.uniform(0.0, cap)))

    def is_retryable_status(self, status: int) -> bool:
        """Whether a response with ``status`` may be retried (method rules aside)."""
        if status in self.retry_statuses:
            return True
        return self.retry_server_errors and 500 <= status <= 599 and status not in (
            _NEVER_RETRY_5XX
        )

    def is_idempotent(self, method: str, override: bool | None = None) -> bool:
        """Whether ``method`` may be repeated after it may have reached the server.

        ``override`` wins when not ``None`` (``True`` for a PATCH or a POST the caller
        knows to be safe, ``False`` to forbid even a GET from being repeated).
        """
        if override is not None:
            return override
        return method.upper() in self.idempotent_methods

    def should_retry(
        self,
        method: str,
        attempt: int,
        *,
        response: httpx.Response | None = None,
        error: BaseException | None = None,
        idempotent_override: bool | None = None,
        response_retryable: bool | None = None,
    ) -> float | None:
        """Decide whether to retry and return the wait in seconds, or ``None``.

        Args:
            method: The HTTP method.
            attempt: Retries already taken (0 after the first attempt failed).
            response: The response of the failed attempt, if there was one.
            error: The exception of the failed attempt (httpx transport errors and
                :class:`~octorate._errors.APIConnectionError` are retryable; anything
                else is not).
            idempotent_override: See :meth:`is_idempotent`.
            response_retryable: Overrides :meth:`is_retryable_status` when not
                ``None`` (the client's own predicate).

        Returns:
            ``None`` when retries are used up, the outcome is a success or not
            retryable, or the method must not be repeated; otherwise the delay: the
            capped ``Retry-After`` when the response has one, else :meth:`backoff`.
            A failure that provably never reached the server is retried for every
            method.
        """
        if attempt >= self.max_retries:
            return None
        if error is not None:
            if not _is_transport_error(error):
                return None
            if not (_provably_unsent(error) or self.is_idempotent(method, idempotent_override)):
                return None
            return self.backoff(attempt)
        if response is None or is_success(response):
            return None
        retryable = (
            self.is_retryable_status(response.status_code)
            if response_retryable is None
            else response_retryable
        )
        # A response proves the server received the request: only methods that are
        # safe to repeat qualify, whatever the status.
        if not retryable or not self.is_idempotent(method, idempotent_override):
            return None
        retry_after = parse_retry_after(response.headers, now=self.wall_clock)
        if retry_after is not None:
            return min(retry_after, self.max_retry_after)
        return self.backoff(attempt)


def _describe(response: httpx.Response | None, error: BaseException | None) -> str:
    if response is not None:
        return str(response.status_code)
    return type(error).__name__


async def _read_body(response: httpx.Response, deadline: Deadline) -> None:
    # Error mapping needs the body; a streamed response may not have it yet. Bounded
    # by the deadline, and failures only cost the message detail, never the error.
    with deadline.cancel_scope(), contextlib.suppress(httpx.HTTPError, httpx.StreamError):
        await response.aread()


async def _final_error(
    response: httpx.Response | None,
    error: BaseException | None,
    *,
    deadline: Deadline,
    operation: str | None,
    retries: int,
) -> APIError | APIConnectionError:
    if response is not None:
        await _read_body(response, deadline)
        return error_from_response(response, operation=operation, retries=retries)
    if isinstance(error, APIConnectionError):
        error.retries = retries
        if error.operation is None:
            error.operation = operation
        return error
    assert isinstance(error, httpx.RequestError)
    return map_transport_error(error, operation=operation, retries=retries)


async def call_with_retries(
    send: Callable[[int], Awaitable[httpx.Response]],
    *,
    method: str,
    policy: RetryPolicy | None = None,
    deadline: Deadline | None = None,
    operation: str | None = None,
    logger: logging.Logger | None = None,
    is_retryable_response: Callable[[httpx.Response], bool] | None = None,
    idempotent: bool | None = None,
    raise_for_status: bool = True,
    sleep: Callable[[float], Awaitable[object]] = anyio.sleep,
) -> tuple[httpx.Response, int]:
    """Call ``send(attempt)`` until it succeeds, retries run out or the deadline passes.

    ``send`` gets the number of retries taken so far (0 on the first call; send it as
    a header or use it for metrics) and must perform exactly one HTTP exchange. It
    runs inside a cancel scope bound to ``deadline``. Between attempts the response
    of the failed attempt is closed and one line is logged at INFO, e.g.
    ``retrying GET /rest/v1/calendar/{accommodation} in 0.73s (attempt 2/3) after 503``.
    Operation templates, not URLs, are logged, so ids and query secrets stay out.

    Args:
        send: Performs one attempt and returns its response.
        method: The HTTP method, for the idempotency rules.
        policy: Retry rules; ``RetryPolicy()`` by default.
        deadline: Bounds every attempt and wait; none by default.
        operation: What is called (``"GET /rest/v1/calendar/{accommodation}"``); used in
            logs and errors. Defaults to ``method``.
        logger: Where the retry lines go; the ``octorate`` logger by default.
        is_retryable_response: Replaces the policy's status rule when given.
        idempotent: Marks the call safe (``True``) or unsafe (``False``) to repeat;
            ``None`` decides by method.
        raise_for_status: Raise the mapped :class:`~octorate._errors.APIError` for a
            final non-success response (preferred); ``False`` returns it instead.
        sleep: The sleep function (tests inject a fake clock's sleep).

    Returns:
        ``(response, retries_taken)``; the response is a success (2xx or 304) unless
        ``raise_for_status`` is false.

    Raises:
        APIError: The final response was an error (``raise_for_status``); ``.retries``
            is set.
        APIConnectionError: The last attempt failed in transport (``APITimeoutError``
            for timeouts); chained to the httpx exception.
        DeadlineExceeded: The deadline passed during an attempt, or the next wait
            would end past it; chained to the last failure.
        Exception: Anything else ``send`` raises propagates unchanged, and is not
            retried.
    """
    policy = policy if policy is not None else RetryPolicy()
    deadline = deadline if deadline is not None else Deadline.never()
    log = logger if logger is not None else get_logger()
    label = operation or method.upper()
    retries = 0
    last: BaseException | None = None

    while True:
        if deadline.expired:
            msg = f"deadline exceeded before attempt {retries + 1} of {label}"
            raise DeadlineExceeded(msg, operation=operation, retries=retries) from last
        response: httpx.Response | None = None
        error: BaseException | None = None
        with deadline.cancel_scope() as scope:
            try:
                response = await send(retries)
            except (httpx.TransportError, APIConnectionError) as exc:
                error = exc
        if scope.cancelled_caught:
            msg = f"deadline exceeded during attempt {retries + 1} of {label}"
            raise DeadlineExceeded(msg, operation=operation, retries=retries) from last

        if response is not None and is_success(response):
            return response, retries

        delay = policy.should_retry(
            method,
            retries,
            response=response,
            error=error,
            idempotent_override=idempotent,
            response_retryable=(
                is_retryable_response(response)
                if response is not None and is_retryable_response is not None
                else None
            ),
        )
        if delay is None:
            if response is not None and not raise_for_status:
                return response, retries
            final = await _final_error(
                response, error, deadline=deadline, operation=operation, retries=retries
            )
            log.debug("giving up on %s after %d retries: %s", label, retries, final)
            if final is error:  # already an SDK error raised by `send`
                raise final
            raise final from error

        if not deadline.allows(delay):
            final = await _final_error(
                response, error, deadline=deadline, operation=operation, retries=retries
            )
            if final is not error:
                final.__cause__ = error
            msg = (
                f"deadline exceeded: {label} would retry in {delay:.2f}s with "
                f"{deadline.remaining():.2f}s left (after {_describe(response, error)})"
            )
            raise DeadlineExceeded(msg, operation=operation, retries=retries) from final

        log.info(
            "retrying %s in %.2fs (attempt %d/%d) after %s",
            label,
            delay,
            retries + 2,
            policy.max_retries + 1,
            _describe(response, error),
        )
        if response is not None:
            # Keep the failure for chaining if a later attempt hits the deadline; the
            # body is used only if `send` already read it (no I/O here).
            last = error_from_response(response, operation=operation, retries=retries)
            await response.aclose()
        else:
            last = error
        await sleep(delay)
        retries += 1
