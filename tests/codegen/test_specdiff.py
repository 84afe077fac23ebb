"""The spec differ against Octorate's real document and named mutations of it.

The document is read from ``$OCTORATE_SPEC_SOURCE`` (when it is a file) or from
``../shared/openapi/octorate-openapi.yaml`` next to the repository, once per
session; every test that needs it is skipped when it is absent. Each mutation is
a small named edit on a deep copy, and each asserts the exact rule id, level,
operation and location it must produce, and that no other kind of change
appears.
"""

from __future__ import annotations

import copy
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # `codegen` is not installed; without this, tests/codegen shadows it
    sys.path.insert(0, str(REPO))

from codegen._spec import load_document, sha256_hex  # noqa: E402
from codegen.specdiff import RULES, build_surface, diff_surfaces  # noqa: E402
from codegen.specdiff.diff import Report  # noqa: E402

Doc = dict[str, Any]


def spec_path() -> Path:
    env = os.environ.get("OCTORATE_SPEC_SOURCE")
    if env and not env.startswith(("http://", "https://")):
        return Path(env)
    return REPO.parent / "shared" / "openapi" / "octorate-openapi.yaml"


@pytest.fixture(scope="session")
def raw_spec() -> bytes:
    path = spec_path()
    if not path.is_file():
        pytest.skip(f"Octorate's OpenAPI document is not at {path}")
    return path.read_bytes()


@pytest.fixture(scope="session")
def real_doc(raw_spec: bytes) -> Doc:
    return load_document(raw_spec)


@pytest.fixture(scope="session")
def base_surface(real_doc: Doc, raw_spec: bytes) -> dict[str, Any]:
    return build_surface(real_doc, sha256=sha256_hex(raw_spec))


def diff_with(real_doc: Doc, base_surface: dict[str, Any], edit: Callable[[Doc], None]) -> Report:
    doc = copy.deepcopy(real_doc)
    edit(doc)
    return diff_surfaces(base_surface, build_surface(doc))


# -- helpers naming the parts of the real document the mutations touch --------

ACC = "/rest/v1/accommodation"
ACC_ONE = "/rest/v1/accommodation/{accommodation}"
RES = "/rest/v1/reservation/{accommodation}"
PORTAL = "/rest/v1/portal/apiportal"


def op(doc: Doc, path: str, method: str) -> Doc:
    return doc["paths"][path][method]  # type: ignore[no-any-return]


def schema(doc: Doc, name: str) -> Doc:
    return doc["components"]["schemas"][name]  # type: ignore[no-any-return]


def param(doc: Doc, path: str, method: str, name: str) -> Doc:
    return next(p for p in op(doc, path, method)["parameters"] if p.get("name") == name)


def _add_operation(d: Doc) -> None:
    new = copy.deepcopy(op(d, ACC, "get"))
    new["operationId"] = "createAccommodationCopy"
    d["paths"][ACC]["post"] = new


def _add_required_query(d: Doc) -> None:
    op(d, ACC, "get")["parameters"].append(
        {"name": "region", "in": "query", "required": True, "schema": {"type": "string"}}
    )


def _add_optional_query(d: Doc) -> None:
    op(d, ACC, "get")["parameters"].append(
        {"name": "region", "in": "query", "schema": {"type": "string"}}
    )


def _remove_query(d: Doc) -> None:
    op(d, ACC, "get")["parameters"] = [
        p for p in op(d, ACC, "get")["parameters"] if p["name"] != "mail"
    ]


def _rename_path_param(d: Doc) -> None:
    item = d["paths"].pop(RES)
    for method in ("get", "post"):
        for p in item[method]["parameters"]:
            if p["in"] == "path":
                p["name"] = "property"
    d["paths"]["/rest/v1/reservation/{property}"] = item


def _drop_enum_value(d: Doc) -> None:
    param(d, RES, "get", "status")["schema"]["enum"].remove("CANCELLED")


def _add_enum_value(d: Doc) -> None:
    param(d, RES, "get", "status")["schema"]["enum"].append("ON_HOLD")


