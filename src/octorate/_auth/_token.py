"""The :class:`Token` record and parsing of Octorate token responses."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from octorate._generated.types import parse_datetime

__all__ = ["REDACTED", "Token", "fingerprint", "parse_expire_date", "scrub"]

REDACTED = "<redacted>"


def _redact(value: object) -> str:
    return "None" if value is None else repr(REDACTED)


def _to_accommodations(value: Iterable[str | int]) -> tuple[str, ...]:
    # Octorate property ids are strings in every schema, even though they look numeric.
    return tuple(dict.fromkeys(str(v) for v in value))


@attrs.frozen(slots=True)
class Token:
    """An access token, optionally with the refresh token (grant) behind it.

    Immutable; a refresh produces a new instance. ``repr()``/``str()`` never
    show ``access_token`` or ``refresh_token``.

    Attributes:
        access_token: the bearer token, or None when only the refresh token is
            known yet (e.g. after :meth:`TokenManager.add_refresh_token`).
        expires_at: wall-clock expiry, seconds since the epoch (from
            ``expires_in``, else ``expireDate``, else an assumed lifetime).
        obtained_at: wall-clock time the token was obtained.
        refresh_token: the OAuth grant; None for ``apilogin`` tokens.
        accommodations: property ids this grant covers (empty for apilogin
            and for a default grant whose properties are unknown).
        default_grant: True when this grant also serves ``OAuthLogin``
            operations that name no property.
    """

    access_token: str | None = attrs.field(repr=_redact)
    expires_at: float
    obtained_at: float
    refresh_token: str | None = attrs.field(default=None, repr=_redact)
    accommodations: tuple[str, ...] = attrs.field(default=(), converter=_to_accommodations)
    default_grant: bool = False

    @property
    def authorization(self) -> str:
        """The ``Authorization`` header value, ``"Bearer <access_token>"``.

        Raises:
            ValueError: when there is no access token yet.
        """
        if not self.access_token:
            msg = "token has no access token yet; it must be refreshed first"
            raise ValueError(msg)
        return f"Bearer {self.access_token}"

    def needs_refresh(self, now: float, skew: float) -> bool:
        """Tell whether the token should be renewed before use at time ``now``.

        The skew is capped at half the token's lifetime, so a token that lives
        shorter than the configured skew is still used for a while instead of
        being refreshed on every call.
        """
        if not self.access_token:
            return True
        lifetime = max(self.expires_at - self.obtained_at, 0.0)
        return now >= self.expires_at - min(skew, lifetime / 2)

    def to_dict(self) -> dict[str, Any]:
        """Serialise to a JSON-compatible dict (contains secrets: store it safely)."""
        return {
            "access_token": self.access_token,
            "refresh_token": self.refresh_token,
            "expires_at": self.expires_at,
            "obtained_at": self.obtained_at,
            "accommodations": list(self.accommodations),
            "default_grant": self.default_grant,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Token:
        """Rebuild a token written by :meth:`to_dict`.

        Raises:
            ValueError: when a field is missing or has the wrong type (the
                message names the field, never its value).
        """

        def _opt_str(name: str) -> str | None:
            value = data.get(name)
            if value is not None and not isinstance(value, str):
                msg = f"token field {name!r} must be a string or null"
                raise ValueError(msg)
            return value

        def _num(name: str) -> float:
            value = data.get(name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                msg = f"token field {name!r} must be a number"
                raise ValueError(msg)
            return float(value)

        accommodations = data.get("accommodations", [])
        if not isinstance(accommodations, list) or not all(
            isinstance(a, str) for a in accommodations
        ):
            msg = "token field 'accommodations' must be a list of strings"
            raise ValueError(msg)
        default_grant = data.get("default_grant", False)
        if not isinstance(default_grant, bool):
            msg = "token field 'default_grant' must be a boolean"
            raise ValueError(msg)
        return cls(
            access_token=_opt_str("access_token"),
            refresh_token=_opt_str("refresh_token"),
            expires_at=_num("expires_at"),
            obtained_at=_num("obtained_at"),
            accommodations=accommodations,
            default_grant=default_grant,
        )


def parse_expire_date(value: str) -> float | None:
    """Parse Octorate's ``expireDate`` into epoch seconds, or None if unparseable.

    Accepts ``2020-03-17T17:41:51.178Z``, ``2020-06-17T10:22:30Z``, the Java
    ``ZonedDateTime`` form ``2023-11-24T00:54:07.922Z[UTC]`` and explicit
    offsets. A value without any offset is taken as UTC.
    """
    try:
        return parse_datetime(value).timestamp()
    except ValueError:
        return None


def fingerprint(secret: str) -> str:
    """A short, non-reversible identifier of a secret (for lock and flight keys)."""
    return hashlib.sha256(secret.encode()).hexdigest()[:16]


def scrub(text: str, secrets: Iterable[str | None]) -> str:
    """Replace every occurrence of each known secret in ``text`` by ``<redacted>``."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, REDACTED)
    return text
