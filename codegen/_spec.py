"""Load, hash and describe an OpenAPI document without changing its values.

Octorate publishes YAML. A stock YAML 1.1 loader turns strings such as
``2020-07-06`` into ``datetime.date`` and ``yes``/``on`` into booleans, which
would silently change examples, enum values and defaults. The loader here keeps
YAML 1.2 core semantics: null, booleans spelled ``true``/``false``, ints,
floats; everything else stays a string.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

import yaml

__all__ = [
    "HTTP_METHODS",
    "SpecError",
    "iter_operations",
    "load_document",
    "operation_count",
    "sha256_hex",
]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

try:  # libyaml is ~10x faster on a 900 KB document; fall back when absent.
    _BaseLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _BaseLoader = yaml.SafeLoader


class SpecError(Exception):
    """The document is unusable: unreadable, not OpenAPI, or not what the lock pins."""


class _CoreSchemaLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """SafeLoader with YAML 1.2 core-schema implicit typing (no timestamps, no yes/no)."""


_CoreSchemaLoader.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in (
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", [*"~nN", ""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^[-+]?[0-9]+$", list("-+0123456789")),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        list("-+0123456789."),
    ),
):
    _CoreSchemaLoader.add_implicit_resolver(_tag, re.compile(_pattern), _first)


def load_document(raw: bytes, *, name: str = "document") -> dict[str, Any]:
    """Parse JSON or YAML bytes into plain Python data, keeping strings as strings.

    Raises:
        SpecError: the bytes are not a mapping with an ``openapi`` and ``paths`` key.
    """
    text = raw.decode("utf-8-sig")
    try:
        if text.lstrip().startswith("{"):
            doc = json.loads(text)
        else:
            doc = yaml.load(text, Loader=_CoreSchemaLoader)  # noqa: S506 - safe loader subclass
    except (ValueError, yaml.YAMLError) as exc:
        msg = f"{name}: not valid JSON or YAML ({exc.__class__.__name__}: {str(exc)[:200]})"
        raise SpecError(msg) from None
    if not isinstance(doc, dict) or "openapi" not in doc or "paths" not in doc:
        msg = f"{name}: not an OpenAPI document (no 'openapi' and 'paths' keys)"
        raise SpecError(msg)
    return doc


def sha256_hex(raw: bytes) -> str:
    """The sha256 of the raw bytes, as the lock records it."""
    return hashlib.sha256(raw).hexdigest()


def iter_operations(doc: dict[str, Any]) -> Any:
    """Yield ``(path, method, path_item, operation)`` in document order."""
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield path, method, item, op


def operation_count(doc: dict[str, Any]) -> int:
    """How many operations the document declares."""
    return sum(1 for _ in iter_operations(doc))
