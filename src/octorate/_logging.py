"""Logging for the SDK: the ``octorate`` logger, secret redaction and an env-var switch.

Everything the SDK logs goes through ``logging.getLogger("octorate")`` or a child
obtained with :func:`get_logger`. A :class:`RedactingFilter` is attached to each of
those loggers, so whatever handler the application installs receives text in which
credentials have already been replaced by ``[REDACTED]``:

* ``Authorization``/``Proxy-Authorization``/cookie header values and ``Bearer …``
  tokens,
* the values of ``client_secret``, ``access_token``, ``refresh_token``,
  ``accessToken``, ``refreshToken``, ``code``, ``key``, ``api_key``, ``password``
  in query strings, form bodies, JSON and Python reprs,
* every string registered with :func:`register_secret` (the client secret, the
  current tokens), wherever it appears.

``OCTORATE_LOG=debug|info|warning`` makes :func:`setup_logging_from_env` add one
stderr handler; without it the SDK installs no handler (library etiquette: the
application owns logging configuration).
"""

from __future__ import annotations

import logging
import os
import re
import threading
import weakref
from collections import OrderedDict, deque
from collections.abc import Iterable, Mapping
from typing import Final

__all__ = [
    "LOGGER_NAME",
    "REDACTED",
    "RedactingFilter",
    "get_logger",
    "is_secret_name",
    "redact_headers",
    "redact_text",
    "register_secret",
    "registered_secret_count",
    "setup_logging_from_env",
    "unregister_secret",
]

LOGGER_NAME: Final = "octorate"
REDACTED: Final = "[REDACTED]"
ENV_VAR: Final = "OCTORATE_LOG"

# Parameter names whose *values* are secrets. Lower-cased; matched case-insensitively.
# `code` is the OAuth authorization code (single use, but valid for minutes) and `key`
# is how some callers pass the Octorate "Api Key"; both are redacted even though the
# names are generic, because over-redacting a log line is cheaper than leaking a key.
_SECRET_PARAM_NAMES: Final = (
    "client_secret",
    "access_token",
    "refresh_token",
    "accesstoken",
    "refreshtoken",
    "id_token",
    "api_key",
    "apikey",
    "password",
    "code",
    "key",
)

# Header names whose values are always secret, plus substrings that mark a header as
# secret (custom API-key headers such as `X-Api-Key`, `X-Auth-Token`).
_SECRET_HEADER_NAMES: Final = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie"}
)
_SECRET_HEADER_MARKERS: Final = ("token", "secret", "key", "auth", "password")

_NAMES_RE: Final = "|".join(re.escape(n) for n in _SECRET_PARAM_NAMES)
_QUOTED_NAMES_RE: Final = "|".join(
    re.escape(n)
    for n in (*_SECRET_PARAM_NAMES, "proxy-authorization", "authorization", "set-cookie", "cookie")
)

# `name=value` in query strings and form bodies. The look-behind stops `apikey=`
# from matching as `key=` twice and `mycode=` from matching at all.
_QUERY_RE: Final = re.compile(rf"(?<![\w-])({_NAMES_RE})=([^&\s\"'<>]+)", re.IGNORECASE)

# `"name": "value"` (JSON) and `'name': 'value'` (Python reprs of dicts).
_QUOTED_RE: Final = re.compile(
    rf"""(["'])({_QUOTED_NAMES_RE})\1(\s*:\s*)(["'])(?:\\.|(?!\4).)*\4""",
    re.IGNORECASE,
)

# `Authorization: Bearer abc` in free text or raw header dumps; the value runs to the
# end of the line (or a quote). Quoted dict/JSON forms are handled by _QUOTED_RE.
_HEADER_LINE_RE: Final = re.compile(
    r"(?<![\w-])((?:proxy-)?authorization|cookie|set-cookie)(\s*:\s*)[^\r\n'\"]+",
    re.IGNORECASE,
)

# A bare bearer token anywhere else (exception messages, curl dumps).
_BEARER_RE: Final = re.compile(r"\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{4,}", re.IGNORECASE)

# Registered secrets shorter than this are refused: redacting every "abc" in every
# log line would make logs useless and a 3-char secret is not protecting anything.
_MIN_SECRET_LEN: Final = 4
_MAX_SECRETS: Final = 256