def _portal_required_property(d: Doc) -> None:
    s = schema(d, "ApiPortalRequestDTO")
    s["properties"]["channelCode"] = {"type": "string"}
    s["required"].append("channelCode")


def _media_type_removed(d: Doc) -> None:
    content = op(d, PORTAL, "post")["requestBody"]["content"]
    content["application/xml"] = content.pop("application/json")


def _response_schema_replaced(d: Doc) -> None:
    op(d, ACC, "get")["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/ApiAccommodationDTO"
    }


def _security_changed(d: Doc) -> None:
    op(d, RES, "get")["security"] = [{"ApiOperations": []}]


def _security_alternative_added(d: Doc) -> None:
    op(d, ACC, "get")["security"].append({"OAuthLogin": ["api_read_accommodation"]})


def _example_changed(d: Doc) -> None:
    examples = op(d, ACC, "get")["responses"]["200"]["content"]["application/json"]["examples"]
    next(iter(examples.values()))["value"][0]["currency"] = "USD"


def _token_url_changed(d: Doc) -> None:
    flows = d["components"]["securitySchemes"]["ApiOperations"]["flows"]
    flows["clientCredentials"]["tokenUrl"] = "https://api.octorate.com/connect/rest/v2/apilogin"


# (name, edit, rule id, level, operation, location)
MUTATIONS: list[tuple[str, Callable[[Doc], None], str, str, str | None, str]] = [
    (
        "remove-operation",
        lambda d: d["paths"][ACC].pop("get"),
        "operation-removed",
        "breaking",
        f"GET {ACC}",
        "",
    ),
    ("add-operation", _add_operation, "operation-added", "info", f"POST {ACC}", ""),
    (
        "change-operation-id",
        lambda d: op(d, ACC, "get").__setitem__("operationId", "listAccommodations"),
        "operation-id-changed",
        "breaking",
        f"GET {ACC}",
        "operationId",
    ),
    (
        "deprecate-operation",
        lambda d: op(d, ACC, "get").__setitem__("deprecated", True),
        "operation-deprecated",
        "info",
        f"GET {ACC}",
        "",
    ),
    (
        "add-required-query-parameter",
        _add_required_query,
        "request-parameter-required-added",
        "breaking",
        f"GET {ACC}",
        "parameters.query.region",
    ),
    (
        "add-optional-query-parameter",
        _add_optional_query,
        "request-parameter-optional-added",
        "info",
        f"GET {ACC}",
        "parameters.query.region",
    ),
    (
        "optional-parameter-becomes-required",
        lambda d: param(d, ACC, "get", "page").__setitem__("required", True),
        "request-parameter-became-required",
        "breaking",
        f"GET {ACC}",
        "parameters.query.page",
    ),
    (
        "remove-query-parameter",
        _remove_query,
        "request-parameter-removed",
        "warning",
        f"GET {ACC}",
        "parameters.query.mail",
    ),
    (
        "parameter-type-changed",
        lambda d: param(d, ACC, "get", "page")["schema"].update(type="string", format=None),
        "request-parameter-type-changed",
        "breaking",
        f"GET {ACC}",
        "parameters.query.page",
    ),
    (
        "parameter-format-changed",
        lambda d: param(d, ACC, "get", "page")["schema"].__setitem__("format", "int64"),
        "request-parameter-format-changed",
        "breaking",
        f"GET {ACC}",
        "parameters.query.page",
    ),
    (
        "request-enum-value-removed",
        _drop_enum_value,
        "request-parameter-enum-value-removed",
        "breaking",
        f"GET {RES}",
        "parameters.query.status",
    ),
    (
        "request-enum-value-added",
        _add_enum_value,
        "request-parameter-enum-value-added",
        "info",
        f"GET {RES}",
        "parameters.query.status",
    ),
    (
        "rename-path-parameter",
        _rename_path_param,
        "request-path-parameter-renamed",
        "breaking",
        "GET /rest/v1/reservation/{property}",
        "parameters.path.property",
    ),
    (
        "add-required-request-property",
        _portal_required_property,
        "request-property-required-added",
        "breaking",
        f"POST {PORTAL}",
        "request.body.application/json.channelCode",
    ),
    (
        "optional-request-property-becomes-required",
        lambda d: schema(d, "ApiPortalRequestDTO")["required"].append("colorHex"),
        "request-property-became-required",
        "breaking",
        f"POST {PORTAL}",
        "request.body.application/json.colorHex",
    ),
    (
        "request-property-type-changed",
        lambda d: schema(d, "ApiPortalRequestDTO")["properties"]["requiresPassword"].update(
            type="string"
        ),
        "request-property-type-changed",
        "breaking",
        f"POST {PORTAL}",
        "request.body.application/json.requiresPassword",
    ),
    (
        "remove-request-property",
        lambda d: schema(d, "ApiPortalRequestDTO")["properties"].pop("colorHex"),
        "request-property-removed",
        "warning",
        f"POST {PORTAL}",
        "request.body.application/json.colorHex",
    ),
    (
        "request-body-becomes-required",
        lambda d: op(d, PORTAL, "post")["requestBody"].__setitem__("required", True),
        "request-body-became-required",
        "breaking",
        f"POST {PORTAL}",
        "request.body",
    ),
    (
        "request-media-type-removed",
        _media_type_removed,
        "request-body-media-type-removed",
        "breaking",
        f"POST {PORTAL}",
        "request.body.application/json",
    ),
    (
        "remove-request-body",
        lambda d: op(d, PORTAL, "post").pop("requestBody"),
        "request-body-removed",
        "warning",
        f"POST {PORTAL}",
        "request.body",
    ),
    (
        "response-property-removed",
        lambda d: schema(d, "ApiAccommodationDTO")["properties"].pop("currency"),
        "response-property-removed",
        "breaking",
        f"GET {ACC}",
        "responses.200.application/json[].currency",
    ),
    (
        "nested-response-property-removed",
        lambda d: schema(d, "ApiContact")["properties"].pop("givenName"),
        "response-property-removed",
        "breaking",
        f"GET {ACC}",
        "responses.200.application/json[].contact.givenName",
    ),
    (
        "response-property-type-changed",
        lambda d: schema(d, "ApiAccommodationDTO")["properties"]["checkinStart"].update(
            type="string", format=None
        ),
        "response-property-type-changed",
        "breaking",
        f"GET {ACC_ONE}",
        "responses.200.application/json.checkinStart",
    ),
    (
        "response-property-format-changed",
        lambda d: schema(d, "ApiAccommodationDTO")["properties"]["insertTime"].update(
            format="date-time"
        ),
        "response-property-format-changed",
        "breaking",
        f"GET {ACC_ONE}",
        "responses.200.application/json.insertTime",
    ),
    (
        "response-enum-value-added",
        lambda d: schema(d, "ApiAccommodationDTO")["properties"]["language"]["enum"].append("PL"),
        "response-property-enum-value-added",
        "warning",
        f"GET {ACC}",
        "responses.200.application/json[].language",
    ),
    (
        "response-enum-value-removed",
        lambda d: schema(d, "ApiAccommodationDTO")["properties"]["language"]["enum"].remove("RO"),
        "response-property-enum-value-removed",
        "info",
        f"GET {ACC}",
        "responses.200.application/json[].language",
    ),
    (
        "response-property-becomes-optional",
        lambda d: schema(d, "ApiAccommodationDTO")["required"].remove("name"),
        "response-property-became-optional",
        "warning",
        f"GET {ACC}",
        "responses.200.application/json[].name",
    ),
    (
        "response-property-becomes-nullable",
        lambda d: schema(d, "ApiAccommodationDTO")["properties"]["currency"].update(nullable=True),
        "response-property-became-nullable",
        "warning",
        f"GET {ACC}",
        "responses.200.application/json[].currency",
    ),
    (
        "response-property-added",
        lambda d: schema(d, "ApiAccommodationDTO")["properties"].update(
            starRating={"type": "integer"}
        ),
        "response-property-added",
        "info",
        f"GET {ACC}",
        "responses.200.application/json[].starRating",
    ),
    (
        "response-schema-replaced",
        _response_schema_replaced,
        "response-schema-replaced",
        "breaking",
        f"GET {ACC}",
        "responses.200.application/json",
    ),
    (
        "remove-success-status",
        lambda d: op(d, RES, "get")["responses"].pop("200"),
        "response-success-status-removed",
        "breaking",
        f"GET {RES}",
        "responses.200",
    ),
    (
        "remove-response-media-type",
        lambda d: op(d, RES, "get")["responses"]["200"]["content"].pop("application/json"),
        "response-media-type-removed",
        "breaking",
        f"GET {RES}",
        "responses.200.application/json",
    ),
    (
        "change-security",
        _security_changed,
        "operation-security-changed",
        "breaking",
        f"GET {RES}",
        "security",
    ),
    (
        "add-security-alternative",
        _security_alternative_added,
        "operation-security-alternative-added",
        "info",
        f"GET {ACC}",
        "security",
    ),
    (
        "security-scheme-token-url-changed",
        _token_url_changed,
        "security-scheme-changed",
        "warning",
        None,
        "components.securitySchemes.ApiOperations.flows.clientCredentials.tokenUrl",
    ),
    (
        "description-only",
        lambda d: op(d, ACC, "get").__setitem__("description", "Lists accommodations."),
        "documentation-changed",
        "info",
        f"GET {ACC}",
        "",
    ),
    (
        "example-only",
        _example_changed,
        "documentation-changed",
        "info",
        f"GET {ACC}",
        "responses.200.application/json",
    ),
]


