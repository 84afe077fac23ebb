"""Compare two surfaces and classify every change by rule (see :mod:`.rules`)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from .rules import LEVELS, Level, level_of

__all__ = ["Change", "Report", "diff_surfaces"]

_PATH_PARAM = re.compile(r"\{([^}]*)\}")
DOCS_RULE = "documentation-changed"


@dataclass(frozen=True)
class Change:
    """One classified change. ``operation`` is None when no single operation is touched."""

    id: str
    level: Level
    operation: str | None
    location: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "level": self.level,
            "operation": self.operation,
            "location": self.location,
            "message": self.message,
        }


@dataclass
class Report:
    """The outcome of a diff: both sides' headers and the changes, breaking first."""

    old: dict[str, str]
    new: dict[str, str]
    changes: list[Change] = field(default_factory=list)

    def summary(self) -> dict[str, int]:
        counts: dict[str, int] = dict.fromkeys(LEVELS, 0)
        for change in self.changes:
            counts[change.level] += 1
        return counts

    def listed(self, *, verbose: bool = False) -> list[Change]:
        """The changes to print: documentation changes only with ``verbose``."""
        if verbose:
            return list(self.changes)
        return [c for c in self.changes if c.id != DOCS_RULE]

    def docs_count(self) -> int:
        return sum(1 for c in self.changes if c.id == DOCS_RULE)

    def worst(self) -> Level | None:
        for level in LEVELS:
            if any(c.level == level for c in self.changes):
                return level
        return None

    def as_dict(self, *, verbose: bool = False) -> dict[str, Any]:
        """The JSON shape: ``summary`` counts every change, ``changes`` lists
        documentation changes only with ``verbose``."""
        return {
            "old": dict(self.old),
            "new": dict(self.new),
            "changes": [c.as_dict() for c in self.listed(verbose=verbose)],
            "summary": self.summary(),
        }


def _fmt(values: Any) -> str:
    return ", ".join(json.dumps(v, ensure_ascii=False) for v in values)


def _norm_key(key: str) -> str:
    method, _, path = key.partition(" ")
    return f"{method} {_PATH_PARAM.sub('{}', path)}"


def _is_success(status: str, statuses: Any) -> bool:
    if status.startswith("2"):
        return True
    return status == "default" and not any(s.startswith("2") for s in statuses)


