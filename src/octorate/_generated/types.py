"""Contains some shared types for properties."""

import datetime
from collections.abc import Mapping, MutableMapping
from enum import Enum
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    """The type of ``UNSET``: a field the JSON object did not have (not the same as null)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        # pickle and copy give back the one UNSET, so `value is UNSET` survives them.
        return "UNSET"


UNSET: Unset = Unset()

FileContent = IO[bytes] | bytes | str
FileTypes = (
    tuple[str | None, FileContent, str | None]
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data."""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint."""

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


E = TypeVar("E", bound=Enum)


def enum_member(cls: type[E], value: Any) -> E:
    """``cls(value)`` through the value map first: the same result, about 3x faster.

    Unknown values still go through ``cls(value)``, whose ``_missing_`` keeps them.
    """
    member = cls._value2member_map_.get(value)
    return member if member is not None else cls(value)  # type: ignore[return-value]


def parse_datetime(value: str) -> datetime.datetime:
    """Parse an Octorate date-time into an aware datetime.

    Octorate serialises Java ZonedDateTime values, e.g. ``2020-07-06T22:00:00Z[UTC]`` or
    ``2023-11-24T00:54:07.922Z[UTC]``; the bracketed zone id repeats the offset and is dropped.
    Plain ISO 8601 values (``...Z``, ``...+02:00``) parse as usual. A value without any offset is
    taken as UTC, the zone Octorate documents for its date-times.
    """
    text = value.split("[", 1)[0].strip()
    parsed = datetime.datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=datetime.UTC)
    return parsed


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "enum_member",
    "parse_datetime",
]
