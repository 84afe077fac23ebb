"""Configuration of the sandbox and the manual clock tests drive it with."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    import httpx

__all__ = ["ManualClock", "SandboxConfig"]

#: 2026-01-01T00:00:00Z, the default start of a ManualClock.
_DEFAULT_EPOCH = 1_767_225_600.0


@attrs.define
class ManualClock:
    """A wall clock (UNIX seconds) that only moves when told to.

    Pass it as ``SandboxConfig(clock=ManualClock())`` and call ``advance`` (or
    ``SandboxState.advance``) to expire tokens, authorization codes and quota
    windows without sleeping.
    """

    now: float = _DEFAULT_EPOCH

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Move the clock forward by ``seconds`` (never backwards)."""
        if seconds < 0:
            msg = f"cannot move the clock backwards ({seconds} s)"
            raise ValueError(msg)
        self.now += seconds


def _tuple_of_str(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value)


@attrs.frozen(kw_only=True)
class SandboxConfig:
    """What the sandbox accepts, seeds and how it behaves. Every field has a default.

    Attributes:
        client_id: the API member's public key accepted by the identity endpoints.
        client_secret: the matching secret.
        api_member_id: numeric id of the API member (``apiMember`` in subscriptions).
        legacy_api_key: the old API key ``POST /identity/migrate`` accepts (header ``key``).
        user_name: the Octorate user who grants access on the authorization page.
        accommodation_ids: properties the user owns and the OAuth grant covers.
        foreign_accommodation_ids: seeded properties nobody in the sandbox may access;
            calls on them answer 403 ``ApiSecurityException``.
        redirect_uris: redirect URIs the authorization page accepts (``None``: any).
        access_token_lifetime: seconds an access token lives (Octorate: 24 h).
        code_lifetime: seconds an authorization code can be exchanged (Octorate: 1 min).
        quota_limit: calls per accommodation (or per API member) per window.
        quota_window: length of the sliding quota window, in seconds.
        clock: returns the current UNIX time in seconds; pass a ``ManualClock`` in tests.
        seed: seeds product ids, prices and other generated data.
        calendar_start: first seeded calendar day (default: the clock's UTC date).
        calendar_days: how many days of calendar are seeded (default two years).
        calendar_max_page_size: calendar ``size`` above this answers 400 ``errPageSize``.
        list_max_page_size: the same limit for the other paged lists.
        strict_reservations: reject reservations missing any schema-required field.
        stateful: simulate the core endpoints; ``False`` answers every operation
            from the spec samples (auth and quota still enforced).
        webhook_retry_delays: seconds to wait before each retry; the last value repeats.
        webhook_max_attempts: attempts per notification before giving up.
        webhook_timeout: seconds a receiver has to answer one attempt.
        webhook_transport: the httpx transport deliveries go through (tests inject
            ``httpx.MockTransport`` or an ``httpx.ASGITransport``).
        samples: operation samples to use instead of the packaged ``_samples.json``.
    """

    client_id: str = "public_sandbox0000000000000000000000"
    client_secret: str = "secret_sandbox000000000000000000000000SANDBOXKEY"  # noqa: S105
    api_member_id: int = 359
    legacy_api_key: str = "legacy-sandbox-key"
    user_name: str = "sandbox.user"
    accommodation_ids: tuple[str, ...] = attrs.field(
        default=("112696", "112697"), converter=_tuple_of_str
    )
    foreign_accommodation_ids: tuple[str, ...] = attrs.field(
        default=("112698",), converter=_tuple_of_str
    )
    redirect_uris: tuple[str, ...] | None = None
    access_token_lifetime: float = 86_400.0
    code_lifetime: float = 60.0
    quota_limit: int = 100
    quota_window: float = 300.0
    clock: Callable[[], float] = time.time
    seed: int = 0
    calendar_start: dt.date | None = None
    calendar_days: int = 730
    calendar_max_page_size: int = 50
    list_max_page_size: int = 500
    strict_reservations: bool = True
    stateful: bool = True
    webhook_retry_delays: tuple[float, ...] = (
        5.0, 30.0, 120.0, 600.0, 1800.0, 3600.0, 7200.0, 14_400.0, 28_800.0,
    )
    webhook_max_attempts: int = 30
    webhook_timeout: float = 5.0
    webhook_transport: httpx.AsyncBaseTransport | None = None
    samples: dict[str, Any] | None = None
