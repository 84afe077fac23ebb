"""Fixtures for end-to-end tests over real HTTP: uvicorn serving ASGI apps on 127.0.0.1.

``serve`` starts one uvicorn server per app on a free loopback port, each in a task group
owned by the test itself (``async with serve(app_a, app_b) as (url_a, url_b): ...``), so
startup, cancellation and shutdown all happen inside the test's own task. Sockets are
bound before uvicorn starts, so there is no window in which another process can take the
port.
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

import anyio
import pytest

#: How long a server may take to start or to stop before the test fails.
SERVER_TIMEOUT = 10.0


def _bound_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    sock.setblocking(False)
    return sock


@asynccontextmanager
async def _serve(*apps: Any) -> AsyncIterator[tuple[str, ...]]:
    """Serve each app with uvicorn on its own free loopback port; yield their root URLs."""
    import uvicorn

    sockets = [_bound_socket() for _ in apps]
    servers = [
        uvicorn.Server(uvicorn.Config(
            app, log_level="warning", lifespan="on", ws="none", http="h11",
            timeout_graceful_shutdown=2,
        ))
        for app in apps
    ]
    for server in servers:
        # The test run owns the process's signals: uvicorn must not swallow SIGINT/SIGTERM
        # (Server.serve would install handlers that only ask the server to exit).
        server.capture_signals = contextlib.nullcontext
    urls = tuple(f"http://127.0.0.1:{sock.getsockname()[1]}" for sock in sockets)
    stopped = [anyio.Event() for _ in servers]

    async def run(server: Any, sock: socket.socket, done: anyio.Event) -> None:
        try:
            await server.serve(sockets=[sock])
        finally:
            done.set()

    try:
        async with anyio.create_task_group() as group:
            for server, sock, done in zip(servers, sockets, stopped, strict=True):
                group.start_soon(run, server, sock, done)
            try:
                with anyio.fail_after(SERVER_TIMEOUT):
                    while not all(s.started for s in servers):
                        if any(d.is_set() for d in stopped):
                            msg = "a uvicorn server exited during startup (see its log)"
                            raise RuntimeError(msg)
                        await anyio.sleep(0.01)
                yield urls
            finally:
                for server in servers:
                    server.should_exit = True
                with anyio.move_on_after(SERVER_TIMEOUT, shield=True) as scope:
                    for done in stopped:
                        await done.wait()
                if scope.cancelled_caught:  # a server hangs: do not hang the suite too
                    group.cancel_scope.cancel()
    except BaseExceptionGroup as errors:
        # Show a failing assertion as itself, not wrapped by the servers' task group.
        if len(errors.exceptions) == 1:
            raise errors.exceptions[0] from None
        raise
    finally:
        for sock in sockets:
            sock.close()


@pytest.fixture
def serve() -> Callable[..., AbstractAsyncContextManager[tuple[str, ...]]]:
    """``async with serve(app, ...) as (url, ...)``: uvicorn on free 127.0.0.1 ports."""
    pytest.importorskip("uvicorn")  # the ``sandbox`` extra
    pytest.importorskip("starlette")
    return _serve
