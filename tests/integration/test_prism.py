"""Conformance: every operation, sent by the SDK, validated by Prism against the spec.

Prism (``make prism``) mocks the *patched* document with ``--errors``: a request that
violates the document gets 422 (or an ``sl-violations`` header) instead of a mock
answer. Each of the 202 operations is called once through ``octorate.Octorate`` with
arguments synthesised from the method signature and the patched spec; the test counts
request violations and expects none. See ``docs/conformance.md``.
"""

from __future__ import annotations

import contextlib
import datetime
import inspect
import io
import json
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from importlib import import_module
from pathlib import Path
from typing import Any

import httpx
import pytest

import octorate
from octorate._generated._routes import RESOURCES, ROUTES, Route

pytestmark = [pytest.mark.prism, pytest.mark.anyio]

ROOT = Path(__file__).resolve().parents[2]
PRISM = ROOT / ".tools" / "node_modules" / ".bin" / "prism"
SAMPLE_DATE = "2024-01-15"
SAMPLE_DATETIME = "2024-01-15T10:00:00Z"


def _spec_source() -> Path:
    env = os.environ.get("OCTORATE_SPEC_SOURCE")
    return Path(env) if env else (ROOT / ".." / "shared" / "openapi" /
                                  "octorate-openapi.yaml").resolve()


