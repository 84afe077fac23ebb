"""The exception hierarchy: every failure the SDK raises derives from OctorateError."""

from __future__ import annotations

__all__ = ["DeadlineExceeded", "OctorateError"]


class OctorateError(Exception):
    """Base class of every exception the SDK raises on purpose."""


class DeadlineExceeded(OctorateError, TimeoutError):
    """The per-call deadline passed before the call could complete.

    Raised by whichever layer notices first: the rate limiter (waiting for
    quota), the retry loop (waiting between attempts) or the transport.
    """