# The rules an edit fires besides its own: ApiAccommodationDTO and ApiContact are
# request bodies too (PUT/POST accommodation), so a schema edit shows on both sides.
ALSO: dict[str, set[str]] = {
    "request-media-type-removed": {"request-body-media-type-added"},
    "response-property-removed": {"request-property-removed"},
    "nested-response-property-removed": {"request-property-removed"},
    "response-property-type-changed": {"request-property-type-changed"},
    "response-property-format-changed": {"request-property-format-changed"},
    "response-enum-value-added": {"request-property-enum-value-added"},
    "response-enum-value-removed": {"request-property-enum-value-removed"},
    "response-property-becomes-nullable": {"request-property-became-nullable"},
    "response-property-added": {"request-property-optional-added"},
}


@pytest.mark.parametrize(
    ("name", "edit", "rule", "level", "operation", "location"),
    [pytest.param(*m, id=m[0]) for m in MUTATIONS],
)
def test_mutation_reports_exact_rule(
    real_doc: Doc,
    base_surface: dict[str, Any],
    name: str,
    edit: Callable[[Doc], None],
    rule: str,
    level: str,
    operation: str | None,
    location: str,
) -> None:
    """Each named edit yields its rule at its level, where it happened, and nothing else."""
    report = diff_with(real_doc, base_surface, edit)
    found = [(c.id, c.level, c.operation, c.location) for c in report.changes]
    assert (rule, level, operation, location) in found, found[:10]
    assert RULES[rule][0] == level
    # Only this rule fires (plus its known mirror, and documentation noise from the edit).
    others = {c.id for c in report.changes} - {rule, "documentation-changed"}
    assert others == ALSO.get(name, set()), others


