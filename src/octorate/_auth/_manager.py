"""TokenManager: obtains, caches, shares and renews Octorate access tokens."""

from __future__ import annotations

import enum
import hmac
import logging
import secrets
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import Any
from urllib.parse import urlencode

import anyio
import attrs
import httpx

from .._logging import register_secret
from ._errors import (
    AuthenticationError,
    IdentityUnavailableError,
    InvalidCredentialsError,
    NoGrantError,
    StateMismatchError,
    TokenStoreError,
    WrongEnvironmentError,
)
from ._identity import Send, call_identity, token_from_response
from ._stores import MemoryTokenStore, TokenStore
from ._token import REDACTED, Token, fingerprint

__all__ = [
    "DEFAULT_AUTHORIZE_URL",
    "DEFAULT_BASE_URL",
    "TokenManager",
    "TokenManagerStatistics",
    "ValidationReason",
    "ValidationResult",
    "check_credentials",
]

_log = logging.getLogger("octorate.auth")

DEFAULT_BASE_URL = "https://api.octorate.com/connect"
DEFAULT_AUTHORIZE_URL = "https://admin.octorate.com/octobook/identity/oauth.xhtml"

_OAUTH = "OAuthLogin"
_API = "ApiOperations"
_KEY = "Key"
_DEFAULT_GRANT = "*"
_MAX_DISCOVERY_PAGES = 100


class ValidationReason(enum.StrEnum):
    """Why :meth:`TokenManager.validate` succeeded or failed."""

    OK = "ok"
    INVALID_CREDENTIALS = "invalid_credentials"  # 400 / 401 ApiKeyInvalid, ApiKeyMissing
    WRONG_ENVIRONMENT = "wrong_environment"  # 403 WrongEnviroment (sandbox vs production)
    QUOTA_EXCEEDED = "quota_exceeded"  # 403 ApiQuotaException
    FORBIDDEN = "forbidden"  # any other 403
    WRONG_BASE_URL = "wrong_base_url"  # 404 (no such endpoint) or an invalid URL
    SERVER_ERROR = "server_error"  # 5xx
    NETWORK_ERROR = "network_error"  # DNS, connect, TLS, timeout
    UNEXPECTED_RESPONSE = "unexpected_response"  # anything else, e.g. 200 without a token


@attrs.frozen(slots=True)
class ValidationResult:
    """Outcome of a credential check; truthy when the credentials work.

    Attributes:
        ok: True when ``apilogin`` returned an access token.
        reason: the classified outcome.
        message: a one-line, secret-free explanation for humans.
        status_code: HTTP status of the identity response, if any.
        error_type: Octorate's ``ApiError.type``, if any.
        request_id: the ``request-id`` response header, if any.
        expires_at: expiry (epoch seconds) of the token obtained, when ok.
    """

    ok: bool
    reason: ValidationReason
    message: str
    status_code: int | None = None
    error_type: str | None = None
    request_id: str | None = None
    expires_at: float | None = None

    def __bool__(self) -> bool:
        return self.ok


@attrs.frozen(slots=True)
class TokenManagerStatistics:
    """Counters of a :class:`TokenManager` (for tests and monitoring).

    Attributes:
        apilogins: ``/identity/apilogin`` calls attempted.
        refreshes: ``/identity/refresh`` calls attempted.
        renewals_in_flight: token keys currently being renewed in this process.
    """

    apilogins: int
    refreshes: int
    renewals_in_flight: int


@attrs.define(slots=True, eq=False)
class _Flight:
    """One renewal in progress; waiters share its outcome."""

    done: anyio.Event = attrs.field(factory=anyio.Event)
    token: Token | None = None
    error: Exception | None = None


def _as_accommodations(value: Iterable[str | int] | str | int | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str | int):
        return (str(value),)
    return tuple(dict.fromkeys(str(v) for v in value))


def _same_secret(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())


def _strip(value: str) -> str:
    return value.rstrip("/")


