"""The derived API surface: what the spec differ compares.

:func:`build_surface` turns an OpenAPI document into a compact, normalised and
fully ``$ref``-resolved description of every operation. It keeps what a client
depends on (methods, paths, operationIds, security, parameters, request bodies,
responses and the *shape* of every schema) and drops prose: descriptions,
summaries, titles and examples become a 12-hex-digit ``docs`` hash, so a prose
change is still noticed (and reported as ``documentation-changed``) without the
surface being a copy of the document.

Format (``"format": "octorate-surface/1"``)::

    {
      "format": "octorate-surface/1",
      "info": {"title": str, "version": str, "sha256": str},
      "securitySchemes": {name: {"type", "in", "name", "scheme", "flows": {...}}},
      "schemas": {component name: SHAPE},               # only those operations reach
      "operations": {
        "GET /rest/v1/x/{id}": {
          "operationId": str, "deprecated": bool, "docs": hash,
          "security": [{scheme: [scopes]}, ...],        # alternatives; [{}] = anonymous
          "parameters": {"path.id": {"required": bool, "schema": SHAPE, ...}},
          "requestBody": null | {"required": bool, "content": {media: {"schema": SHAPE}}},
          "responses": {"200": {"docs": hash, "content": {media: {"schema": SHAPE}}}}
        }
      }
    }

A SHAPE is a resolved schema with only these keys (absent when empty/false):
``type``, ``format``, ``enum`` (sorted), ``nullable``, ``properties``,
``required`` (sorted), ``items``, ``additionalProperties`` (a SHAPE or
``false``), ``oneOf``/``anyOf`` (lists of SHAPEs), ``deprecated``,
``readOnly``, ``writeOnly``, ``docs``; or ``{"$ref": name}`` naming an entry of
the top-level ``schemas`` table. Every ``$ref`` is resolved into that table
(each component shaped once: inlining the 202 operations' schemas would make
the surface ~2.4 MB, larger than the document, while the table keeps it near
350 KB) and the table is closed: nothing points back into the document.
``allOf`` members are expanded and merged; an ``allOf`` that reaches a
component already being merged is cut with ``{"$cycle": name}``. Recursive
``$ref``s need no marker in the table; the differ cuts them while walking.
Header parameter names are lower-cased (HTTP headers are case-insensitive).

The JSON text (:func:`dumps_surface`) has sorted keys and one member per line,
so the same document always gives the same bytes and git diffs stay readable.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from .._spec import iter_operations

__all__ = [
    "SURFACE_FORMAT",
    "build_surface",
    "docs_hash",
    "dumps_surface",
    "is_surface",
    "operation_key",
]

SURFACE_FORMAT = "octorate-surface/1"

# Prose members: hashed, never copied.
_DOC_KEYS = ("summary", "description", "title", "example", "examples", "externalDocs")


def docs_hash(node: dict[str, Any], keys: tuple[str, ...] = _DOC_KEYS) -> str | None:
    """A short sha256 of the prose members of ``node``; None when it has none."""
    prose = {k: node[k] for k in keys if k in node and node[k] not in (None, "", [], {})}
    if not prose:
        return None
    text = json.dumps(prose, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def operation_key(method: str, path: str) -> str:
    """``"GET /rest/v1/x"``: how reports and the surface name an operation."""
    return f"{method.upper()} {path}"


def is_surface(data: Any) -> bool:
    """True when ``data`` is a surface built by :func:`build_surface`."""
    return isinstance(data, dict) and data.get("format") == SURFACE_FORMAT


def dumps_surface(surface: dict[str, Any]) -> str:
    """Deterministic JSON text of a surface (sorted keys, trailing newline)."""
    return json.dumps(surface, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def _canonical_sha256(doc: dict[str, Any]) -> str:
    text = json.dumps(doc, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _sort_values(values: list[Any]) -> list[Any]:
    return sorted(values, key=lambda v: json.dumps(v, sort_keys=True, default=str))


class _Resolver:
    """Resolves local ``$ref``s and turns schemas into SHAPEs.

    Component schemas are shaped once into ``self.schemas``; a ``$ref`` to one
    becomes ``{"$ref": name}``. ``allOf`` members are expanded and merged in
    place; an ``allOf`` that reaches itself again is cut with ``{"$cycle": name}``.
    """

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.schemas: dict[str, dict[str, Any]] = {}
        self._building: set[str] = set()

    def deref(self, node: Any, seen: tuple[str, ...] = ()) -> Any:
        """Follow ``$ref`` chains on a non-schema object (parameter, body, response)."""
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                return {}
            seen = (*seen, ref)
            node = self.lookup(ref)
        return node

    def lookup(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            return {}  # external refs are not followed; the document has none
        node: Any = self.doc
        for token in ref[2:].split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                return {}
        return node

    def component(self, ref: str) -> str:
        """Shape the schema ``ref`` points at into the table (once); return its name."""
        name = ref_name(ref)
        if name not in self.schemas and name not in self._building:
            self._building.add(name)
            self.schemas[name] = self.shape(self.lookup(ref), (ref,))
            self._building.discard(name)
        return name

    def shape(self, schema: Any, stack: tuple[str, ...] = ()) -> dict[str, Any]:
        if not isinstance(schema, dict):
            return {}
        ref = schema.get("$ref")
        if isinstance(ref, str):
            return {"$ref": self.component(ref)}
        out: dict[str, Any] = {}
        if isinstance(schema.get("allOf"), list):
            for part in schema["allOf"]:
                _merge_into(out, self._expand(part, stack))
        _merge_into(out, self._own(schema, stack))
        return out

    def _expand(self, part: Any, stack: tuple[str, ...]) -> dict[str, Any]:
        """An ``allOf`` member with its top-level ``$ref`` chain expanded."""
        if isinstance(part, dict) and isinstance(part.get("$ref"), str):
            ref = part["$ref"]
            if ref in stack:
                return {"$cycle": ref_name(ref)}
            self.component(ref)  # keep the table complete for nested refs
            return self._expand(self.lookup(ref), (*stack, ref))
        return self.shape(part, stack)

    def _own(self, schema: dict[str, Any], stack: tuple[str, ...]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        typ = schema.get("type")
        if isinstance(typ, list):  # OpenAPI 3.1 style; "null" means nullable
            if "null" in typ:
                out["nullable"] = True
            rest = sorted(str(t) for t in typ if t != "null")
            typ = "|".join(rest) if rest else None
        if typ:
            out["type"] = str(typ)
        if schema.get("format"):
            out["format"] = str(schema["format"])
        if isinstance(schema.get("enum"), list):
            out["enum"] = _sort_values(list(schema["enum"]))
        if schema.get("nullable") is True:
            out["nullable"] = True
        for flag in ("deprecated", "readOnly", "writeOnly"):
            if schema.get(flag) is True:
                out[flag] = True
        docs = docs_hash(schema)
        if docs:
            out["docs"] = docs
        props = schema.get("properties")
        if isinstance(props, dict):
            out["properties"] = {str(n): self.shape(sub, stack) for n, sub in props.items()}
        required = schema.get("required")
        if isinstance(required, list) and required:
            out["required"] = sorted({str(r) for r in required})
        if "items" in schema:
            out["items"] = self.shape(schema["items"], stack)
        extra = schema.get("additionalProperties")
        if extra is False:
            out["additionalProperties"] = False
        elif isinstance(extra, dict):
            out["additionalProperties"] = self.shape(extra, stack)
        for combo in ("oneOf", "anyOf"):
            if isinstance(schema.get(combo), list):
                out[combo] = [self.shape(part, stack) for part in schema[combo]]
        return out


def ref_name(ref: str) -> str:
    """``#/components/schemas/Name`` -> ``Name``; any other pointer stays as it is."""
    prefix = "#/components/schemas/"
    return ref[len(prefix) :] if ref.startswith(prefix) else ref


