"""Derive one canned success response per operation for the local sandbox.

``build_samples(doc)`` walks every operation of a (patched) OpenAPI document and
returns ``{"METHOD /path/template": {"status", "content_type", "body", "auth"}}``.
The sandbox (``octorate.sandbox``) answers any operation it does not simulate
statefully with this sample, after enforcing auth and quota.

How a sample is chosen, per operation:

1. The success response: ``200``, then ``201``, ``202``, ``204``, any other
   ``2xx``, then ``default`` (answered as 200). An operation that declares no
   success response at all answers ``200`` with no body.
2. The body: the first example (``example`` or ``examples``) that validates
   against the response schema, with a small JSON-Schema subset checker (types,
   required, enum, formats ``date``/``date-time``, items, min/maxItems,
   additionalProperties, allOf/oneOf/anyOf). The spec's ``...Z[UTC]`` date-times
   count as valid date-times because that is what the server sends.
3. Otherwise a body generated from the schema: ``$ref``/``allOf`` resolved,
   required properties (plus, on the top-level object, every scalar property so
   the sample has a useful shape), the first ``enum`` value, schema-level
   examples when valid, ``2024-01-01`` for dates and ``2024-01-01T00:00:00Z``
   for date-times, and one element per array.

``auth`` says which token the operation needs: ``"oauth"`` (the global
``OAuthLogin``/``Key`` requirement or ``OAuthLogin``), ``"api"`` (``ApiOperations``
only), ``"any"`` (either), ``"key"`` (legacy API key) or ``"none"`` (identity).

Run as ``python -m codegen.sandbox_samples SPEC OUT`` to write the JSON file.
This module never imports ``octorate``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from codegen._spec import iter_operations, load_document

__all__ = ["build_samples", "generate_value", "is_valid", "main"]

_SUCCESS_ORDER = ("200", "201", "202", "204")
_MAX_DEPTH = 8
# An example bigger than this is replaced by a generated body: the samples file is
# committed and shipped, and a minimal body is as valid as a chatty one.
_MAX_EXAMPLE_CHARS = 6000

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATE_TIME_RE = re.compile(
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})(?:\[[^\]]+\])?$"
)
_PDF_BODY = "%PDF-1.4\n% octorate sandbox placeholder\n%%EOF\n"


def _resolve(doc: dict[str, Any], schema: Any, seen: frozenset[str] = frozenset()) -> Any:
    """Follow ``$ref`` chains; return ``{}`` for a ref cycle or a dangling ref."""
    while isinstance(schema, dict) and "$ref" in schema:
        ref = schema["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/") or ref in seen:
            return {}
        seen = seen | {ref}
        node: Any = doc
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or part not in node:
                return {}
            node = node[part]
        schema = node
    return schema


def _type_ok(value: Any, type_: Any) -> bool:
    if type_ is None:
        return True
    if isinstance(type_, list):
        return any(_type_ok(value, t) for t in type_)
    checks: dict[str, Any] = {
        "object": lambda v: isinstance(v, dict),
        "array": lambda v: isinstance(v, list),
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
        "boolean": lambda v: isinstance(v, bool),
        "null": lambda v: v is None,
    }
    check = checks.get(type_)
    return True if check is None else bool(check(value))


def is_valid(doc: dict[str, Any], value: Any, schema: Any, depth: int = 0) -> bool:
    """Check ``value`` against ``schema`` with the subset of JSON Schema the spec uses."""
    if depth > 40:
        return True
    schema = _resolve(doc, schema)
    if not isinstance(schema, dict) or not schema:
        return True
    if value is None and schema.get("nullable"):
        return True
    if "allOf" in schema and not all(is_valid(doc, value, s, depth + 1) for s in schema["allOf"]):
        return False
    for key in ("oneOf", "anyOf"):
        if key in schema and not any(is_valid(doc, value, s, depth + 1) for s in schema[key]):
            return False
    if not _type_ok(value, schema.get("type")):
        return False
    if "enum" in schema and value not in schema["enum"]:
        return False
    if isinstance(value, str):
        fmt = schema.get("format")
        if fmt == "date" and not _DATE_RE.match(value):
            return False
        if fmt == "date-time" and not _DATE_TIME_RE.match(value):
            return False
    if isinstance(value, list):
        if len(value) < int(schema.get("minItems", 0)):
            return False
        if "maxItems" in schema and len(value) > int(schema["maxItems"]):
            return False
        items = schema.get("items")
        if items is not None and not all(is_valid(doc, v, items, depth + 1) for v in value):
            return False
    if isinstance(value, dict):
        if any(name not in value for name in schema.get("required", ())):
            return False
        props = schema.get("properties") or {}
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            if key in props:
                if not is_valid(doc, item, props[key], depth + 1):
                    return False
            elif extra is False or (
                isinstance(extra, dict) and not is_valid(doc, item, extra, depth + 1)
            ):
                return False
    return True


def _is_scalar(doc: dict[str, Any], schema: Any) -> bool:
    schema = _resolve(doc, schema)
    if not isinstance(schema, dict):
        return False
    return schema.get("type") in ("string", "integer", "number", "boolean")


def _scalar_for(schema: dict[str, Any]) -> Any:
    type_ = schema.get("type")
    fmt = schema.get("format")
    if type_ == "string":
        if fmt == "date":
            return "2024-01-01"
        if fmt == "date-time":
            return "2024-01-01T00:00:00Z"
        if fmt == "uuid":
            return "00000000-0000-4000-8000-000000000000"
        if fmt == "email":
            return "user@example.com"
        if fmt in ("uri", "url"):
            return "https://example.com"
        if fmt in ("byte", "binary"):
            return ""
        return "string"
    value: float
    if type_ == "integer":
        value = 100001 if fmt == "int64" else 1
    elif type_ == "number":
        value = 1.0
    else:
        return False
    if "maximum" in schema and value > schema["maximum"]:
        value = schema["maximum"]
    if "minimum" in schema and value < schema["minimum"]:
        value = schema["minimum"]
    return value


def generate_value(
    doc: dict[str, Any],
    schema: Any,
    *,
    depth: int = 0,
    refs: frozenset[str] = frozenset(),
    top: bool = False,
) -> Any:
    """Build a minimal value that ``is_valid`` accepts for ``schema``."""
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        ref = schema["$ref"]
        if ref in refs:
            resolved = _resolve(doc, schema)
            return [] if isinstance(resolved, dict) and resolved.get("type") == "array" else {}
        refs = refs | {ref}
        schema = _resolve(doc, schema)
    if not isinstance(schema, dict):
        return {}
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        scalar: Any = None
        for part in schema["allOf"]:
            value = generate_value(doc, part, depth=depth + 1, refs=refs, top=top)
            if isinstance(value, dict):
                merged.update(value)
            else:
                scalar = value
        rest = {k: v for k, v in schema.items() if k != "allOf"}
        if rest.get("properties") or rest.get("required"):
            extra = generate_value(doc, rest, depth=depth, refs=refs, top=top)
            if isinstance(extra, dict):
                merged.update(extra)
        return merged if merged or scalar is None else scalar
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return generate_value(doc, schema[key][0], depth=depth + 1, refs=refs, top=top)
    for key in ("example", "default"):
        if key in schema and is_valid(doc, schema[key], {k: v for k, v in schema.items()
                                                         if k not in ("example", "default")}):
            candidate = schema[key]
            if len(json.dumps(candidate)) <= 400:
                return candidate
    if schema.get("enum"):
        return schema["enum"][0]
    type_ = schema.get("type")
    if type_ == "array":
        items_schema = schema.get("items") or {}
        cyclic = isinstance(items_schema, dict) and items_schema.get("$ref") in refs
        if depth >= _MAX_DEPTH or schema.get("maxItems") == 0 or (
            cyclic and not schema.get("minItems")
        ):
            return []  # an empty array is the finite valid value of a recursive list
        count = max(1, int(schema.get("minItems", 1)))
        item = generate_value(doc, items_schema, depth=depth + 1, refs=refs, top=top)
        return [item] * count
    if type_ == "object" or "properties" in schema or "required" in schema:
        out: dict[str, Any] = {}
        if depth >= _MAX_DEPTH:
            return out
        props = schema.get("properties") or {}
        required = list(schema.get("required") or ())
        for name, prop in props.items():
            if name in required or (top and _is_scalar(doc, prop)):
                out[name] = generate_value(doc, prop, depth=depth + 1, refs=refs)
        for name in required:
            if name not in out:
                out[name] = "string"
        return out
    if type_ in ("string", "integer", "number", "boolean"):
        return _scalar_for(schema)
    return {}


def _media(content: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    for ct in ("application/json", "*/*"):
        if ct in content:
            return ct, content[ct] or {}
    for ct, media in content.items():
        return ct, media or {}
    return None, {}


def _examples(doc: dict[str, Any], media: dict[str, Any]) -> list[Any]:
    found: list[Any] = []
    if "example" in media:
        found.append(media["example"])
    for item in (media.get("examples") or {}).values():
        item = _resolve(doc, item)
        if isinstance(item, dict) and "value" in item:
            found.append(item["value"])
    return found


def _auth(path: str, op: dict[str, Any]) -> str:
    if path.startswith("/rest/v1/identity/"):
        return "key" if path.endswith("/migrate") else "none"
    security = op.get("security")
    if security is None:
        return "oauth"
    names = {name for req in security for name in req}
    if names == {"Key"}:
        return "key"
    if "ApiOperations" in names and "OAuthLogin" in names:
        return "any"
    if "ApiOperations" in names:
        return "api"
    return "oauth"


def _sample(doc: dict[str, Any], path: str, op: dict[str, Any]) -> dict[str, Any]:
    responses = op.get("responses") or {}
    code = next((c for c in _SUCCESS_ORDER if c in responses), None)
    if code is None:
        code = next((c for c in sorted(responses) if c.startswith("2")), None)
    if code is None and "default" in responses:
        code = "default"
    status = 200 if code in (None, "default") else int(code)
    sample: dict[str, Any] = {
        "status": status, "content_type": None, "body": None, "auth": _auth(path, op),
    }
    if code is None or status == 204:
        return sample
    response = _resolve(doc, responses[code]) or {}
    content = response.get("content") or {}
    ct, media = _media(content)
    if ct is None:
        return sample
    if ct == "application/pdf":
        sample.update(content_type=ct, body=_PDF_BODY)
        return sample
    schema = media.get("schema")
    body: Any = None
    for example in _examples(doc, media):
        if len(json.dumps(example)) > _MAX_EXAMPLE_CHARS:
            continue
        if schema is None or is_valid(doc, example, schema):
            body = example
            break
    else:
        body = generate_value(doc, schema, top=True) if schema is not None else {}
    sample.update(content_type="application/json", body=body)
    return sample


def build_samples(doc: dict[str, Any]) -> dict[str, Any]:
    """Map ``"METHOD /path/template"`` to ``{status, content_type, body, auth}``."""
    samples: dict[str, Any] = {}
    for path, method, _item, op in iter_operations(doc):
        samples[f"{method.upper()} {path}"] = _sample(doc, path, op)
    return dict(sorted(samples.items()))


def main(argv: list[str] | None = None) -> int:
    """Write the samples JSON: ``python -m codegen.sandbox_samples SPEC OUT``."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m codegen.sandbox_samples SPEC OUT", file=sys.stderr)
        return 2
    spec, out = Path(args[0]), Path(args[1])
    samples = build_samples(load_document(spec.read_bytes(), name=str(spec)))
    out.write_text(json.dumps(samples, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    print(f"wrote {len(samples)} samples to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
