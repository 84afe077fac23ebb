"""`make demo`: start the local sandbox and a webhook receiver, run the quickstart, summarise."""

from __future__ import annotations

import socket
import sys
import time
from pathlib import Path
from typing import Any

import anyio
import httpx
import uvicorn

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quickstart import quickstart

from octorate import Limit
from octorate.sandbox import SandboxConfig, create_app
from octorate.webhooks import WebhookDelivery, asgi_receiver

QUOTA = Limit(30, 3.0)  # scaled down from Octorate's 100 per 300 s so the demo takes seconds


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def main() -> int:
    t0 = time.monotonic()
    config = SandboxConfig(quota_limit=QUOTA.units, quota_window=QUOTA.seconds,
                           webhook_retry_delays=(0.2, 0.5, 1.0))
    sandbox = create_app(config)
    received: list[WebhookDelivery] = []

    async def on_delivery(delivery: WebhookDelivery) -> None:
        received.append(delivery)

    api_port, hook_port = _port(), _port()
    servers = [
        uvicorn.Server(uvicorn.Config(sandbox, host="127.0.0.1", port=api_port, log_level="warning")),
        uvicorn.Server(uvicorn.Config(asgi_receiver(on_delivery), host="127.0.0.1", port=hook_port,
                                      log_level="warning")),
    ]
    base_url = f"http://127.0.0.1:{api_port}/connect"
    report: dict[str, Any] = {}

    async def consent(url: str) -> str:
        # The sandbox's consent page grants at once and redirects with code and state.
        local = url.replace("https://admin.octorate.com", f"http://127.0.0.1:{api_port}")
        async with httpx.AsyncClient() as http:
            answer = await http.get(local)
        return answer.headers["location"]

    async with anyio.create_task_group() as tg:
        for server in servers:
            tg.start_soon(server.serve)
        while not all(s.started for s in servers):
            await anyio.sleep(0.05)
        print(f"sandbox at {base_url}; webhooks to http://127.0.0.1:{hook_port}/hooks\n")
        try:
            report = await quickstart(
                base_url=base_url, client_id=config.client_id, client_secret=config.client_secret,
                webhook_url=f"http://127.0.0.1:{hook_port}/hooks",
                # The server counts a call when it arrives, the client when it grants it; a
                # window 0.3 s longer absorbs that latency (the sandbox shares this event loop).
                quota=Limit(QUOTA.units, QUOTA.seconds + 0.3), consent=consent)
            await sandbox.state.sandbox.deliveries.wait_idle()
        finally:
            for server in servers:
                server.should_exit = True
    kinds = sorted({str(d.type) for d in received})
    print("\nWhat happened:")
    print(f"- webhooks received: {len(received)} ({', '.join(kinds)})")
    print(f"- quota: {report.get('waited', 0)} calls waited locally; "
          f"{report.get('quota_errors')} ApiQuotaException reached the caller; the server "
          f"answered 403 ApiQuotaException {report.get('server_quota_answers')} times "
          "(any such answer is absorbed by waiting and retrying)")
    print(f"- demo finished in {time.monotonic() - t0:.1f}s")
    ok = report.get("quota_errors") == 0 and len(received) >= 3
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(anyio.run(main))
