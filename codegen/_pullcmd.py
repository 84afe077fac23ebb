"""`python -m codegen pull`: fetch, verify against the lock, or adopt a new document."""

from __future__ import annotations

import sys

from ._lock import LOCK_PATH, describe, read_lock, verify, write_lock
from ._pull import default_source, fetch
from ._spec import SpecError, load_document


def pull_command(source: str | None, *, update_lock: bool) -> int:
    """Verify the document at ``source``; with ``update_lock`` record it as the new pin."""
    source = source or default_source()
    raw = fetch(source)
    if not update_lock:
        doc = verify(raw, read_lock(), source=source)
        entry = describe(raw, doc, source)
        print(
            f"ok: {source} matches the lock ({entry['version']}, {entry['operations']} operations)"
        )
        return 0
    doc = load_document(raw, name=source)
    entry = describe(raw, doc, source)
    entry["source"] = _portable(source)
    try:
        old = read_lock()
    except SpecError:
        old = None
    write_lock(entry)
    print(f"lock updated: {LOCK_PATH.name} now pins sha256 {entry['sha256']}")
    if old and old.get("sha256") != entry["sha256"]:
        _write_changelog(source, doc)
    return 0


def _portable(source: str) -> str:
    # The lock records where the document is published, not a path on one machine.
    from ._pull import LIVE_URL

    return LIVE_URL if not source.startswith(("http://", "https://")) else source


def _write_changelog(source: str, new_doc: dict[str, object]) -> None:
    try:
        from .specdiff.changelog import changelog_entry, prepend_entry
        from .specdiff.cli import build_report
    except ImportError:
        print("(spec diff not available: no CHANGELOG entry written)", file=sys.stderr)
        return
    from pathlib import Path

    surface = Path(__file__).resolve().parent.parent / "openapi" / "surface.json"
    report = build_report(str(surface), source)
    prepend_entry(Path(__file__).resolve().parent.parent / "CHANGELOG.md", changelog_entry(report))
