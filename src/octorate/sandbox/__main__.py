"""``python -m octorate.sandbox``: serve the sandbox."""

from __future__ import annotations

from octorate.sandbox._cli import run_cli

if __name__ == "__main__":
    raise SystemExit(run_cli())
