"""The ASGI app: one dispatcher for auth, quota, headers; stateful handlers or samples."""

from __future__ import annotations

import logging
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import anyio
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from octorate.sandbox._config import SandboxConfig
from octorate.sandbox._handlers import HANDLERS, authorize_page
from octorate.sandbox._responses import Context, SandboxError, api_error, json_response
from octorate.sandbox._routes import RouteTable, load_samples
from octorate.sandbox._state import SandboxState, Token

__all__ = ["create_app"]

_log = logging.getLogger("octorate.sandbox")

BASE_PATH = "/connect"
_BULK = "POST /rest/v1/calendar/bulk"
_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
#: Path parameters (and query names) that name a property, for quota and ownership.
_ACCOMMODATION_PARAMS = ("accommodation", "accommodationId", "property", "propertyId", "codice")
_ACCOMMODATION_QUERY = ("accommodation", "accommodationId", "property")
#: Identity endpoints also answer under Octorate's legacy prefixes.
_IDENTITY_ALIASES = {
    "/octobook/rest/v1/identity/": "/rest/v1/identity/",
    "/octobook/rest/identity/": "/rest/v1/identity/",
    "/connect/rest/identity/": "/rest/v1/identity/",
}


class _Sandbox:
    """Routing data shared by every request of one app."""

    def __init__(self, state: SandboxState, samples: dict[str, Any]) -> None:
        self.state = state
        self.samples = samples
        self.routes = RouteTable(set(samples) | set(HANDLERS))


def _api_path(path: str) -> str | None:
    for prefix, target in _IDENTITY_ALIASES.items():
        if path.startswith(prefix):
            return target + path[len(prefix):]
    if path.startswith(BASE_PATH + "/"):
        return path[len(BASE_PATH):]
    return None


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


def _authenticate(state: SandboxState, request: Request) -> Token:
    value = _bearer(request)
    if value is None:
        raise SandboxError(401, "ApiKeyMissing", "Missing token: send Authorization: Bearer")
    token = state.tokens.get(value)
    if token is None:
        raise SandboxError(401, "ApiKeyInvalid", "Invalid token")
    if token.expires_at <= state.now():
        raise SandboxError(403, "ApiLoginExpired", "Expired Token")
    return token


def _no_resources() -> SandboxError:
    # The exact body Octorate sent for an apilogin token on a customer's property (facts §1.6).
    return SandboxError(403, "ApiSecurityException", "errNoResourcesForIdentity",
                        body={"message": "errNoResourcesForIdentity", "nested": [],
                              "type": "ApiSecurityException"})


def _authorize(state: SandboxState, token: Token, auth: str, accommodations: list[str]) -> None:
    if auth == "api" and token.kind != "api":
        msg = "errApiOperationsOnly: use an apilogin token"
        raise SandboxError(403, "ApiSecurityException", msg)
    if auth == "oauth" and token.kind == "api":
        raise _no_resources()
    for acc in accommodations:
        if acc not in state.accommodations:
            raise _no_resources()
        if token.kind == "api":
            if acc not in state.member_accommodations:
                raise _no_resources()
        elif acc not in token.accommodations:
            msg = "errNoResourcesForIdentity"
            raise SandboxError(403, "ApiSecurityException", msg, element=acc)


def _sample_response(sample: dict[str, Any]) -> Response:
    status = int(sample.get("status", 200))
    body = sample.get("body")
    content_type = sample.get("content_type")
    if status == 204 or content_type is None:
        return Response(status_code=status)
    if content_type == "application/json":
        return json_response(body, status)
    return Response(body if isinstance(body, str | bytes) else "", status,
                    media_type=content_type)


class _NotFound(Exception):
    """Octorate answers an unknown URL with a bare 404, no JSON body."""


class _Call:
    """What the dispatcher learns about one call, for the headers it adds at the end."""

    __slots__ = ("charged", "ctx", "key", "quota_key")

    def __init__(self) -> None:
        self.charged = False
        self.ctx: Context | None = None
        self.key = ""
        self.quota_key: str | None = None


