"""A token store in Redis, shared by many worker processes."""

from __future__ import annotations

import contextlib
import json
import logging
import secrets
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING, Any

import anyio

from ._errors import TokenStoreError
from ._token import Token

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = ["RedisTokenStore"]

_log = logging.getLogger("octorate.auth")

# Delete the lock only if we still own it (it may have expired and been taken by
# another process in the meantime). Classic single-instance Redis lock release.
_RELEASE = """
if redis.call("get", KEYS[1]) == ARGV[1] then
    return redis.call("del", KEYS[1])
end
return 0
"""


class RedisTokenStore:
    """Store tokens in Redis so several processes share them and renew once.

    Each token is a JSON string at ``<prefix><key>``. ``lock(key)`` is a
    cross-process lock at ``<prefix>lock:<key>``: ``SET NX PX`` with a random
    owner token, retried every ``poll_interval`` seconds until
    ``acquire_timeout``, and released by a Lua compare-and-delete so a process
    never releases a lock that expired and was taken by someone else. The
    lease (``lock_ttl``) bounds how long a crashed holder blocks the others;
    it must exceed the duration of one identity call.

    Works with any ``redis.asyncio.Redis`` client (``decode_responses`` may be
    either). ``redis.asyncio`` runs on asyncio only, so this store is not
    usable under trio.

    Args:
        redis: a ``redis.asyncio.Redis`` (or compatible) client.
        prefix: key prefix, to share one Redis between applications.
        lock_ttl: lease of the renewal lock, in seconds.
        acquire_timeout: how long ``lock`` waits before raising
            :class:`TokenStoreError`.
        poll_interval: seconds between attempts to take a held lock.
    """

    __slots__ = ("_acquire_timeout", "_error_types", "_lock_ttl_ms", "_poll_interval",
                 "_prefix", "_redis")

    def __init__(
        self,
        redis: Redis,
        *,
        prefix: str = "octorate:auth:",
        lock_ttl: float = 30.0,
        acquire_timeout: float = 60.0,
        poll_interval: float = 0.05,
    ) -> None:
        from redis.exceptions import RedisError  # redis is an optional dependency

        self._redis = redis
        self._prefix = prefix
        self._lock_ttl_ms = max(int(lock_ttl * 1000), 1)
        self._acquire_timeout = acquire_timeout
        self._poll_interval = poll_interval
        self._error_types: tuple[type[Exception], ...] = (RedisError, OSError)

    def __repr__(self) -> str:
        return f"RedisTokenStore(prefix={self._prefix!r})"

    def _fail(self, action: str, key: str, exc: Exception) -> TokenStoreError:
        msg = f"redis token store: cannot {action} {key!r}: {type(exc).__name__}"
        return TokenStoreError(msg)

    async def get(self, key: str) -> Token | None:
        """Return the token stored under ``key``, or None.

        Raises:
            TokenStoreError: Redis failed, or the value is not a valid token.
        """
        try:
            raw: Any = await self._redis.get(self._prefix + key)
        except self._error_types as exc:
            raise self._fail("read", key, exc) from exc
        if raw is None:
            return None
        try:
            data = json.loads(raw)
            if not isinstance(data, dict):
                raise ValueError("not an object")
            return Token.from_dict(data)
        except ValueError as exc:
            msg = f"redis token store: value at {key!r} is not a valid token ({exc})"
            raise TokenStoreError(msg) from None

    async def set(self, key: str, token: Token) -> None:
        """Store ``token`` under ``key`` (no expiry: grants must persist)."""
        try:
            await self._redis.set(self._prefix + key, json.dumps(token.to_dict()))
        except self._error_types as exc:
            raise self._fail("write", key, exc) from exc

    async def delete(self, key: str) -> None:
        """Remove ``key`` if present."""
        try:
            await self._redis.delete(self._prefix + key)
        except self._error_types as exc:
            raise self._fail("delete", key, exc) from exc

    @contextlib.asynccontextmanager
    async def _lock(self, key: str) -> AsyncIterator[None]:
        lock_key = f"{self._prefix}lock:{key}"
        owner = secrets.token_hex(16)
        waited = False
        try:
            with anyio.fail_after(self._acquire_timeout):
                while not await self._redis.set(lock_key, owner, nx=True, px=self._lock_ttl_ms):
                    if not waited:
                        _log.debug("waiting for renewal lock %r held by another process", key)
                        waited = True
                    await anyio.sleep(self._poll_interval)
        except TimeoutError:
            msg = (
                f"redis token store: lock {key!r} still held after "
                f"{self._acquire_timeout:g}s"
            )
            raise TokenStoreError(msg) from None
        except self._error_types as exc:
            raise self._fail("lock", key, exc) from exc
        try:
            yield
        finally:
            with anyio.CancelScope(shield=True):
                try:
                    await self._redis.eval(_RELEASE, 1, lock_key, owner)
                except self._error_types:
                    # The lease expires on its own; other processes wait at most lock_ttl.
                    _log.warning("could not release renewal lock %r; it expires by itself", key)

    def lock(self, key: str) -> AbstractAsyncContextManager[None]:
        """Hold the cross-process renewal lock for ``key``."""
        return self._lock(key)
