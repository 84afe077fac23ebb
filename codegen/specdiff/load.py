"""Read one side of a diff: a spec file, a URL, or a surface file."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path
from typing import Any

from .._spec import SpecError, load_document, sha256_hex
from .surface import SURFACE_FORMAT, build_surface, is_surface

__all__ = ["InputError", "fetch_bytes", "load_side", "surface_from_bytes"]


class InputError(SpecError):
    """A side of the diff cannot be used (missing, unreadable, not a spec or surface)."""


def fetch_bytes(source: str) -> bytes:
    """The raw bytes of a URL or a local path (``codegen._pull.fetch`` when present)."""
    try:
        from .. import _pull  # the lead's fetcher: same behaviour as `codegen pull`

        fetch = getattr(_pull, "fetch", None)
    except ImportError:
        fetch = None
    try:
        if fetch is not None:
            return bytes(fetch(source))
        if source.startswith(("http://", "https://")):
            with urllib.request.urlopen(source, timeout=60) as resp:
                return bytes(resp.read())
        return Path(source).read_bytes()
    except (OSError, ValueError) as exc:
        msg = f"{source}: cannot read ({exc.__class__.__name__}: {exc})"
        raise InputError(msg) from None
    except Exception as exc:  # the fetcher's own error types, e.g. SpecError
        msg = f"{source}: cannot read ({exc.__class__.__name__}: {exc})"
        raise InputError(msg) from None


def surface_from_bytes(
    raw: bytes, *, name: str = "document", patches: list[Any] | None = None
) -> dict[str, Any]:
    """A surface from raw bytes holding either a surface JSON or an OpenAPI document.

    ``patches`` (from ``codegen._patch.load_patches``) are applied to a raw
    document before its surface is built; a surface file is taken as it is.
    """
    text = raw.lstrip()
    if text.startswith(b"{"):
        try:
            data = json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError) as exc:
            msg = f"{name}: not valid JSON ({exc})"
            raise InputError(msg) from None
        if is_surface(data):
            return dict(data)
        if isinstance(data, dict) and str(data.get("format", "")).startswith("octorate-surface/"):
            msg = f"{name}: surface format {data['format']!r}, this tool reads {SURFACE_FORMAT!r}"
            raise InputError(msg)
    try:
        doc = load_document(raw, name=name)
    except (SpecError, UnicodeDecodeError) as exc:
        raise InputError(str(exc)) from None
    if patches:
        from .._patch import PatchError, apply_patches

        try:
            doc = apply_patches(doc, patches)
        except PatchError as exc:
            msg = f"{name}: {exc}"
            raise InputError(msg) from None
    return build_surface(doc, sha256=sha256_hex(raw))


def load_side(source: str, *, patches: list[Any] | None = None) -> dict[str, Any]:
    """The surface of ``source``: a path or URL to a spec (YAML/JSON) or a surface file."""
    return surface_from_bytes(fetch_bytes(source), name=source, patches=patches)