async def _handle(request: Request, sandbox: _Sandbox, call: _Call) -> Response:
    state = sandbox.state
    api_path = _api_path(request.url.path)
    if api_path is None:
        raise _NotFound
    match, allowed = sandbox.routes.match(request.method, api_path)
    if match is None:
        if allowed:
            raise SandboxError(405, "MethodNotAllowed", "Method Not Allowed",
                               headers={"Allow": ", ".join(sorted(allowed))})
        raise _NotFound
    call.key = match.key
    sample = sandbox.samples.get(match.key)
    handler = HANDLERS.get(match.key) if state.config.stateful else None
    if handler is None and sample is None:
        raise _NotFound
    auth = (handler.auth if handler is not None else None) or (sample or {}).get("auth", "oauth")
    token: Token | None = None
    if auth == "key":
        key = request.headers.get("key")
        if not key:
            raise SandboxError(401, "ApiKeyMissing", "Missing api key")
        if key != state.config.legacy_api_key:
            raise SandboxError(401, "ApiKeyInvalid", "Invalid api key")
    elif auth != "none":
        token = _authenticate(state, request)
    accommodations = [match.params[n] for n in _ACCOMMODATION_PARAMS if n in match.params]
    for name in _ACCOMMODATION_QUERY:
        accommodations.extend(v for v in request.query_params.getlist(name) if v)
    if token is not None:
        _authorize(state, token, auth, accommodations)
    ctx = call.ctx = Context(request, state, match.params, token)
    if handler is not None and handler.prepare is not None:
        await handler.prepare(ctx)
    acc = ctx.accommodation or (accommodations[0] if accommodations else None)
    if acc:
        call.quota_key = f"accommodation:{acc}"
    elif token is not None:
        call.quota_key = f"member:{token.client_id}"
    if not state.quota.try_acquire(call.quota_key or _member_key(state)):
        msg = "Quota exceeded: too many calls for this accommodation, retry later"
        raise SandboxError(403, "ApiQuotaException", msg)
    call.charged = True
    if handler is not None:
        return await handler.func(ctx)
    return _sample_response(sample or {})


def _member_key(state: SandboxState) -> str:
    return f"member:{state.config.client_id}"


async def _dispatch(request: Request) -> Response:
    sandbox: _Sandbox = request.app.state.sandbox_routes
    state = sandbox.state
    call = _Call()
    try:
        response = await _handle(request, sandbox, call)
    except SandboxError as exc:
        response = exc.response()
    except _NotFound:
        response = Response("Not Found", 404, media_type="text/plain")
    except Exception:  # a bug in the sandbox; still answer the way Octorate would
        _log.exception("sandbox handler failed")
        response = json_response(api_error("InternalServerError", "Internal Server Error"), 500)
    quota_key = call.quota_key or _member_key(state)
    ctx = call.ctx
    if call.charged and ctx is not None and response.status_code < 400:
        state.quota.charge(quota_key, ctx.extra_cost)
        if call.key == _BULK:
            response.headers["X-RateLimit-Additional-Cost"] = str(ctx.extra_cost)
    response.headers["X-RateLimit-Remaining"] = str(state.quota.remaining(quota_key))
    response.headers["request-id"] = str(uuid.uuid4())
    return response


def create_app(config: SandboxConfig | None = None) -> Starlette:
    """Build the sandbox ASGI app.

    The state is ``app.state.sandbox`` (a ``SandboxState``). Mount it in-process
    with ``httpx.ASGITransport(app=create_app())`` and base URL
    ``http://sandbox/connect``, or serve it over HTTP with ``serve()``.
    """
    config = config or SandboxConfig()
    state = SandboxState(config)
    samples = config.samples if config.samples is not None else load_samples()

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with anyio.create_task_group() as group:
            state.deliveries.attach(group)
            try:
                yield
            finally:
                state.deliveries.attach(None)
                group.cancel_scope.cancel()

    app = Starlette(
        routes=[
            Route("/octobook/identity/oauth.xhtml", authorize_page, methods=["GET"]),
            Route("/{path:path}", _dispatch, methods=_METHODS),
        ],
        lifespan=lifespan,
    )
    app.state.sandbox = state
    app.state.sandbox_routes = _Sandbox(state, samples)
    return app
