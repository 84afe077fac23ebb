"""Octorate's error bodies (``ApiError``) and the request context handlers get."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from starlette.datastructures import FormData, QueryParams, UploadFile
from starlette.requests import Request
from starlette.responses import Response

if TYPE_CHECKING:
    from octorate.sandbox._state import SandboxState, Token

__all__ = ["Context", "SandboxError", "api_error", "json_response", "nested_error"]


def nested_error(machine_name: str, message: str, type_: str = "ApiParamsExemption",
                 human_name: str | None = None) -> dict[str, Any]:
    """One ``nested`` item naming the offending field."""
    return {"human_name": human_name or machine_name, "machine_name": machine_name,
            "message": message, "nested": [], "type": type_}


def api_error(type_: str, message: str, *, element: str | None = None,
              nested: Iterable[dict[str, Any]] = (), **extra: Any) -> dict[str, Any]:
    """An ``ApiError`` body: ``{message, type, element?, nested, ...}``."""
    body: dict[str, Any] = {"message": message, "nested": list(nested), "type": type_}
    if element is not None:
        body["element"] = element
    body.update(extra)
    return body


class SandboxError(Exception):
    """Raised by handlers; the dispatcher renders it as an ``ApiError`` response."""

    def __init__(self, status: int, type_: str, message: str, *, element: str | None = None,
                 nested: Iterable[dict[str, Any]] = (), body: Any = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(f"{status} {type_}: {message}")
        self.status = status
        self.body = body if body is not None else api_error(type_, message, element=element,
                                                            nested=nested)
        self.headers = headers or {}

    def response(self) -> Response:
        """Render as JSON."""
        return json_response(self.body, self.status, headers=self.headers)


def params_error(message: str, nested: Iterable[dict[str, Any]] = (),
                 element: str | None = None) -> SandboxError:
    """400 ``ApiParamsExemption``."""
    return SandboxError(400, "ApiParamsExemption", message, element=element, nested=nested)


def validation_error(nested: Iterable[dict[str, Any]],
                     message: str = "The content cannot be validated") -> SandboxError:
    """400 ``ApiValidationFailed`` shaped like the one Octorate really sent."""
    return SandboxError(400, "ApiValidationFailed", message, element="Prevalidation of Content",
                        nested=nested)


def not_found(element: str, message: str) -> SandboxError:
    """404 ``ApiResourceMissing``."""
    return SandboxError(404, "ApiResourceMissing", message, element=element)


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """Compact JSON, like Octorate's."""
    return Response(json.dumps(body, separators=(",", ":"), ensure_ascii=False), status,
                    headers=headers, media_type="application/json")


class Context:
    """What a handler needs: the request, the state, the caller and path parameters."""

    def __init__(self, request: Request, state: SandboxState, params: dict[str, str],
                 token: Token | None) -> None:
        self.request = request
        self.state = state
        self.params = params
        self.token = token
        self.accommodation: str | None = None
        self.extra_cost = 0
        self.headers: dict[str, str] = {}
        self._json: Any = None
        self._json_read = False
        self._form: FormData | None = None

    @property
    def query(self) -> QueryParams:
        """The query string."""
        return self.request.query_params

    async def json(self) -> Any:
        """Parse the JSON body; 400 ``JsonParseExemption`` when it is not JSON."""
        if not self._json_read:
            raw = await self.request.body()
            try:
                self._json = json.loads(raw) if raw.strip() else None
            except ValueError:
                msg = "Malformed JSON body"
                raise SandboxError(400, "JsonParseExemption", msg) from None
            self._json_read = True
        return self._json

    async def form(self) -> FormData:
        """Parse a form-urlencoded body (without needing ``python-multipart``)."""
        if self._form is None:
            raw = await self.request.body()
            ctype = self.request.headers.get("content-type", "")
            pairs: list[tuple[str, str | UploadFile]] = []
            if raw and "json" not in ctype:
                pairs.extend(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))
            self._form = FormData(pairs)
        return self._form

    def int_param(self, name: str) -> int:
        """A path parameter that must be an integer."""
        try:
            return int(self.params[name])
        except ValueError:
            msg = f"Invalid value for {name}"
            raise params_error(msg, [nested_error(name, "errInvalidNumber")]) from None

    def query_int(self, name: str, default: int | None = None) -> int | None:
        """An integer query parameter (``default`` when absent)."""
        raw = self.query.get(name)
        if raw is None or raw == "":
            return default
        try:
            return int(raw)
        except ValueError:
            msg = f"Invalid value for {name}"
            raise params_error(msg, [nested_error(name, "errInvalidNumber")]) from None

    def query_ints(self, name: str) -> list[int]:
        """A repeated integer query parameter (``ids[]``), also accepting comma lists."""
        values: list[int] = []
        for raw in self.query.getlist(name):
            for part in raw.split(","):
                if not part.strip():
                    continue
                try:
                    values.append(int(part))
                except ValueError:
                    msg = f"Invalid value for {name}"
                    raise params_error(msg, [nested_error(name, "errInvalidNumber")]) from None
        return values
