"""Conformance: the sandbox's responses, as the SDK receives them, against the patched spec.

An equal check to a schemathesis run (issue 7). ``octorate.sandbox.create_app`` is
mounted in-process with ``httpx.ASGITransport`` and driven by an ordinary ``Octorate``
client through a transport that records every exchange:

1. the stateful core: apilogin, accommodations list/get/create, the OAuth consent page and
   code exchange, a refresh, a legacy key migration, products (v3/v2 lists, v1 get),
   the calendar page by page and a bulk write, reservations create/get/list (filters,
   pages)/patch/put/delete, subscriptions list/create/update/delete, user info and the
   API configuration;
2. every other operation of ``ROUTES`` once (they answer from the spec samples), with
   arguments synthesised as ``test_prism.py`` does and the sandbox's property id.

Each response is matched to its operation (method + path template) and checked:

- its status is declared (exactly, as ``2XX`` or as ``default``);
- a 2xx/3xx body is valid against the declared ``application/json`` schema of the
  *patched* document (``$ref`` resolved). The checker reports the JSON path of each
  violation and covers the keywords the document uses: those of
  ``codegen.sandbox_samples.is_valid`` (type, nullable, enum, required, properties,
  additionalProperties, items, min/maxItems, allOf/oneOf/anyOf as "any branch",
  date/date-time formats), with every verdict cross-checked against ``is_valid``, plus
  minimum/maximum, int32/int64 ranges and uniqueItems. A writeOnly property in a response
  (a SHOULD NOT in OpenAPI 3.0) is printed as an advisory and does not fail the test;
- every ``format: date-time`` string parses with ``octorate._generated.types.parse_datetime``;
- every response carries ``X-RateLimit-Remaining`` (an integer) and ``request-id`` (a UUID).

Differences the sandbox is known to have are listed in ``KNOWN_NONCONFORMING``; each must
still occur, so fixing one forces its removal here. See ``docs/conformance.md``.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import re
import uuid
from pathlib import Path
from typing import Any

import anyio
import attrs
import httpx
import pytest

from codegen._generate import patched_document
from codegen.sandbox_samples import is_valid
from octorate import Octorate, RequestOptions, ResponseFieldError, last_response, paginate
from octorate._generated._routes import RESOURCES, ROUTES
from octorate._generated.models import (
    ApiAccommodationDTO,
    ApiConfigurationRequest,
    ApiReservationGuestDTO,
    ApiReservationGuestDTOSex,
    ApiReservationGuestDTOType,
    ApiReservationReqDTO,
    CalendarBulkRequest,
    CalendarBulkValues,
    CreateSubscriptionBody,
    CreateSubscriptionEvent,
    FindReservationsStatus,
    FindReservationsType,
)
from octorate._generated.types import UNSET, parse_datetime
from octorate.sandbox import ManualClock, SandboxConfig, SandboxState, create_app
from tests.integration.test_prism import build_arguments

pytestmark = pytest.mark.anyio

ROOT = Path(__file__).resolve().parents[2]
BASE_URL = "http://sandbox/connect"
CONSENT_HOST = "https://admin.octorate.com"
REDIRECT_URI = "https://example.com/octorate/callback"
HOOK_URL = "https://hooks.example.com/octorate"
PROPERTY = "112696"
OTHER_PROPERTY = "112697"
#: Python argument names (generated signatures) that carry a property id.
PROPERTY_ARGS = ("accommodation", "accommodation_id", "property_", "property_id", "codice")
#: Upper bound for the whole test (it takes a few seconds).
TEST_TIMEOUT = 30.0

#: Nonconformities of the sandbox, keyed ``"<operationId> <status> <JSON path>"``, with
#: what the patched document declares. Each must still occur (a fix forces removal).
KNOWN_NONCONFORMING: dict[str, str] = {
    # findReservations with `fields=id,refer,status` trims each item, required ones included.
    "findReservations 200 $.data[*]": "ApiReservationRespDTO requires channelId, checkin, "
                                      "checkout, guests, product, roomGross, totalChildren, "
                                      "totalGuest, totalInfants, updateTime; `fields=` "
                                      "drops them",
    # The document declares no success response at all (only 400/401/403/500); the sandbox
    # answers 200 with no body, as its samples do for such operations.
    "createExternalProduct 200 status": "no 2xx/default declared",
    "deleteAllRoomPhoto 200 status": "no 2xx/default declared",
    "deletePmsRoomImage 200 status": "no 2xx/default declared",
    "deleteRoomImage 200 status": "no 2xx/default declared",
    "patchRoomRateV2 200 status": "no 2xx/default declared",
}


def _spec_source() -> Path:
    env = os.environ.get("OCTORATE_SPEC_SOURCE")
    return Path(env) if env else (ROOT / ".." / "shared" / "openapi" /
                                  "octorate-openapi.yaml").resolve()


@pytest.fixture(scope="module")
def patched_doc() -> dict[str, Any]:
    source = _spec_source()
    if not source.exists():
        pytest.skip(f"spec source {source} is absent")
    _raw, doc = patched_document(str(source))
    return doc


# -- recording ---------------------------------------------------------------------------


@attrs.define
class Exchange:
    """One request the sandbox answered, with its body read."""

    method: str
    path: str
    status: int
    headers: httpx.Headers
    body: bytes


class Capture(httpx.AsyncBaseTransport):
    """Pass requests to the sandbox, keeping every exchange."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.exchanges: list[Exchange] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        body = await response.aread()
        self.exchanges.append(Exchange(request.method, request.url.path,
                                       response.status_code, response.headers, body))
        return httpx.Response(response.status_code, headers=response.headers,
                              content=body, request=request)

    async def aclose(self) -> None:
        await self.inner.aclose()


