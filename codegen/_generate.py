"""Generate the low-level client and the tables the runtime derives from the spec.

Pipeline (each step deterministic, so two runs give byte-identical output):

1. read the document from the configured source and verify it against the lock;
2. apply ``overrides/patches``;
3. run the pinned openapi-python-client with ``overrides/config.yml`` and
   ``overrides/templates`` and ``--fail-on-warning`` into a scratch directory;
4. format with the pinned ruff (isolated from any user config);
5. write ``_routes.py`` (method, path, security scheme, accommodation source,
   resource of every operation) into the generated package;
6. write the derived surface (``openapi/surface.json``) for the drift check and
   the sandbox's sample responses.

``generate(check=True)`` does all of this in a scratch directory and compares
instead of writing, for ``make check-generated``.
"""

from __future__ import annotations

import ast
import filecmp
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from ._lock import read_lock, verify
from ._patch import PatchError, apply_patches, load_patches
from ._pull import default_source, fetch
from ._spec import SpecError, iter_operations
from .sandbox_samples import build_samples
from .specdiff.surface import build_surface, dumps_surface

__all__ = ["GenerationError", "generate", "patched_document"]

REPO = Path(__file__).resolve().parent.parent
OVERRIDES = REPO / "overrides"
PACKAGE_DIR = REPO / "src" / "octorate" / "_generated"
SURFACE_PATH = REPO / "openapi" / "surface.json"
SAMPLES_PATH = REPO / "src" / "octorate" / "sandbox" / "_samples.json"

# Names Octorate gives the accommodation (property) id in paths and queries. `codice` is the
# property code (ApiAccommodationDTO.id, facts §3.1) used by the v2 invoice endpoints.
ACCOMMODATION_PARAMS = ("accommodation", "accommodationId", "property", "propertyId", "codice")
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


class GenerationError(Exception):
    """The generator failed, warned, or the committed output differs from a fresh run."""


def patched_document(source: str | None = None) -> tuple[dict[str, Any], dict[str, Any]]:
    """Fetch, verify against the lock and patch; returns ``(raw_doc, patched_doc)``."""
    source = source or default_source()
    raw = fetch(source)
    doc = verify(raw, read_lock(), source=source)
    return doc, apply_patches(doc, load_patches())


def generate(*, source: str | None = None, check: bool = False) -> list[str]:
    """Regenerate everything derived from the spec; with ``check``, only compare.

    Returns:
        The relative paths that differ from the committed tree (empty when up to date).
    """
    _, doc = patched_document(source)
    with tempfile.TemporaryDirectory(prefix="octorate-gen-") as tmp:
        scratch = Path(tmp)
        package = _run_generator(doc, scratch)
        (package / "_routes.py").write_text(_routes_module(doc, package), encoding="utf-8")
        _format(package)
        outputs = {SURFACE_PATH: _surface(doc), SAMPLES_PATH: _samples(doc)}
        differences = _compare_tree(package, PACKAGE_DIR)
        differences += [
            str(path.relative_to(REPO))
            for path, data in outputs.items()
            if not path.exists() or path.read_bytes() != data
        ]
        if not check:
            if PACKAGE_DIR.exists():
                shutil.rmtree(PACKAGE_DIR)
            shutil.copytree(package, PACKAGE_DIR)
            for path, data in outputs.items():
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
        return differences


def _run_generator(doc: dict[str, Any], scratch: Path) -> Path:
    spec_file = scratch / "patched-openapi.json"
    spec_file.write_text(json.dumps(doc), encoding="utf-8")
    package = scratch / "_generated"
    cli = Path(sys.executable).with_name("openapi-python-client")
    cmd = [
        str(cli) if cli.exists() else "openapi-python-client",
        "generate",
        "--path", str(spec_file),
        "--meta", "none",
        "--output-path", str(package),
        "--config", str(OVERRIDES / "config.yml"),
        "--custom-template-path", str(OVERRIDES / "templates"),
        "--fail-on-warning",
        "--overwrite",
    ]  # fmt: skip
    result = subprocess.run(cmd, capture_output=True, text=True, cwd=scratch, check=False)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0 or "Warning" in output or "WARNING" in output:
        msg = (
            f"openapi-python-client failed or warned (exit {result.returncode}):\n{output[-4000:]}"
        )
        raise GenerationError(msg)
    return package