@pytest.fixture(scope="module")
def patched_spec(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    if not PRISM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but Prism is missing at {PRISM}; run `make prism`")
        pytest.skip("Prism not installed (make prism)")
    source = _spec_source()
    if not source.exists():
        pytest.skip(f"spec source {source} is absent")
    out = tmp_path_factory.mktemp("prism") / "spec.json"
    env = {**os.environ, "OCTORATE_SPEC_SOURCE": str(source)}
    subprocess.run([sys.executable, "-m", "codegen", "patch", "--source", str(source),
                    "--output", str(out)], cwd=ROOT, env=env, check=True)
    return out, json.loads(out.read_text())


@pytest.fixture(scope="module")
def prism_url(
    patched_spec: tuple[Path, dict[str, Any]], free_port: Callable[[], int]
) -> Iterator[str]:
    port = free_port()
    log = patched_spec[0].with_suffix(".log").open("w")
    proc = subprocess.Popen(
        [str(PRISM), "mock", str(patched_spec[0]), "--port", str(port), "--host",
         "127.0.0.1", "--errors"], stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 90
        while True:
            if proc.poll() is not None:
                pytest.fail(f"prism exited with {proc.returncode}; see {log.name}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("prism did not start listening within 90 s")
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


class StubTokens:
    """Stands in for TokenManager: a fixed bearer token, never refreshed."""

    client_id = "prism"

    async def authorization(self, *args: Any, **kwargs: Any) -> str:
        return "Bearer test"

    async def token_expired(self, *args: Any, **kwargs: Any) -> None:
        return None


class Recorder(httpx.AsyncBaseTransport):
    """Pass requests through, keeping every (request, response)."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.exchanges: list[tuple[httpx.Request, httpx.Response, bytes]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        body = await response.aread()
        self.exchanges.append((request, response, body))
        return httpx.Response(response.status_code, headers=response.headers,
                              content=body, request=request)

    async def aclose(self) -> None:
        await self.inner.aclose()


# -- argument synthesis --------------------------------------------------------------


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = spec
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def sample(spec: dict[str, Any], schema: dict[str, Any], depth: int = 0) -> Any:
    """A minimal valid value for ``schema``: required properties only."""
    schema = _resolve(spec, schema)
    for combo in ("allOf", "oneOf", "anyOf"):
        if combo in schema:
            if combo == "allOf":
                merged: dict[str, Any] = {}
                for part in schema["allOf"]:
                    value = sample(spec, part, depth + 1)
                    if isinstance(value, dict):
                        merged.update(value)
                return merged
            return sample(spec, schema[combo][0], depth + 1)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type", "object")
    primitive = kind in {"string", "integer", "number", "boolean"}
    if primitive and "example" in schema and not isinstance(schema["example"], dict | list):
        return schema["example"]
    fmt = schema.get("format")
    if kind == "integer":
        return max(int(schema.get("minimum", 1)), 1)
    if kind == "number":
        return float(max(schema.get("minimum", 1), 1))
    if kind == "boolean":
        return True
    if kind == "string":
        if fmt == "date":
            return SAMPLE_DATE
        if fmt == "date-time":
            return SAMPLE_DATETIME
        if fmt == "binary":
            return "x"
        return "x" * max(1, int(schema.get("minLength", 4)))
    if kind == "array":
        if depth > 6:
            return []
        return [sample(spec, schema.get("items", {}), depth + 1)]
    props = schema.get("properties", {})
    if depth > 6:
        return {}
    return {name: sample(spec, props.get(name, {}), depth + 1)
            for name in schema.get("required", [])}


def _operation(spec: dict[str, Any], route: Route) -> dict[str, Any]:
    op: dict[str, Any] = spec["paths"][route.path][route.method.lower()]
    return op


def _model(name: str) -> Any:
    models = import_module("octorate._generated.models")
    return getattr(models, name, None)


def _convert(annotation: str, value: Any) -> Any:
    """Turn a JSON sample into what the SDK method expects for ``annotation``."""
    annotation = annotation.replace(" | Unset", "").replace(" | None", "").strip()
    match = re.fullmatch(r"list\[(.+)\]", annotation)
    if match:
        items = value if isinstance(value, list) else [value]
        return [_convert(match.group(1), item) for item in items]
    if annotation == "File":
        types = import_module("octorate._generated.types")
        return types.File(payload=io.BytesIO(b"x"), file_name="x.jpg",
                          mime_type="image/jpeg")
    if annotation == "datetime.date":
        return datetime.date.fromisoformat(str(value)[:10])
    if annotation == "datetime.datetime":
        return datetime.datetime(2024, 1, 15, 10, tzinfo=datetime.UTC)
    cls = _model(annotation)
    if cls is None:
        return value
    if hasattr(cls, "from_dict"):
        return cls.from_dict(value if isinstance(value, dict) else {})
    return cls(value) if value is not None else next(iter(cls))


def build_arguments(spec: dict[str, Any], route: Route, method: Any) -> dict[str, Any]:
    op = _operation(spec, route)
    params = {_norm(p["name"]): p for p in (_resolve(spec, p)
                                            for p in op.get("parameters", []))}
    body = op.get("requestBody")
    body_schema: dict[str, Any] | None = None
    if body is not None:
        content = _resolve(spec, body).get("content", {})
        if content:
            body_schema = next(iter(content.values())).get("schema", {})
    kwargs: dict[str, Any] = {}
    for name, param in inspect.signature(method).parameters.items():
        if name in {"self", "options"}:
            continue
        annotation = str(param.annotation)
        required = param.default is inspect.Parameter.empty
        if name == "body":
            if body_schema is None or not (required or (body or {}).get("required")):
                continue
            kwargs[name] = _convert(annotation, sample(spec, body_schema))
            continue
        spec_param = params.get(_norm(name.rstrip("_"))) or params.get(
            _norm(name.removeprefix("url_query").removeprefix("query_")))
        # The legacy Key scheme is satisfied by the operation's own `key` header.
        carries_security = route.security == "Key" and name == "key"
        if not required and not carries_security and not (spec_param and spec_param.get("required")):
            continue
        schema = spec_param.get("schema", {}) if spec_param else {}
        value = sample(spec, schema) if schema else ("1" if "str" in annotation else 1)
        kwargs[name] = _convert(annotation, value)
    return kwargs


#: Request violations understood and owned elsewhere; each must still occur (so a fix
#: forces its removal here). See docs/conformance.md.
KNOWN_VIOLATIONS: dict[str, str] = {}


# -- the test ------------------------------------------------------------------------


def _request_violation(response: httpx.Response, body: bytes) -> str | None:
    if response.status_code == 422:
        return body.decode("utf-8", "replace")[:300]
    header = response.headers.get("sl-violations")
    if header:
        # Prism may prefix the JSON list with "Too many violations! ".
        start = header.find("[")
        try:
            items = json.loads(header[start:]) if start >= 0 else []
        except ValueError:
            items = []
        if not isinstance(items, list):
            items = []
        request_items = [i for i in items
                         if str(i.get("location", [""])[0]).startswith("request")]
        if request_items:
            return json.dumps(request_items)[:300]
    return None


async def test_every_operation_conforms(
    prism_url: str, patched_spec: tuple[Path, dict[str, Any]]
) -> None:
    """All 202 operations reach Prism and none violates the patched document."""
    spec = patched_spec[1]
    recorder = Recorder()
    client = octorate.Octorate(
        "id", "secret", base_url=prism_url, rate_limiter=None,
        tokens=StubTokens(),  # type: ignore[arg-type]
        transport=recorder, max_retries=0)
    attribute = {package: attr for attr, (package, _) in RESOURCES.items()}
    called: set[str] = set()
    problems: dict[str, str] = {}
    async with client:
        for op_id, route in sorted(ROUTES.items()):
            method = getattr(getattr(client, attribute[route.package]), route.module)
            before = len(recorder.exchanges)
            try:
                kwargs = build_arguments(spec, route, method)
            except Exception as exc:  # reported below, per operation
                problems[op_id] = f"could not build arguments: {exc!r}"
                continue
            # Mock answers need not parse into the models; only the request matters.
            with contextlib.suppress(Exception):
                await method(**kwargs)
            if len(recorder.exchanges) > before:
                called.add(op_id)
            for _request, response, body in recorder.exchanges[before:]:
                violation = _request_violation(response, body)
                if violation:
                    problems[op_id] = violation
    unexpected = {k: v for k, v in problems.items() if k not in KNOWN_VIOLATIONS}
    fixed = set(KNOWN_VIOLATIONS) - set(problems)
    report = "\n".join(f"{k}: {v}" for k, v in sorted(problems.items()))
    print(f"called {len(called)}/{len(ROUTES)}, request violations {len(problems)}")
    print(report)
    assert len(ROUTES) == 202
    assert called == set(ROUTES), sorted(set(ROUTES) - called)
    assert not unexpected, report
    assert not fixed, f"known violations no longer occur, drop them: {sorted(fixed)}"


async def test_detector_sees_a_bad_request(prism_url: str) -> None:
    """A body of the wrong type is reported, so zero violations above means something.

    With a declared 400 Prism answers 400 (not 422) plus an ``sl-violations`` header.
    """
    async with httpx.AsyncClient(base_url=prism_url) as http:
        response = await http.patch("/rest/v1/connection/1/1", json="x",
                                    headers={"Authorization": "Bearer test"})
    assert _request_violation(response, response.content) is not None
