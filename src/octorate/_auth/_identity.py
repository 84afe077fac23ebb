"""Calls to Octorate's identity endpoints and translation of their failures."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any

import httpx

from .._errors import WrongEnvironment, error_from_response
from ._errors import (
    AuthenticationError,
    IdentityUnavailableError,
    InvalidCredentialsError,
    TokenRefreshError,
    WrongEnvironmentError,
)
from ._token import Token, parse_expire_date, scrub

__all__ = ["Send", "call_identity", "error_for", "token_from_response"]

_log = logging.getLogger("octorate.auth")

Send = Callable[[httpx.Request], Awaitable[httpx.Response]]
"""Sends one request without auth or retries (supplied by the runtime)."""


def _body_json(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return None


def error_for(
    response: httpx.Response,
    what: str,
    secrets: Iterable[str | None],
    *,
    refresh: bool = False,
) -> AuthenticationError:
    """Build the typed error for a non-2xx identity response.

    The message holds the endpoint, the status, Octorate's error ``type`` and
    its ``message`` scrubbed of every known secret; the body is not attached.
    ``refresh=True`` always yields :class:`TokenRefreshError` (with the same
    attributes), so callers waiting on a refresh catch one type.
    """
    # Octorate's error body is read in one place (octorate._errors); the auth layer
    # only chooses its own class and keeps secrets out of the message.
    api_error = error_from_response(response, operation=what)
    error_type = api_error.type
    detail = scrub(api_error.message[:200], secrets) if api_error.message else ""
    status = response.status_code
    request_id = api_error.request_id
    parts = [f"{what} failed: HTTP {status}"]
    if error_type:
        parts.append(error_type)
    if detail:
        parts.append(repr(detail))
    if request_id:
        parts.append(f"(request-id {request_id})")
    message = " ".join(parts)
    retryable = status >= 500 or status == 429
    cls: type[AuthenticationError]
    if refresh:
        cls = TokenRefreshError
    elif status >= 500:
        cls = IdentityUnavailableError
    elif isinstance(api_error, WrongEnvironment):  # either spelling of Octorate's type
        cls = WrongEnvironmentError
    elif status in (400, 401):
        cls = InvalidCredentialsError
    else:
        cls = AuthenticationError
    return cls(
        message,
        status_code=status,
        error_type=error_type,
        request_id=request_id,
        retryable=retryable,
    )


async def call_identity(
    send: Send,
    request: httpx.Request,
    what: str,
    secrets: Iterable[str | None],
    *,
    refresh: bool = False,
) -> httpx.Response:
    """Send an identity request; return the 2xx response or raise a typed error.

    Transport failures become :class:`IdentityUnavailableError` (or
    :class:`TokenRefreshError` when ``refresh``), with ``retryable=True``.
    """
    try:
        response = await send(request)
        await response.aread()
    except httpx.TransportError as exc:
        message = f"{what} failed: cannot reach {request.url.host} ({type(exc).__name__})"
        cls = TokenRefreshError if refresh else IdentityUnavailableError
        raise cls(message, retryable=True) from None
    if not response.is_success:
        raise error_for(response, what, secrets, refresh=refresh)
    return response


def token_from_response(
    response: httpx.Response,
    *,
    what: str,
    now: float,
    default_lifetime: float,
    refresh: bool = False,
) -> tuple[Token, bool]:
    """Parse an ``OAuthToken2`` body into a Token (without grant metadata).

    Lifetime: ``expires_in`` (seconds) if present, else ``expireDate``
    (ISO-8601, optionally with a ``[UTC]`` suffix), else ``default_lifetime``.
    ``access_token`` falls back to ``accessToken``; a body wrapped in
    ``{"data": {...}}`` is unwrapped.

    Returns:
        The token and whether its lifetime was known (False when assumed).

    Raises:
        AuthenticationError (TokenRefreshError when ``refresh``): the body is
            not JSON or carries no access token.
    """
    body = _body_json(response)
    if isinstance(body, Mapping) and "access_token" not in body and isinstance(
        body.get("data"), Mapping
    ):
        body = body["data"]
    access = None
    if isinstance(body, Mapping):
        access = body.get("access_token") or body.get("accessToken")
    if not isinstance(access, str) or not access:
        cls = TokenRefreshError if refresh else AuthenticationError
        message = f"{what} failed: HTTP {response.status_code} response has no access_token"
        raise cls(message, status_code=response.status_code)
    assert isinstance(body, Mapping)
    refresh_token = body.get("refresh_token") or body.get("refreshToken")
    if not isinstance(refresh_token, str) or not refresh_token:
        refresh_token = None
    expires_at: float | None = None
    expires_in = body.get("expires_in")
    if isinstance(expires_in, str) and expires_in.isdigit():
        expires_in = int(expires_in)
    if isinstance(expires_in, int | float) and not isinstance(expires_in, bool) and expires_in > 0:
        expires_at = now + float(expires_in)
    else:
        expire_date = body.get("expireDate")
        if isinstance(expire_date, str):
            expires_at = parse_expire_date(expire_date)
            if expires_at is None:
                _log.warning("%s: unparseable expireDate; assuming %gs lifetime",
                             what, default_lifetime)
    if expires_at is not None and expires_at <= now:
        # A freshly issued token that is already expired means clock skew between us
        # and Octorate; trust neither and fall back to the assumed lifetime.
        _log.warning("%s: token expiry lies in the past (clock skew?); assuming %gs lifetime",
                     what, default_lifetime)
        expires_at = None
    known = expires_at is not None
    if expires_at is None:
        expires_at = now + default_lifetime
    token = Token(
        access_token=access,
        refresh_token=refresh_token,
        expires_at=expires_at,
        obtained_at=now,
    )
    return token, known