@attrs.define(slots=True, eq=False, repr=False)
class TokenManager:
    """Obtain, cache, share and renew the tokens an Octorate client needs.

    Two kinds of token exist. ``ApiOperations`` operations use the
    *apilogin* token (client credentials, fetched on first use). ``OAuthLogin``
    operations use a per-property *grant*: a refresh token obtained through
    the OAuth code flow (:meth:`exchange_code`), a property creation
    (:meth:`add_refresh_token`) or an old API key (:meth:`migrate_api_key`),
    exchanged for short-lived access tokens.

    Tokens are renewed *proactively* ``refresh_skew`` seconds before expiry
    (capped at half the token's lifetime) and *reactively* when the runtime
    reports a rejection (:meth:`token_expired`). Renewals are single-flight:
    concurrent callers needing the same renewal share one identity call, and
    share its failure too, and the store's ``lock`` extends this across
    processes sharing the store. A failed renewal is not remembered: the next
    call tries again.

    Store keys are ``"<client_id>:apilogin"`` and ``"<client_id>:oauth:<id>"``
    (``<id>`` is the property id, or ``*`` for the default grant used by
    ``OAuthLogin`` operations without a property).

    Secrets (client secret, tokens, codes, old API keys) never appear in
    ``repr``, log records (logger ``octorate.auth``) or exception messages.

    Args:
        client_id: the API member's public client id.
        client_secret: the API member's secret.
        store: where tokens live; default a fresh :class:`MemoryTokenStore`.
        base_url: API root, default ``https://api.octorate.com/connect``.
        refresh_skew: renew this many seconds before expiry.
        clock: wall-clock seconds since the epoch (shared stores compare
            expiry across processes, so this must be wall time, not monotonic).
        redirect_uri: the whitelisted OAuth redirect URI; used for the
            authorization URL carried by :class:`NoGrantError`.
        authorize_url: the consent page, default Octorate's ``oauth.xhtml``.
        default_lifetime: lifetime assumed when a token response carries
            neither ``expires_in`` nor a parseable ``expireDate``.
    """

    client_id: str
    _client_secret: str = attrs.field(alias="client_secret")
    store: TokenStore = attrs.field(factory=MemoryTokenStore, kw_only=True)
    base_url: str = attrs.field(default=DEFAULT_BASE_URL, kw_only=True, converter=_strip)
    refresh_skew: float = attrs.field(default=60.0, kw_only=True)
    clock: Callable[[], float] = attrs.field(default=time.time, kw_only=True)
    redirect_uri: str | None = attrs.field(default=None, kw_only=True)
    authorize_url: str = attrs.field(default=DEFAULT_AUTHORIZE_URL, kw_only=True)
    default_lifetime: float = attrs.field(default=3600.0, kw_only=True)
    _flights: dict[str, _Flight] = attrs.field(factory=dict, init=False)
    _apilogins: int = attrs.field(default=0, init=False)
    _refreshes: int = attrs.field(default=0, init=False)

    def __repr__(self) -> str:
        return (
            f"TokenManager(client_id={self.client_id!r}, client_secret={REDACTED!r}, "
            f"store={self.store!r}, base_url={self.base_url!r})"
        )

    def __attrs_post_init__(self) -> None:
        # Defence in depth: the SDK-wide log/error redaction also knows our secrets.
        register_secret(self._client_secret, owner=self)

    def _remember(self, token: Token) -> Token:
        register_secret(token.access_token, owner=self)
        register_secret(token.refresh_token, owner=self)
        return token

    def statistics(self) -> TokenManagerStatistics:
        """Return counters of identity calls and renewals in progress."""
        return TokenManagerStatistics(
            apilogins=self._apilogins,
            refreshes=self._refreshes,
            renewals_in_flight=len(self._flights),
        )

    # ------------------------------------------------------------------
    # Runtime-facing API
    # ------------------------------------------------------------------

    async def authorization(self, scheme: str | None, accommodation: str | None, send: Send) -> str:
        """Return the ``Authorization`` header value for one operation.

        Args:
            scheme: the operation's security scheme: ``"ApiOperations"``,
                ``"OAuthLogin"``, ``"Key"`` or None for a public operation.
                ``Key`` is the legacy API key, which travels in the operation's
                own ``key`` header parameter (only ``/identity/migrate`` requires
                it), so no bearer token is sent for it.
            accommodation: the property the operation targets, or None for
                network/member operations.
            send: sends a request without auth or retries (identity calls).

        Returns:
            ``"Bearer <token>"``, or ``""`` for a public or ``Key`` operation
            (send no header).

        Raises:
            NoGrantError: OAuthLogin for a property with no grant, or without a
                property when there is no default grant.
            TokenRefreshError: the grant's refresh failed.
            AuthenticationError: apilogin failed (a subclass tells why).
            TokenStoreError: the store failed.
            ValueError: unknown scheme.
        """
        if scheme is None or scheme == _KEY:
            return ""
        key, token = await self._lookup(scheme, accommodation)
        if (
            token is not None
            and token.access_token
            and not token.needs_refresh(self.clock(), self.refresh_skew)
        ):
            return token.authorization
        fresh = await self._renew(scheme, accommodation, key, token, None, send)
        return fresh.authorization

    async def token_expired(
        self,
        scheme: str | None,
        accommodation: str | None,
        rejected_authorization: str,
        send: Send,
    ) -> None:
        """Handle a 401 or 403 ``ApiLoginExpired`` answer to a request.

        Renews the token unless another task or process already replaced the
        rejected one (compared in constant time with the stored token); after
        this returns, call :meth:`authorization` again and replay the request
        once. Concurrent reports of the same rejection cause one renewal.

        Args:
            rejected_authorization: the exact ``Authorization`` value sent.

        Raises:
            The same errors as :meth:`authorization`.
        """
        if scheme is None:
            return
        key, token = await self._lookup(scheme, accommodation)
        if token is not None and self._usable(token, rejected_authorization):
            _log.debug("token for %s was already replaced; no renewal needed", key)
            return
        await self._renew(scheme, accommodation, key, token, rejected_authorization, send)

    # ------------------------------------------------------------------
    # OAuth code flow, grants obtained elsewhere, migration
    # ------------------------------------------------------------------

    def authorization_url(
        self, redirect_uri: str | None = None, state: str | None = None
    ) -> tuple[str, str]:
        """Build the consent URL to send a property's user to.

        Args:
            redirect_uri: the whitelisted (https) redirect URI; defaults to the
                manager's ``redirect_uri``.
            state: the anti-CSRF value to embed; by default 32 random bytes
                from :func:`secrets.token_urlsafe`.

        Returns:
            ``(url, state)``. Keep ``state`` (e.g. in the user's session) and
            pass it as ``expected_state`` to :meth:`exchange_code`.

        Raises:
            ValueError: no redirect URI given or configured.
        """
        redirect_uri = redirect_uri or self.redirect_uri
        if not redirect_uri:
            msg = "authorization_url needs a redirect_uri (argument or TokenManager(redirect_uri=))"
            raise ValueError(msg)
        state = state or secrets.token_urlsafe(32)
        return self._consent_url(redirect_uri, state), state

    def _consent_url(self, redirect_uri: str | None, state: str) -> str:
        params = {"client_id": self.client_id}
        if redirect_uri:
            params["redirect_uri"] = redirect_uri
        params["state"] = state
        return f"{self.authorize_url}?{urlencode(params)}"

    async def exchange_code(
        self,
        code: str,
        *,
        state: str | None,
        expected_state: str | None,
        redirect_uri: str | None = None,
        send: Send,
        accommodations: Iterable[str | int] | str | int | None = None,
        default: bool = False,
        discover: bool = True,
    ) -> Token:
        """Exchange the one-shot OAuth ``code`` for a grant and store it.

        ``state`` (from the callback URL) must equal ``expected_state`` (the
        one issued by :meth:`authorization_url`); they are compared in
        constant time and a missing value never matches. Octorate gives the
        code a short life (1-3 minutes): call this right away.

        The grant is recorded for ``accommodations`` when given; otherwise,
        with ``discover``, the properties are learnt from ``GET
        /rest/v1/accommodation`` (which with an OAuth token lists the token's
        properties). When none can be determined, or with ``default=True``,
        the grant also becomes the default grant for ``OAuthLogin``
        operations without a property.

        Returns:
            The stored token (its ``repr`` hides the secrets).

        Raises:
            StateMismatchError: ``state`` differs from ``expected_state``;
                nothing is sent.
            InvalidCredentialsError: HTTP 400/401 (bad code, redirect URI or
                client credentials).
            AuthenticationError: other refusals, with Octorate's ``error_type``; a
                403 ``ApiSecurityException`` (how the sandbox answers an unknown or
                reused code, ``errInvalidCode``) lands here.
            IdentityUnavailableError: network errors and 5xx.
            ValueError: no redirect URI given or configured.
        """
        if not state or not expected_state or not _same_secret(state, expected_state):
            msg = (
                "OAuth state mismatch: the callback does not belong to an authorization we started"
            )
            raise StateMismatchError(msg)
        redirect_uri = redirect_uri or self.redirect_uri
        if not redirect_uri:
            msg = "exchange_code needs the redirect_uri used in the authorization URL"
            raise ValueError(msg)
        _log.debug("exchanging OAuth code for a grant")
        token, _, _ = await self._post_for_token(
            send,
            "token",
            {
                "client_id": self.client_id,
                "client_secret": self._client_secret,
                "code": code,
                "redirect_uri": redirect_uri,
                "grant_type": "code",
            },
            what="code exchange",
            secrets=(self._client_secret, code),
        )
        if token.refresh_token is None:
            _log.warning("code exchange returned no refresh_token; the grant cannot be renewed")
        covered = _as_accommodations(accommodations)
        if not covered and discover:
            covered = await self._discover(token, send)
        token = self._remember(
            attrs.evolve(token, accommodations=covered, default_grant=default or not covered)
        )
        register_secret(code, owner=self)
        await self._save_grant(token)
        _log.info(
            "stored OAuth grant for accommodations %s%s",
            list(covered),
            " (default grant)" if token.default_grant else "",
        )
        return token

    async def add_refresh_token(
        self,
        refresh_token: str,
        accommodations: Iterable[str | int] | str | int | None,
        *,
        default: bool = False,
    ) -> None:
        """Record a grant obtained elsewhere (e.g. ``POST /rest/v2/accommodation``).

        The first use fetches an access token through ``/identity/refresh``.
        Without accommodations, or with ``default=True``, the grant also
        becomes the default grant. Replaces any grant stored for those
        properties.

        Raises:
            ValueError: empty refresh token.
            TokenStoreError: the store failed.
        """
        if not refresh_token:
            msg = "refresh_token must not be empty"
            raise ValueError(msg)
        covered = _as_accommodations(accommodations)
        now = self.clock()
        token = Token(
            access_token=None,
            refresh_token=refresh_token,
            expires_at=now,
            obtained_at=now,
            accommodations=covered,
            default_grant=default or not covered,
        )
        self._remember(token)
        await self._save_grant(token)
        _log.info("added OAuth grant for accommodations %s", list(covered))

    async def migrate_api_key(self, api_key: str, accommodation: str | int, send: Send) -> Token:
        """Turn a pre-2020 API key into an OAuth grant for one property.

        ``POST /rest/v1/identity/migrate`` with header ``key`` and form field
        ``accommodation``. Octorate allows this once per property and does not
        invalidate the old key. The grant is stored for the property.

        Raises:
            InvalidCredentialsError: HTTP 400/401.
            AuthenticationError, IdentityUnavailableError: other failures.
        """
        accommodation = str(accommodation)
        _log.debug("migrating API key for accommodation %s", accommodation)
        token, _, _ = await self._post_for_token(
            send,
            "migrate",
            {"accommodation": accommodation},
            what="API key migration",
            secrets=(self._client_secret, api_key),
            headers={"key": api_key},
        )
        if token.refresh_token is None:
            _log.warning("API key migration returned no refresh_token for %s", accommodation)
        register_secret(api_key, owner=self)
        token = self._remember(attrs.evolve(token, accommodations=(accommodation,)))
        await self._save_grant(token)
        return token

    async def forget(self, accommodation: str | None) -> None:
        """Delete the stored grant for a property (None: the default grant)."""
        await self.store.delete(self._grant_key(accommodation))

    # ------------------------------------------------------------------
    # Credential validation
    # ------------------------------------------------------------------

    async def validate(self, send: Send) -> ValidationResult:
        """Check the client credentials now by performing an apilogin.

        Never raises for a credential or network problem: the outcome is
        classified in :class:`ValidationResult`. On success the token is
        stored for later ``ApiOperations`` calls (a store failure is logged,
        not reported).
        """
        try:
            token = await self._apilogin(send)
        except AuthenticationError as exc:
            return _classify(exc)
        except httpx.InvalidURL:
            return ValidationResult(
                ok=False,
                reason=ValidationReason.WRONG_BASE_URL,
                message=f"invalid base URL {self.base_url!r}",
            )
        try:
            await self.store.set(self._api_key(), token)
        except TokenStoreError as exc:
            _log.warning("credentials valid, but the token could not be stored: %s", exc)
        return ValidationResult(
            ok=True,
            reason=ValidationReason.OK,
            message="credentials accepted",
            status_code=200,
            expires_at=token.expires_at,
        )

    # ------------------------------------------------------------------
    # Internals
    # ------------------------------------------------------------------

    def _api_key(self) -> str:
        return f"{self.client_id}:apilogin"

    async def default_accommodation(self) -> str | None:
        """The property of the default grant, when it covers exactly one.

        Operations such as ``calendar.bulk`` name only room ids, yet Octorate charges
        them to the property of the token; the runtime keys their quota on this.
        """
        token = await self.store.get(self._grant_key(None))
        if token is not None and len(token.accommodations) == 1:
            return token.accommodations[0]
        return None

    def _grant_key(self, accommodation: str | None) -> str:
        target = _DEFAULT_GRANT if accommodation is None else accommodation
        return f"{self.client_id}:oauth:{target}"

    async def _lookup(self, scheme: str, accommodation: str | None) -> tuple[str, Token | None]:
        if scheme == _API:
            key = self._api_key()
            return key, await self.store.get(key)
        if scheme in (_OAUTH, _KEY):
            if accommodation is not None:
                accommodation = str(accommodation)
            key = self._grant_key(accommodation)
            token = await self.store.get(key)
            if token is None:
                raise self._no_grant(accommodation)
            return key, token
        msg = f"unknown security scheme {scheme!r}"
        raise ValueError(msg)

    def _no_grant(self, accommodation: str | None) -> NoGrantError:
        state = secrets.token_urlsafe(32)
        return NoGrantError(
            accommodation,
            authorization_url=self._consent_url(self.redirect_uri, state),
            state=state,
        )

    def _usable(self, token: Token, rejected: str | None) -> bool:
        if not token.access_token or token.needs_refresh(self.clock(), self.refresh_skew):
            return False
        return rejected is None or not _same_secret(token.authorization, rejected)

    async def _renew(
        self,
        scheme: str,
        accommodation: str | None,
        key: str,
        stale: Token | None,
        rejected: str | None,
        send: Send,
    ) -> Token:
        """Renew the token at ``key`` once for all concurrent callers."""
        if scheme == _API:
            flight_key = "apilogin"
        elif stale is not None and stale.refresh_token:
            flight_key = f"grant:{fingerprint(stale.refresh_token)}"
        else:
            flight_key = f"key:{key}"

        async def work() -> Token:
            async with self.store.lock(f"{self.client_id}:{flight_key}"):
                # Another task or process may have renewed while we waited.
                current = await self.store.get(key)
                if current is not None and self._usable(current, rejected):
                    _log.debug("token for %s was renewed elsewhere; using it", key)
                    return current
                if scheme == _API:
                    token = await self._apilogin(send)
                    await self.store.set(key, token)
                    return token
                base = current if current is not None else stale
                if base is None or not base.refresh_token:
                    raise self._no_grant(accommodation)
                token = await self._refresh(base, send)
                await self._save_grant(token, key)
                return token

        return await self._single_flight(flight_key, work)

    async def _single_flight(self, flight_key: str, work: Callable[[], Awaitable[Token]]) -> Token:
        while True:
            flight = self._flights.get(flight_key)
            if flight is None:
                flight = self._flights[flight_key] = _Flight()
                try:
                    flight.token = await work()
                except Exception as exc:
                    flight.error = exc
                    raise
                finally:
                    # A cancelled leader leaves neither token nor error: waiters retry.
                    del self._flights[flight_key]
                    flight.done.set()
                return flight.token
            await flight.done.wait()
            if flight.error is not None:
                raise flight.error
            if flight.token is not None:
                return flight.token

    async def _apilogin(self, send: Send) -> Token:
        self._apilogins += 1
        _log.debug("requesting apilogin token")
        token, known, now = await self._post_for_token(
            send,
            "apilogin",
            {"client_id": self.client_id, "client_secret": self._client_secret},
            what="apilogin",
            secrets=(self._client_secret,),
        )
        _log.debug(
            "apilogin token obtained, valid for %.0fs%s",
            token.expires_at - now,
            "" if known else " (assumed)",
        )
        return self._remember(token)

    async def _refresh(self, base: Token, send: Send) -> Token:
        assert base.refresh_token is not None
        self._refreshes += 1
        _log.debug("refreshing OAuth grant for accommodations %s", list(base.accommodations))
        token, known, now = await self._post_for_token(
            send,
            "refresh",
            {
                "client_id": self.client_id,
                "client_secret": self._client_secret,
                "refresh_token": base.refresh_token,
            },
            what=f"token refresh for accommodations {list(base.accommodations)}",
            secrets=(self._client_secret, base.refresh_token, base.access_token),
            refresh=True,
        )
        rotated = token.refresh_token is not None and token.refresh_token != base.refresh_token
        _log.debug(
            "OAuth grant refreshed, access token valid for %.0fs%s; refresh token %s",
            token.expires_at - now,
            "" if known else " (assumed)",
            "rotated" if rotated else "kept",
        )
        # Octorate usually returns no new refresh token: keep the one we have.
        return self._remember(
            attrs.evolve(
                token,
                refresh_token=token.refresh_token or base.refresh_token,
                accommodations=base.accommodations,
                default_grant=base.default_grant,
            )
        )

    async def _post_for_token(
        self,
        send: Send,
        endpoint: str,
        form: dict[str, str],
        *,
        what: str,
        secrets: tuple[str | None, ...],
        headers: dict[str, str] | None = None,
        refresh: bool = False,
    ) -> tuple[Token, bool, float]:
        """POST ``form`` to ``/rest/v1/identity/<endpoint>`` and parse the token it returns.

        The one path of apilogin, code exchange, refresh and key migration: errors come
        from :func:`call_identity` (``secrets`` are scrubbed from them) and parsing from
        :func:`token_from_response`.

        Returns:
            The token (no grant metadata yet), whether its lifetime was known, and the
            clock reading its expiry was computed from.
        """
        request = httpx.Request(
            "POST",
            f"{self.base_url}/rest/v1/identity/{endpoint}",
            data=form,
            headers={"Accept": "application/json", **(headers or {})},
        )
        response = await call_identity(send, request, what, secrets, refresh=refresh)
        now = self.clock()
        token, known = token_from_response(
            response, what=what, now=now, default_lifetime=self.default_lifetime, refresh=refresh
        )
        return token, known, now

    async def _save_grant(self, token: Token, *extra_keys: str) -> None:
        keys = dict.fromkeys(self._grant_key(a) for a in token.accommodations)
        if token.default_grant:
            keys[self._grant_key(None)] = None
        keys.update(dict.fromkeys(extra_keys))
        for key in keys:
            await self.store.set(key, token)

    async def _discover(self, token: Token, send: Send) -> tuple[str, ...]:
        """Learn a new grant's properties; on any failure return ()."""
        found: list[str] = []
        page = 0
        try:
            while page < _MAX_DISCOVERY_PAGES:
                request = httpx.Request(
                    "GET",
                    f"{self.base_url}/rest/v1/accommodation",
                    params={"page": page},
                    headers={"Authorization": token.authorization, "Accept": "application/json"},
                )
                response = await send(request)
                await response.aread()
                if not response.is_success:
                    _log.warning(
                        "could not list the grant's accommodations: HTTP %d",
                        response.status_code,
                    )
                    return ()
                body: Any = response.json()
                items: Any = body.get("data") if isinstance(body, dict) else body
                if not isinstance(items, list):
                    _log.warning("could not list the grant's accommodations: unexpected body")
                    return ()
                for item in items:
                    if isinstance(item, dict) and item.get("id") is not None:
                        found.append(str(item["id"]))
                page_info = body.get("page") if isinstance(body, dict) else None
                total = page_info.get("totalPages") if isinstance(page_info, dict) else None
                if not isinstance(total, int) or page + 1 >= total:
                    break
                page += 1
        except (httpx.HTTPError, ValueError) as exc:
            _log.warning("could not list the grant's accommodations: %s", type(exc).__name__)
            return ()
        return tuple(dict.fromkeys(found))