class _SecretRegistry:
    """A bounded, thread-safe set of literal secret strings with optional owners.

    Bounded because tokens rotate for the life of a process: without a cap every
    refresh would grow the set forever. When full, the least recently registered
    value is evicted (by then it is an expired token). Owners tie a value's lifetime
    to an object (a client, a token manager) through :func:`weakref.finalize`.

    Finalizers run inside the garbage collector, which can start on any allocation,
    including one made while this thread holds the lock (compiling the pattern, say):
    taking the lock there would deadlock. So a finalizer only queues its value
    (:meth:`discard_later`, a lock-free ``deque.append``) and the next call that takes
    the lock applies the queue.
    """

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._lock = threading.Lock()
        # value -> reference count (the same value may be registered by two owners)
        self._values: OrderedDict[str, int] = OrderedDict()
        self._pattern: re.Pattern[str] | None = None
        self._later: deque[str] = deque()

    def add(self, value: str) -> bool:
        if len(value.strip()) < _MIN_SECRET_LEN:
            return False
        with self._lock:
            self._apply_later()
            self._values[value] = self._values.get(value, 0) + 1
            self._values.move_to_end(value)
            while len(self._values) > self._limit:
                self._values.popitem(last=False)
            self._pattern = None
        return True

    def discard(self, value: str) -> None:
        with self._lock:
            self._apply_later()
            self._discard(value)

    def discard_later(self, value: str) -> None:
        """Queue ``value`` for removal; safe inside a finalizer (takes no lock)."""
        self._later.append(value)

    def _apply_later(self) -> None:  # the caller holds the lock
        while self._later:
            self._discard(self._later.popleft())

    def _discard(self, value: str) -> None:  # the caller holds the lock
        count = self._values.get(value)
        if count is None:
            return
        if count > 1:
            self._values[value] = count - 1
        else:
            del self._values[value]
        self._pattern = None

    def __len__(self) -> int:
        with self._lock:
            self._apply_later()
            return len(self._values)

    def pattern(self) -> re.Pattern[str] | None:
        with self._lock:
            self._apply_later()
            if self._pattern is None and self._values:
                # Longest first so that a secret containing another is replaced whole.
                ordered = sorted(self._values, key=len, reverse=True)
                self._pattern = re.compile("|".join(re.escape(v) for v in ordered))
            return self._pattern


_registry = _SecretRegistry(_MAX_SECRETS)


def register_secret(value: str | None, *, owner: object | None = None) -> None:
    """Register a literal secret so that it is redacted from every log line and error.

    Args:
        value: The secret (client secret, access token, refresh token, API key).
            ``None``, empty and very short values (fewer than 4 non-blank characters)
            are ignored.
        owner: If given, the value is unregistered automatically when ``owner`` is
            garbage-collected (it must support weak references). Without an owner
            the value stays until :func:`unregister_secret` or until it is evicted
            because more than 256 newer secrets were registered.
    """
    if not value or not _registry.add(value):
        return
    if owner is not None:
        weakref.finalize(owner, _registry.discard_later, value)


def unregister_secret(value: str) -> None:
    """Forget one registration of ``value``; unknown values are ignored."""
    _registry.discard(value)


def registered_secret_count() -> int:
    """Return how many distinct secret values are currently registered."""
    return len(_registry)


def _redact_quoted(m: re.Match[str]) -> str:
    quote, name, sep, vquote = m.group(1), m.group(2), m.group(3), m.group(4)
    return f"{quote}{name}{quote}{sep}{vquote}{REDACTED}{vquote}"


def redact_text(text: str) -> str:
    """Return ``text`` with every known kind of secret replaced by ``[REDACTED]``.

    Safe on any string (no exceptions); the parameter names stay visible so a reader
    can tell *what* was hidden (``client_secret=[REDACTED]``).
    """
    if not text:
        return text
    pattern = _registry.pattern()
    if pattern is not None:
        text = pattern.sub(REDACTED, text)
    text = _QUOTED_RE.sub(_redact_quoted, text)
    text = _HEADER_LINE_RE.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)
    text = _BEARER_RE.sub(lambda m: f"{m.group(1)} {REDACTED}", text)
    return _QUERY_RE.sub(lambda m: f"{m.group(1)}={REDACTED}", text)


def _is_secret_header(name: str) -> bool:
    lowered = name.lower()
    return lowered in _SECRET_HEADER_NAMES or any(m in lowered for m in _SECRET_HEADER_MARKERS)


# Card data (the members of Octorate's card models) is secret under any name casing.
_CARD_DATA_NAMES: Final = frozenset({"pan", "cvv"})


