"""``python -m codegen diff OLD NEW``: the semantic spec diff on the command line.

Each side is an OpenAPI document (path or http(s) URL, YAML or JSON) or a
derived surface file (``openapi/surface.json``). Exit status: 0, or 1 when
``--fail-on LEVEL`` is given and a change at or above LEVEL exists, or 2 when
an input is unusable.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .diff import Report, diff_surfaces
from .load import InputError, load_side
from .report import FORMATS, render, suggest_bump
from .rules import LEVELS

__all__ = ["build_parser", "build_report", "exit_status", "main", "run_diff"]

PROG = "python -m codegen diff"


def build_parser(prog: str = PROG) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=prog,
        description="Classify the changes between two Octorate OpenAPI documents or surfaces.",
    )
    p.add_argument("old", metavar="OLD", help="spec path/URL or surface.json")
    p.add_argument("new", metavar="NEW", help="spec path/URL or surface.json")
    p.add_argument("--format", choices=FORMATS, default="text", help="output format (text)")
    p.add_argument(
        "--fail-on",
        choices=LEVELS,
        default=None,
        help="exit 1 when a change at or above this level exists",
    )
    p.add_argument(
        "--verbose", "-v", action="store_true", help="list documentation changes one by one"
    )
    p.add_argument(
        "--apply-patches",
        nargs="?",
        const="",
        default=None,
        metavar="DIR",
        help="apply the project's spec patches (default overrides/patches) to raw-spec sides",
    )
    p.add_argument(
        "--suggest-bump",
        action="store_true",
        help="print only major|minor|patch (major: breaking; patch: docs only or nothing)",
    )
    p.add_argument("--output", "-o", type=Path, default=None, help="write the report here")
    return p


def exit_status(report: Report, fail_on: str | None) -> int:
    """1 when a change at or above ``fail_on`` exists, else 0."""
    if fail_on is None:
        return 0
    threshold = LEVELS.index(fail_on)
    worst = report.worst()
    return 1 if worst is not None and LEVELS.index(worst) <= threshold else 0


def _patches(directory: str | None) -> list[Any] | None:
    if directory is None:
        return None
    try:
        from .._patch import PatchError, load_patches
    except ImportError:
        msg = "--apply-patches needs codegen._patch, which is not available"
        raise InputError(msg) from None
    try:
        return list(load_patches(Path(directory)) if directory else load_patches())
    except (OSError, PatchError) as exc:
        msg = f"patches in {directory}: {exc}"
        raise InputError(msg) from None


def run_diff(old: str, new: str, *, apply_patches: str | None = None) -> Report:
    """Load both sides (raising :class:`InputError`) and diff their surfaces."""
    patches = _patches(apply_patches)
    return diff_surfaces(load_side(old, patches=patches), load_side(new, patches=patches))


def build_report(old: str, new: str, *, apply_patches: str | None = "") -> Report:
    """The report ``pull --update-lock`` writes to the CHANGELOG: by default the
    project's patches are applied to raw-spec sides, because the committed
    ``openapi/surface.json`` is built from the patched document.

    Raises:
        InputError: (a ``SpecError``) a side is unusable or a patch no longer applies.
    """
    return run_diff(old, new, apply_patches=apply_patches)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        report = run_diff(args.old, args.new, apply_patches=args.apply_patches)
    except InputError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    out = (
        suggest_bump(report) + "\n"
        if args.suggest_bump
        else render(report, args.format, verbose=args.verbose)
    )
    if args.output is not None:
        args.output.write_text(out, encoding="utf-8")
    else:
        sys.stdout.write(out)
    return exit_status(report, args.fail_on)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
