"""Render a :class:`~.diff.Report` as text, markdown (changelog / PR body) or JSON."""

from __future__ import annotations

import json

from .diff import Change, Report
from .rules import LEVELS

__all__ = ["FORMATS", "render", "render_json", "render_markdown", "render_text", "suggest_bump"]

FORMATS = ("text", "markdown", "json")

_TITLES = {"breaking": "Breaking changes", "warning": "Warnings", "info": "Other changes"}


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _side(header: dict[str, str]) -> str:
    return f"{_one_line(header.get('version', '')) or '?'} ({header.get('sha256', '')[:12]})"


def _counts(report: Report) -> str:
    s = report.summary()
    return f"{s['breaking']} breaking, {s['warning']} warning, {s['info']} info"


def _docs_note(report: Report, verbose: bool) -> str | None:
    n = report.docs_count()
    if not n or verbose:
        return None
    return (
        f"{n} documentation change(s) (descriptions, summaries, examples) counted as info, "
        "not listed; --verbose lists them."
    )


def suggest_bump(report: Report) -> str:
    """``major`` for a breaking change, ``minor`` for any other client-visible change,
    ``patch`` when nothing but documentation changed (or nothing at all)."""
    if report.summary()["breaking"]:
        return "major"
    if report.listed(verbose=False):
        return "minor"
    return "patch"


def render_text(report: Report, *, verbose: bool = False) -> str:
    lines = [f"spec diff: {_side(report.old)} -> {_side(report.new)}", _counts(report)]
    listed = report.listed(verbose=verbose)
    for level in LEVELS:
        group = [c for c in listed if c.level == level]
        if not group:
            continue
        lines += ["", f"{_TITLES[level]} ({len(group)}):"]
        for c in group:
            where = " ".join(x for x in (c.operation or "(api)", c.location) if x)
            lines.append(f"  [{c.id}] {where}: {c.message}")
    note = _docs_note(report, verbose)
    if note:
        lines += ["", note]
    if not report.changes:
        lines += ["", "no changes"]
    return "\n".join(lines) + "\n"


def _cell(value: str) -> str:
    return _one_line(value).replace("|", "\\|") or " "


def _table(changes: list[Change]) -> list[str]:
    rows = ["| Rule | Operation | Location | Change |", "| --- | --- | --- | --- |"]
    for c in changes:
        rows.append(
            f"| `{c.id}` | {_cell(f'`{c.operation}`' if c.operation else '-')} "
            f"| {_cell(f'`{c.location}`' if c.location else '-')} | {_cell(c.message)} |"
        )
    return rows


def render_markdown(report: Report, *, verbose: bool = False) -> str:
    """Breaking changes first; info changes folded in a ``<details>`` block."""
    lines = [
        f"## Octorate API changes: `{_side(report.old)}` → `{_side(report.new)}`",
        "",
        f"**{_counts(report)}** change(s).",
    ]
    listed = report.listed(verbose=verbose)
    for level in LEVELS:
        group = [c for c in listed if c.level == level]
        if not group:
            continue
        lines += ["", f"### {_TITLES[level]} ({len(group)})", ""]
        if level == "info":
            lines += ["<details><summary>Show</summary>", ""]
            lines += _table(group)
            lines += ["", "</details>"]
        else:
            lines += _table(group)
    note = _docs_note(report, verbose)
    if note:
        lines += ["", f"_{note}_"]
    if not report.changes:
        lines += ["", "No changes that matter to a client."]
    return "\n".join(lines) + "\n"


def render_json(report: Report, *, verbose: bool = False) -> str:
    return json.dumps(report.as_dict(verbose=verbose), indent=2, ensure_ascii=False) + "\n"


def render(report: Report, fmt: str, *, verbose: bool = False) -> str:
    if fmt == "json":
        return render_json(report, verbose=verbose)
    if fmt == "markdown":
        return render_markdown(report, verbose=verbose)
    return render_text(report, verbose=verbose)
