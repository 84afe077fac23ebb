"""RedisTokenStore against a real redis-server, including two OS processes."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import anyio
import pytest

from octorate._auth import RedisTokenStore, Token, TokenManager, TokenStoreError

pytestmark = [pytest.mark.redis, pytest.mark.anyio]


@pytest.fixture
def anyio_backend() -> str:
    """asyncio only: redis.asyncio, which the Redis backends are built on, runs on asyncio alone."""
    return "asyncio"


T0 = time.time()


class _Identity(BaseHTTPRequestHandler):
    """A tiny identity server: counts refresh/apilogin calls, answers slowly."""

    counts: dict[str, int]
    bodies: list[dict[str, list[str]]]
    guard: threading.Lock

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length", "0"))
        body = parse_qs(self.rfile.read(length).decode())
        kind = self.path.rsplit("/", 1)[-1]
        with self.guard:
            self.counts[kind] = self.counts.get(kind, 0) + 1
            self.bodies.append(body)
            n = self.counts[kind]
        time.sleep(0.5)  # long enough for the other process to hit the lock
        payload = json.dumps({"access_token": f"{kind}-{n}", "expires_in": 3600}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def identity_server() -> Iterator[tuple[str, dict[str, int], list[dict[str, list[str]]]]]:
    counts: dict[str, int] = {}
    bodies: list[dict[str, list[str]]] = []
    handler = type("Handler", (_Identity,), {"counts": counts, "bodies": bodies,
                                              "guard": threading.Lock()})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/connect", counts, bodies
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def _client(redis_url: str):  # type: ignore[no-untyped-def]
    import redis.asyncio

    return redis.asyncio.Redis.from_url(redis_url)


async def test_round_trip(redis_url: str) -> None:
    client = _client(redis_url)
    store = RedisTokenStore(client, prefix="t-roundtrip:")
    token = Token(access_token="A", refresh_token="R", expires_at=T0 + 10, obtained_at=T0,
                  accommodations=("1", "2"), default_grant=True)
    try:
        assert await store.get("k") is None
        await store.set("k", token)
        assert await store.get("k") == token
        assert await client.exists("t-roundtrip:k") == 1
        await store.delete("k")
        assert await store.get("k") is None
        await client.set("t-roundtrip:bad", b"{nope")
        with pytest.raises(TokenStoreError, match="not a valid token"):
            await store.get("bad")
    finally:
        await client.aclose()


async def test_decode_responses_client(redis_url: str) -> None:
    import redis.asyncio

    client = redis.asyncio.Redis.from_url(redis_url, decode_responses=True)
    store = RedisTokenStore(client, prefix="t-decode:")
    token = Token(access_token="A", expires_at=T0, obtained_at=T0)
    try:
        await store.set("k", token)
        assert await store.get("k") == token
        async with store.lock("k"):
            pass
    finally:
        await client.aclose()


async def test_lock_excludes_and_releases(redis_url: str) -> None:
    client = _client(redis_url)
    first = RedisTokenStore(client, prefix="t-lock:", poll_interval=0.01)
    second = RedisTokenStore(client, prefix="t-lock:", poll_interval=0.01)
    order: list[str] = []
    try:
        async with anyio.create_task_group() as tg:

            async def hold(store: RedisTokenStore, name: str) -> None:
                async with store.lock("k"):
                    order.append(f"{name}+")
                    await anyio.sleep(0.1)
                    order.append(f"{name}-")

            tg.start_soon(hold, first, "a")
            await anyio.sleep(0.02)
            tg.start_soon(hold, second, "b")
        assert order == ["a+", "a-", "b+", "b-"]
        assert await client.exists("t-lock:lock:k") == 0
    finally:
        await client.aclose()


async def test_expired_lease_is_not_released_by_its_old_owner(redis_url: str) -> None:
    """Compare-and-delete: a holder whose lease expired must not free the new holder's lock."""
    client = _client(redis_url)
    slow = RedisTokenStore(client, prefix="t-lease:", lock_ttl=0.1, poll_interval=0.01)
    other = RedisTokenStore(client, prefix="t-lease:", lock_ttl=5, poll_interval=0.01)
    released = anyio.Event()
    seen: list[object] = []
    try:

        async def old_owner() -> None:
            async with slow.lock("k"):
                await anyio.sleep(0.3)  # the 0.1 s lease expires meanwhile
            released.set()

        async def new_owner() -> None:
            await anyio.sleep(0.15)
            async with other.lock("k"):  # free again: the old lease expired
                owner = await client.get("t-lease:lock:k")
                await released.wait()
                seen.extend([owner, await client.get("t-lease:lock:k")])

        async with anyio.create_task_group() as tg:
            tg.start_soon(old_owner)
            tg.start_soon(new_owner)
        assert seen[0] is not None
        assert seen[1] == seen[0]  # the old owner's release left the new lock alone
        assert await client.exists("t-lease:lock:k") == 0  # and the new owner released it
    finally:
        await client.aclose()


async def test_lock_acquire_timeout(redis_url: str) -> None:
    client = _client(redis_url)
    store = RedisTokenStore(client, prefix="t-timeout:", acquire_timeout=0.2, poll_interval=0.01)
    try:
        await client.set("t-timeout:lock:k", "someone-else", px=5000)
        with pytest.raises(TokenStoreError, match="still held"):
            async with store.lock("k"):
                pass
    finally:
        await client.delete("t-timeout:lock:k")
        await client.aclose()


