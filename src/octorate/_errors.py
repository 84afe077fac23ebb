"""The exception hierarchy: every failure the SDK raises derives from OctorateError.

::

    OctorateError
    ├── APIError                       the server answered with an error status
    │   ├── BadRequest                 400
    │   │   ├── InvalidParams          400 ApiParamsExemption / ApiParamsException
    │   │   ├── JsonParseError         400 JsonParseExemption / JsonParseException
    │   │   └── ValidationFailed       400 ApiValidationFailed
    │   ├── Unauthorized               401
    │   │   ├── MissingCredentials     401 ApiKeyMissing
    │   │   └── InvalidCredentials     401 ApiKeyInvalid
    │   ├── Forbidden                  403
    │   │   ├── PermissionDenied       403 ApiSecurityException
    │   │   ├── WrongEnvironment       403 WrongEnviroment
    │   │   ├── InsufficientRole       403 "Caller not in requested role"
    │   │   ├── QuotaExceeded          403 ApiQuotaException
    │   │   └── LoginExpired           403 ApiLoginExpired / message "Expired Token"
    │   ├── NotFound                   404 (plain, no JSON: wrong URL or sandbox down)
    │   │   ├── ResourceMissing        404 ApiResourceMissing
    │   │   └── ResourceEmpty          404 ApiResourceEmpty
    │   ├── MethodNotAllowed           405 (.allow from the Allow header)
    │   ├── NotAcceptable              406
    │   ├── Conflict                   409
    │   │   └── PreconditionFailed     412 (e.g. duplicate property)
    │   ├── Unprocessable              422
    │   └── ServerError                5xx
    │       └── PartnerServerError     550 ApiPartnerServerError
    ├── ResponseValidationError        a 2xx body that does not fit the model (at the call)
    ├── ResponseFieldError             a field value that does not fit (when first read)
    ├── APIConnectionError             no usable response (.sent: maybe reached server)
    │   └── APITimeoutError            (also a TimeoutError)
    └── DeadlineExceeded               (also a TimeoutError) per-call deadline passed

The HTTP status decides first and the body's ``type`` second (Octorate's own advice:
"trust the HTTP status code first, body second"). Other statuses give a plain
:class:`APIError`. :func:`error_from_response` is the only place a response becomes an
exception and :func:`map_transport_error` the only place an httpx transport failure
does; both are table driven.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping
from typing import Any, Final

import attrs
import httpx

from ._logging import redact_text

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIErrorDetail",
    "APITimeoutError",
    "BadRequest",
    "Conflict",
    "DeadlineExceeded",
    "Forbidden",
    "InsufficientRole",
    "InvalidCredentials",
    "InvalidParams",
    "JsonParseError",
    "LoginExpired",
    "MethodNotAllowed",
    "MissingCredentials",
    "NotAcceptable",
    "NotFound",
    "OctorateError",
    "PartnerServerError",
    "PermissionDenied",
    "PreconditionFailed",
    "QuotaExceeded",
    "ResourceEmpty",
    "ResourceMissing",
    "ResponseFieldError",
    "ResponseValidationError",
    "ServerError",
    "Unauthorized",
    "Unprocessable",
    "ValidationFailed",
    "WrongEnvironment",
    "error_from_response",
    "map_transport_error",
    "maybe_sent",
    "normalize_error_type",
]

_EXCERPT_LEN: Final = 200
_MESSAGE_LEN: Final = 300


class OctorateError(Exception):
    """Base class of every exception the SDK raises on purpose."""


class DeadlineExceeded(OctorateError, TimeoutError):
    """The per-call deadline passed before the call could complete.

    Raised by whichever layer notices first: the rate limiter (waiting for
    quota), the retry loop (waiting between attempts) or the transport. The
    last failure, if any, is chained as ``__cause__``.

    Attributes:
        operation: The operation that ran out of time, when known.
        retries: Retries already taken when the deadline was hit.
    """

    def __init__(
        self,
        message: str = "deadline exceeded",
        *,
        operation: str | None = None,
        retries: int = 0,
    ) -> None:
        super().__init__(message)
        self.operation = operation
        self.retries = retries


@attrs.frozen
class APIErrorDetail:
    """One entry of an Octorate ``ApiError`` body (``nested`` items have the same shape).

    Every field is optional because Octorate omits what it does not know; ``nested``
    is empty rather than ``None``.
    """

    type: str | None = None
    message: str | None = None
    element: str | None = None
    machine_name: str | None = None
    human_name: str | None = None
    suggestion: str | None = None
    nested: tuple[APIErrorDetail, ...] = ()

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> APIErrorDetail:
        """Build a detail from a decoded ``ApiError`` object, tolerating junk.

        Non-string scalars are stringified, missing keys become ``None`` and
        ``nested`` items that are not objects are skipped, so a surprising body
        never turns an error into a crash.
        """
        raw_nested = data.get("nested")
        nested = tuple(
            cls.from_json(item)
            for item in (raw_nested if isinstance(raw_nested, list) else ())
            if isinstance(item, Mapping)
        )
        return cls(
            type=_opt_str(data.get("type")),
            message=_opt_str(data.get("message")),
            element=_opt_str(data.get("element")),
            machine_name=_opt_str(data.get("machine_name")),
            human_name=_opt_str(data.get("human_name")),
            suggestion=_opt_str(data.get("suggestion")),
            nested=nested,
        )


def _opt_str(value: object) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    return str(value)


class APIError(OctorateError):
    """Octorate answered with an error status.

    Attributes:
        status_code: The HTTP status.
        type: Octorate's error ``type`` as sent (``"ApiParamsExemption"``), or ``None``
            when the body had none (plain 404, HTML gateway pages).
        message: Octorate's ``message`` (often an i18n key such as ``errPageSize``) or
            a short excerpt of a non-JSON body; secrets are redacted.
        element, machine_name, human_name, suggestion: As in Octorate's ``ApiError``.
        nested: Per-parameter details (:class:`APIErrorDetail`).
        request_id: The ``request-id`` response header, to quote to Octorate support.
        operation: What was called (``"GET /rest/v1/calendar/{accommodation}"``), set
            by the runtime; part of ``str()``.
        response: The :class:`httpx.Response` (not part of ``repr()``).
        retries: How many retries were taken before giving up.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        type: str | None = None,  # mirrors Octorate's field name
        element: str | None = None,
        machine_name: str | None = None,
        human_name: str | None = None,
        suggestion: str | None = None,
        nested: list[APIErrorDetail] | None = None,
        request_id: str | None = None,
        operation: str | None = None,
        response: httpx.Response | None = None,
        retries: int = 0,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.type = type
        self.element = element
        self.machine_name = machine_name
        self.human_name = human_name
        self.suggestion = suggestion
        self.nested: list[APIErrorDetail] = list(nested or ())
        self.request_id = request_id
        self.operation = operation
        self.response = response
        self.retries = retries

    @property
    def request(self) -> httpx.Request | None:
        """The request that failed, when the response carries one."""
        return _request_of(self.response)

    def __str__(self) -> str:
        # Computed on demand because the runtime sets `operation` and `retries`
        # after construction.
        label = self.type or _reason(self.status_code)
        text = (
            f"{self.status_code} {label}: {self.message}"
            if self.message
            else (f"{self.status_code} {label}")
        )
        if self.element:
            text += f" [{self.element}]"
        extras = [
            part
            for part in (
                self.operation,
                f"request-id {self.request_id}" if self.request_id else None,
                f"after {self.retries} retries" if self.retries else None,
            )
            if part
        ]
        return f"{text} ({'; '.join(extras)})" if extras else text

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{name}={getattr(self, name)!r}"
            for name in ("status_code", "type", "message", "element", "request_id", "operation")
            if getattr(self, name) is not None
        )
        return f"{type(self).__name__}({fields})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only constructor: rebuild from __dict__ so errors survive pickling
        # (multiprocessing, trio/anyio worker threads). The response is dropped: httpx
        # responses hold streams and clients that do not pickle.
        state = {k: v for k, v in self.__dict__.items() if k != "response"}
        return (_rebuild, (type(self), self.args, state))


