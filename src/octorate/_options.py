"""Per-call options: the one hand-written type the generated resource methods name.

Kept apart from ``_client`` so that ``_generated`` can refer to it (for typing only)
without importing the runtime.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs
import httpx

__all__ = ["RequestOptions"]


@attrs.frozen
class RequestOptions:
    """Per-call overrides, passed as ``options=`` to any operation method.

    Attributes:
        timeout: httpx timeout for each attempt (seconds or ``httpx.Timeout``).
        max_retries: Retries after the first attempt for this call.
        deadline: Seconds for the whole call: quota waits, attempts and backoff.
        headers: Extra request headers (``Authorization`` cannot be overridden).
        idempotent: Mark a PATCH or POST safe to repeat (``True``) or force no repeat.
        weight: Quota units this call costs up front (Octorate charges heavy calls more).
        accommodation: The property whose quota this call spends, for operations whose
            request does not name one (``calendar.bulk`` names only room ids). Calls that
            name no property otherwise share the API-member key.
    """

    timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None
    deadline: float | None = None
    headers: Mapping[str, str] | None = None
    idempotent: bool | None = None
    weight: int = 1
    accommodation: str | None = None
