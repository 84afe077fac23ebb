"""The differ's command line, drift check, version bump, changelog and surface format."""

from __future__ import annotations

import copy
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # `codegen` is not installed; without this, tests/codegen shadows it
    sys.path.insert(0, str(REPO))

from codegen._spec import load_document, sha256_hex  # noqa: E402
from codegen.specdiff import build_surface, cli, diff_surfaces, drift, dumps_surface  # noqa: E402  # noqa: E402
from codegen.specdiff.bump import next_version  # noqa: E402
from codegen.specdiff.changelog import changelog_entry, prepend_entry, write_entry  # noqa: E402
from codegen.specdiff.report import suggest_bump  # noqa: E402

Doc = dict[str, Any]
ACC = "/rest/v1/accommodation"


def spec_path() -> Path:
    env = os.environ.get("OCTORATE_SPEC_SOURCE")
    if env and not env.startswith(("http://", "https://")):
        return Path(env)
    return REPO.parent / "shared" / "openapi" / "octorate-openapi.yaml"


@pytest.fixture(scope="module")
def raw_spec() -> bytes:
    path = spec_path()
    if not path.is_file():
        pytest.skip(f"Octorate's OpenAPI document is not at {path}")
    return path.read_bytes()


@pytest.fixture(scope="module")
def real_doc(raw_spec: bytes) -> Doc:
    return load_document(raw_spec)


@pytest.fixture(scope="module")
def mutated_doc(real_doc: Doc) -> Doc:
    """One breaking, one warning, one info and one documentation change."""
    d = copy.deepcopy(real_doc)
    del d["paths"]["/rest/v1/reservation/{accommodation}"]["get"]  # breaking
    d["paths"][ACC]["get"]["parameters"] = [
        p for p in d["paths"][ACC]["get"]["parameters"] if p["name"] != "mail"
    ]  # warning
    d["paths"][ACC]["get"]["parameters"].append(
        {"name": "region", "in": "query", "schema": {"type": "string"}}
    )  # info
    d["paths"][ACC]["get"]["description"] = "Lists accommodations | reworded."  # docs
    return d


@pytest.fixture
def spec_files(tmp_path: Path, raw_spec: bytes, mutated_doc: Doc) -> tuple[Path, Path]:
    """The real document and a mutated copy (as JSON) in a temporary directory."""
    old = tmp_path / "old.yaml"
    old.write_bytes(raw_spec)
    new = tmp_path / "new.json"
    new.write_text(json.dumps(mutated_doc), encoding="utf-8")
    return old, new


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


# -- CLI ---------------------------------------------------------------------


