"""Write a Keep a Changelog entry for an adopted spec change.

``python -m codegen pull --update-lock`` calls :func:`changelog_entry` with the
diff report and :func:`prepend_entry` to put it under ``## [Unreleased]`` of
``CHANGELOG.md``. Changes map onto Keep a Changelog sections: removed operations
under *Removed*, added operations and optional inputs under *Added*,
deprecations under *Deprecated*, everything else under *Changed*; breaking
changes are marked **Breaking** and listed first. Documentation-only changes
are summed up in one line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .diff import DOCS_RULE, Report

__all__ = ["changelog_entry", "prepend_entry", "write_entry"]

SECTIONS = ("Added", "Changed", "Deprecated", "Removed", "Fixed", "Security")
HEADER = """# Changelog

All notable changes to this project are documented in this file.
The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),
and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).

## [Unreleased]
"""

_UNRELEASED = re.compile(r"^## \[Unreleased\].*$", re.MULTILINE)
_NEXT_RELEASE = re.compile(r"^## ", re.MULTILINE)
_SECTION = re.compile(r"^### (\w+)\s*$", re.MULTILINE)


def _as_dict(report: Report | Mapping[str, Any]) -> Mapping[str, Any]:
    return report.as_dict(verbose=True) if isinstance(report, Report) else report


def _section(change: Mapping[str, Any]) -> str:
    rule = str(change["id"])
    if rule == "operation-removed":
        return "Removed"
    if rule.endswith("-deprecated"):
        return "Deprecated"
    if rule.startswith("security-") or rule.startswith("operation-security"):
        return "Security" if change["level"] == "breaking" else "Changed"
    if rule == "operation-added" or (change["level"] == "info" and rule.endswith("-added")):
        return "Added"
    return "Changed"


def _one_line(value: Any) -> str:
    return " ".join(str(value).split())


def changelog_entry(report: Report | Mapping[str, Any]) -> str:
    """The entry text: ``### Section`` blocks of bullets (no ``## [Unreleased]`` line)."""
    data = _as_dict(report)
    old, new = data["old"], data["new"]
    summary = data["summary"]
    changes = [c for c in data["changes"] if c["id"] != DOCS_RULE]
    # summary counts every change; "changes" may leave documentation changes out
    docs_total = sum(int(summary.get(k, 0)) for k in ("breaking", "warning", "info")) - len(changes)
    by_section: dict[str, list[str]] = {s: [] for s in SECTIONS}
    by_section["Changed"].append(
        f"Octorate API document updated: `{_one_line(old['version'])}` "
        f"(`{str(old['sha256'])[:12]}`) → `{_one_line(new['version'])}` "
        f"(`{str(new['sha256'])[:12]}`): {summary.get('breaking', 0)} breaking, "
        f"{summary.get('warning', 0)} warning, {summary.get('info', 0)} info change(s)."
    )
    order = {"breaking": 0, "warning": 1, "info": 2}
    for c in sorted(changes, key=lambda c: order.get(c["level"], 3)):
        mark = {"breaking": "**Breaking**: ", "warning": "**Warning**: "}.get(c["level"], "")
        where = " ".join(
            x
            for x in (
                f"`{c['operation']}`" if c["operation"] else "",
                f"`{c['location']}`" if c["location"] else "",
            )
            if x
        )
        by_section[_section(c)].append(
            f"{mark}{where + ': ' if where else ''}{_one_line(c['message'])} (`{c['id']}`)"
        )
    if docs_total:
        by_section["Changed"].append(
            f"{docs_total} documentation change(s) in the API document "
            "(descriptions, summaries, examples)."
        )
    blocks = []
    for name in SECTIONS:
        if by_section[name]:
            blocks.append(f"### {name}\n\n" + "\n".join(f"- {b}" for b in by_section[name]))
    return "\n\n".join(blocks) + "\n"


def _parse_sections(body: str) -> tuple[str, list[tuple[str, str]]]:
    """Split an Unreleased body into (text before any ###, [(section, bullets text)])."""
    matches = list(_SECTION.finditer(body))
    if not matches:
        return body, []
    head = body[: matches[0].start()]
    out = []
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(body)
        out.append((m.group(1), body[m.end() : end].strip("\n")))
    return head, out


def prepend_entry(path: Path | str, entry: str) -> None:
    """Merge ``entry`` into ``## [Unreleased]`` of the changelog at ``path``.

    The file (and the Unreleased heading) is created when missing. Bullets of a
    section the Unreleased block already has are put first in that section; new
    sections are added in Keep a Changelog order.
    """
    path = Path(path)
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER
    heading = _UNRELEASED.search(text)
    if heading is None:
        first = _NEXT_RELEASE.search(text)
        cut = first.start() if first else len(text)
        text = text[:cut].rstrip("\n") + "\n\n## [Unreleased]\n\n" + text[cut:].lstrip("\n")
        heading = _UNRELEASED.search(text)
        assert heading is not None
    start = heading.end()
    nxt = _NEXT_RELEASE.search(text, start)
    end = nxt.start() if nxt else len(text)
    head, existing = _parse_sections(text[start:end])
    _, incoming = _parse_sections("\n" + entry)
    merged: dict[str, list[str]] = {}
    for name, bullets in incoming + existing:
        merged.setdefault(name, []).append(bullets)
    names = [s for s in SECTIONS if s in merged] + [n for n in merged if n not in SECTIONS]
    body = "\n\n".join(f"### {n}\n\n" + "\n".join(merged[n]) for n in names)
    head = head.strip("\n")
    new_block = "\n\n" + (head + "\n\n" if head else "") + body + "\n"
    rest = text[end:]
    path.write_text(text[:start] + new_block + ("\n" + rest if rest else ""), encoding="utf-8")


def write_entry(report: Report | Mapping[str, Any], path: Path | str) -> None:
    """``prepend_entry(path, changelog_entry(report))``."""
    prepend_entry(path, changelog_entry(report))
