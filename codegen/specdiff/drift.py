"""``python -m codegen drift`` (``make drift``): has Octorate changed its document?

Fetches the configured source (``$OCTORATE_SPEC_SOURCE`` or the live URL) and
compares its sha256 with ``openapi/octorate.lock``:

- equal: prints ``no drift: <version> <sha256>`` and exits 0;
- different: diffs the committed ``openapi/surface.json`` against the surface of
  the new document *with the project's patches applied* (the committed surface
  is built from the patched document too), prints the report, exits 1;
- unusable input (unreachable source, unreadable lock, a patch that no longer
  applies): a message on stderr, exit 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from .._spec import SpecError, load_document, sha256_hex
from .diff import Report, diff_surfaces
from .load import InputError
from .report import FORMATS, render
from .surface import build_surface, is_surface

__all__ = ["check_drift", "main"]

REPO = Path(__file__).resolve().parents[2]
SURFACE_PATH = REPO / "openapi" / "surface.json"
PROG = "python -m codegen drift"


def _read_surface(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        msg = f"cannot read surface {path}: {exc} (run `make generate` to write it)"
        raise InputError(msg) from None
    if not is_surface(data):
        msg = f"{path} is not a surface written by codegen.specdiff.surface"
        raise InputError(msg)
    return dict(data)


def check_drift(
    *,
    source: str | None = None,
    lock_path: Path | None = None,
    surface_path: Path = SURFACE_PATH,
    patches_dir: Path | None = None,
) -> tuple[dict[str, Any], str, Report | None]:
    """Return (lock, new sha256, report or None when the document is the locked one).

    Raises:
        SpecError: the source, the lock, the surface or the patches are unusable.
    """
    from .. import _lock, _patch, _pull

    src = source or _pull.default_source()
    raw = _pull.fetch(src)
    sha = sha256_hex(raw)
    lock = _lock.read_lock(lock_path) if lock_path is not None else _lock.read_lock()
    if lock.get("sha256") == sha:
        return lock, sha, None
    old = _read_surface(surface_path)
    doc = load_document(raw, name=src)
    patches = _patch.load_patches(patches_dir) if patches_dir else _patch.load_patches()
    try:
        patched = _patch.apply_patches(doc, patches)
    except _patch.PatchError as exc:
        msg = f"{exc} (the new document breaks a spec patch: fix overrides/patches first)"
        raise InputError(msg) from None
    return lock, sha, diff_surfaces(old, build_surface(patched, sha256=sha))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog=PROG, description=__doc__.split("\n\n")[0])
    p.add_argument("--source", default=None, help="URL or path (default: $OCTORATE_SPEC_SOURCE)")
    p.add_argument("--format", choices=FORMATS, default="text")
    p.add_argument("--verbose", "-v", action="store_true")
    p.add_argument("--lock", type=Path, default=None, help="default openapi/octorate.lock")
    p.add_argument(
        "--surface", type=Path, default=SURFACE_PATH, help="default openapi/surface.json"
    )
    p.add_argument("--patches", type=Path, default=None, help="default overrides/patches")
    args = p.parse_args(argv)
    try:
        lock, sha, report = check_drift(
            source=args.source,
            lock_path=args.lock,
            surface_path=args.surface,
            patches_dir=args.patches,
        )
    except (SpecError, OSError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    if report is None:
        print(f"no drift: {' '.join(str(lock.get('version', '')).split())} {sha}")
        return 0
    print(f"drift: the source no longer matches the lock ({lock.get('sha256')} -> {sha})")
    sys.stdout.write(render(report, args.format, verbose=args.verbose))
    return 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
