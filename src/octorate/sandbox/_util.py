"""Small helpers: Octorate's date-time wire format, date parsing, ids."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from octorate._generated.types import parse_datetime as _sdk_parse_datetime

__all__ = [
    "ROME",
    "format_datetime",
    "format_epoch",
    "local_date",
    "parse_date",
    "parse_datetime",
]

try:
    # Reservation list dates are "always considered Rome Time" (spec, findReservations).
    ROME: dt.tzinfo = ZoneInfo("Europe/Rome")
except ZoneInfoNotFoundError:  # pragma: no cover - no tz database on this machine
    ROME = dt.UTC

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def format_datetime(value: dt.datetime) -> str:
    """Render like Octorate's Java ``ZonedDateTime``: ``2023-11-24T00:54:07.922Z[UTC]``.

    Seconds are always present; a fraction only when non-zero, without trailing zeros
    (the real ``2023-10-09T10:32:18.36Z[UTC]``).
    """
    value = value.astimezone(dt.UTC)
    text = value.strftime("%Y-%m-%dT%H:%M:%S")
    millis = f"{value.microsecond // 1000:03d}".rstrip("0")
    if millis:
        text += "." + millis
    return text + "Z[UTC]"


def format_epoch(seconds: float) -> str:
    """``format_datetime`` of a UNIX timestamp."""
    return format_datetime(dt.datetime.fromtimestamp(seconds, tz=dt.UTC))


def parse_datetime(value: Any) -> dt.datetime | None:
    """Parse the date-time forms clients send (in UTC); ``None`` when unparseable.

    The SDK's own parser decides what is accepted (``...Z[UTC]``, ``...Z``, offsets,
    naive values as UTC, bare dates as midnight UTC), so client and sandbox agree.
    """
    if not isinstance(value, str) or not value:
        return None
    try:
        return _sdk_parse_datetime(value).astimezone(dt.UTC)
    except ValueError:
        return None


def parse_date(value: Any) -> dt.date | None:
    """Parse ``yyyy-MM-dd`` strictly; ``None`` otherwise."""
    if not isinstance(value, str) or not _DATE_RE.match(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def local_date(value: dt.datetime) -> dt.date:
    """The calendar date of ``value`` in Rome time."""
    return value.astimezone(ROME).date()