def _merge_into(out: dict[str, Any], sub: dict[str, Any]) -> None:
    """Merge one ``allOf`` member (or a schema's own keywords) into ``out``."""
    for key, value in sub.items():
        if key == "properties":
            out.setdefault("properties", {}).update(value)
        elif key == "required":
            out["required"] = sorted(set(out.get("required", [])) | set(value))
        elif key == "enum" and "enum" in out:
            both = [v for v in out["enum"] if v in value]
            out["enum"] = both
        elif key == "nullable":
            out["nullable"] = out.get("nullable", False) or value
        elif key not in out:
            out[key] = value


def _security(raw: Any) -> list[dict[str, list[str]]]:
    """Alternatives as sorted ``{scheme: sorted scopes}``; anonymous is ``[{}]``."""
    if not isinstance(raw, list) or not raw:
        return [{}]
    alts = []
    for alt in raw:
        if isinstance(alt, dict):
            alts.append({str(k): sorted(str(s) for s in (v or [])) for k, v in alt.items()})
    return _sort_values(alts) or [{}]


def _scheme(raw: Any) -> dict[str, Any]:
    if not isinstance(raw, dict):
        return {}
    keys = ("type", "in", "name", "scheme", "bearerFormat")
    out: dict[str, Any] = {k: str(raw[k]) for k in keys if k in raw}
    flows = raw.get("flows")
    if isinstance(flows, dict):
        shaped: dict[str, Any] = {}
        for flow, spec in flows.items():
            if not isinstance(spec, dict):
                continue
            urls = ("authorizationUrl", "tokenUrl", "refreshUrl")
            f: dict[str, Any] = {k: str(spec[k]) for k in urls if k in spec}
            f["scopes"] = sorted(str(s) for s in (spec.get("scopes") or {}))
            shaped[str(flow)] = f
        out["flows"] = shaped
    if "openIdConnectUrl" in raw:
        out["openIdConnectUrl"] = str(raw["openIdConnectUrl"])
    return out