# -- matching a request to its operation ---------------------------------------------------


_PARAM = re.compile(r"\{[^}/]+\}")


def _route_patterns() -> list[tuple[re.Pattern[str], str, str]]:
    """(path regex, method, operationId), literal segments before parameters."""
    found = []
    for op_id, route in ROUTES.items():
        regex = "^" + "[^/]+".join(re.escape(p) for p in _PARAM.split(route.path)) + "$"
        rank = tuple(1 if _PARAM.search(seg) else 0 for seg in route.path.strip("/").split("/"))
        found.append((rank, re.compile(regex), route.method, op_id))
    found.sort(key=lambda item: item[0])
    return [(regex, method, op_id) for _rank, regex, method, op_id in found]


PATTERNS = _route_patterns()


def operation_of(method: str, path: str) -> str | None:
    path = path.removeprefix("/connect")
    for regex, route_method, op_id in PATTERNS:
        if route_method == method and regex.match(path):
            return op_id
    return None


# -- the schema checker ------------------------------------------------------------------


@attrs.frozen
class Violation:
    """One place where a value breaks its schema."""

    path: str
    message: str
    #: True for the checks ``codegen.sandbox_samples.is_valid`` makes too.
    core: bool = True
    #: A SHOULD of OpenAPI 3.0 (writeOnly properties in a response): reported, not failed.
    advisory: bool = False


_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATE_TIME_RE = re.compile(
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})(?:\[[^\]]+\])?$"
)
_INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
_JSON_TYPES = (
    (bool, "boolean"), (int, "integer"), (float, "number"), (str, "string"), (list, "array"),
    (dict, "object"),
)


def _json_type(value: Any) -> str:
    return next((name for cls, name in _JSON_TYPES if isinstance(value, cls)), "null")


def _type_ok(value: Any, type_: Any) -> bool:
    if type_ is None:
        return True
    if isinstance(type_, list):
        return any(_type_ok(value, t) for t in type_)
    actual = _json_type(value)
    if type_ == "number":
        return actual in ("integer", "number")
    return actual == type_ if type_ in {"null", *(name for _, name in _JSON_TYPES)} else True


def resolve(doc: dict[str, Any], schema: Any) -> Any:
    seen: set[str] = set()
    while isinstance(schema, dict) and "$ref" in schema:
        ref = schema["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/") or ref in seen:
            return {}
        seen.add(ref)
        node: Any = doc
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or part not in node:
                return {}
            node = node[part]
        schema = node
    return schema


