"""Match request paths against the spec's path templates."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from importlib import resources
from typing import Any

import attrs

__all__ = ["Match", "RouteTable", "load_samples"]

_PARAM = re.compile(r"\{([^}/]+)\}")


def load_samples() -> dict[str, Any]:
    """The packaged ``_samples.json`` (operation key -> sample)."""
    text = resources.files("octorate.sandbox").joinpath("_samples.json").read_text("utf-8")
    data = json.loads(text)
    assert isinstance(data, dict)
    return data


@attrs.frozen
class _Template:
    method: str
    template: str
    regex: re.Pattern[str]
    names: tuple[str, ...]
    rank: tuple[int, ...]


@attrs.frozen
class Match:
    """A matched operation: its key (``"GET /rest/v1/..."``) and path parameters."""

    key: str
    method: str
    template: str
    params: dict[str, str]


def _compile(method: str, template: str) -> _Template:
    names: list[str] = []
    pattern = ["^"]
    pos = 0
    for found in _PARAM.finditer(template):
        pattern.append(re.escape(template[pos:found.start()]))
        pattern.append(r"([^/]+)")
        names.append(found.group(1))
        pos = found.end()
    pattern.append(re.escape(template[pos:]) + "$")
    # Literal segments beat parameters, left to right: /reservation/search/hotel
    # wins over /reservation/{accommodation}/{id}.
    rank = tuple(1 if _PARAM.search(seg) else 0 for seg in template.strip("/").split("/"))
    return _Template(method, template, re.compile("".join(pattern)), tuple(names), rank)


class RouteTable:
    """Operation keys compiled for matching, most specific template first."""

    def __init__(self, keys: Iterable[str]) -> None:
        compiled = []
        for key in keys:
            method, _, template = key.partition(" ")
            compiled.append(_compile(method.upper(), template))
        self._templates = sorted(compiled, key=lambda t: t.rank)

    def match(self, method: str, path: str) -> tuple[Match | None, set[str]]:
        """Return the best match for ``method`` and, if none, the methods the path allows."""
        allowed: set[str] = set()
        for tpl in self._templates:
            found = tpl.regex.match(path)
            if found is None:
                continue
            allowed.add(tpl.method)
            if tpl.method == method:
                params = dict(zip(tpl.names, found.groups(), strict=True))
                return Match(f"{tpl.method} {tpl.template}", tpl.method, tpl.template,
                             params), allowed
        return None, allowed
