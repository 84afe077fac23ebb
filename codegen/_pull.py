"""Fetch the published document from its configured source.

The source is an https URL (Octorate's live document) or a local path (the
offline mirror). ``OCTORATE_SPEC_SOURCE`` overrides the default; the Makefile
points it at ``../shared/openapi/octorate-openapi.yaml`` when that file exists.
URL fetches are conditional: the ETag and Last-Modified of the previous fetch
are kept in ``.cache/spec/`` and a 304 reuses the cached bytes.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from pathlib import Path

from ._spec import SpecError

__all__ = ["LIVE_URL", "default_source", "fetch"]

LIVE_URL = "https://api.octorate.com/connect/rest/v1/integration/openapi.yaml"
REPO = Path(__file__).resolve().parent.parent
CACHE_DIR = REPO / ".cache" / "spec"


def default_source() -> str:
    """``$OCTORATE_SPEC_SOURCE`` if set, else the live URL."""
    return os.environ.get("OCTORATE_SPEC_SOURCE") or LIVE_URL


def fetch(source: str, *, timeout: float = 30.0) -> bytes:
    """Return the raw bytes of the document at ``source`` (URL or path).

    Raises:
        SpecError: the source cannot be read.
    """
    if source.startswith(("http://", "https://")):
        return _fetch_url(source, timeout=timeout)
    path = Path(source).expanduser()
    if not path.is_absolute():
        path = (REPO / path).resolve()
    try:
        return path.read_bytes()
    except OSError as exc:
        msg = f"cannot read spec source {source}: {exc.strerror or exc}"
        raise SpecError(msg) from None


def _fetch_url(url: str, *, timeout: float) -> bytes:
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    body_file = CACHE_DIR / "document"
    meta_file = CACHE_DIR / "meta.json"
    meta: dict[str, str] = {}
    if meta_file.exists() and body_file.exists():
        meta = json.loads(meta_file.read_text())
    request = urllib.request.Request(url, headers={"User-Agent": "octorate-codegen"})
    if meta.get("url") == url:
        if meta.get("etag"):
            request.add_header("If-None-Match", meta["etag"])
        if meta.get("last_modified"):
            request.add_header("If-Modified-Since", meta["last_modified"])
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw: bytes = response.read()
            new_meta = {
                "url": url,
                "etag": response.headers.get("ETag", ""),
                "last_modified": response.headers.get("Last-Modified", ""),
            }
    except urllib.error.HTTPError as exc:
        if exc.code == 304 and body_file.exists():
            return body_file.read_bytes()
        msg = f"cannot fetch {url}: HTTP {exc.code}"
        raise SpecError(msg) from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        msg = f"cannot fetch {url}: {getattr(exc, 'reason', exc)}"
        raise SpecError(msg) from None
    body_file.write_bytes(raw)
    meta_file.write_text(json.dumps(new_meta))
    return raw