class _Differ:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old = old
        self.new = new
        self.old_schemas: dict[str, Any] = old.get("schemas") or {}
        self.new_schemas: dict[str, Any] = new.get("schemas") or {}
        self.changes: list[Change] = []
        self.unchanged = self._unchanged_components()

    # -- plumbing -------------------------------------------------------------

    def emit(self, rule: str, op: str | None, loc: str, message: str) -> None:
        self.changes.append(Change(rule, level_of(rule), op, loc, message))

    def docs(self, old: dict[str, Any], new: dict[str, Any], op: str | None, loc: str) -> None:
        if old.get("docs") != new.get("docs"):
            self.emit(DOCS_RULE, op, loc, "description, summary or example changed")

    def _refs(self, table: dict[str, Any], name: str) -> set[str]:
        """Every component reachable from ``name`` (itself included)."""
        seen: set[str] = set()
        todo = [name]
        while todo:
            cur = todo.pop()
            if cur in seen:
                continue
            seen.add(cur)
            todo.extend(_refs_in(table.get(cur)))
        return seen

    def _unchanged_components(self) -> set[str]:
        """Components whose shape, and every shape they reach, is identical on both sides."""
        same = {
            name
            for name, shape in self.old_schemas.items()
            if name in self.new_schemas and self.new_schemas[name] == shape
        }
        return {
            name
            for name in same
            if self._refs(self.old_schemas, name) <= same
            and self._refs(self.new_schemas, name) <= same
        }

    # -- top level ------------------------------------------------------------

    def run(self) -> None:
        old_info, new_info = self.old.get("info") or {}, self.new.get("info") or {}
        if old_info.get("version") != new_info.get("version"):
            self.emit(
                "api-version-changed",
                None,
                "info.version",
                f"{old_info.get('version')!r} -> {new_info.get('version')!r}",
            )
        self.security_schemes()
        old_ops: dict[str, Any] = self.old.get("operations") or {}
        new_ops: dict[str, Any] = self.new.get("operations") or {}
        pairs = [(k, k) for k in old_ops if k in new_ops]
        rest_old = [k for k in old_ops if k not in new_ops]
        rest_new = [k for k in new_ops if k not in old_ops]
        by_norm_old: dict[str, list[str]] = {}
        by_norm_new: dict[str, list[str]] = {}
        for k in rest_old:
            by_norm_old.setdefault(_norm_key(k), []).append(k)
        for k in rest_new:
            by_norm_new.setdefault(_norm_key(k), []).append(k)
        for norm, olds in by_norm_old.items():
            news = by_norm_new.get(norm, [])
            if len(olds) == 1 and len(news) == 1:
                pairs.append((olds[0], news[0]))
                rest_old.remove(olds[0])
                rest_new.remove(news[0])
        for key in rest_old:
            self.emit(
                "operation-removed",
                key,
                "",
                f"operation {old_ops[key].get('operationId')!r} was removed",
            )
        for key in rest_new:
            self.emit(
                "operation-added",
                key,
                "",
                f"operation {new_ops[key].get('operationId')!r} was added",
            )
        for old_key, new_key in pairs:
            self.operation(old_key, old_ops[old_key], new_key, new_ops[new_key])

    def security_schemes(self) -> None:
        old: dict[str, Any] = self.old.get("securitySchemes") or {}
        new: dict[str, Any] = self.new.get("securitySchemes") or {}
        base = "components.securitySchemes"
        for name in sorted(old.keys() - new.keys()):
            self.emit(
                "security-scheme-removed", None, f"{base}.{name}", f"scheme {name} was removed"
            )
        for name in sorted(new.keys() - old.keys()):
            self.emit("security-scheme-added", None, f"{base}.{name}", f"scheme {name} was added")
        for name in sorted(old.keys() & new.keys()):
            for where, a, b in _leaf_diffs(old[name], new[name], f"{base}.{name}"):
                self.emit("security-scheme-changed", None, where, f"{_show(a)} -> {_show(b)}")

    # -- operations -----------------------------------------------------------

    def operation(self, old_key: str, old: dict[str, Any], key: str, new: dict[str, Any]) -> None:
        if old.get("operationId") != new.get("operationId"):
            self.emit(
                "operation-id-changed",
                key,
                "operationId",
                f"{old.get('operationId')!r} -> {new.get('operationId')!r}",
            )
        if new.get("deprecated") and not old.get("deprecated"):
            self.emit("operation-deprecated", key, "", "the operation is deprecated")
        self.docs(old, new, key, "")
        self.security(old, new, key)
        renames = self.path_renames(old_key, key)
        self.parameters(old.get("parameters") or {}, new.get("parameters") or {}, key, renames)
        self.request_body(old.get("requestBody"), new.get("requestBody"), key)
        self.responses(old.get("responses") or {}, new.get("responses") or {}, key)

    def security(self, old: dict[str, Any], new: dict[str, Any], op: str) -> None:
        def alts(ops: dict[str, Any]) -> dict[str, Any]:
            return {json.dumps(a, sort_keys=True): a for a in ops.get("security") or [{}]}

        before, after = alts(old), alts(new)
        gone = [before[k] for k in sorted(before.keys() - after.keys())]
        added = [after[k] for k in sorted(after.keys() - before.keys())]
        if gone:
            self.emit(
                "operation-security-changed",
                op,
                "security",
                f"no longer accepts {_show_security(gone)}; now accepts "
                f"{_show_security(list(after.values()))}",
            )
        elif added:
            self.emit(
                "operation-security-alternative-added",
                op,
                "security",
                f"also accepts {_show_security(added)}",
            )

    def path_renames(self, old_key: str, new_key: str) -> dict[str, str]:
        old_names = _PATH_PARAM.findall(old_key.partition(" ")[2])
        new_names = _PATH_PARAM.findall(new_key.partition(" ")[2])
        renames: dict[str, str] = {}
        for a, b in zip(old_names, new_names, strict=False):
            if a != b:
                renames[a] = b
                self.emit(
                    "request-path-parameter-renamed",
                    new_key,
                    f"parameters.path.{b}",
                    f"path parameter {{{a}}} was renamed to {{{b}}} (was {old_key})",
                )
        return renames

    def parameters(
        self, old: dict[str, Any], new: dict[str, Any], op: str, renames: dict[str, str]
    ) -> None:
        old = {
            (f"path.{renames[k[5:]]}" if k.startswith("path.") and k[5:] in renames else k): v
            for k, v in old.items()
        }
        for name in sorted(old.keys() - new.keys()):
            self.emit(
                "request-parameter-removed",
                op,
                f"parameters.{name}",
                f"parameter {name} was removed",
            )
        for name in sorted(new.keys() - old.keys()):
            if new[name].get("required"):
                self.emit(
                    "request-parameter-required-added",
                    op,
                    f"parameters.{name}",
                    f"required parameter {name} was added",
                )
            else:
                self.emit(
                    "request-parameter-optional-added",
                    op,
                    f"parameters.{name}",
                    f"optional parameter {name} was added",
                )
        for name in sorted(old.keys() & new.keys()):
            a, b = old[name], new[name]
            loc = f"parameters.{name}"
            if b.get("required") and not a.get("required"):
                self.emit("request-parameter-became-required", op, loc, f"{name} became required")
            elif a.get("required") and not b.get("required"):
                self.emit("request-parameter-became-optional", op, loc, f"{name} became optional")
            if b.get("deprecated") and not a.get("deprecated"):
                self.emit("request-parameter-deprecated", op, loc, f"{name} is deprecated")
            self.docs(a, b, op, loc)
            self.schema(a.get("schema") or {}, b.get("schema") or {}, op, loc, "request-parameter")
            if "content" in a or "content" in b:
                self.content(a.get("content") or {}, b.get("content") or {}, op, loc, "request")

    def request_body(self, old: dict[str, Any] | None, new: dict[str, Any] | None, op: str) -> None:
        loc = "request.body"
        if not old and not new:
            return
        if not old:
            assert new is not None
            if new.get("required"):
                self.emit(
                    "request-body-added-required", op, loc, "a required request body was added"
                )
            else:
                self.emit(
                    "request-body-added-optional", op, loc, "an optional request body was added"
                )
            return
        if not new:
            self.emit("request-body-removed", op, loc, "the request body was removed")
            return
        if new.get("required") and not old.get("required"):
            self.emit("request-body-became-required", op, loc, "the request body became required")
        elif old.get("required") and not new.get("required"):
            self.emit("request-body-became-optional", op, loc, "the request body became optional")
        self.docs(old, new, op, loc)
        self.content(old.get("content") or {}, new.get("content") or {}, op, loc, "request")

    def responses(self, old: dict[str, Any], new: dict[str, Any], op: str) -> None:
        for status in sorted(old.keys() - new.keys()):
            if _is_success(status, old):
                self.emit(
                    "response-success-status-removed",
                    op,
                    f"responses.{status}",
                    f"status {status} was removed",
                )
            else:
                self.emit(
                    "response-non-success-status-removed",
                    op,
                    f"responses.{status}",
                    f"status {status} was removed",
                )
        for status in sorted(new.keys() - old.keys()):
            rule = (
                "response-success-status-added"
                if _is_success(status, new)
                else "response-non-success-status-added"
            )
            self.emit(rule, op, f"responses.{status}", f"status {status} was added")
        for status in sorted(old.keys() & new.keys()):
            a, b = old[status], new[status]
            loc = f"responses.{status}"
            self.docs(a, b, op, loc)
            self.content(a.get("content") or {}, b.get("content") or {}, op, loc, "response")
            ah, bh = a.get("headers") or {}, b.get("headers") or {}
            for h in sorted(ah.keys() - bh.keys()):
                self.emit(
                    "response-header-removed", op, f"{loc}.headers.{h}", f"header {h} was removed"
                )
            for h in sorted(bh.keys() - ah.keys()):
                self.emit(
                    "response-header-added", op, f"{loc}.headers.{h}", f"header {h} was added"
                )
            for h in sorted(ah.keys() & bh.keys()):
                self.schema(
                    ah[h].get("schema") or {},
                    bh[h].get("schema") or {},
                    op,
                    f"{loc}.headers.{h}",
                    "response-property",
                )

    def content(
        self, old: dict[str, Any], new: dict[str, Any], op: str, loc: str, direction: str
    ) -> None:
        prefix = "request-body" if direction == "request" else "response"
        for media in sorted(old.keys() - new.keys()):
            self.emit(
                f"{prefix}-media-type-removed",
                op,
                f"{loc}.{media}",
                f"media type {media} was removed",
            )
        for media in sorted(new.keys() - old.keys()):
            self.emit(
                f"{prefix}-media-type-added", op, f"{loc}.{media}", f"media type {media} was added"
            )
        for media in sorted(old.keys() & new.keys()):
            a, b = old[media], new[media]
            self.docs(a, b, op, f"{loc}.{media}")
            root = "request-body" if direction == "request" else "response-body"
            self.schema(a.get("schema") or {}, b.get("schema") or {}, op, f"{loc}.{media}", root)

    # -- schemas --------------------------------------------------------------

    def schema(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        op: str,
        loc: str,
        kind: str,
        stack: frozenset[tuple[str | None, str | None]] = frozenset(),
    ) -> None:
        """Compare two SHAPEs. ``kind``: request-parameter | request-body |
        response-body (roots) or request-property | response-property."""
        request = kind.startswith("request")
        direction = "request" if request else "response"
        prop_kind = f"{direction}-property"
        node_kind = "request-parameter" if kind == "request-parameter" else prop_kind
        oref, nref = old.get("$ref"), new.get("$ref")
        if oref is not None and oref == nref and oref in self.unchanged:
            return
        if oref is not None and nref is not None and oref != nref:
            self.emit(f"{direction}-schema-ref-changed", op, loc, f"schema {oref} -> {nref}")
        if oref is not None or nref is not None:
            pair = (oref, nref)
            if pair in stack:
                return  # recursive schema: this pair is already being compared above
            stack = stack | {pair}
            if oref is not None:
                old = self.old_schemas.get(oref) or {}
            if nref is not None:
                new = self.new_schemas.get(nref) or {}
        if "$cycle" in old or "$cycle" in new:
            if old != new:
                self.emit(
                    f"{node_kind}-type-changed", op, loc, f"{_kind_of(old)} -> {_kind_of(new)}"
                )
            return
        self.docs(old, new, op, loc)
        ot, nt = old.get("type"), new.get("type")
        if ot != nt:
            if kind == "request-body":
                self.emit(
                    "request-body-schema-replaced", op, loc, f"{_kind_of(old)} -> {_kind_of(new)}"
                )
            elif kind == "response-body":
                self.emit(
                    "response-schema-replaced", op, loc, f"{_kind_of(old)} -> {_kind_of(new)}"
                )
            else:
                self.emit(f"{node_kind}-type-changed", op, loc, f"type {_show(ot)} -> {_show(nt)}")
            return
        if old.get("format") != new.get("format"):
            self.emit(
                f"{node_kind}-format-changed",
                op,
                loc,
                f"format {_show(old.get('format'))} -> {_show(new.get('format'))}",
            )
        self.nullable(old, new, op, loc, node_kind)
        self.enum(old, new, op, loc, node_kind)
        for combo in ("oneOf", "anyOf"):
            if json.dumps(old.get(combo), sort_keys=True) != json.dumps(
                new.get(combo), sort_keys=True
            ):
                self.emit(f"{node_kind}-variants-changed", op, loc, f"{combo} changed")
        item_kind = "request-parameter" if kind == "request-parameter" else prop_kind
        if "items" in old or "items" in new:
            self.schema(
                old.get("items") or {}, new.get("items") or {}, op, f"{loc}[]", item_kind, stack
            )
        oa, na = old.get("additionalProperties"), new.get("additionalProperties")
        if isinstance(oa, dict) and isinstance(na, dict):
            self.schema(oa, na, op, f"{loc}{{}}", prop_kind, stack)
        self.properties(old, new, op, loc, direction, stack)

    def properties(
        self,
        old: dict[str, Any],
        new: dict[str, Any],
        op: str,
        loc: str,
        direction: str,
        stack: frozenset[tuple[str | None, str | None]],
    ) -> None:
        # A client never sends readOnly properties and never receives writeOnly ones.
        hidden = "readOnly" if direction == "request" else "writeOnly"
        op_props = {
            k: v
            for k, v in (old.get("properties") or {}).items()
            if not self.flag(v, hidden, "old")
        }
        np_props = {
            k: v
            for k, v in (new.get("properties") or {}).items()
            if not self.flag(v, hidden, "new")
        }
        oreq, nreq = set(old.get("required") or ()), set(new.get("required") or ())
        sep = "." if loc else ""
        for name in sorted(op_props.keys() - np_props.keys()):
            self.emit(
                f"{direction}-property-removed",
                op,
                f"{loc}{sep}{name}",
                f"property {name} was removed",
            )
        for name in sorted(np_props.keys() - op_props.keys()):
            where = f"{loc}{sep}{name}"
            if direction == "response":
                self.emit("response-property-added", op, where, f"property {name} was added")
            elif name in nreq:
                self.emit(
                    "request-property-required-added",
                    op,
                    where,
                    f"required property {name} was added",
                )
            else:
                self.emit(
                    "request-property-optional-added",
                    op,
                    where,
                    f"optional property {name} was added",
                )
        for name in sorted(op_props.keys() & np_props.keys()):
            where = f"{loc}{sep}{name}"
            was, now = name in oreq, name in nreq
            if now and not was:
                self.emit(
                    f"{direction}-property-became-required", op, where, f"{name} became required"
                )
            elif was and not now:
                self.emit(
                    f"{direction}-property-became-optional", op, where, f"{name} became optional"
                )
            self.schema(op_props[name], np_props[name], op, where, f"{direction}-property", stack)

    def flag(self, shape: dict[str, Any], flag: str, side: str) -> bool:
        table = self.old_schemas if side == "old" else self.new_schemas
        ref = shape.get("$ref")
        if ref is not None:
            shape = table.get(ref) or {}
        return shape.get(flag) is True

    def nullable(
        self, old: dict[str, Any], new: dict[str, Any], op: str, loc: str, kind: str
    ) -> None:
        was, now = bool(old.get("nullable")), bool(new.get("nullable"))
        if now and not was:
            self.emit(f"{kind}-became-nullable", op, loc, "may now be null")
        elif was and not now:
            self.emit(f"{kind}-became-not-nullable", op, loc, "may no longer be null")

    def enum(self, old: dict[str, Any], new: dict[str, Any], op: str, loc: str, kind: str) -> None:
        oe, ne = old.get("enum"), new.get("enum")
        if oe is None and ne is None:
            return
        if oe is None:
            self.emit(f"{kind}-enum-restricted", op, loc, f"now limited to {_fmt(ne)}")
            return
        if ne is None:
            self.emit(f"{kind}-enum-relaxed", op, loc, f"no longer limited to {_fmt(oe)}")
            return
        okeys = {json.dumps(v, sort_keys=True): v for v in oe}
        nkeys = {json.dumps(v, sort_keys=True): v for v in ne}
        removed = [okeys[k] for k in sorted(okeys.keys() - nkeys.keys())]
        added = [nkeys[k] for k in sorted(nkeys.keys() - okeys.keys())]
        if removed:
            self.emit(f"{kind}-enum-value-removed", op, loc, f"value(s) removed: {_fmt(removed)}")
        if added:
            self.emit(f"{kind}-enum-value-added", op, loc, f"value(s) added: {_fmt(added)}")


