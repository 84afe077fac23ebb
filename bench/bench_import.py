"""Cold import time of `import octorate` against `import httpx` and the stock eager models import.

Each measurement is a fresh interpreter (`python -X importtime` is not used: wall time of the
whole process start, minus a bare `python -c pass` baseline, is what users feel). Runs are
interleaved so machine noise hits all candidates alike; the median is reported.

The "raw generator" candidate is openapi-python-client's stock models/__init__.py, which imports
every model: it is rebuilt here by importing every module of octorate._generated.models.

Byte-code: pip compiles an installed wheel's modules to .pyc, and httpx here was installed that
way; octorate is an editable checkout, and this environment may set PYTHONDONTWRITEBYTECODE. So
the script first compiles src/octorate with compileall (what installing the wheel does), so that
both sides load byte-code and the comparison measures imports, not compilation.

Usage: .venv/bin/python bench/bench_import.py [--runs 15]
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import subprocess
import sys
import time
from pathlib import Path

EAGER_MODELS = (
    "import importlib, pkgutil, octorate._generated.models as m; "
    "[importlib.import_module(f'octorate._generated.models.{i.name}') "
    "for i in pkgutil.iter_modules(m.__path__)]"
)

CANDIDATES = {
    "python -c pass (baseline)": "pass",
    "import httpx": "import httpx",
    "import octorate": "import octorate",
    "from octorate import Octorate": "from octorate import Octorate",
    "eager models import (stock generator)": EAGER_MODELS,
}


def _time(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    package = Path(__file__).resolve().parent.parent / "src" / "octorate"
    compileall.compile_dir(package, quiet=1)
    samples: dict[str, list[float]] = {name: [] for name in CANDIDATES}
    for _ in range(2):  # warm the OS file cache and .pyc files
        for code in CANDIDATES.values():
            _time(code)
    for _ in range(args.runs):
        for name, code in CANDIDATES.items():
            samples[name].append(_time(code))
    median = {name: statistics.median(values) for name, values in samples.items()}
    base = median["python -c pass (baseline)"]
    httpx_cost = median["import httpx"] - base
    print("| candidate | median wall (s) | import cost over bare python (s) | vs `import httpx` |")
    print("|---|---:|---:|---:|")
    for name, value in median.items():
        cost = value - base
        ratio = "" if name.startswith("python") else f"{cost / httpx_cost:.2f}x"
        print(f"| {name} | {value:.3f} | {cost:.3f} | {ratio} |")
    print(f"\n{args.runs} interleaved runs each, Python {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
