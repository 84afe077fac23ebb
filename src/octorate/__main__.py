"""The ``octorate`` command: ``octorate sandbox ...`` and ``octorate auth check``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch ``octorate <command>``; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["sandbox"]:
        from .sandbox import run_cli

        return run_cli(args[1:])
    if args[:2] == ["auth", "check"]:
        return _auth_check(args[2:])
    print(
        "usage: octorate sandbox [--port N ...] | octorate auth check [--base-url URL]",
        file=sys.stderr,
    )
    return 2


def _auth_check(argv: list[str]) -> int:
    """Validate OCTORATE_CLIENT_ID / OCTORATE_CLIENT_SECRET with an apilogin."""
    import anyio

    from ._auth import DEFAULT_BASE_URL, check_credentials

    parser = argparse.ArgumentParser(prog="octorate auth check")
    parser.add_argument(
        "--base-url", default=os.environ.get("OCTORATE_BASE_URL") or DEFAULT_BASE_URL
    )
    options = parser.parse_args(argv)
    client_id = os.environ.get("OCTORATE_CLIENT_ID", "")
    client_secret = os.environ.get("OCTORATE_CLIENT_SECRET", "")
    if not client_id or not client_secret:
        print("set OCTORATE_CLIENT_ID and OCTORATE_CLIENT_SECRET", file=sys.stderr)
        return 2

    async def check() -> object:
        return await check_credentials(client_id, client_secret, options.base_url)

    result = anyio.run(check)
    print(result)
    return 0 if result else 1


if __name__ == "__main__":
    raise SystemExit(main())