WORKER = r"""
import sys, time, anyio, httpx, redis.asyncio
from octorate._auth import RedisTokenStore, TokenManager

redis_url, base_url, prefix, scheme, start_at = sys.argv[1:6]

async def main():
    client = redis.asyncio.Redis.from_url(redis_url)
    store = RedisTokenStore(client, prefix=prefix, poll_interval=0.02)
    manager = TokenManager("cid", "csecret", base_url=base_url, store=store)
    accommodation = "42" if scheme == "OAuthLogin" else None
    async with httpx.AsyncClient() as http:
        await anyio.sleep(max(0.0, float(start_at) - time.time()))
        print(await manager.authorization(scheme, accommodation, http.send), flush=True)
        # Expiry reported by the API: both processes report the same rejected token.
        if len(sys.argv) > 6:
            rejected = sys.argv[6]
            await anyio.sleep(max(0.0, float(start_at) + 2.0 - time.time()))
            await manager.token_expired(scheme, accommodation, rejected, http.send)
            print(await manager.authorization(scheme, accommodation, http.send), flush=True)
    await client.aclose()

anyio.run(main, backend="asyncio")
"""


def _run_workers(
    tmp_path: Path, redis_url: str, base_url: str, prefix: str, scheme: str, *extra: str
) -> list[list[str]]:
    script = tmp_path / "worker.py"
    script.write_text(WORKER)
    start_at = str(time.time() + 1.5)  # both processes are up and connected by then
    procs = [
        subprocess.Popen(
            [sys.executable, str(script), redis_url, base_url, prefix, scheme, start_at, *extra],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for _ in range(2)
    ]
    outputs = []
    for proc in procs:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        outputs.append(out.split())
    return outputs


async def _seed_expired_grant(redis_url: str, prefix: str) -> None:
    client = _client(redis_url)
    try:
        store = RedisTokenStore(client, prefix=prefix)
        expired = Token(access_token="expired-access", refresh_token="RT-shared",
                        expires_at=time.time() - 10, obtained_at=time.time() - 3610,
                        accommodations=("42",))
        await store.set("cid:oauth:42", expired)
    finally:
        await client.aclose()


@pytest.mark.slow
async def test_two_processes_refresh_once(
    redis_url: str,
    tmp_path: Path,
    identity_server: tuple[str, dict[str, int], list[dict[str, list[str]]]],
) -> None:
    """Both processes start with the same expired grant; exactly one refresh happens."""
    base_url, counts, bodies = identity_server
    prefix = "t-two-refresh:"
    await _seed_expired_grant(redis_url, prefix)

    outputs = await anyio.to_thread.run_sync(
        _run_workers, tmp_path, redis_url, base_url, prefix, "OAuthLogin"
    )

    assert counts == {"refresh": 1}
    assert bodies[0]["refresh_token"] == ["RT-shared"]
    assert outputs == [["Bearer", "refresh-1"], ["Bearer", "refresh-1"]]
    client = _client(redis_url)
    try:
        stored = await RedisTokenStore(client, prefix=prefix).get("cid:oauth:42")
    finally:
        await client.aclose()
    assert stored is not None
    assert stored.access_token == "refresh-1"
    assert stored.refresh_token == "RT-shared"  # kept: the response had none


@pytest.mark.slow
async def test_two_processes_share_apilogin_and_recover_from_expiry_once(
    redis_url: str,
    tmp_path: Path,
    identity_server: tuple[str, dict[str, int], list[dict[str, list[str]]]],
) -> None:
    """One apilogin for both; then both report the token expired; one re-login."""
    base_url, counts, _ = identity_server
    outputs = await anyio.to_thread.run_sync(
        _run_workers, tmp_path, redis_url, base_url, "t-two-api:", "ApiOperations",
        "Bearer apilogin-1",
    )
    assert counts == {"apilogin": 2}  # first login + exactly one renewal
    assert outputs == [["Bearer", "apilogin-1", "Bearer", "apilogin-2"]] * 2


async def test_manager_with_redis_store_in_process(
    redis_url: str,
    identity_server: tuple[str, dict[str, int], list[dict[str, list[str]]]],
) -> None:
    """Two managers (as if two workers) in one loop, one Redis: one refresh."""
    import httpx

    base_url, counts, _ = identity_server
    prefix = "t-inproc:"
    await _seed_expired_grant(redis_url, prefix)
    client = _client(redis_url)
    try:
        managers = [
            TokenManager("cid", "csecret", base_url=base_url,
                         store=RedisTokenStore(client, prefix=prefix, poll_interval=0.01))
            for _ in range(2)
        ]
        results: list[str] = []
        async with httpx.AsyncClient() as http:

            async def use(manager: TokenManager) -> None:
                results.append(await manager.authorization("OAuthLogin", "42", http.send))

            async with anyio.create_task_group() as tg:
                for manager in managers * 10:
                    tg.start_soon(use, manager)
        assert results == ["Bearer refresh-1"] * 20
        assert counts == {"refresh": 1}
    finally:
        await client.aclose()