def is_secret_name(name: str) -> bool:
    """Whether a header, parameter or JSON member called ``name`` holds a secret.

    The vocabulary the log redaction uses (secret parameter names, and header-name
    markers such as ``token`` or ``key`` anywhere in the name) plus card data. Used for
    members Octorate sends that the document does not name yet.
    """
    lowered = name.lower()
    return (
        lowered in _SECRET_PARAM_NAMES
        or lowered in _CARD_DATA_NAMES
        or _is_secret_header(lowered)
    )


def redact_headers(
    headers: Mapping[str, str] | Iterable[tuple[str, str]],
) -> dict[str, str]:
    """Return a plain dict of ``headers`` safe to log or show in a repr.

    Values of credential headers (``Authorization``, cookies, anything whose name
    contains token/secret/key/auth/password) become ``[REDACTED]``; other values pass
    through :func:`redact_text`. Accepts a mapping, ``httpx.Headers`` or pairs;
    repeated headers are joined with ``", "`` as HTTP allows.
    """
    multi = getattr(headers, "multi_items", None)
    if callable(multi):
        pairs: Iterable[tuple[str, str]] = multi()
    elif isinstance(headers, Mapping):
        pairs = headers.items()
    else:
        pairs = headers
    out: dict[str, str] = {}
    for name, value in pairs:
        safe = REDACTED if _is_secret_header(name) else redact_text(str(value))
        out[name] = f"{out[name]}, {safe}" if name in out else safe
    return out


class RedactingFilter(logging.Filter):
    """A filter that rewrites a record's message, exception and stack text redacted.

    The message is formatted once (``record.getMessage()``), redacted and stored back
    with ``args`` cleared, so every handler downstream sees the same safe text.
    Exception text is pre-rendered into ``record.exc_text``, which
    :class:`logging.Formatter` uses instead of formatting the traceback itself.
    Idempotent: a record already processed is left alone. Never drops records.
    """

    _MARK: Final = "_octorate_redacted"

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, self._MARK, False):
            return True
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = f"{record.msg!r} % {record.args!r}"
        record.msg = redact_text(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_text(record.exc_text)
        if record.stack_info:
            record.stack_info = redact_text(record.stack_info)
        setattr(record, self._MARK, True)
        return True


_FILTER: Final = RedactingFilter()


def get_logger(name: str | None = None) -> logging.Logger:
    """Return the ``octorate`` logger or its child ``octorate.<name>``, redaction attached.

    Logger-level filters only see records created on that very logger, not those
    propagated from children, so every SDK logger must be obtained here to be
    redacted.
    """
    logger = logging.getLogger(LOGGER_NAME if not name else f"{LOGGER_NAME}.{name}")
    if _FILTER not in logger.filters:
        logger.addFilter(_FILTER)
    return logger


logger: Final = get_logger()

_LEVELS: Final = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "warn": logging.WARNING,
    "error": logging.ERROR,
}


class _EnvHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The stderr handler added by :func:`setup_logging_from_env` (a marker class)."""


def setup_logging_from_env(environ: Mapping[str, str] | None = None) -> logging.Handler | None:
    """Turn on stderr logging when ``OCTORATE_LOG`` is ``debug``, ``info`` or ``warning``.

    Safe to call many times: at most one handler is ever added and later calls only
    update its level. An unset, empty or unknown value leaves logging untouched.
    With ``debug`` the ``httpx`` logger is routed to the same (redacting) handler,
    because its request lines are what one needs when debugging.

    Args:
        environ: The environment to read; ``os.environ`` by default (tests pass a dict).

    Returns:
        The handler in use, or ``None`` when logging was not turned on.
    """
    env = os.environ if environ is None else environ
    level = _LEVELS.get(env.get(ENV_VAR, "").strip().lower())
    if level is None:
        return None
    handler = next((h for h in logger.handlers if isinstance(h, _EnvHandler)), None)
    if handler is None:
        handler = _EnvHandler()
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
        )
        # A handler filter as well as the logger filter: records from the httpx
        # logger (and any child logger created without get_logger) pass here too.
        handler.addFilter(_FILTER)
        logger.addHandler(handler)
    handler.setLevel(level)
    logger.setLevel(level)
    httpx_logger = logging.getLogger("httpx")
    if level <= logging.DEBUG:
        if handler not in httpx_logger.handlers:
            httpx_logger.addHandler(handler)
        httpx_logger.setLevel(logging.DEBUG)
    return handler