def _refs_in(node: Any) -> list[str]:
    out: list[str] = []
    stack = [node]
    while stack:
        cur = stack.pop()
        if isinstance(cur, dict):
            ref = cur.get("$ref")
            if isinstance(ref, str):
                out.append(ref)
            stack.extend(cur.values())
        elif isinstance(cur, list):
            stack.extend(cur)
    return out


def _leaf_diffs(old: Any, new: Any, loc: str) -> list[tuple[str, Any, Any]]:
    if isinstance(old, dict) and isinstance(new, dict):
        out: list[tuple[str, Any, Any]] = []
        for key in sorted(old.keys() | new.keys()):
            out.extend(_leaf_diffs(old.get(key), new.get(key), f"{loc}.{key}"))
        return out
    return [] if old == new else [(loc, old, new)]


def _show(value: Any) -> str:
    return "(none)" if value is None else json.dumps(value, ensure_ascii=False)


def _show_security(alts: list[dict[str, list[str]]]) -> str:
    def one(alt: dict[str, list[str]]) -> str:
        if not alt:
            return "anonymous"
        return " + ".join(f"{k}[{','.join(v)}]" if v else k for k, v in sorted(alt.items()))

    return " | ".join(one(a) for a in alts)


def _kind_of(shape: dict[str, Any]) -> str:
    if "$cycle" in shape:
        return f"(recursive {shape['$cycle']})"
    typ = shape.get("type")
    if typ == "array":
        return f"array of {_kind_of(shape.get('items') or {})}"
    if typ:
        return str(typ)
    if shape.get("properties"):
        return "object"
    return "any"


def diff_surfaces(old: dict[str, Any], new: dict[str, Any]) -> Report:
    """Every change from surface ``old`` to surface ``new``, sorted breaking first."""
    differ = _Differ(old, new)
    differ.run()
    order = {level: i for i, level in enumerate(LEVELS)}
    changes = sorted(
        set(differ.changes),
        key=lambda c: (order[c.level], c.operation or "", c.location, c.id, c.message),
    )
    header = ("version", "sha256")
    return Report(
        old={k: str((old.get("info") or {}).get(k, "")) for k in header},
        new={k: str((new.get("info") or {}).get(k, "")) for k in header},
        changes=changes,
    )
