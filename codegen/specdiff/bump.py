"""``python -m codegen.specdiff.bump OLD NEW [--current X.Y.Z]``: the version bump a
spec change calls for: ``major`` (breaking), ``minor`` (other client-visible
changes) or ``patch`` (documentation only, or nothing). With ``--current`` it
prints the next version instead (a 0.x version bumps minor for breaking changes,
as SemVer's initial-development rule allows).
"""

from __future__ import annotations

import argparse
import sys

from .cli import run_diff
from .load import InputError
from .report import suggest_bump

__all__ = ["main", "next_version", "suggest_bump"]


def next_version(current: str, bump: str) -> str:
    """``next_version("1.4.2", "minor") == "1.5.0"``; 0.x versions shift one place down."""
    parts = current.split(".")
    if len(parts) < 3 or not all(p.isdigit() for p in parts[:3]):
        msg = f"not a X.Y.Z version: {current!r}"
        raise ValueError(msg)
    major, minor, patch = (int(p) for p in parts[:3])
    if major == 0 and bump == "major":
        bump = "minor"
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m codegen.specdiff.bump", description=__doc__)
    p.add_argument("old", metavar="OLD")
    p.add_argument("new", metavar="NEW")
    p.add_argument("--apply-patches", nargs="?", const="", default=None, metavar="DIR")
    p.add_argument("--current", default=None, help="the current version, e.g. 0.1.0")
    args = p.parse_args(argv)
    try:
        report = run_diff(args.old, args.new, apply_patches=args.apply_patches)
        bump = suggest_bump(report)
        print(next_version(args.current, bump) if args.current else bump)
    except (InputError, ValueError) as exc:
        print(f"{p.prog}: error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