def _param_key(param: dict[str, Any]) -> str:
    where = str(param.get("in", "?"))
    name = str(param.get("name", "?"))
    return f"{where}.{name.lower() if where == 'header' else name}"


def _content(res: _Resolver, content: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if not isinstance(content, dict):
        return out
    for media, spec in content.items():
        entry: dict[str, Any] = {"schema": {}}
        if isinstance(spec, dict):
            entry["schema"] = res.shape(spec.get("schema"))
            docs = docs_hash(spec)
            if docs:
                entry["docs"] = docs
        out[str(media)] = entry
    return out


def _operation(
    res: _Resolver, doc: dict[str, Any], item: dict[str, Any], op: dict[str, Any]
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for source in (item.get("parameters") or [], op.get("parameters") or []):
        level: set[str] = set()  # a duplicate within one level (invalid): the first one counts
        for raw in source:
            param = res.deref(raw)
            if not isinstance(param, dict) or "name" not in param:
                continue
            entry: dict[str, Any] = {
                "required": bool(param.get("required", False)) or param.get("in") == "path",
                "schema": res.shape(param.get("schema")),
            }
            if "content" in param:
                entry["content"] = _content(res, param["content"])
            if param.get("deprecated") is True:
                entry["deprecated"] = True
            docs = docs_hash(param)
            if docs:
                entry["docs"] = docs
            key = _param_key(param)
            if key not in level:
                level.add(key)
                params[key] = entry  # operation level overrides path level
    out: dict[str, Any] = {
        "operationId": str(op.get("operationId", "")),
        "deprecated": op.get("deprecated") is True,
        "security": _security(op["security"] if "security" in op else doc.get("security")),
        "parameters": params,
        "requestBody": None,
        "responses": {},
    }
    docs = docs_hash(op)
    if docs:
        out["docs"] = docs
    body = res.deref(op.get("requestBody"))
    if isinstance(body, dict) and body:
        out["requestBody"] = {
            "required": body.get("required") is True,
            "content": _content(res, body.get("content")),
        }
        docs = docs_hash(body)
        if docs:
            out["requestBody"]["docs"] = docs
    for status, raw_resp in (op.get("responses") or {}).items():
        resp = res.deref(raw_resp)
        if not isinstance(resp, dict):
            continue
        entry = {"content": _content(res, resp.get("content"))}
        headers = resp.get("headers")
        if isinstance(headers, dict) and headers:
            entry["headers"] = {
                str(h).lower(): {"schema": res.shape(res.deref(spec).get("schema"))}
                for h, spec in headers.items()
                if isinstance(res.deref(spec), dict)
            }
        docs = docs_hash(resp)
        if docs:
            entry["docs"] = docs
        out["responses"][str(status)] = entry
    return out


def build_surface(doc: dict[str, Any], *, sha256: str | None = None) -> dict[str, Any]:
    """The derived surface of ``doc`` (see the module docstring for the format).

    Args:
        doc: a loaded OpenAPI document (e.g. from ``codegen._spec.load_document``),
            raw or patched; it is not modified.
        sha256: the hash to record in the header, normally the sha256 of the raw
            bytes as the lock pins it. Defaults to the sha256 of the document's
            canonical JSON (sorted keys), which is stable but not the file hash.
    """
    res = _Resolver(doc)
    info: dict[str, Any] = doc["info"] if isinstance(doc.get("info"), dict) else {}
    operations: dict[str, Any] = {}
    for path, method, item, op in iter_operations(doc):
        operations[operation_key(method, path)] = _operation(res, doc, item, op)
    components: dict[str, Any] = (
        doc["components"] if isinstance(doc.get("components"), dict) else {}
    )
    schemes = components.get("securitySchemes") or {}
    return {
        "format": SURFACE_FORMAT,
        "schemas": dict(sorted(res.schemas.items())),
        "info": {
            "title": str(info.get("title", "")),
            "version": str(info.get("version", "")),
            "sha256": sha256 or _canonical_sha256(doc),
        },
        "securitySchemes": {str(name): _scheme(res.deref(raw)) for name, raw in schemes.items()},
        "operations": operations,
    }
