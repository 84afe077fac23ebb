"""``python -m codegen.specdiff OLD NEW`` is ``python -m codegen diff OLD NEW``."""

from __future__ import annotations

from .cli import main

raise SystemExit(main())