@attrs.define
class Checker:
    """Walks a value and its schema, collecting violations with JSON paths."""

    doc: dict[str, Any]
    date_times: int = 0

    def check(self, value: Any, schema: Any, path: str = "$", depth: int = 0) -> list[Violation]:
        out: list[Violation] = []
        self._check(value, schema, path, depth, out)
        return out

    def _check(self, value: Any, schema: Any, path: str, depth: int,
               out: list[Violation]) -> None:
        if depth > 40:
            return
        schema = resolve(self.doc, schema)
        if not isinstance(schema, dict) or not schema:
            return
        if value is None and schema.get("nullable"):
            return
        for part in schema.get("allOf", ()):
            self._check(value, part, path, depth + 1, out)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                self._one_of(value, schema[key], key, path, depth, out)
        type_ = schema.get("type")
        if not _type_ok(value, type_):
            out.append(Violation(path, f"expected type {type_}"
                                       f"{'' if schema.get('nullable') else ' (not nullable)'}, "
                                       f"got {_json_type(value)} {_short(value)}"))
            return
        if "enum" in schema and value not in schema["enum"]:
            out.append(Violation(path, f"{_short(value)} not in enum {schema['enum']}"))
            return
        if isinstance(value, str):
            self._string(value, schema, path, out)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            _number(value, schema, path, out)
        elif isinstance(value, list):
            self._array(value, schema, path, depth, out)
        elif isinstance(value, dict):
            self._object(value, schema, path, depth, out)

    def _one_of(self, value: Any, branches: list[Any], key: str, path: str, depth: int,
                out: list[Violation]) -> None:
        attempts = []
        for branch in branches:
            found = self.check(value, branch, path, depth + 1)
            if not any(v.core for v in found):
                out.extend(found)
                return
            attempts.append(found)
        best = min(attempts, key=len, default=[])
        detail = "; ".join(f"{v.path}: {v.message}" for v in best[:3])
        out.append(Violation(path, f"matches none of the {len(branches)} {key} branches"
                                   f" (closest: {detail})"))

    def _string(self, value: str, schema: dict[str, Any], path: str,
                out: list[Violation]) -> None:
        fmt = schema.get("format")
        if fmt == "date" and not _DATE_RE.match(value):
            out.append(Violation(path, f"{value!r} is not a date (yyyy-MM-dd)"))
        if fmt == "date-time":
            if not _DATE_TIME_RE.match(value):
                out.append(Violation(path, f"{value!r} is not a date-time"))
            try:
                parsed = parse_datetime(value)
            except ValueError as exc:
                out.append(Violation(path, f"parse_datetime({value!r}) fails: {exc}", core=False))
            else:
                self.date_times += 1
                if parsed.tzinfo is None:
                    out.append(Violation(path, f"{value!r} parses naive", core=False))

    def _array(self, value: list[Any], schema: dict[str, Any], path: str, depth: int,
               out: list[Violation]) -> None:
        if len(value) < int(schema.get("minItems", 0)):
            out.append(Violation(path, f"{len(value)} items, minItems {schema['minItems']}"))
        if "maxItems" in schema and len(value) > int(schema["maxItems"]):
            out.append(Violation(path, f"{len(value)} items, maxItems {schema['maxItems']}"))
        if schema.get("uniqueItems"):
            keys = [json.dumps(v, sort_keys=True) for v in value]
            if len(set(keys)) != len(keys):
                out.append(Violation(path, "items are not unique (uniqueItems)", core=False))
        items = schema.get("items")
        if items is not None:
            for index, item in enumerate(value):
                self._check(item, items, f"{path}[{index}]", depth + 1, out)

    def _object(self, value: dict[str, Any], schema: dict[str, Any], path: str, depth: int,
                out: list[Violation]) -> None:
        missing = [name for name in schema.get("required", ()) if name not in value]
        if missing:
            out.append(Violation(path, f"required properties missing: {', '.join(missing)}"))
        props = schema.get("properties") or {}
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            where = f"{path}.{key}" if re.fullmatch(r"[A-Za-z_$][\w$]*", key) else (
                f"{path}[{json.dumps(key)}]")
            if key in props:
                if resolve(self.doc, props[key]).get("writeOnly"):
                    out.append(Violation(where, "writeOnly property sent in a response",
                                         core=False, advisory=True))
                self._check(item, props[key], where, depth + 1, out)
            elif extra is False:
                out.append(Violation(where, "property not allowed (additionalProperties: false)"))
            elif isinstance(extra, dict):
                self._check(item, extra, where, depth + 1, out)