def _format(package: Path) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    common = ["--isolated", "--line-length", "100", "--target-version", "py311"]
    steps = (
        [*ruff, "check", *common, "--fix-only", "--select", "F401,I,UP", "--quiet", str(package)],
        [*ruff, "format", *common, "--quiet", str(package)],
    )
    for cmd in steps:
        result = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if result.returncode not in (0, 1):
            msg = f"ruff failed: {result.stderr[-2000:]}"
            raise GenerationError(msg)


def _security(doc: dict[str, Any], op: dict[str, Any]) -> str | None:
    requirements = op["security"] if "security" in op else doc.get("security") or []
    for requirement in requirements:
        for scheme in requirement:
            return str(scheme)
    return None


def _accommodation_source(op: dict[str, Any], item: dict[str, Any]) -> tuple[str, str] | None:
    params = {
        p.get("name"): p.get("in") for p in [*item.get("parameters", []), *op.get("parameters", [])]
    }
    for location in ("path", "query"):
        for name in ACCOMMODATION_PARAMS:
            if params.get(name) == location:
                return location, name
    for media in (op.get("requestBody") or {}).get("content", {}).values():
        props = (media.get("schema") or {}).get("properties") or {}
        for name in ACCOMMODATION_PARAMS:
            if name in props:
                return "body", name
    return None


def _python_name(value: str) -> str:
    # The generator's own rule for tag package names, so the two can never disagree.
    from openapi_python_client.parser.properties import strings  # type: ignore[attr-defined]

    return str(strings.PythonIdentifier(value, "field_"))


def _routes_module(doc: dict[str, Any], package: Path) -> str:
    """Render ``_routes.py`` from the patched document and the generated module layout."""
    modules: dict[tuple[str, str], tuple[str, str]] = {}
    for module in sorted((package / "api").glob("*/*.py")):
        if module.name == "__init__.py":
            continue
        constants = {
            node.targets[0].id: node.value.value
            for node in ast.parse(module.read_text(encoding="utf-8")).body
            if isinstance(node, ast.Assign)
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)
        }
        key = (str(constants["METHOD"]), re.sub(r"\{[^}]*\}", "{}", str(constants["PATH"])))
        modules[key] = (module.parent.name, module.stem)
    resources_cfg = yaml.safe_load((OVERRIDES / "resources.yml").read_text(encoding="utf-8"))
    attribute_by_package = {
        _python_name(tag): attr for tag, attr in resources_cfg["resources"].items()
    }
    rows = []
    for path, method, item, op in iter_operations(doc):
        oid = op["operationId"]
        key = (method.upper(), re.sub(r"\{[^}]*\}", "{}", path))
        if key not in modules:
            msg = f"operation {oid} ({method.upper()} {path}) has no generated module"
            raise GenerationError(msg)
        pkg, mod = modules[key]
        acc = _accommodation_source(op, item)
        rows.append(
            f"    {oid!r}: Route({oid!r}, {method.upper()!r}, {path!r}, {_security(doc, op)!r}, "
            f"{(acc[0] if acc else None)!r}, {(acc[1] if acc else None)!r}, {pkg!r}, {mod!r}, "
            f"{method.upper() in IDEMPOTENT_METHODS!r}, {_list_shape(doc, op)!r}),"
        )
    packages = sorted({entry[0] for entry in modules.values()})
    missing = [p for p in packages if p not in attribute_by_package]
    if missing:
        msg = f"overrides/resources.yml names no attribute for tag packages {missing}"
        raise GenerationError(msg)
    resource_rows = [
        f"    {attribute_by_package[p]!r}: ({p!r}, {_class_name(package, p)!r}),"
        for p in sorted(packages, key=lambda p: attribute_by_package[p])
    ]
    ordered = sorted(packages, key=lambda p: attribute_by_package[p])
    accessor_imports = "".join(
        f"    from .api.{p} import {_class_name(package, p)}\n" for p in ordered
    )
    accessors = "".join(
        f"    @property\n"
        f"    def {attribute_by_package[p]}(self) -> {_class_name(package, p)}:\n"
        f'        """Operations tagged {p!r}."""\n'
        f"        return self._resource({attribute_by_package[p]!r})"
        "  # type: ignore[no-any-return]\n\n"
        for p in ordered
    )
    return (
        '"""Route table derived from the patched OpenAPI document.'
        ' Do not edit: `make generate`."""\n\n'
        "from __future__ import annotations\n\n"
        "from typing import TYPE_CHECKING, Any, NamedTuple\n\n"
        f"if TYPE_CHECKING:\n{accessor_imports}\n\n"
        "class Route(NamedTuple):\n"
        '    """One operation: how it is called, authenticated and rate-limited."""\n\n'
        "    operation_id: str\n"
        "    method: str\n"
        "    path: str\n"
        "    #: Security scheme: 'OAuthLogin', 'ApiOperations', 'Key' or None (public).\n"
        "    security: str | None\n"
        "    #: Where the accommodation id travels: 'path', 'query', 'body' or None.\n"
        "    accommodation_in: str | None\n"
        "    #: The parameter (or body field) that carries it, named as in the document.\n"
        "    accommodation_param: str | None\n"
        "    package: str\n"
        "    module: str\n"
        "    #: Safe to retry after the request may have reached the server.\n"
        "    idempotent: bool\n"
        "    #: 'envelope' ({data, page}), 'array' (bare list) or None: the declared 200 body.\n"
        "    #: The runtime accepts the other list shape too, since the server is inconsistent.\n"
        "    list_shape: str | None\n\n\n"
        f"ROUTES: dict[str, Route] = {{\n{chr(10).join(rows)}\n}}\n\n"
        "#: Client attribute -> (tag package under api/, resource class name).\n"
        f"RESOURCES: dict[str, tuple[str, str]] = {{\n{chr(10).join(resource_rows)}\n}}\n\n\n"
        "class ResourceAccessors:\n"
        '    """Typed, lazily created resource attributes;'
        ' the client implements _resource()."""\n\n'
        "    __slots__ = ()\n\n"
        "    def _resource(self, name: str) -> Any:\n"
        "        raise NotImplementedError\n\n"
        f"{accessors}"
    )


