"""Semantic diff of two Octorate OpenAPI documents (issue 3: spec drift).

``python -m codegen diff OLD NEW`` compares two derived surfaces
(:mod:`.surface`), classifies every change by a stable rule id (:mod:`.rules`)
and renders it as text, markdown or JSON (:mod:`.report`). ``python -m codegen
drift`` (:mod:`.drift`) checks the configured source against the lock.
"""

from __future__ import annotations

from .diff import Change, Report, diff_surfaces
from .rules import LEVELS, RULES
from .surface import SURFACE_FORMAT, build_surface, dumps_surface, is_surface

__all__ = [
    "LEVELS",
    "RULES",
    "SURFACE_FORMAT",
    "Change",
    "Report",
    "build_surface",
    "diff_surfaces",
    "dumps_surface",
    "is_surface",
]