def _number(value: float, schema: dict[str, Any], path: str, out: list[Violation]) -> None:
    if isinstance(value, float) and not math.isfinite(value):
        out.append(Violation(path, f"{value} is not a JSON number", core=False))
    low = schema.get("minimum")
    if low is not None and (value < low or (schema.get("exclusiveMinimum") and value == low)):
        out.append(Violation(path, f"{value} below minimum {low}", core=False))
    high = schema.get("maximum")
    if high is not None and (value > high or (schema.get("exclusiveMaximum") and value == high)):
        out.append(Violation(path, f"{value} above maximum {high}", core=False))
    bounds = _INT_RANGES.get(schema.get("format", ""))
    if bounds and isinstance(value, int) and not bounds[0] <= value <= bounds[1]:
        out.append(Violation(path, f"{value} out of {schema['format']} range", core=False))


def _short(value: Any) -> str:
    text = json.dumps(value)
    return text if len(text) <= 60 else text[:57] + "..."


# -- checking one exchange ---------------------------------------------------------------


_INDEX = re.compile(r"\[\d+\]")


@attrs.define
class Report:
    """What the check found over all exchanges."""

    doc: dict[str, Any]
    checker: Checker
    #: "<operationId> <status> <JSON path, indices as [*]>" -> [first message, count]
    findings: dict[str, list[Any]] = attrs.field(factory=dict)
    advisories: dict[str, list[Any]] = attrs.field(factory=dict)
    validated: dict[str, int] = attrs.field(factory=dict)  # operationId -> 2xx/3xx bodies
    answered: dict[str, set[int]] = attrs.field(factory=dict)  # operationId -> statuses
    undeclared_bodies: set[str] = attrs.field(factory=set)  # "<op> <status>": body, none declared
    schemaless: set[str] = attrs.field(factory=set)  # "<op> <status>": media type, no schema
    schema_checked: dict[str, int] = attrs.field(factory=dict)  # op -> bodies checked
    unmatched: list[str] = attrs.field(factory=list)
    disagreements: list[str] = attrs.field(factory=list)
    responses: int = 0

    def add(self, op_id: str, status: int, path: str, message: str, *,
            advisory: bool = False) -> None:
        into = self.advisories if advisory else self.findings
        key = f"{op_id} {status} {_INDEX.sub('[*]', path)}"
        into.setdefault(key, [message, 0])[1] += 1

    def exchange(self, ex: Exchange) -> None:
        self.responses += 1
        op_id = operation_of(ex.method, ex.path)
        label = op_id or f"{ex.method} {ex.path}"
        remaining, request_id = (ex.headers.get(h) for h in ("X-RateLimit-Remaining",
                                                              "request-id"))
        if remaining is None or not remaining.lstrip("-").isdigit():
            self.add(label, ex.status, "header X-RateLimit-Remaining",
                     f"missing or not an integer: {remaining!r}")
        try:
            uuid.UUID(request_id or "")
        except ValueError:
            self.add(label, ex.status, "header request-id", f"missing or not a UUID: {request_id!r}")
        if op_id is None:
            self.unmatched.append(f"{ex.method} {ex.path} -> {ex.status}")
            return
        self.answered.setdefault(op_id, set()).add(ex.status)
        route = ROUTES[op_id]
        responses = self.doc["paths"][route.path][route.method.lower()].get("responses") or {}
        code = next((c for c in (str(ex.status), f"{ex.status // 100}XX", "default")
                     if c in responses), None)
        if code is None:
            self.add(op_id, ex.status, "status", f"not declared (declared: {sorted(responses)})")
            return
        if not 200 <= ex.status < 400:
            return
        content = resolve(self.doc, responses[code]).get("content") or {}
        media_type = ex.headers.get("content-type", "").split(";")[0].strip()
        if not content:
            if ex.body:
                self.undeclared_bodies.add(f"{op_id} {ex.status}")
            self.validated[op_id] = self.validated.get(op_id, 0) + 1
            return
        if media_type not in content and not (media_type == "application/json"
                                              and "*/*" in content):
            self.add(op_id, ex.status, "content-type",
                     f"{media_type!r} not declared (declared: {sorted(content)})")
            return
        self.validated[op_id] = self.validated.get(op_id, 0) + 1
        if media_type != "application/json":
            return
        schema = (content.get("application/json") or content.get("*/*") or {}).get("schema")
        try:
            body = json.loads(ex.body)
        except ValueError as exc:
            self.add(op_id, ex.status, "$", f"body is not JSON: {exc}")
            return
        if schema is None:
            self.schemaless.add(f"{op_id} {ex.status}")
            return
        self.schema_checked[op_id] = self.schema_checked.get(op_id, 0) + 1
        found = self.checker.check(body, schema)
        for violation in found:
            self.add(op_id, ex.status, violation.path, violation.message,
                     advisory=violation.advisory)
        if is_valid(self.doc, body, schema) != (not any(v.core for v in found)):
            self.disagreements.append(f"{op_id} {ex.status}: {found[:3]}")


