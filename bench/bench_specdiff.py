"""Time the spec differ on Octorate's real 202-operation document and a mutated copy.

Run: ``.venv/bin/python bench/bench_specdiff.py [--repeat N]``

Reads the document from ``$OCTORATE_SPEC_SOURCE`` (a path) or
``../shared/openapi/octorate-openapi.yaml``. Times each stage (YAML parse, surface
build, diff) and the whole ``python -m codegen diff`` path (two files -> report),
and exits 1 if the whole path takes 5 s or more.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from codegen._spec import load_document, operation_count  # noqa: E402
from codegen.specdiff import build_surface, diff_surfaces  # noqa: E402
from codegen.specdiff.cli import run_diff  # noqa: E402
from codegen.specdiff.report import render_markdown  # noqa: E402

BUDGET_S = 5.0


def _spec() -> Path:
    env = os.environ.get("OCTORATE_SPEC_SOURCE")
    if env and not env.startswith(("http://", "https://")):
        return Path(env)
    return REPO.parent / "shared" / "openapi" / "octorate-openapi.yaml"


def _mutate(doc: dict) -> dict:  # type: ignore[type-arg]
    """A copy with about a dozen client-visible changes across shared schemas."""
    d = copy.deepcopy(doc)
    paths, schemas = d["paths"], d["components"]["schemas"]
    del paths["/rest/v1/reservation/{accommodation}"]["get"]
    paths["/rest/v1/accommodation"]["get"]["parameters"].append(
        {"name": "region", "in": "query", "required": True, "schema": {"type": "string"}}
    )
    schemas["ApiAccommodationDTO"]["properties"].pop("currency")
    schemas["ApiAccommodationDTO"]["properties"]["language"]["enum"].append("PL")
    schemas["ApiContact"]["properties"]["email"]["nullable"] = True
    schemas["ApiPortalRequestDTO"]["required"].append("colorHex")
    for item in paths.values():
        for op in item.values():
            if isinstance(op, dict) and "summary" in op:
                op["summary"] += " (v2)"
    return d


def _best(fn, repeat: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times)


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--repeat", type=int, default=5)
    args = p.parse_args()
    path = _spec()
    if not path.is_file():
        print(f"skip: no document at {path}")
        return 0
    raw = path.read_bytes()
    doc = load_document(raw)
    new_doc = _mutate(doc)
    old_s, new_s = build_surface(doc), build_surface(new_doc)
    report = diff_surfaces(old_s, new_s)
    with tempfile.TemporaryDirectory() as tmp:
        new_file = Path(tmp) / "new.json"
        new_file.write_text(json.dumps(new_doc), encoding="utf-8")
        rows = [
            ("parse YAML (917 KB)", _best(lambda: load_document(raw), args.repeat)),
            ("build surface", _best(lambda: build_surface(doc), args.repeat)),
            ("diff two surfaces", _best(lambda: diff_surfaces(old_s, new_s), args.repeat)),
            ("render markdown", _best(lambda: render_markdown(report), args.repeat)),
            (
                "whole diff: 2 files -> report",
                _best(lambda: run_diff(str(path), str(new_file)), args.repeat),
            ),
        ]
    print(
        f"python {platform.python_version()} on {platform.machine()}; "
        f"{operation_count(doc)} operations; repeat={args.repeat}"
    )
    print(f"changes found: {report.summary()}")
    print(f"{'stage':32} {'best s':>8} {'median s':>9}")
    for name, (best, median) in rows:
        print(f"{name:32} {best:8.3f} {median:9.3f}")
    whole = rows[-1][1][1]
    ok = whole < BUDGET_S
    print(f"budget {BUDGET_S:.0f} s for the whole diff: {'ok' if ok else 'EXCEEDED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