def _list_shape(doc: dict[str, Any], op: dict[str, Any]) -> str | None:
    ok = (op.get("responses") or {}).get("200") or {}
    schema = ((ok.get("content") or {}).get("application/json") or {}).get("schema") or {}
    if schema.get("type") == "array":
        return "array"
    ref = schema.get("$ref", "")
    if ref.startswith("#/components/schemas/"):
        target = doc["components"]["schemas"].get(ref.rsplit("/", 1)[-1]) or {}
        props = target.get("properties") or {}
        if "data" in props and "page" in props:
            return "envelope"
    return None


def _class_name(package: Path, tag_package: str) -> str:
    text = (package / "api" / tag_package / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r"^class (\w+):", text, re.MULTILINE)
    if not match:
        msg = f"no resource class in api/{tag_package}/__init__.py"
        raise GenerationError(msg)
    return match.group(1)


def _surface(doc: dict[str, Any]) -> bytes:
    # The header records the sha256 of the published (locked) bytes, not of the patched
    # document, so `make drift` and the committed surface talk about the same version.
    return dumps_surface(build_surface(doc, sha256=read_lock()["sha256"])).encode()


def _samples(doc: dict[str, Any]) -> bytes:
    samples = build_samples(doc)
    return (json.dumps(samples, sort_keys=True, separators=(",", ":")) + "\n").encode()


def _compare_tree(fresh: Path, committed: Path) -> list[str]:
    if not committed.exists():
        return [str(committed.relative_to(REPO)) + "/ (missing)"]
    diffs: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: Path) -> None:
        ignored = {"__pycache__"}
        diffs.extend(str(prefix / n) for n in cmp.left_only + cmp.right_only if n not in ignored)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        diffs.extend(str(prefix / n) for n in mismatch + errors)
        for name, sub in cmp.subdirs.items():
            if name not in ignored:
                walk(sub, prefix / name)

    walk(filecmp.dircmp(fresh, committed, ignore=["__pycache__"]), committed.relative_to(REPO))
    return diffs


def main_generate(check: bool) -> int:
    """CLI entry for ``generate`` and ``generate --check``."""
    try:
        differences = generate(check=check)
    except (SpecError, GenerationError, PatchError) as exc:
        print(f"codegen: {exc}", file=sys.stderr)
        return 2
    if check:
        if differences:
            print("generated code is out of date (run `make generate`):", file=sys.stderr)
            for d in differences[:50]:
                print(f"  {d}", file=sys.stderr)
            return 1
        print("generated code is up to date")
        return 0
    print(f"generated {PACKAGE_DIR.relative_to(REPO)} ({len(differences)} paths changed)")
    return 0