# -- driving the sandbox -----------------------------------------------------------------


def _reservation(product: int, checkin: dt.date, nights: int, refer: str,
                 gross: float = 300.0) -> ApiReservationReqDTO:
    arrive = dt.datetime.combine(checkin, dt.time(14), dt.UTC)
    leave = dt.datetime.combine(checkin + dt.timedelta(days=nights), dt.time(10), dt.UTC)
    now = dt.datetime(2026, 1, 1, 9, tzinfo=dt.UTC)
    guest = ApiReservationGuestDTO(
        checkin=arrive.date().isoformat(), checkout=leave.date().isoformat(),
        family_name="Rossi", given_name="Anna", sex=ApiReservationGuestDTOSex.FEMALE,
        type_=ApiReservationGuestDTOType.BOOKER)
    return ApiReservationReqDTO(
        channel_id=233, checkin=arrive, checkout=leave, create_time=now, update_time=now,
        guests=[guest], product=product, refer=refer, room_gross=gross,
        total_children=0, total_guest=1, total_infants=0)


async def _consent(app: Any, octo: Octorate) -> None:
    """Play the property owner on the consent page and exchange the code."""
    url, state = octo.authorization_url()
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app)) as browser:
        answer = await browser.get(url.replace(CONSENT_HOST, "http://sandbox"))
    assert answer.status_code == 302, answer.text
    redirect = httpx.URL(answer.headers["location"])
    await octo.exchange_code(redirect.params["code"], state=redirect.params["state"],
                             expected_state=state, default=True)