def test_json_output_has_exactly_the_documented_shape(
    spec_files: tuple[Path, Path], raw_spec: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = spec_files
    code, out, _ = run([str(old), str(new), "--format", "json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["old", "new", "changes", "summary"]
    assert set(data["old"]) == {"version", "sha256"}
    assert data["old"]["sha256"] == sha256_hex(raw_spec)
    assert data["new"]["sha256"] == sha256_hex(new.read_bytes())
    assert data["summary"] == {"breaking": 1, "warning": 1, "info": 2}
    for change in data["changes"]:
        assert set(change) == {"id", "level", "operation", "location", "message"}
    ids = [(c["id"], c["level"], c["operation"], c["location"]) for c in data["changes"]]
    assert ids == [
        ("operation-removed", "breaking", "GET /rest/v1/reservation/{accommodation}", ""),
        ("request-parameter-removed", "warning", f"GET {ACC}", "parameters.query.mail"),
        ("request-parameter-optional-added", "info", f"GET {ACC}", "parameters.query.region"),
    ]  # the documentation change is counted in summary, listed only with --verbose
    code, out, _ = run([str(old), str(new), "--format", "json", "--verbose"], capsys)
    assert "documentation-changed" in {c["id"] for c in json.loads(out)["changes"]}


@pytest.mark.parametrize(
    ("fail_on", "expected"), [(None, 0), ("breaking", 1), ("warning", 1), ("info", 1)]
)
def test_fail_on_sets_exit_status(
    spec_files: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
    fail_on: str | None,
    expected: int,
) -> None:
    old, new = spec_files
    argv = [str(old), str(new)] + (["--fail-on", fail_on] if fail_on else [])
    assert run(argv, capsys)[0] == expected


def test_fail_on_below_threshold_exits_zero(
    tmp_path: Path, real_doc: Doc, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only an info change: --fail-on warning passes, --fail-on info fails."""
    d = copy.deepcopy(real_doc)
    d["paths"][ACC]["get"]["parameters"].append(
        {"name": "region", "in": "query", "schema": {"type": "string"}}
    )
    old, new = tmp_path / "a.json", tmp_path / "b.json"
    old.write_text(json.dumps(real_doc))
    new.write_text(json.dumps(d))
    assert run([str(old), str(new), "--fail-on", "breaking"], capsys)[0] == 0
    assert run([str(old), str(new), "--fail-on", "warning"], capsys)[0] == 0
    assert run([str(old), str(new), "--fail-on", "info"], capsys)[0] == 1


def test_identical_files_pass_every_gate(
    spec_files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    old, _ = spec_files
    code, out, _ = run([str(old), str(old), "--fail-on", "info"], capsys)
    assert code == 0
    assert "no changes" in out


def test_surface_file_is_accepted_on_either_side(
    spec_files: tuple[Path, Path],
    tmp_path: Path,
    real_doc: Doc,
    raw_spec: bytes,
    capsys: pytest.CaptureFixture[str],
) -> None:
    old, new = spec_files
    surface = tmp_path / "surface.json"
    surface.write_text(dumps_surface(build_surface(real_doc, sha256=sha256_hex(raw_spec))))
    from_spec = json.loads(run([str(old), str(new), "--format", "json"], capsys)[1])
    from_surface = json.loads(run([str(surface), str(new), "--format", "json"], capsys)[1])
    assert from_surface == from_spec
    assert json.loads(run([str(surface), str(old), "--format", "json"], capsys)[1])["changes"] == []


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (None, "cannot read"),
        (b"{not json", "not valid JSON"),
        (b"just: a mapping\n", "not an OpenAPI document"),
        (b'{"format": "octorate-surface/99"}', "surface format"),
    ],
)
def test_unusable_input_exits_two(
    tmp_path: Path,
    spec_files: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
    content: bytes | None,
    needle: str,
) -> None:
    bad = tmp_path / "bad.yaml"
    if content is not None:
        bad.write_bytes(content)
    code, out, err = run([str(spec_files[0]), str(bad)], capsys)
    assert code == 2
    assert out == ""
    assert needle in err


def test_markdown_lists_breaking_first_and_escapes_pipes(
    spec_files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = spec_files
    _, out, _ = run([str(old), str(new), "--format", "markdown", "--verbose"], capsys)
    assert out.startswith("## Octorate API changes:")
    b, w, i = (out.index(h) for h in ("### Breaking", "### Warnings", "### Other changes"))
    assert b < w < i
    assert "| `operation-removed` |" in out
    assert "<details>" in out


def test_text_output_and_docs_note(
    spec_files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = spec_files
    _, out, _ = run([str(old), str(new)], capsys)
    assert "1 breaking, 1 warning, 2 info" in out
    assert "[operation-removed] GET /rest/v1/reservation/{accommodation}" in out
    assert "1 documentation change(s)" in out
    assert "documentation-changed" not in out


def test_suggest_bump_and_next_version(
    spec_files: tuple[Path, Path],
    tmp_path: Path,
    real_doc: Doc,
    capsys: pytest.CaptureFixture[str],
) -> None:
    old, new = spec_files
    assert run([str(old), str(new), "--suggest-bump"], capsys)[1] == "major\n"
    docs_only = copy.deepcopy(real_doc)
    docs_only["paths"][ACC]["get"]["summary"] = "reworded"
    other = tmp_path / "docs.json"
    other.write_text(json.dumps(docs_only))
    assert run([str(old), str(other), "--suggest-bump"], capsys)[1] == "patch\n"
    assert next_version("1.4.2", "major") == "2.0.0"
    assert next_version("1.4.2", "minor") == "1.5.0"
    assert next_version("1.4.2", "patch") == "1.4.3"
    assert next_version("0.1.0", "major") == "0.2.0"


def test_suggest_bump_minor_for_non_breaking(real_doc: Doc) -> None:
    d = copy.deepcopy(real_doc)
    d["paths"][ACC]["get"]["parameters"].append(
        {"name": "region", "in": "query", "schema": {"type": "string"}}
    )
    assert suggest_bump(diff_surfaces(build_surface(real_doc), build_surface(d))) == "minor"


def test_codegen_entry_point_dispatches_diff(
    spec_files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    main_mod = pytest.importorskip("codegen.__main__", reason="codegen/__main__.py not there")
    old, new = spec_files
    assert main_mod.main(["diff", str(old), str(new), "--fail-on", "breaking"]) == 1


# -- surface -----------------------------------------------------------------


def test_surface_is_deterministic_compact_and_prose_free(real_doc: Doc, raw_spec: bytes) -> None:
    text = dumps_surface(build_surface(real_doc, sha256=sha256_hex(raw_spec)))
    assert text == dumps_surface(
        build_surface(copy.deepcopy(real_doc), sha256=sha256_hex(raw_spec))
    )
    surface = json.loads(text)
    assert surface["format"] == "octorate-surface/1"
    assert surface["info"]["sha256"] == sha256_hex(raw_spec)
    assert len(surface["operations"]) == 202
    assert len(text) < len(raw_spec)
    # no descriptions, summaries or examples: only their hashes
    assert "Glossary of " + "commons errors" not in text  # info.description (split: a literal would look like a spec copy)
    assert "Create the API portal" not in text  # a summary
    assert '"example' not in text
    assert "Silvia Test Api" not in text  # an example value
    assert "The page number" not in text  # a parameter description
    op = surface["operations"][f"GET {ACC}"]
    assert op["parameters"]["query.page"] == {
        "docs": op["parameters"]["query.page"]["docs"],
        "required": False,
        "schema": {"format": "int32", "type": "integer"},
    }
    assert op["responses"]["200"]["content"]["application/json"]["schema"] == {
        "items": {"$ref": "ApiAccommodationDTO"},
        "type": "array",
    }
    assert "ApiAccommodationDTO" in surface["schemas"]


# -- drift -------------------------------------------------------------------


@pytest.fixture
def drift_env(
    tmp_path: Path, raw_spec: bytes, real_doc: Doc, monkeypatch: pytest.MonkeyPatch
) -> dict[str, Path]:
    """A lock and a surface for the real document, patches that do nothing."""
    pytest.importorskip("codegen._lock", reason="codegen._lock (lead) not there yet")
    pytest.importorskip("codegen._patch", reason="codegen._patch (lead) not there yet")
    lock = tmp_path / "octorate.lock"
    lock.write_text(
        json.dumps(
            {
                "source": "x",
                "sha256": sha256_hex(raw_spec),
                "version": "1.0.DEVEL",
                "operations": 202,
            }
        )
    )
    surface = tmp_path / "surface.json"
    surface.write_text(dumps_surface(build_surface(real_doc, sha256=sha256_hex(raw_spec))))
    patches = tmp_path / "patches"
    patches.mkdir()
    monkeypatch.delenv("OCTORATE_SPEC_SOURCE", raising=False)
    return {"lock": lock, "surface": surface, "patches": patches}


def _drift(env: dict[str, Path], source: Path, extra: list[str] | None = None) -> int:
    return drift.main(
        [
            "--source",
            str(source),
            "--lock",
            str(env["lock"]),
            "--surface",
            str(env["surface"]),
            "--patches",
            str(env["patches"]),
            *(extra or []),
        ]
    )


def test_drift_none_when_sha_matches_lock(
    drift_env: dict[str, Path],
    spec_files: tuple[Path, Path],
    raw_spec: bytes,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _drift(drift_env, spec_files[0]) == 0
    assert capsys.readouterr().out == f"no drift: 1.0.DEVEL {sha256_hex(raw_spec)}\n"


def test_drift_reports_and_exits_one(
    drift_env: dict[str, Path], spec_files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert _drift(drift_env, spec_files[1], ["--format", "markdown"]) == 1
    out = capsys.readouterr().out
    assert "drift:" in out
    assert "`operation-removed`" in out


def test_drift_unreadable_source_exits_two(
    drift_env: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _drift(drift_env, tmp_path / "missing.yaml") == 2
    assert "error" in capsys.readouterr().err


def test_drift_missing_surface_exits_two(
    drift_env: dict[str, Path], spec_files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    drift_env["surface"].unlink()
    assert _drift(drift_env, spec_files[1]) == 2
    assert "make generate" in capsys.readouterr().err


# -- changelog ---------------------------------------------------------------


def test_changelog_entry_and_prepend(tmp_path: Path, real_doc: Doc, mutated_doc: Doc) -> None:
    report = diff_surfaces(build_surface(real_doc), build_surface(mutated_doc))
    entry = changelog_entry(report)
    assert entry.startswith("### Added")  # Keep a Changelog order
    assert "### Changed" in entry
    assert "**Breaking**" in entry
    assert "### Removed" in entry
    assert "1 documentation change(s)" in entry
    assert changelog_entry(report.as_dict()) == entry  # the JSON report works too

    path = tmp_path / "CHANGELOG.md"
    path.write_text(
        "# Changelog\n\n## [Unreleased]\n\n### Added\n\n- a feature\n\n## [0.1.0] - 2026-01-01\n\n"
        "### Added\n\n- first release\n",
        encoding="utf-8",
    )
    prepend_entry(path, entry)
    text = path.read_text(encoding="utf-8")
    unreleased, released = text.split("## [0.1.0]")
    assert "- a feature" in unreleased
    assert unreleased.count("### Added") == 1  # merged into the existing section
    assert "`operation-removed`" in unreleased
    assert "first release" in released
    assert "operation-removed" not in released


def test_write_entry_creates_changelog(tmp_path: Path, real_doc: Doc, mutated_doc: Doc) -> None:
    path = tmp_path / "CHANGELOG.md"
    write_entry(diff_surfaces(build_surface(real_doc), build_surface(mutated_doc)), path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Changelog")
    assert "## [Unreleased]" in text
    assert "keepachangelog.com" in text


# -- the project's own patches -------------------------------------------------


def _pointer_tokens(pointer: str) -> list[str]:
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.lstrip("/").split("/")]


def test_diff_with_patched_document_reports_what_the_patches_change(
    real_doc: Doc, raw_spec: bytes
) -> None:
    """Every operation a patch touches shows up, and nothing a patch does not reach."""
    patch_mod = pytest.importorskip(
        "codegen._patch", reason="codegen._patch (lead's spec patches) is not there yet"
    )
    patches = patch_mod.load_patches()
    if not patches:
        pytest.skip("overrides/patches holds no patches yet")
    patched = patch_mod.apply_patches(real_doc, patches)
    old = build_surface(real_doc, sha256=sha256_hex(raw_spec))
    new = build_surface(patched)
    report = diff_surfaces(old, new)

    touched_ops: set[str] = set()
    touched_schemas: set[str] = set()
    touched_global = False
    for patch in patches:
        for op in patch["ops"]:
            if op["op"] == "test":
                continue
            for pointer in (op["path"], op.get("from")):
                if not pointer:
                    continue
                tokens = _pointer_tokens(pointer)
                if tokens[0] == "paths" and len(tokens) >= 3:
                    touched_ops.add(f"{tokens[2].upper()} {tokens[1]}")
                elif tokens[0] == "paths":
                    touched_ops |= {k for k in old["operations"] if k.split(" ", 1)[1] == tokens[1]}
                elif tokens[:2] == ["components", "schemas"] and len(tokens) > 2:
                    touched_schemas.add(tokens[2])
                else:
                    touched_global = True

    def reaches(surface: dict[str, Any], key: str) -> set[str]:
        table = surface["schemas"]
        todo = [n for n in _refs(surface["operations"].get(key))]
        seen: set[str] = set()
        while todo:
            name = todo.pop()
            if name not in seen:
                seen.add(name)
                todo.extend(_refs(table.get(name)))
        return seen

    changed_ops = {c.operation for c in report.changes if c.operation is not None}
    reached = {
        key
        for key in set(old["operations"]) | set(new["operations"])
        if (reaches(old, key) | reaches(new, key)) & touched_schemas
    }
    assert report.changes, "the patches change nothing the differ can see"
    assert changed_ops <= touched_ops | reached, sorted(changed_ops - touched_ops - reached)
    # every patched operation shows up (a patch that changes nothing would be pointless)
    assert touched_ops <= changed_ops, sorted(touched_ops - changed_ops)
    if not touched_global:
        assert all(c.operation is not None for c in report.changes)


def _refs(node: Any) -> list[str]:
    out: list[str] = []
    stack = [node]
    while stack:
        cur = stack.pop()
        if isinstance(cur, dict):
            if isinstance(cur.get("$ref"), str):
                out.append(cur["$ref"])
            stack.extend(cur.values())
        elif isinstance(cur, list):
            stack.extend(cur)
    return out


def test_docs_rule_table_matches_the_registry() -> None:
    """docs/spec-drift.md lists every rule id at its level, and nothing else."""
    import re

    from codegen.specdiff.rules import RULES

    text = (REPO / "docs" / "spec-drift.md").read_text(encoding="utf-8")
    for level in ("breaking", "warning", "info"):
        row = next(line for line in text.splitlines() if line.startswith(f"| {level} |"))
        documented = set(re.findall(r"`([a-z-]+)`", row))
        assert documented == {k for k, (lv, _) in RULES.items() if lv == level}, level
