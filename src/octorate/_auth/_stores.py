"""Token stores: where tokens and grants live, and how renewals are serialised.

A store maps string keys to :class:`Token` records and offers ``lock(key)``, an
async context manager the :class:`TokenManager` holds while it renews a token.
Within one process the manager already coalesces concurrent renewals; the
store's lock extends that to every process sharing the store, and after
acquiring it the manager re-reads the store so a token renewed by another
process is used instead of being renewed again.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import stat
import sys
import tempfile
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import anyio
import anyio.to_thread
import attrs

from ._errors import CorruptTokenFileError, InsecureTokenFileError, TokenStoreError
from ._token import Token

if sys.platform != "win32":
    import fcntl

__all__ = ["FileTokenStore", "MemoryTokenStore", "TokenStore"]

_FILE_FORMAT_VERSION = 1


@runtime_checkable
class TokenStore(Protocol):
    """What the :class:`TokenManager` needs from a token store.

    Implementations must be safe to call from many tasks at once. ``get``
    returns None for an unknown key. ``lock(key)`` must exclude every other
    holder of the same key that shares the store (other tasks and, for shared
    stores, other processes) and must release on exit even when cancelled.
    Failures are reported as :class:`TokenStoreError`.
    """

    async def get(self, key: str) -> Token | None:
        """Return the token stored under ``key``, or None."""
        ...

    async def set(self, key: str, token: Token) -> None:
        """Store ``token`` under ``key``, replacing any previous value."""
        ...

    async def delete(self, key: str) -> None:
        """Remove ``key``; removing an unknown key is not an error."""
        ...

    def lock(self, key: str) -> AbstractAsyncContextManager[None]:
        """Return an async context manager holding the renewal lock for ``key``."""
        ...


class _KeyedLocks:
    """Lazily created ``anyio.Lock`` per key, dropped again when unused."""

    __slots__ = ("_locks", "_users")

    def __init__(self) -> None:
        self._locks: dict[str, anyio.Lock] = {}
        self._users: dict[str, int] = {}

    @contextlib.asynccontextmanager
    async def hold(self, key: str) -> AsyncIterator[None]:
        lock = self._locks.get(key)
        if lock is None:
            lock = self._locks[key] = anyio.Lock()
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with lock:
                yield
        finally:
            self._users[key] -= 1
            if self._users[key] == 0:
                del self._users[key]
                del self._locks[key]


@attrs.define(slots=True, eq=False, repr=False)
class MemoryTokenStore:
    """Keep tokens in this process's memory (the default store).

    Tokens are lost when the process exits, so OAuth grants (refresh tokens)
    must be re-added on start; use :class:`FileTokenStore` or
    :class:`RedisTokenStore` to keep them. ``lock`` is an in-process
    ``anyio.Lock`` per key.
    """

    _tokens: dict[str, Token] = attrs.field(factory=dict, init=False)
    _locks: _KeyedLocks = attrs.field(factory=_KeyedLocks, init=False)

    def __repr__(self) -> str:
        return f"MemoryTokenStore(<{len(self._tokens)} tokens>)"

    async def get(self, key: str) -> Token | None:
        """Return the token stored under ``key``, or None."""
        return self._tokens.get(key)

    async def set(self, key: str, token: Token) -> None:
        """Store ``token`` under ``key``."""
        self._tokens[key] = token

    async def delete(self, key: str) -> None:
        """Remove ``key`` if present."""
        self._tokens.pop(key, None)

    def lock(self, key: str) -> AbstractAsyncContextManager[None]:
        """Hold the in-process lock for ``key``."""
        return self._locks.hold(key)


class FileTokenStore:
    """Keep tokens in a JSON file private to the current user.

    Safety rules:

    * The file is created with mode ``0600`` and every write goes to a
      ``0600`` temporary file in the same directory that is fsynced and then
      atomically renamed over the old one (``os.replace``), so a crash leaves
      either the old or the new complete file, never a partial one.
    * A file that group or others may read or write, or that belongs to
      another user, is refused with :class:`InsecureTokenFileError` (for reads
      *and* writes); it is never silently fixed.
    * A file that cannot be parsed raises :class:`CorruptTokenFileError` on
      read and on write, so its content is never lost by an overwrite.
    * ``lock(key)`` takes an in-process lock and an exclusive ``flock`` on
      ``<path>.lock``, so several processes using the same file renew one at
      a time (the file lock is coarse: one for all keys). Writes serialise on
      a second lock file, ``<path>.wlock``. On Windows only the in-process
      locks apply.

    File I/O runs in worker threads so the event loop never blocks.
    """

    __slots__ = (
        "_lock_path",
        "_path",
        "_poll_interval",
        "_refresh_lock",
        "_wlock_path",
        "_write_lock",
    )

    def __init__(self, path: str | os.PathLike[str], *, poll_interval: float = 0.05) -> None:
        """Create a store backed by ``path`` (the file is created on first write).

        Args:
            path: the JSON file. Its directory must exist.
            poll_interval: seconds between attempts to take the cross-process
                lock while another process holds it.
        """
        self._path = Path(path)
        self._lock_path = self._path.with_name(self._path.name + ".lock")
        self._wlock_path = self._path.with_name(self._path.name + ".wlock")
        self._poll_interval = poll_interval
        self._refresh_lock = anyio.Lock()
        self._write_lock = anyio.Lock()

    def __repr__(self) -> str:
        return f"FileTokenStore({str(self._path)!r})"

    @property
    def path(self) -> Path:
        """The token file."""
        return self._path

    # -- reading --------------------------------------------------------

    def _check_secure(self, st: os.stat_result) -> None:
        if not stat.S_ISREG(st.st_mode):
            msg = f"token file {str(self._path)!r} is not a regular file"
            raise InsecureTokenFileError(msg)
        if sys.platform == "win32":
            return
        mode = stat.S_IMODE(st.st_mode)
        if mode & 0o077:
            msg = (
                f"token file {str(self._path)!r} has mode {mode:04o}: group or others may "
                f"read or write it; refusing to use it. Run 'chmod 600 {self._path}' "
                "(and revoke the grants if someone else may have read it)"
            )
            raise InsecureTokenFileError(msg)
        if st.st_uid != os.getuid():
            msg = f"token file {str(self._path)!r} belongs to another user; refusing to use it"
            raise InsecureTokenFileError(msg)

    def _read_sync(self) -> dict[str, Any]:
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(self._path, flags)
        except FileNotFoundError:
            return {}
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                msg = f"token file {str(self._path)!r} is a symbolic link; refusing to follow it"
                raise InsecureTokenFileError(msg) from None
            msg = f"cannot open token file {str(self._path)!r}: {exc.strerror}"
            raise TokenStoreError(msg) from exc
        with os.fdopen(fd, "rb") as fh:
            self._check_secure(os.fstat(fh.fileno()))
            raw = fh.read()
        return self._parse(raw)

    def _parse(self, raw: bytes) -> dict[str, Any]:
        where = f"token file {str(self._path)!r}"
        try:
            document = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            msg = f"{where} is corrupt (not valid JSON: {type(exc).__name__}); refusing to " \
                "read or overwrite it"
            raise CorruptTokenFileError(msg) from None
        if (
            not isinstance(document, dict)
            or document.get("version") != _FILE_FORMAT_VERSION
            or not isinstance(document.get("tokens"), dict)
        ):
            msg = f"{where} is corrupt (not a version {_FILE_FORMAT_VERSION} token document); " \
                "refusing to read or overwrite it"
            raise CorruptTokenFileError(msg)
        tokens: dict[str, Any] = document["tokens"]
        for key, value in tokens.items():
            problem = "token entry must be an object" if not isinstance(value, dict) else None
            if problem is None:
                try:
                    Token.from_dict(value)
                except ValueError as exc:
                    problem = str(exc)
            if problem is not None:
                msg = f"{where} is corrupt (entry {key!r}: {problem}); refusing to read or " \
                    "overwrite it"
                raise CorruptTokenFileError(msg)
        return tokens

    async def get(self, key: str) -> Token | None:
        """Return the token stored under ``key``, or None (also when the file is absent).

        Raises:
            InsecureTokenFileError: the file's permissions are too open.
            CorruptTokenFileError: the file cannot be parsed.
        """
        tokens = await anyio.to_thread.run_sync(self._read_sync)
        value = tokens.get(key)
        return None if value is None else Token.from_dict(value)

    # -- writing --------------------------------------------------------

    def _write_sync(self, key: str, token: Token | None) -> None:
        with self._os_lock_sync(self._wlock_path):
            tokens = self._read_sync()  # raises on an insecure or corrupt file: never overwrite
            if token is None:
                if key not in tokens:
                    return
                del tokens[key]
            else:
                tokens[key] = token.to_dict()
            data = json.dumps(
                {"version": _FILE_FORMAT_VERSION, "tokens": tokens}, indent=1, sort_keys=True
            ).encode()
            self._replace_sync(data)

    def _replace_sync(self, data: bytes) -> None:
        directory = self._path.parent
        fd, tmp = tempfile.mkstemp(prefix=f".{self._path.name}.", suffix=".tmp", dir=directory)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self._path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        if sys.platform != "win32":
            dir_fd = os.open(directory, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)

    async def set(self, key: str, token: Token) -> None:
        """Store ``token`` under ``key`` with an atomic replace of the whole file.

        Raises:
            InsecureTokenFileError, CorruptTokenFileError: the existing file is
                refused; it is left unchanged.
            TokenStoreError: the file could not be written.
        """
        await self._write(key, token)

    async def delete(self, key: str) -> None:
        """Remove ``key`` (atomic replace; no-op if absent)."""
        await self._write(key, None)

    async def _write(self, key: str, token: Token | None) -> None:
        async with self._write_lock:
            try:
                await anyio.to_thread.run_sync(self._write_sync, key, token)
            except TokenStoreError:
                raise
            except OSError as exc:
                msg = f"cannot write token file {str(self._path)!r}: {exc.strerror}"
                raise TokenStoreError(msg) from exc

    # -- locking --------------------------------------------------------

    @contextlib.contextmanager
    def _os_lock_sync(self, path: Path) -> Any:
        if sys.platform == "win32":
            yield
            return
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # closing releases the flock

    def _try_flock(self, fd: int) -> bool:
        if sys.platform == "win32":
            return True
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    @contextlib.asynccontextmanager
    async def _lock(self) -> AsyncIterator[None]:
        async with self._refresh_lock:
            try:
                fd = os.open(self._lock_path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as exc:
                msg = f"cannot open lock file {str(self._lock_path)!r}: {exc.strerror}"
                raise TokenStoreError(msg) from exc
            try:
                # flock cannot notify us, and a blocking flock would tie up a worker
                # thread uncancellably: poll the non-blocking form instead.
                while not self._try_flock(fd):  # noqa: ASYNC110
                    await anyio.sleep(self._poll_interval)
                yield
            finally:
                os.close(fd)

    def lock(self, key: str) -> AbstractAsyncContextManager[None]:
        """Hold the (coarse, all-keys) renewal lock across tasks and processes."""
        del key  # one lock for the whole file
        return self._lock()