async def drive_stateful(app: Any, state: SandboxState, octo: Octorate) -> None:
    """The stateful core, through the SDK, as a client would use it."""
    assert (await octo.validate()).ok  # apilogin
    listed = await octo.accommodations.retrieve_accommodations()
    assert len(listed) == 2
    await octo.accommodations.retrieve_accommodations(name="a", page=0)
    await octo.accommodations.create_accommodation(body=ApiAccommodationDTO.from_dict({
        "name": "Conformance Inn", "email": "inn@example.com", "givenName": "Anna",
        "familyName": "Rossi"}))

    await _consent(app, octo)
    await octo.accommodations.retrieve_accommodation(PROPERTY)
    trimmed_accommodation = await octo.accommodations.retrieve_accommodation(
        PROPERTY, fields="id,name")
    assert (trimmed_accommodation.id, trimmed_accommodation.currency) == (PROPERTY, UNSET)

    products = await octo.room_rates.get_listings_v3(PROPERTY)
    assert products
    await octo.room_rates.get_listings_v3(PROPERTY, size=2, page=1)
    await octo.room_rates.get_listings(PROPERTY)
    product_ids = [p["id"] for p in state.products_of(PROPERTY)]
    double = product_ids[0]
    await octo.room_rates.get_room(PROPERTY, double)

    today = state.today()
    rooms = [room async for room in paginate(
        octo.calendar.read_calendar, PROPERTY, date_from=today,
        date_to=today + dt.timedelta(days=6), page_size=1)]
    assert len(rooms) == len(product_ids) >= 3  # one page per product
    await octo.calendar.bulk(body=[CalendarBulkRequest(
        room=double, date_from=today, date_to=today + dt.timedelta(days=29),
        values=CalendarBulkValues(price=149.0, minstay=2))],
        options=RequestOptions(accommodation=PROPERTY))
    await octo.calendar.read_calendar(PROPERTY, product=[double], date_from=today,
                                      date_to=today + dt.timedelta(days=29), size=1)

    created = await octo.subscriptions.create_subscription(
        CreateSubscriptionEvent.RESERVATION_CREATED, body=CreateSubscriptionBody(url=HOOK_URL))
    await octo.subscriptions.create_subscription(
        CreateSubscriptionEvent.RESERVATION_CANCELLED, body=CreateSubscriptionBody(url=HOOK_URL))
    await octo.subscriptions.retrieve_subscriptions()
    await octo.subscriptions.list_subscriptions()
    subscription = created.id
    assert isinstance(subscription, int)
    await octo.subscriptions.update_subscription(subscription, url_query=HOOK_URL + "/v2")

    base = today + dt.timedelta(days=20)
    ids = []
    for n in range(5):
        await octo.reservations.create_single_reservation(
            PROPERTY, body=_reservation(double, base + dt.timedelta(days=n), 2, f"CONF-{n}"))
        response = last_response()
        assert response is not None
        ids.append(int(response.http.json()["id"]))
    await octo.reservations.find_reservation(PROPERTY, ids[0])
    listed_ids = [r.id async for r in paginate(
        octo.reservations.find_reservations, PROPERTY, type_=FindReservationsType.CHECKIN,
        start_date=base, end_date=base + dt.timedelta(days=4), page_size=2)]
    assert sorted(listed_ids) == sorted(ids)
    await octo.reservations.find_reservations(PROPERTY, status=FindReservationsStatus.CONFIRMED,
                                              refer="CONF-1", sort_by="checkin.desc")
    # `fields` trims each reservation to the named fields, required ones included: what came
    # back reads as typed values, a field left out raises when read.
    trimmed = await octo.reservations.find_reservations(
        PROPERTY, ids=ids[:2], fields="id,refer,status")
    assert sorted(r.id for r in trimmed.data) == sorted(ids[:2])
    with pytest.raises(ResponseFieldError, match="missing key 'checkin'"):
        trimmed.data[0].checkin  # noqa: B018
    patch = _reservation(double, base, 2, "CONF-0-PATCHED", gross=320.0)
    patch.private_notes = "late arrival"
    await octo.reservations.patch_reservation(PROPERTY, ids[0], body=patch)
    await octo.reservations.update_reservation(
        PROPERTY, ids[1], body=_reservation(double, base + dt.timedelta(days=1), 3, "CONF-1-PUT"))
    await octo.reservations.delete_reservation(PROPERTY, ids[0])
    await octo.reservations.find_reservations(PROPERTY, status=FindReservationsStatus.CANCELLED)

    await octo.subscriptions.delete_subscription(subscription)
    await octo.user.info()
    await octo.api_configuration.get_configuration()
    await octo.api_configuration.post_configuration(body=ApiConfigurationRequest.from_dict({}))

    # A grant recorded from a refresh token: its first use goes through /identity/refresh.
    await octo.add_refresh_token(state.issue_refresh_token((OTHER_PROPERTY,)), [OTHER_PROPERTY])
    await octo.reservations.find_reservations(OTHER_PROPERTY)
    await octo.migrate_api_key(state.config.legacy_api_key, OTHER_PROPERTY)


async def drive_every_operation(doc: dict[str, Any], octo: Octorate, capture: Capture,
                                skip: set[str]) -> dict[str, str]:
    """Call each operation not in ``skip`` once; return the SDK errors by operationId.

    Also checks that each request is attributed to the operation that sent it.
    """
    attribute = {package: attr for attr, (package, _) in RESOURCES.items()}
    errors: dict[str, str] = {}
    for op_id, route in sorted(ROUTES.items()):
        if op_id in skip:
            continue
        method = getattr(getattr(octo, attribute[route.package]), route.module)
        kwargs = build_arguments(doc, route, method)
        for name in PROPERTY_ARGS:
            if name in kwargs:
                kwargs[name] = PROPERTY
        before = len(capture.exchanges)
        try:
            await method(**kwargs)
        except Exception as exc:  # reported per operation
            errors[op_id] = f"{type(exc).__name__}: {str(exc)[:200]}"
        sent = {operation_of(e.method, e.path) for e in capture.exchanges[before:]}
        assert sent == {op_id}, f"{op_id} sent requests matched to {sent}"
    return errors