def test_mutation_list_covers_enough_rules() -> None:
    assert len(MUTATIONS) >= 25
    assert len({m[2] for m in MUTATIONS}) >= 25


def test_identical_document_has_no_changes(real_doc: Doc, raw_spec: bytes) -> None:
    """The real document diffed with itself (built twice) reports nothing."""
    again = load_document(raw_spec)
    report = diff_surfaces(build_surface(real_doc), build_surface(again))
    assert report.changes == []
    assert report.summary() == {"breaking": 0, "warning": 0, "info": 0}


def test_only_descriptions_changed_is_info_only(
    real_doc: Doc, base_surface: dict[str, Any]
) -> None:
    """Rewriting every description and summary gives documentation changes only."""

    def rewrite(node: Any) -> None:
        if isinstance(node, dict):
            for key in ("description", "summary"):
                if isinstance(node.get(key), str):
                    node[key] = node[key] + " (reworded)"
            for value in node.values():
                rewrite(value)
        elif isinstance(node, list):
            for value in node:
                rewrite(value)

    report = diff_with(real_doc, base_surface, rewrite)
    s = report.summary()
    assert s["breaking"] == 0
    assert s["warning"] == 0
    assert s["info"] > 100
    assert {c.id for c in report.changes} == {"documentation-changed"}
    assert report.listed(verbose=False) == []


