"""Codegen: every operation of the patched document has a generated async callable, the lock
refuses other documents, and patches are explicit data that apply cleanly."""

from __future__ import annotations

import importlib
import inspect
import os
from pathlib import Path

import pytest

from codegen._lock import read_lock, verify
from codegen._patch import PatchError, apply_patches, load_patches
from codegen._spec import SpecError, iter_operations, load_document, sha256_hex
from octorate._generated._routes import RESOURCES, ROUTES

REPO = Path(__file__).resolve().parents[2]
SPEC = Path(
    os.environ.get("OCTORATE_SPEC_SOURCE") or REPO.parent / "shared/openapi/octorate-openapi.yaml"
)
LOCKED_SHA256 = "28c55be327257bc0d54642d7fb1d484b8e47fd2e6af07f7519d25371440e09a9"

pytestmark = pytest.mark.skipif(
    not SPEC.is_file(), reason="the spec mirror is not available (only the live URL is configured)"
)


@pytest.fixture(scope="module")
def raw() -> bytes:
    return SPEC.read_bytes()


@pytest.fixture(scope="module")
def patched(raw: bytes) -> dict:
    return apply_patches(load_document(raw), load_patches())


def test_lock_pins_the_published_document(raw: bytes) -> None:
    lock = read_lock()
    assert lock["sha256"] == LOCKED_SHA256 == sha256_hex(raw)
    assert lock["operations"] == 202


def test_a_modified_document_is_refused_with_a_clear_message(raw: bytes) -> None:
    tampered = raw.replace(b"Octorate Integration Central", b"Octorate Integration Centra1", 1)
    with pytest.raises(SpecError) as info:
        verify(tampered, read_lock(), source="tampered.yaml")
    text = str(info.value)
    assert LOCKED_SHA256 in text and sha256_hex(tampered) in text
    assert "make drift" in text


def test_yaml_loader_does_not_coerce_dates_or_yes_no() -> None:
    doc = load_document(
        b"openapi: 3.0.1\npaths: {}\nx: 2020-07-06\ny: yes\nz: 12\nw: 1.5\nv: true\n"
    )
    assert doc["x"] == "2020-07-06" and doc["y"] == "yes"
    assert doc["z"] == 12 and doc["w"] == 1.5 and doc["v"] is True


def test_every_operation_has_a_generated_async_callable(patched: dict) -> None:
    operations = list(iter_operations(patched))
    assert len(operations) == 202
    attribute = {package: attr for attr, (package, _) in RESOURCES.items()}
    seen = set()
    for path, method, _, op in operations:
        route = ROUTES[op["operationId"]]
        assert (route.method, route.path) == (method.upper(), path)
        module = importlib.import_module(f"octorate._generated.api.{route.package}.{route.module}")
        assert method.upper() == module.METHOD
        # The generated URL template names path parameters in Python style; compare shapes.
        assert module.PATH.count("{") == path.count("{")
        assert inspect.iscoroutinefunction(module.asyncio_detailed)
        package = importlib.import_module(f"octorate._generated.api.{route.package}")
        resource_cls = getattr(package, RESOURCES[attribute[route.package]][1])
        assert inspect.iscoroutinefunction(getattr(resource_cls, route.module))
        seen.add(op["operationId"])
    assert seen == set(ROUTES)


def test_operation_ids_are_identifiers_after_patching(patched: dict) -> None:
    ids = [op["operationId"] for _, _, _, op in iter_operations(patched)]
    assert all(i.isidentifier() for i in ids)
    assert len(set(ids)) == len(ids)


def test_every_patch_documents_problem_and_evidence() -> None:
    for patch in load_patches():
        assert len(patch["problem"]) > 20 and len(patch["evidence"]) > 20, patch["id"]


def test_a_patch_that_no_longer_matches_fails_loudly(raw: bytes) -> None:
    doc = load_document(raw)
    del doc["paths"]["/rest/v1/extra/{accommodation}/updateAll"]
    with pytest.raises(PatchError, match="extra-update-all-body-content"):
        apply_patches(doc, load_patches())


def test_patches_do_not_invent_endpoints(raw: bytes) -> None:
    bogus = [
        {
            "id": "x",
            "problem": "p" * 30,
            "evidence": "e" * 30,
            "file": "t",
            "ops": [{"op": "add", "path": "/paths/~1rest~1v1~1invented", "value": {"get": {}}}],
        }
    ]
    with pytest.raises(PatchError, match="invent"):
        apply_patches(load_document(raw), bogus)


def test_route_table_knows_security_and_accommodation(patched: dict) -> None:
    assert ROUTES["findReservations"].accommodation_in == "path"
    assert ROUTES["findReservations"].security == "OAuthLogin"
    assert ROUTES["findReservations"].list_shape == "envelope"
    assert ROUTES["getConfiguration"].security == "ApiOperations"
    assert ROUTES["migrateApiKey"].security == "Key"
    assert ROUTES["migrateApiKey"].accommodation_in == "body"
    assert ROUTES["retrieveAccommodations"].list_shape == "array"


def test_overrides_readme_lists_every_patch() -> None:
    readme = (REPO / "overrides" / "README.md").read_text(encoding="utf-8")
    missing = [p["id"] for p in load_patches() if f"`{p['id']}`" not in readme]
    assert not missing, f"overrides/README.md does not list {missing}"
