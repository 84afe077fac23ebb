"""Apply the project's spec patches (``overrides/patches/*.yaml``) to a document.

Each patch file holds a list of patches. A patch is data, not code::

    - id: extra-put-body-content          # stable name, used in reports
      problem: what is wrong in the published document
      evidence: where the fix comes from (facts file section, spec example)
      ops:                                # RFC 6902 operations, applied in order
        - {op: add, path: /paths/~1rest~1v1~1.../put/requestBody/content, value: {...}}

Supported ops: ``add``, ``remove``, ``replace``, ``test``, ``move``, ``copy``
(RFC 6902). A pointer that no longer matches raises :class:`PatchError`
naming the patch, so a changed upstream document fails loudly instead of being
half-patched. Patches may not add paths (operations) that the document lacks:
we fix defects, we do not invent endpoints.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from ._spec import HTTP_METHODS, iter_operations

__all__ = ["Patch", "PatchError", "apply_patches", "load_patches"]

PATCH_DIR = Path(__file__).resolve().parent.parent / "overrides" / "patches"

_REQUIRED_KEYS = ("id", "problem", "evidence", "ops")
_OPS = frozenset({"add", "remove", "replace", "test", "move", "copy"})


class PatchError(Exception):
    """A patch file is malformed, or a patch no longer applies to the document."""


Patch = dict[str, Any]


def load_patches(directory: Path = PATCH_DIR) -> list[Patch]:
    """Read every ``*.yaml`` patch file in ``directory`` in file-name order."""
    patches: list[Patch] = []
    seen: set[str] = set()
    for file in sorted(directory.glob("*.yaml")):
        entries = yaml.safe_load(file.read_text(encoding="utf-8")) or []
        if not isinstance(entries, list):
            msg = f"{file.name}: expected a list of patches"
            raise PatchError(msg)
        for entry in entries:
            missing = [k for k in _REQUIRED_KEYS if not entry.get(k)]
            if missing:
                msg = f"{file.name}: patch {entry.get('id', '?')!r} lacks {', '.join(missing)}"
                raise PatchError(msg)
            if entry["id"] in seen:
                msg = f"{file.name}: duplicate patch id {entry['id']!r}"
                raise PatchError(msg)
            seen.add(entry["id"])
            for op in entry["ops"]:
                if op.get("op") not in _OPS or "path" not in op:
                    msg = f"{file.name}: patch {entry['id']!r} has an invalid op {op!r}"
                    raise PatchError(msg)
            patches.append({**entry, "file": file.name})
    return patches


def apply_patches(doc: dict[str, Any], patches: list[Patch]) -> dict[str, Any]:
    """Return a patched deep copy of ``doc``; ``doc`` itself is left untouched."""
    out = copy.deepcopy(doc)
    operations_before = {(p, m) for p, m, _, _ in iter_operations(out)}
    for patch in patches:
        for op in patch["ops"]:
            try:
                _apply_op(out, op)
            except (KeyError, IndexError, ValueError, TypeError) as exc:
                msg = (
                    f"patch {patch['id']!r} ({patch.get('file', '?')}) no longer applies: "
                    f"{op['op']} {op['path']}: {exc}"
                )
                raise PatchError(msg) from None
    invented = {(p, m) for p, m, _, _ in iter_operations(out)} - operations_before
    if invented:
        msg = f"patches must not invent endpoints: {sorted(invented)}"
        raise PatchError(msg)
    return out


def _split(pointer: str) -> list[str]:
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        msg = f"bad JSON pointer {pointer!r}"
        raise ValueError(msg)
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer[1:].split("/")]


def _parent(doc: Any, pointer: str) -> tuple[Any, str]:
    tokens = _split(pointer)
    if not tokens:
        msg = "cannot address the document root"
        raise ValueError(msg)
    node = doc
    for token in tokens[:-1]:
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node, tokens[-1]


def _get(doc: Any, pointer: str) -> Any:
    node = doc
    for token in _split(pointer):
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def _apply_op(doc: Any, op: dict[str, Any]) -> None:
    kind, path = op["op"], op["path"]
    if kind == "test":
        actual = _get(doc, path)
        if actual != op["value"]:
            msg = f"test failed: found {str(actual)[:80]!r}"
            raise ValueError(msg)
        return
    if kind in ("move", "copy"):
        value = copy.deepcopy(_get(doc, op["from"]))
        if kind == "move":
            _apply_op(doc, {"op": "remove", "path": op["from"]})
        _apply_op(doc, {"op": "add", "path": path, "value": value})
        return
    parent, key = _parent(doc, path)
    if kind == "remove":
        if isinstance(parent, list):
            del parent[int(key)]
        else:
            del parent[key]
        return
    value = copy.deepcopy(op["value"])
    if isinstance(parent, list):
        if key == "-":
            parent.append(value)
        elif kind == "add":
            parent.insert(int(key), value)
        else:
            parent[int(key)] = value
        return
    if kind == "replace" and key not in parent:
        msg = f"replace of a missing member {key!r}"
        raise KeyError(msg)
    parent[key] = value


def operation_pointer(path: str, method: str) -> str:
    """The JSON pointer of an operation, e.g. ``/paths/~1rest~1v1~1x/get``."""
    assert method in HTTP_METHODS
    return "/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method
