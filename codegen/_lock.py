"""The provenance lock: which published document the committed client was generated from."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ._spec import SpecError, load_document, operation_count, sha256_hex

__all__ = ["LOCK_PATH", "describe", "read_lock", "verify", "write_lock"]

LOCK_PATH = Path(__file__).resolve().parent.parent / "openapi" / "octorate.lock"


def read_lock(path: Path = LOCK_PATH) -> dict[str, Any]:
    """The lock as a dict with keys source, sha256, version, operations, generator."""
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        msg = f"cannot read lock {path}: {exc}"
        raise SpecError(msg) from None
    return data


def describe(raw: bytes, doc: dict[str, Any], source: str) -> dict[str, Any]:
    """The lock entry for a document."""
    return {
        "source": source,
        "sha256": sha256_hex(raw),
        "version": str((doc.get("info") or {}).get("version", "")),
        "operations": operation_count(doc),
    }


def verify(raw: bytes, lock: dict[str, Any], *, source: str) -> dict[str, Any]:
    """Parse ``raw`` and check it is the document the lock pins.

    Raises:
        SpecError: with a message naming both digests when the document differs.
    """
    doc = load_document(raw, name=source)
    actual = describe(raw, doc, source)
    if actual["sha256"] != lock["sha256"]:
        msg = (
            f"the document at {source} is not the one openapi/octorate.lock pins:\n"
            f"  locked : sha256 {lock['sha256']}  version {lock.get('version')!r}  "
            f"{lock.get('operations')} operations\n"
            f"  found  : sha256 {actual['sha256']}  version {actual['version']!r}  "
            f"{actual['operations']} operations\n"
            "Octorate published a new version (or the source is wrong). Run `make drift` to see "
            "what changed, then `python -m codegen pull --update-lock` and `make generate` to "
            "adopt it."
        )
        raise SpecError(msg)
    return doc


def write_lock(entry: dict[str, Any], path: Path = LOCK_PATH) -> None:
    """Write the lock deterministically (sorted keys, trailing newline)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(entry, indent=2, sort_keys=True) + "\n", encoding="utf-8")
