"""A local, stateful Octorate Connect sandbox for tests and demos.

Requires the ``sandbox`` extra (Starlette and uvicorn)::

    import httpx
    from octorate.sandbox import SandboxConfig, create_app

    app = create_app(SandboxConfig())
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                               base_url="http://sandbox/connect")

``app.state.sandbox`` is the ``SandboxState`` behind it.
"""

from __future__ import annotations

from octorate.sandbox._app import create_app
from octorate.sandbox._cli import run_cli, serve
from octorate.sandbox._config import ManualClock, SandboxConfig
from octorate.sandbox._quota import QuotaStatistics
from octorate.sandbox._state import EVENT_TYPES, SandboxState, Token
from octorate.sandbox._webhooks import Delivery, DeliveryAttempt, WebhookDispatcher

__all__ = [
    "EVENT_TYPES",
    "Delivery",
    "DeliveryAttempt",
    "ManualClock",
    "QuotaStatistics",
    "SandboxConfig",
    "SandboxState",
    "Token",
    "WebhookDispatcher",
    "create_app",
    "run_cli",
    "serve",
]
