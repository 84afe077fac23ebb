"""Every documented operation answers; the samples generator behind the fallback."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest

pytest.importorskip("starlette")

from codegen.sandbox_samples import build_samples, generate_value, is_valid
from octorate.sandbox import ManualClock, SandboxConfig, SandboxState, create_app
from octorate.sandbox._routes import RouteTable, load_samples

pytestmark = pytest.mark.anyio

BASE = "http://sandbox/connect"
SPEC = Path(__file__).resolve().parents[2].parent / "shared" / "openapi" / "octorate-openapi.yaml"
ACCOMMODATION_PARAMS = {"accommodation", "accommodationId", "property", "propertyId", "codice"}
SAMPLES = load_samples()


def _path(template: str) -> str:
    def fill(match: re.Match[str]) -> str:
        return "112696" if match.group(1) in ACCOMMODATION_PARAMS else "1"
    return re.sub(r"\{([^}/]+)\}", fill, template)


def _headers(state: SandboxState, auth: str) -> dict[str, str]:
    if auth == "none":
        return {}
    if auth == "key":
        return {"key": state.config.legacy_api_key}
    kind = "api" if auth == "api" else "oauth"
    return {"Authorization": f"Bearer {state.issue_token(kind).value}"}


def test_samples_cover_all_operations() -> None:
    """The packaged samples hold the 202 documented operations, each well-formed."""
    assert len(SAMPLES) == 202
    for key, sample in SAMPLES.items():
        method, _, path = key.partition(" ")
        assert method in {"GET", "POST", "PUT", "PATCH", "DELETE"}
        assert path.startswith("/rest/v")
        assert sample["auth"] in {"oauth", "api", "any", "key", "none"}
        assert 200 <= sample["status"] < 300


@pytest.mark.parametrize("key", sorted(SAMPLES))
async def test_stateless_fallback_answers_declared_status(key: str) -> None:
    """With stateful=False every operation answers its sample and declared status."""
    app = create_app(SandboxConfig(clock=ManualClock(), stateful=False, quota_limit=10_000))
    state: SandboxState = app.state.sandbox
    sample = SAMPLES[key]
    method, _, template = key.partition(" ")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE) as c:
        r = await c.request(method, _path(template), headers=_headers(state, sample["auth"]))
    assert r.status_code == sample["status"], (key, r.text[:300])
    assert r.headers["X-RateLimit-Remaining"].isdigit()
    assert "request-id" in r.headers
    if sample["content_type"] == "application/json":
        assert r.json() == sample["body"]


async def test_stateful_app_routes_every_operation() -> None:
    """In stateful mode every operation is routed: no bare 404, no 405, no 500."""
    app = create_app(SandboxConfig(clock=ManualClock(), quota_limit=10_000))
    state: SandboxState = app.state.sandbox
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE) as c:
        for key, sample in SAMPLES.items():
            method, _, template = key.partition(" ")
            r = await c.request(method, _path(template),
                                headers=_headers(state, sample["auth"]))
            assert r.status_code not in (405, 500), (key, r.text[:300])
            if r.status_code == 404:
                assert r.json()["type"] == "ApiResourceMissing", key


async def test_fallback_still_enforces_auth_and_quota() -> None:
    """Samples are behind the same auth and quota as the stateful endpoints."""
    app = create_app(SandboxConfig(clock=ManualClock(), quota_limit=2))
    state: SandboxState = app.state.sandbox
    headers = _headers(state, "oauth")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE) as c:
        r = await c.get("/rest/v1/policies/112696")
        assert (r.status_code, r.json()["type"]) == (401, "ApiKeyMissing")
        r = await c.get("/rest/v1/policies/112698", headers=headers)
        assert r.status_code == 403
        assert [(await c.get("/rest/v1/policies/112696", headers=headers)).status_code
                for _ in range(3)] == [200, 200, 403]


def test_route_table_prefers_literal_segments() -> None:
    """/reservation/search/hotel beats /reservation/{accommodation}/{id}."""
    table = RouteTable(["GET /rest/v1/reservation/{accommodation}/{id}",
                        "GET /rest/v1/reservation/search/hotel",
                        "POST /rest/v1/reservation/{accommodation}"])
    match, _ = table.match("GET", "/rest/v1/reservation/search/hotel")
    assert match is not None
    assert match.template == "/rest/v1/reservation/search/hotel"
    match, allowed = table.match("DELETE", "/rest/v1/reservation/112696")
    assert match is None
    assert allowed == {"POST"}


class TestGenerator:
    DOC: dict[str, Any] = {
        "openapi": "3.0.1",
        "paths": {
            "/rest/v1/a": {"get": {"responses": {"200": {"content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/Thing"},
                "examples": {
                    "bad": {"value": {"id": "not-an-int"}},
                    "good": {"value": {"id": 7, "when": "2020-07-06T22:00:00Z[UTC]"}},
                }}}}}}},
            "/rest/v1/b": {"post": {"security": [{"ApiOperations": []}], "responses": {
                "default": {"content": {"*/*": {"schema": {"type": "array", "items": {
                    "$ref": "#/components/schemas/Thing"}}}}}}}},
            "/rest/v1/c/{id}": {"delete": {"responses": {"400": {"description": "x"}}}},
            "/rest/v1/d": {"get": {"security": [{"ApiOperations": []}, {"OAuthLogin": []}],
                                   "responses": {"200": {"content": {"application/json": {
                                       "schema": {"$ref": "#/components/schemas/Node"}}}}}}},
            "/rest/v1/identity/token": {"post": {"responses": {"200": {}}}},
        },
        "components": {"schemas": {
            "Thing": {"type": "object", "required": ["id"], "properties": {
                "id": {"type": "integer", "format": "int64"},
                "when": {"type": "string", "format": "date-time"},
                "day": {"type": "string", "format": "date"},
                "kind": {"type": "string", "enum": ["FIRST", "SECOND"]},
                "nested": {"type": "object", "properties": {"x": {"type": "string"}}},
            }},
            "Node": {"allOf": [{"$ref": "#/components/schemas/Thing"}, {
                "type": "object", "required": ["children"], "properties": {
                    "children": {"type": "array", "items": {
                        "$ref": "#/components/schemas/Node"}}}}]},
        }},
    }

    def test_valid_example_wins_over_invalid_one(self) -> None:
        """The first example that validates is used; [UTC] date-times are valid."""
        samples = build_samples(self.DOC)
        assert samples["GET /rest/v1/a"]["body"] == {
            "id": 7, "when": "2020-07-06T22:00:00Z[UTC]"}

    def test_generated_body_is_minimal_and_valid(self) -> None:
        """No example: required + top-level scalars, enum first, plain ISO formats."""
        body = build_samples(self.DOC)["POST /rest/v1/b"]
        assert body["status"] == 200
        assert body["content_type"] == "application/json"
        assert body["auth"] == "api"
        assert body["body"] == [{"id": 100001, "when": "2024-01-01T00:00:00Z",
                                 "day": "2024-01-01", "kind": "FIRST"}]

    def test_no_success_response_and_auth_kinds(self) -> None:
        """No 2xx/default -> 200 without body; security maps to auth kinds."""
        samples = build_samples(self.DOC)
        assert samples["DELETE /rest/v1/c/{id}"] == {
            "status": 200, "content_type": None, "body": None, "auth": "oauth"}
        assert samples["GET /rest/v1/d"]["auth"] == "any"
        assert samples["POST /rest/v1/identity/token"]["auth"] == "none"

    def test_recursive_all_of_terminates(self) -> None:
        """allOf merging with a self-referencing schema stays finite and valid."""
        schema = {"$ref": "#/components/schemas/Node"}
        value = generate_value(self.DOC, schema, top=True)
        assert is_valid(self.DOC, value, schema)
        assert value["children"] == []
        assert value["id"] == 100001

    @pytest.mark.skipif(not SPEC.exists(), reason="the shared OpenAPI mirror is not present")
    def test_real_document(self) -> None:
        """On Octorate's document: 202 samples, every JSON body valid against its schema."""
        from codegen._spec import iter_operations, load_document

        doc = load_document(SPEC.read_bytes())
        samples = build_samples(doc)
        assert len(samples) == 202
        for path, method, _item, op in iter_operations(doc):
            sample = samples[f"{method.upper()} {path}"]
            code = str(sample["status"])
            response = op["responses"].get(code) or op["responses"].get("default") or {}
            for media in (response.get("content") or {}).values():
                if media and "schema" in media and sample["content_type"] == "application/json":
                    assert is_valid(doc, sample["body"], media["schema"]), (method, path)
                break