def _rebuild(cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    exc = cls.__new__(cls)
    exc.args = args
    exc.__dict__.update(state)
    exc.__dict__.setdefault("response", None)
    return exc


class BadRequest(APIError):
    """400: the request was rejected (format, content type or parameters)."""


class InvalidParams(BadRequest):
    """400 ApiParamsExemption: a parameter is missing or has an unacceptable value."""


class JsonParseError(BadRequest):
    """400 JsonParseExemption: the JSON body was malformed."""


class ValidationFailed(BadRequest):
    """400 ApiValidationFailed: well-formed, but violates a constraint or prerequisite."""


class Unauthorized(APIError):
    """401: credentials missing or wrong."""


class MissingCredentials(Unauthorized):
    """401 ApiKeyMissing: no API key or access token was sent."""


class InvalidCredentials(Unauthorized):
    """401 ApiKeyInvalid: the API key or access token is wrong."""


class Forbidden(APIError):
    """403: authenticated, but not allowed (see subclasses for the common causes)."""


class PermissionDenied(Forbidden):
    """403 ApiSecurityException: the resource is not granted to this identity."""


class WrongEnvironment(Forbidden):
    """403 WrongEnviroment (sic): a production call in sandbox or vice versa."""


class InsufficientRole(Forbidden):
    """403 "Caller not in requested role": e.g. a write with READONLY permission."""


class QuotaExceeded(Forbidden):
    """403 ApiQuotaException: the API quota is used up (Octorate does not send 429)."""


class LoginExpired(Forbidden):
    """403 ApiLoginExpired (or a message with "Expired Token"): refresh the token."""


class NotFound(APIError):
    """404: wrong URL (no JSON body) or, in sandbox, the environment is unreachable."""


class ResourceMissing(NotFound):
    """404 ApiResourceMissing: this resource does not exist."""


class ResourceEmpty(NotFound):
    """404 ApiResourceEmpty: the resource exists but was never filled in."""


class MethodNotAllowed(APIError):
    """405: the method is not supported by the resource.

    Attributes:
        allow: The methods the ``Allow`` header lists, upper-cased (may be empty).
    """

    def __init__(self, message: str, *, allow: list[str] | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.allow: list[str] = list(allow or ())


class NotAcceptable(APIError):
    """406: e.g. availabilityCheck not available for the property."""


class Conflict(APIError):
    """409: the request conflicts with the current state of the resource."""


class PreconditionFailed(Conflict):
    """412: Octorate uses it for conflicts such as creating a duplicate property."""


class Unprocessable(APIError):
    """422: well-formed but semantically wrong (Octorate sends ApiResourceMissing)."""


class ServerError(APIError):
    """5xx: Octorate failed; idempotent calls are retried before this is raised."""


class PartnerServerError(ServerError):
    """550 ApiPartnerServerError: a partner (OTA) that Octorate called failed."""


class APIConnectionError(OctorateError):
    """No usable HTTP response: connection refused, reset, TLS or protocol failure.

    Attributes:
        request: The request that failed, when known.
        operation: What was called, set by the runtime.
        sent: ``False`` only when the request provably never reached the server
            (connection refused, connect or pool timeout), so even a POST may be
            resent. ``True`` means it *may* have been processed.
        retries: How many retries were taken before giving up.
    """

    def __init__(
        self,
        message: str = "connection error",
        *,
        request: httpx.Request | None = None,
        operation: str | None = None,
        sent: bool = True,
        retries: int = 0,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.operation = operation
        self.sent = sent
        self.retries = retries

    def __str__(self) -> str:
        extras = [
            part
            for part in (
                self.operation,
                f"after {self.retries} retries" if self.retries else None,
            )
            if part
        ]
        return f"{self.message} ({'; '.join(extras)})" if extras else self.message

    def __reduce__(self) -> tuple[Any, ...]:
        state = {k: v for k, v in self.__dict__.items() if k != "request"}
        return (_rebuild_conn, (type(self), self.args, state))


def _rebuild_conn(cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    exc = cls.__new__(cls)
    exc.args = args
    exc.__dict__.update(state)
    exc.__dict__.setdefault("request", None)
    return exc


class ResponseValidationError(OctorateError, ValueError):
    """A successful response whose body does not fit the operation's model.

    Raised instead of the generated parser's ``KeyError``/``ValueError``/``TypeError``
    when Octorate sends a body the (patched) document does not describe. Nothing is
    lost: ``response`` holds the raw exchange (``response.json()`` still works), and
    the message names the operation and the first problem.

    Attributes:
        response: The httpx response whose body failed to parse.
        operation: What was called, e.g. ``"GET /rest/v1/reservation/{accommodation}"``.
    """

    def __init__(self, message: str, *, response: httpx.Response, operation: str) -> None:
        super().__init__(message)
        self.message = message
        self.response = response
        self.operation = operation


class ResponseFieldError(OctorateError, ValueError):
    """A field of a parsed model holds a value that does not fit its declared type.

    Models parse lazily (see ``octorate._hooks``): the client checks the required keys
    and the top-level fields of each response at the call, and deeper values are
    converted when first read, which is where this is raised. The object stays usable;
    its other fields still read normally.

    Attributes:
        model: The model's class name, e.g. ``"ApiReservationGuestDTO"``.
        field: The Python attribute name, e.g. ``"checkin"``.
        key: The JSON key, e.g. ``"checkin"``.
        raw: The raw JSON value that did not fit (kept out of the message: it may be
            a secret).
    """

    def __init__(self, message: str, *, model: str, field: str, key: str, raw: Any) -> None:
        super().__init__(message)
        self.message = message
        self.model = model
        self.field = field
        self.key = key
        self.raw = raw


class APITimeoutError(APIConnectionError, TimeoutError):
    """An httpx timeout (connect, read, write or pool) expired during one attempt."""


# --------------------------------------------------------------------------- mapping

# Status -> class. Statuses not listed fall back to ServerError for 5xx and APIError
# otherwise.
_STATUS_CLASSES: Final[Mapping[int, type[APIError]]] = {
    400: BadRequest,
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    405: MethodNotAllowed,
    406: NotAcceptable,
    409: Conflict,
    412: PreconditionFailed,
    422: Unprocessable,
    550: PartnerServerError,
}

# (status, normalised body type) -> finer class. Status first: a type is only
# honoured under the status the glossary lists it for, so a 422 ApiResourceMissing
# stays Unprocessable and a 400 that claims ApiQuotaException stays BadRequest.
_TYPE_CLASSES: Final[Mapping[tuple[int, str], type[APIError]]] = {
    (400, "apiparamsexception"): InvalidParams,
    (400, "jsonparseexception"): JsonParseError,
    (400, "apivalidationfailed"): ValidationFailed,
    (401, "apikeymissing"): MissingCredentials,
    (401, "apikeyinvalid"): InvalidCredentials,
    (403, "apisecurityexception"): PermissionDenied,
    (403, "wrongenviroment"): WrongEnvironment,
    (403, "apiquotaexception"): QuotaExceeded,
    (403, "apiloginexpired"): LoginExpired,
    (404, "apiresourcemissing"): ResourceMissing,
    (404, "apiresourceempty"): ResourceEmpty,
    (550, "apipartnerservererror"): PartnerServerError,
}

# (status, lower-cased message fragment) -> class, consulted before the type.
# Octorate sends these two as bare messages (plain text, or JSON whose type is
# generic or absent).
_MESSAGE_CLASSES: Final[tuple[tuple[int, str, type[APIError]], ...]] = (
    (403, "expired token", LoginExpired),
    (403, "caller not in requested role", InsufficientRole),
)

# Spelling variants seen in the glossary and in the wild, folded to one key.
_TYPE_SPELLINGS: Final = (("exemption", "exception"), ("environment", "enviroment"))


def normalize_error_type(value: str | None) -> str | None:
    """Fold an Octorate error type to its lookup key.

    Case, spaces, underscores and the ``Exemption``/``Exception`` and
    ``Enviroment``/``Environment`` spellings do not matter:
    ``normalize_error_type("ApiParamsExemption") == normalize_error_type("ApiParamsException")``.
    """
    if not value:
        return None
    key = re.sub(r"[\s_-]+", "", value).lower()
    for variant, canonical in _TYPE_SPELLINGS:
        key = key.replace(variant, canonical)
    return key or None


def _reason(status: int) -> str:
    return httpx.codes.get_reason_phrase(status) or "Error"


def _request_of(obj: httpx.Response | httpx.RequestError | None) -> httpx.Request | None:
    if obj is None:
        return None
    try:
        return obj.request
    except RuntimeError:  # httpx raises when no request was attached
        return None


_TAG_BLOCK_RE: Final = re.compile(r"<(script|style|head)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG_RE: Final = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)
_SPACE_RE: Final = re.compile(r"\s+")


def _excerpt(text: str, limit: int = _EXCERPT_LEN) -> str:
    """Return a one-line, tag-free, redacted excerpt of at most ``limit`` characters."""
    if "<" in text:
        text = _TAG_RE.sub(" ", _TAG_BLOCK_RE.sub(" ", text))
        text = html.unescape(text)
    text = redact_text(_SPACE_RE.sub(" ", text).strip())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def _body_text(response: httpx.Response) -> str:
    try:
        return response.text
    except httpx.ResponseNotRead:
        # A streamed response nobody read: map by status alone rather than block or
        # crash; the caller should `await response.aread()` first for a better message.
        return ""


def _decode_json(text: str) -> object:
    stripped = text.lstrip()
    if not stripped or stripped[0] not in "{[":
        return None
    try:
        return json.loads(stripped)
    except ValueError:  # JSONDecodeError and RecursionError-free invalid input
        return None


def _parse_allow(value: str | None) -> list[str]:
    if not value:
        return []
    return [m.strip().upper() for m in value.split(",") if m.strip()]


def _choose_class(status: int, type_key: str | None, message: str) -> type[APIError]:
    # Message rules first: they are the more specific signal (an "Expired Token"
    # message means "refresh", whatever generic 403 type accompanies it).
    lowered = message.lower()
    for msg_status, fragment, by_message in _MESSAGE_CLASSES:
        if msg_status == status and fragment in lowered:
            return by_message
    by_type = _TYPE_CLASSES.get((status, type_key)) if type_key is not None else None
    if by_type is not None:
        return by_type
    fallback = _STATUS_CLASSES.get(status)
    if fallback is not None:
        return fallback
    return ServerError if 500 <= status <= 599 else APIError


def error_from_response(
    response: httpx.Response,
    *,
    operation: str | None = None,
    retries: int = 0,
) -> APIError:
    """Build the typed exception for an error ``response`` (does not raise it).

    The body must already be read (``await response.aread()`` for streamed
    responses); an unread body is treated as empty. The class comes from the status,
    refined by the body's ``type`` (both ``...Exemption`` and ``...Exception``
    spellings) and, for 403, by the message (``"Expired Token"``, ``"Caller not in
    requested role"``). JSON that is not an object, HTML pages, plain text and empty
    bodies never raise: ``message`` then holds a whitespace-collapsed, tag-stripped
    excerpt of at most 200 characters, or the reason phrase when the body is empty.
    Messages are passed through :func:`~octorate._logging.redact_text`; request
    headers and bodies are never included.

    Args:
        response: The error response (any status; 2xx gives a plain ``APIError``).
        operation: What was called, e.g. ``"GET /rest/v1/calendar/{accommodation}"``.
        retries: Retries taken before this response.

    Returns:
        An :class:`APIError` subclass instance with ``response`` attached.
    """
    status = response.status_code
    text = _body_text(response)
    data = _decode_json(text)
    detail = APIErrorDetail.from_json(data) if isinstance(data, Mapping) else None

    if detail is not None and (detail.message or detail.type):
        message = _excerpt(detail.message or "", _MESSAGE_LEN)
    elif text.strip():
        message = _excerpt(text)
    else:
        message = response.reason_phrase or _reason(status)

    type_ = detail.type if detail is not None else None
    cls = _choose_class(status, normalize_error_type(type_), message)
    kwargs: dict[str, Any] = {
        "status_code": status,
        "type": type_,
        "element": detail.element if detail else None,
        "machine_name": detail.machine_name if detail else None,
        "human_name": detail.human_name if detail else None,
        "suggestion": detail.suggestion if detail else None,
        "nested": list(detail.nested) if detail else None,
        "request_id": response.headers.get("request-id"),
        "operation": operation,
        "response": response,
        "retries": retries,
    }
    if issubclass(cls, MethodNotAllowed):
        kwargs["allow"] = _parse_allow(response.headers.get("allow"))
    return cls(message, **kwargs)


# Transport failures after which the request provably never left this process (no
# connection was made, or none was available), so resending cannot duplicate it.
_NOT_SENT: Final[tuple[type[httpx.RequestError], ...]] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
)


def maybe_sent(exc: BaseException) -> bool:
    """Whether the request behind a transport failure may have reached the server.

    ``False`` only when it provably did not (see :func:`map_transport_error`), which
    is what makes resending a POST safe. Works on httpx errors and on
    :class:`APIConnectionError` (its ``sent`` flag).
    """
    if isinstance(exc, APIConnectionError):
        return exc.sent
    return not isinstance(exc, _NOT_SENT)


def map_transport_error(
    exc: httpx.RequestError,
    request: httpx.Request | None = None,
    *,
    operation: str | None = None,
    retries: int = 0,
) -> APIConnectionError:
    """Translate an httpx transport failure into :class:`APIConnectionError`.

    Timeouts become :class:`APITimeoutError`. ``sent`` is ``False`` only for
    ``ConnectError``, ``ConnectTimeout``, ``PoolTimeout`` and ``UnsupportedProtocol``;
    read/write timeouts, resets and protocol errors may happen after the server got
    the request, so they report ``sent=True`` (maybe sent). The message names the
    failure and the URL without its query string (queries can carry ``code`` or
    ``key``) and is redacted. The caller chains the original: ``raise mapped from exc``.

    Args:
        exc: Any ``httpx.RequestError`` (normally a ``TransportError``).
        request: The request; defaults to ``exc.request`` when httpx attached one.
        operation: What was called, set by the runtime.
        retries: Retries taken before this failure.
    """
    if request is None:
        request = _request_of(exc)
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    what = "timed out" if cls is APITimeoutError else "connection failed"
    target = ""
    if request is not None:
        target = f" {request.method} {request.url.copy_with(query=None, fragment=None)}"
    detail = str(exc)
    message = redact_text(
        f"{what}{':' + target if target else ''}: {type(exc).__name__}"
        + (f": {detail}" if detail else "")
    )
    return cls(
        message,
        request=request,
        operation=operation,
        sent=maybe_sent(exc),
        retries=retries,
    )