def test_allof_is_merged(real_doc: Doc, base_surface: dict[str, Any]) -> None:
    """Splitting a schema into allOf [base, extension] changes nothing but what was added."""

    def split(d: Doc) -> None:
        schemas = d["components"]["schemas"]
        schemas["ApiAccommodationBase"] = schemas.pop("ApiAccommodationDTO")
        schemas["ApiAccommodationDTO"] = {
            "allOf": [
                {"$ref": "#/components/schemas/ApiAccommodationBase"},
                {"type": "object", "properties": {"starRating": {"type": "integer"}}},
            ]
        }

    report = diff_with(real_doc, base_surface, split)
    ids = {c.id for c in report.listed()}
    assert ids == {"response-property-added", "request-property-optional-added"}, ids
    assert all(c.location.endswith("starRating") for c in report.listed())


def test_recursive_schema_terminates_and_reports_inside(
    real_doc: Doc, base_surface: dict[str, Any]
) -> None:
    """A self-referencing schema is compared once, not forever."""

    def recurse(d: Doc) -> None:
        contact = schema(d, "ApiContact")
        contact["properties"]["parent"] = {"$ref": "#/components/schemas/ApiContact"}

    recursive = copy.deepcopy(real_doc)
    recurse(recursive)
    old = build_surface(recursive)
    assert diff_surfaces(old, build_surface(copy.deepcopy(recursive))).changes == []

    changed = copy.deepcopy(recursive)
    schema(changed, "ApiContact")["properties"].pop("email")
    report = diff_surfaces(old, build_surface(changed))
    locations = {c.location for c in report.changes if c.operation == f"GET {ACC}"}
    # Reported where the recursion starts; the recursive edge (same pair of components
    # already being compared) is cut, so contact.parent.email is not repeated.
    assert locations == {"responses.200.application/json[].contact.email"}


def test_allof_cycle_is_cut_with_marker() -> None:
    doc: Doc = {
        "openapi": "3.0.1",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/a": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/A"}}
                            },
                        }
                    }
                }
            }
        },
        "components": {
            "schemas": {
                "A": {"allOf": [{"$ref": "#/components/schemas/B"}]},
                "B": {"allOf": [{"$ref": "#/components/schemas/A"}], "type": "object"},
            }
        },
    }
    surface = build_surface(doc)
    assert "$cycle" in str(surface["schemas"])
    assert diff_surfaces(surface, build_surface(copy.deepcopy(doc))).changes == []


def test_schema_ref_to_other_component_is_a_warning(
    real_doc: Doc, base_surface: dict[str, Any]
) -> None:
    def swap(d: Doc) -> None:
        schemas = d["components"]["schemas"]
        schemas["ApiPropertyDTO"] = copy.deepcopy(schemas["ApiAccommodationDTO"])
        content = op(d, ACC_ONE, "get")["responses"]["200"]["content"]["application/json"]
        content["schema"] = {"$ref": "#/components/schemas/ApiPropertyDTO"}

    report = diff_with(real_doc, base_surface, swap)
    assert [(c.id, c.level) for c in report.listed()] == [
        ("response-schema-ref-changed", "warning")
    ]