def _classify(exc: AuthenticationError) -> ValidationResult:
    status = exc.status_code
    reason: ValidationReason
    if isinstance(exc, InvalidCredentialsError):
        reason = ValidationReason.INVALID_CREDENTIALS
    elif isinstance(exc, WrongEnvironmentError):
        reason = ValidationReason.WRONG_ENVIRONMENT
    elif isinstance(exc, IdentityUnavailableError):
        reason = ValidationReason.NETWORK_ERROR if status is None else ValidationReason.SERVER_ERROR
    elif status == 403 and exc.error_type == "ApiQuotaException":
        reason = ValidationReason.QUOTA_EXCEEDED
    elif status == 403:
        reason = ValidationReason.FORBIDDEN
    elif status in (404, 405):
        reason = ValidationReason.WRONG_BASE_URL
    else:
        reason = ValidationReason.UNEXPECTED_RESPONSE
    return ValidationResult(
        ok=False,
        reason=reason,
        message=str(exc),
        status_code=status,
        error_type=exc.error_type,
        request_id=exc.request_id,
    )


async def check_credentials(
    client_id: str,
    client_secret: str,
    base_url: str = DEFAULT_BASE_URL,
    *,
    http_timeout: float = 10.0,
) -> ValidationResult:
    """Check credentials with a throw-away HTTP client (for ``octorate auth check``).

    Performs one apilogin against ``base_url`` and classifies the outcome;
    never raises for a credential, URL or network problem. ``http_timeout``
    is the httpx timeout (connect, read, write, pool) of that one request.
    """
    async with httpx.AsyncClient(timeout=http_timeout) as client:
        manager = TokenManager(client_id, client_secret, base_url=base_url)
        return await manager.validate(client.send)