def _lines(found: dict[str, list[Any]]) -> str:
    return "\n".join(f"  {key}: {message} (x{count})"
                     for key, (message, count) in sorted(found.items()))


def _operations_with_success(report: Report) -> set[str]:
    return {op for op, statuses in report.answered.items() if any(s < 400 for s in statuses)}


async def test_sandbox_responses_conform_to_the_patched_spec(
    patched_doc: dict[str, Any],
) -> None:
    app = create_app(SandboxConfig(
        clock=ManualClock(), quota_limit=100_000,
        webhook_transport=httpx.MockTransport(lambda request: httpx.Response(200))))
    state: SandboxState = app.state.sandbox
    capture = Capture(httpx.ASGITransport(app=app))
    report = Report(patched_doc, Checker(patched_doc))
    with anyio.fail_after(TEST_TIMEOUT):
        async with Octorate(state.config.client_id, state.config.client_secret,
                            base_url=BASE_URL, transport=capture, rate_limiter=None,
                            max_retries=0, redirect_uri=REDIRECT_URI) as octo:
            await drive_stateful(app, state, octo)
            stateful = len(capture.exchanges)
            for exchange in capture.exchanges:
                report.exchange(exchange)
            covered = _operations_with_success(report)
            errors = await drive_every_operation(patched_doc, octo, capture, covered)
            for exchange in capture.exchanges[stateful:]:
                report.exchange(exchange)
        await state.deliveries.wait_idle()

    succeeded = _operations_with_success(report)
    unexpected = {k: v for k, v in report.findings.items() if k not in KNOWN_NONCONFORMING}
    fixed = sorted(set(KNOWN_NONCONFORMING) - set(report.findings))
    text = _lines(report.findings)
    print(f"\nresponses {report.responses} ({stateful} stateful), operations answered "
          f"{len(report.answered)}/{len(ROUTES)}, with a 2xx/3xx {len(succeeded)}, "
          f"bodies validated {sum(report.validated.values())} over {len(report.validated)} "
          f"operations ({sum(report.schema_checked.values())} against a schema, over "
          f"{len(report.schema_checked)} operations), date-times parsed "
          f"{report.checker.date_times}, "
          f"nonconforming {len(report.findings)} (known {len(KNOWN_NONCONFORMING)})")
    print(text)
    print(f"advisories (writeOnly in responses):\n{_lines(report.advisories)}")
    print("bodies where none is declared:", sorted(report.undeclared_bodies))
    print("JSON declared without a schema:", sorted(report.schemaless))
    print("not operations of the document:", sorted(set(report.unmatched)))
    print("SDK errors:", json.dumps(errors, indent=1))
    assert len(ROUTES) == 202
    assert succeeded == set(ROUTES), sorted(set(ROUTES) - succeeded)
    assert not report.disagreements, report.disagreements
    assert not unexpected, text
    assert not fixed, f"no longer nonconforming, drop from KNOWN_NONCONFORMING: {fixed}"


def test_checker_reports_json_paths(patched_doc: dict[str, Any]) -> None:
    """The checker finds what it should, where it should, so zero findings means something."""
    checker = Checker(patched_doc)
    schema = {"type": "object", "required": ["id"], "properties": {
        "id": {"type": "integer", "format": "int32"},
        "days": {"type": "array", "items": {"type": "object", "properties": {
            "date": {"type": "string", "format": "date-time"},
            "kind": {"type": "string", "enum": ["A", "B"]}}}}}}
    good = {"id": 1, "days": [{"date": "2026-01-02T00:00:00Z[UTC]", "kind": "A"}]}
    assert checker.check(good, schema) == []
    bad = {"days": [{"date": "2026-01-02T00:00:00Z[UTC]"},
                    {"date": "tomorrow", "kind": "C"}]}
    found = {(v.path, v.core) for v in checker.check(bad, schema)}
    assert found == {("$", True), ("$.days[1].date", True), ("$.days[1].date", False),
                     ("$.days[1].kind", True)}
    assert not is_valid(patched_doc, bad, schema)
    ref = {"$ref": "#/components/schemas/ApiReservationRespDTO"}
    assert {v.path for v in checker.check({"id": "x"}, ref)} == {"$", "$.id"}
