"""Serve the sandbox over HTTP: ``octorate sandbox --port 8787``."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from octorate.sandbox._config import SandboxConfig

__all__ = ["run_cli", "serve"]


def serve(host: str = "127.0.0.1", port: int = 8787, config: SandboxConfig | None = None,
          *, log_level: str = "info") -> None:
    """Run the sandbox with uvicorn until interrupted (blocking)."""
    import uvicorn

    from octorate.sandbox._app import create_app

    uvicorn.run(create_app(config), host=host, port=port, log_level=log_level, lifespan="on")


def _parser() -> argparse.ArgumentParser:
    defaults = SandboxConfig()
    parser = argparse.ArgumentParser(
        prog="octorate sandbox",
        description="Serve a local, stateful Octorate Connect API at http://HOST:PORT/connect.",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8787)
    parser.add_argument("--client-id", default=defaults.client_id)
    parser.add_argument("--client-secret", default=defaults.client_secret)
    parser.add_argument("--accommodation", action="append", dest="accommodations",
                        metavar="ID", help="a property the user owns (repeatable)")
    parser.add_argument("--token-lifetime", type=float, default=defaults.access_token_lifetime,
                        help="access-token lifetime in seconds")
    parser.add_argument("--quota", type=int, default=defaults.quota_limit,
                        help="calls per accommodation per window")
    parser.add_argument("--quota-window", type=float, default=defaults.quota_window,
                        help="quota window in seconds")
    parser.add_argument("--seed", type=int, default=defaults.seed)
    parser.add_argument("--stateless", action="store_true",
                        help="answer every operation from the spec samples")
    parser.add_argument("--log-level", default="info")
    return parser


def run_cli(argv: Sequence[str] | None = None) -> int:
    """Entry point for ``octorate sandbox``; return the exit status."""
    args = _parser().parse_args(argv)
    config = SandboxConfig(
        client_id=args.client_id,
        client_secret=args.client_secret,
        accommodation_ids=tuple(args.accommodations or SandboxConfig().accommodation_ids),
        access_token_lifetime=args.token_lifetime,
        quota_limit=args.quota,
        quota_window=args.quota_window,
        seed=args.seed,
        stateful=not args.stateless,
    )
    print(f"octorate sandbox on http://{args.host}:{args.port}/connect  "
          f"(client_id={config.client_id})")
    try:
        serve(args.host, args.port, config, log_level=args.log_level)
    except KeyboardInterrupt:  # pragma: no cover - interactive
        return 130
    return 0
