"""Stateful handlers for the endpoints integrations actually use."""

from __future__ import annotations

import copy
import datetime as dt
import math
import re
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import attrs
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response

from octorate.sandbox._responses import (
    Context,
    SandboxError,
    json_response,
    nested_error,
    not_found,
    params_error,
    validation_error,
)
from octorate.sandbox._state import CHANNELS, EVENT_TYPES, SandboxState
from octorate.sandbox._util import format_datetime, local_date, parse_date, parse_datetime

__all__ = ["HANDLERS", "Handler", "authorize_page"]

HandlerFunc = Callable[[Context], Awaitable[Response]]


@attrs.frozen
class Handler:
    """A stateful operation: its function, auth override and optional pre-quota hook."""

    func: HandlerFunc
    auth: str | None = None
    prepare: HandlerFunc | None = None


HANDLERS: dict[str, Handler] = {}


def _route(key: str, *, auth: str | None = None,
           prepare: HandlerFunc | None = None) -> Callable[[HandlerFunc], HandlerFunc]:
    def register(func: HandlerFunc) -> HandlerFunc:
        HANDLERS[key] = Handler(func, auth, prepare)
        return func
    return register


def _fields(obj: dict[str, Any], fields: str | None) -> dict[str, Any]:
    """Apply Octorate's first-level ``fields=a,b,c`` filter."""
    if not fields:
        return obj
    wanted = {f.strip() for f in fields.split(",") if f.strip()}
    return {k: v for k, v in obj.items() if k in wanted}


def _page(ctx: Context, default_size: int, max_size: int) -> tuple[int, int]:
    size = ctx.query_int("size", default_size)
    page = ctx.query_int("page", 0)
    assert size is not None
    assert page is not None
    if size < 1 or size > max_size:
        msg = "errPageSize"
        raise params_error(msg, [nested_error("size", f"size must be between 1 and {max_size}")],
                           element="size")
    if page < 0:
        msg = "errPage"
        raise params_error(msg, [nested_error("page", "page is 0-based and not negative")],
                           element="page")
    return size, page


def _paged(items: list[Any], size: int, page: int) -> dict[str, Any]:
    total_pages = math.ceil(len(items) / size) if items else 0
    return {"data": items[page * size:(page + 1) * size],
            "page": {"page": page, "totalPages": total_pages}}


async def _client_form(ctx: Context) -> tuple[Any, SandboxState]:
    form = await ctx.form()
    state = ctx.state
    client_id, secret = form.get("client_id"), form.get("client_secret")
    missing = [name for name in ("client_id",) if not form.get(name)]
    if missing:
        msg = "Missing parameters"
        raise params_error(msg, [nested_error(n, "errRequired") for n in missing])
    if client_id != state.config.client_id or (
        secret != state.config.client_secret and not form.get("code_challenge")
    ):
        msg = "errInvalidClientCredentials"
        raise SandboxError(403, "ApiSecurityException", msg, element="client_id")
    return form, state


# -- identity ---------------------------------------------------------------------------


@_route("POST /rest/v1/identity/apilogin", auth="none")
async def apilogin(ctx: Context) -> Response:
    """ApiOperations token (client credentials); no refresh token."""
    _form, state = await _client_form(ctx)
    token = state.issue_token("api", ())
    return json_response(state.token_payload(token))


@_route("POST /rest/v1/identity/token", auth="none")
async def token(ctx: Context) -> Response:
    """Exchange a one-shot authorization code for access + refresh tokens."""
    form = await ctx.form()
    required = ("client_id", "code", "grant_type", "redirect_uri")
    missing = [n for n in required if not form.get(n)]
    if not form.get("client_secret") and not form.get("code_challenge"):
        missing.append("client_secret")
    if missing:
        msg = "Missing parameters"
        raise params_error(msg, [nested_error(n, "errRequired") for n in missing])
    # The documented literal is "code"; clients seen in the wild send authorization_code.
    if form.get("grant_type") not in ("code", "authorization_code"):
        msg = "Invalid grant_type"
        raise params_error(msg, [nested_error("grant_type", "errInvalidGrantType")],
                           element="grant_type")
    form, state = await _client_form(ctx)
    code = state.codes.get(str(form.get("code")))
    if (code is None or code.used or code.expires_at <= state.now()
            or code.client_id != form.get("client_id")
            or code.redirect_uri != form.get("redirect_uri")):
        msg = "errInvalidCode"
        raise SandboxError(403, "ApiSecurityException", msg, element="code")
    code.used = True
    access = state.issue_token("oauth", code.accommodations, client_id=code.client_id)
    refresh = state.issue_refresh_token(code.accommodations, code.client_id)
    return json_response(state.token_payload(access, refresh))


@_route("POST /rest/v1/identity/refresh", auth="none")
async def refresh(ctx: Context) -> Response:
    """New access token from a refresh token (the refresh token is not rotated)."""
    form, state = await _client_form(ctx)
    value = form.get("refresh_token")
    if not value:
        msg = "Missing parameters"
        raise params_error(msg, [nested_error("refresh_token", "errRequired")])
    grant = state.refresh_tokens.get(str(value))
    if grant is None or grant.client_id != form.get("client_id"):
        msg = "errInvalidRefreshToken"
        raise SandboxError(403, "ApiSecurityException", msg, element="refresh_token")
    access = state.issue_token("oauth", grant.accommodations, client_id=grant.client_id)
    return json_response(state.token_payload(access))


@_route("POST /rest/v1/identity/migrate", auth="key")
async def migrate(ctx: Context) -> Response:
    """Swap the legacy API key for one property's tokens; once per property."""
    state = ctx.state
    form = await ctx.form()
    acc = str(form.get("accommodation") or "")
    if not acc:
        msg = "Missing parameters"
        raise params_error(msg, [nested_error("accommodation", "errRequired")])
    if acc not in state.config.accommodation_ids:
        msg = "errNoResourcesForIdentity"
        raise SandboxError(403, "ApiSecurityException", msg, element=acc)
    marker = (state.config.legacy_api_key, acc)
    if marker in state.migrated:
        raise validation_error([nested_error("accommodation", "errAlreadyMigrated",
                                             "ApiValidationFailed")])
    state.migrated.add(marker)
    access = state.issue_token("oauth", (acc,))
    return json_response(state.token_payload(access, state.issue_refresh_token((acc,))))


async def authorize_page(request: Request) -> Response:
    """``/octobook/identity/oauth.xhtml``: grant at once and redirect with a code."""
    state: SandboxState = request.app.state.sandbox
    client_id = request.query_params.get("client_id")
    redirect_uri = request.query_params.get("redirect_uri")
    if client_id != state.config.client_id:
        return PlainTextResponse("Unknown client_id", 400)
    if not redirect_uri or not redirect_uri.startswith(("http://", "https://")):
        return PlainTextResponse("Missing or invalid redirect_uri", 400)
    allowed = state.config.redirect_uris
    if allowed is not None and redirect_uri not in allowed:
        return PlainTextResponse("redirect_uri is not whitelisted", 400)
    code = state.issue_code(client_id, redirect_uri)
    parts = urlsplit(redirect_uri)
    query = [*parse_qsl(parts.query, keep_blank_values=True), ("code", code)]
    if request.query_params.get("state") is not None:
        query.append(("state", request.query_params["state"]))
    return RedirectResponse(urlunsplit(parts._replace(query=urlencode(query))), 302)


# -- accommodations -----------------------------------------------------------------------


def _visible(ctx: Context) -> set[str]:
    assert ctx.token is not None
    if ctx.token.kind == "api":
        return set(ctx.state.member_accommodations)
    return set(ctx.token.accommodations) & set(ctx.state.accommodations)


@_route("GET /rest/v1/accommodation", auth="any")
async def list_accommodations(ctx: Context) -> Response:
    """Bare array of the properties the token can see (facts §2.1)."""
    state = ctx.state
    name = (ctx.query.get("name") or "").lower()
    mail = ctx.query.get("mail")
    page = ctx.query_int("page", 0) or 0
    items = [state.accommodations[a] for a in sorted(_visible(ctx))]
    items = [a for a in items if name in a["name"].lower()
             and (not mail or a["contact"]["email"] == mail)]
    size = 50
    return json_response(copy.deepcopy(items[page * size:(page + 1) * size]))


@_route("GET /rest/v1/accommodation/{accommodation}")
async def get_accommodation(ctx: Context) -> Response:
    """One ``ApiAccommodationDTO``."""
    acc = ctx.state.accommodations[ctx.params["accommodation"]]
    return json_response(_fields(copy.deepcopy(acc), ctx.query.get("fields")))


@_route("POST /rest/v2/accommodation", auth="api")
async def create_accommodation(ctx: Context) -> Response:
    """Create a property; answer ``{status, id, refresh_token}``."""
    state = ctx.state
    body = await ctx.json()
    if not isinstance(body, dict):
        msg = "A JSON object is expected"
        raise params_error(msg)
    missing = [n for n in ("name", "email", "givenName", "familyName") if not body.get(n)]
    if missing:
        msg = "Missing parameters"
        raise params_error(msg, [nested_error(n, "errRequired") for n in missing],
                           element="Accommodation")
    network_name = body.get("network_name") or body.get("networkName")
    network: list[str] = []
    if network_name:
        roots = [a for a in sorted(state.member_accommodations)
                 if state.accommodations[a]["name"] == network_name]
        if not roots:
            msg = "Master account not found or invalid"
            raise SandboxError(400, "ApiParamsExemption", msg, element="$.networkName")
        root = state.accommodations[roots[0]]["networkInfo"]["accessNetwork"]
        network = sorted(a for a in state.member_accommodations
                         if state.accommodations[a]["networkInfo"]["accessNetwork"] == root)
    if not body.get("accept_duplicates", False):
        for acc_id in sorted(state.member_accommodations):
            if state.accommodations[acc_id]["contact"]["email"] == body["email"]:
                return json_response({"status": "existing", "id": acc_id}, 412)
    acc = state.create_accommodation(body)
    if network:
        acc["networkInfo"].update(accessNetwork=network[0], accessRoot=False)
        props = [*network, acc["id"]]
        return json_response({"status": "created", "id": acc["id"],
                              "refresh_token": state.issue_refresh_token(props),
                              "refresh_properties": props})
    return json_response({"status": "CREATED_ACCOMMODATION", "id": acc["id"],
                          "refresh_token": state.issue_refresh_token((acc["id"],))})


# -- products -------------------------------------------------------------------------------


async def _list_products(ctx: Context) -> Response:
    state = ctx.state
    ids = set(ctx.query_ints("ids[]"))
    size, page = _page(ctx, 50, state.config.list_max_page_size)
    items = [state.public_product(p) for p in state.products_of(ctx.params["accommodation"])
             if not ids or p["id"] in ids]
    items = [_fields(p, ctx.query.get("fields")) for p in items]
    # A bare array, as the document declares and R1 observed (facts §2.1); `page`/`size`
    # still select the slice.
    return json_response(items[page * size : (page + 1) * size])


_route("GET /rest/v3/roomrates/{accommodation}")(_list_products)
_route("GET /rest/v2/roomrates/{accommodation}")(_list_products)


@_route("GET /rest/v1/roomrates/{accommodation}/{roomid}")
async def get_product(ctx: Context) -> Response:
    """One product (``ApiRoomDTO``)."""
    product = ctx.state.products.get(ctx.int_param("roomid"))
    if product is None or product["accommodationId"] != ctx.params["accommodation"]:
        raise not_found("Product", "errProductNotFound")
    return json_response(ctx.state.public_product(product))


# -- calendar ---------------------------------------------------------------------------------


@_route("GET /rest/v1/calendar/{accommodation}")
async def read_calendar(ctx: Context) -> Response:
    """Products with one ``ApiCalendarDay`` per date; ``size`` counts products."""
    state = ctx.state
    nested = []
    date_from = parse_date(ctx.query.get("dateFrom"))
    date_to = parse_date(ctx.query.get("dateTo"))
    for name, value in (("dateFrom", date_from), ("dateTo", date_to)):
        if value is None:
            nested.append(nested_error(name, "errInvalidDate: expected yyyy-MM-dd"))
    if nested:
        msg = "Invalid parameters"
        raise params_error(msg, nested)
    assert date_from is not None
    assert date_to is not None
    if date_to < date_from:
        msg = "errDateRange"
        raise params_error(msg, [nested_error("dateTo", "dateTo is before dateFrom")])
    size, page = _page(ctx, 20, state.config.calendar_max_page_size)
    wanted = set(ctx.query_ints("product[]"))
    products = [p for p in state.products_of(ctx.params["accommodation"])
                if p.get("calendar", True) and (not wanted or p["id"] in wanted)]
    days = [date_from + dt.timedelta(days=n) for n in range((date_to - date_from).days + 1)]
    chunk = products[page * size:(page + 1) * size]
    data = [{"id": p["id"], "name": p["name"],
             "days": [state.calendar_day(p["id"], d) for d in days]} for p in chunk]
    total_pages = math.ceil(len(products) / size) if products else 0
    return json_response({"data": data, "page": {"page": page, "totalPages": total_pages}})


_BULK_TYPES: dict[str, tuple[type, ...]] = {
    "availability": (int,), "price": (int, float), "minstay": (int,), "maxstay": (int,),
    "stopSells": (bool,), "closeToArrival": (bool,), "closeToDeparture": (bool,),
    "cutOffDays": (int,),
}


async def _prepare_bulk(ctx: Context) -> Response:
    """Validate the bulk body and find its property before the quota is charged."""
    state = ctx.state
    body = await ctx.json()
    if not isinstance(body, list) or not body:
        msg = "A non-empty JSON array of CalendarBulkRequest is expected"
        raise params_error(msg)
    nested: list[dict[str, Any]] = []
    items: list[tuple[int, dt.date, dt.date]] = []
    for index, item in enumerate(body):
        where = f"$[{index}]"
        if not isinstance(item, dict):
            nested.append(nested_error(where, "errInvalidObject"))
            continue
        room = item.get("room")
        first, last = parse_date(item.get("dateFrom")), parse_date(item.get("dateTo"))
        values = item.get("values")
        if not isinstance(room, int) or isinstance(room, bool) or room not in state.products:
            nested.append(nested_error(f"{where}.room", "errProductNotFound"))
        if first is None:
            nested.append(nested_error(f"{where}.dateFrom", "errInvalidDate"))
        if last is None:
            nested.append(nested_error(f"{where}.dateTo", "errInvalidDate"))
        if first and last and last < first:
            nested.append(nested_error(f"{where}.dateTo", "dateTo is before dateFrom"))
        if not isinstance(values, dict) or not values:
            nested.append(nested_error(f"{where}.values", "errRequired"))
            continue
        for key, value in values.items():
            types = _BULK_TYPES.get(key)
            if types is None:
                nested.append(nested_error(f"{where}.values.{key}", "errUnknownField"))
            elif value is not None and (
                not isinstance(value, types) or (bool not in types and isinstance(value, bool))
            ):
                nested.append(nested_error(f"{where}.values.{key}", "errInvalidType"))
            elif isinstance(value, int | float) and not isinstance(value, bool) and value < 0:
                nested.append(nested_error(f"{where}.values.{key}", "errNegative"))
        if isinstance(room, int) and first is not None and last is not None:
            items.append((room, first, last))
    if nested:
        msg = "Invalid parameters"
        raise params_error(msg, nested, element="CalendarBulkRequest")
    assert ctx.token is not None
    accommodations = []
    for room, _first, _last in items:
        acc = state.products[room]["accommodationId"]
        if ctx.token.kind == "api" or acc not in ctx.token.accommodations:
            msg = "errNoResourcesForIdentity"
            raise SandboxError(403, "ApiSecurityException", msg)
        if acc not in accommodations:
            accommodations.append(acc)
    ctx.accommodation = accommodations[0]
    room_days = sum((last - first).days + 1 for _, first, last in items)
    ctx.extra_cost = room_days // 15
    return Response(status_code=204)


def _group_days(state: SandboxState, pid: int, days: list[dt.date]) -> list[dict[str, Any]]:
    """Webhook form: dates sharing identical values are listed together under ``days``."""
    groups: dict[tuple[Any, ...], dict[str, Any]] = {}
    keys = ("availability", "closeToArrival", "closeToDeparture", "cutOffDays", "maxStay",
            "minStay", "price", "stopSells")
    for day in sorted(set(days)):
        values = state.calendar_day(pid, day)
        signature = tuple(values[k] for k in keys)
        group = groups.setdefault(signature, {**{k: values[k] for k in keys}, "days": []})
        group["days"].append(day.isoformat())
    return [{k: g[k] for k in sorted(g)} for g in groups.values()]


@_route("POST /rest/v1/calendar/bulk", prepare=_prepare_bulk)
async def calendar_bulk(ctx: Context) -> Response:
    """Apply ``CalendarBulkValues``; charge one extra quota unit per 15 room-days."""
    state = ctx.state
    body = await ctx.json()
    touched: dict[str, dict[int, list[dt.date]]] = {}
    for item in body:
        first, last = parse_date(item["dateFrom"]), parse_date(item["dateTo"])
        assert first is not None
        assert last is not None
        pid = int(item["room"])
        dates = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
        for day in dates:
            state.apply_bulk_values(pid, day, item["values"])
        acc = state.products[pid]["accommodationId"]
        touched.setdefault(acc, {}).setdefault(pid, []).extend(dates)
        # Derived products that follow this one change too.
        for other in state.products_of(acc):
            rule = other.get("derivedRule") or {}
            if rule.get("parent") == pid:
                touched[acc].setdefault(other["id"], []).extend(dates)
    process = state.next_process_id()
    state.processes.append({"id": process, "request": copy.deepcopy(body),
                            "createTime": state.now_text()})
    for acc, products in touched.items():
        content = {"data": [{"id": pid, "name": state.products[pid]["name"],
                             "days": _group_days(state, pid, dates)}
                            for pid, dates in sorted(products.items())]}
        state.emit("PORTAL_SUBSCRIPTION_CALENDAR", acc, content)
    return json_response({"process": [process], "success": True})


# -- reservations --------------------------------------------------------------------------------

_REQUIRED = ("channelId", "checkin", "checkout", "createTime", "guests", "product", "refer",
             "roomGross", "totalChildren", "totalGuest", "totalInfants", "updateTime")
_GUEST_REQUIRED = ("checkin", "checkout", "familyName", "givenName", "sex", "type")
_WRITABLE = frozenset((
    "status", "refer", "guests", "privateNotes", "roomCode", "channelRefer", "channelId",
    "product", "pmsProduct", "checkin", "checkout", "effectiveCheckin", "effectiveCheckout",
    "createTime", "updateTime", "roomGross", "totalGuest", "totalChildren", "totalInfants",
    "channelNotes", "metaData", "guest", "externalRefer", "reservationExternal", "api", "zip",
    "totalPaid", "cleaningFee", "place", "city", "address", "country", "cityTaxExemption",
    "cityTaxPrice", "draft", "validated", "validatedDate", "internalId", "externalId",
    "systemGenerated", "taxIncluded", "notRefundable", "loyaltyDiscount", "externalDiscountId",
    "extraIncluded", "internalRate", "cityTaxAmountInPayment", "companyCollect", "daily", "json",
    "streamFromAccommodation", "related", "streamCard", "cityTaxZero", "propertyReference",
    "octorateId", "pushImportId", "cancelPenality", "paymentMode", "connectionId", "count",
    "currency", "extra", "groupName", "ratePlanId", "paymentExpiration", "ratePlanVariation",
    "houseKeepingNotes", "tagLabel", "agencyId", "invoiceHolderId", "noteTime", "purpose",
    "roomLocked", "checkinClerk", "checkoutClerk", "housekeeperClerk", "deposit",
    "technicalCreditCardChange", "reservationSplitStream", "groupNotes", "flight",
    "policeGuests", "color", "groupId", "completed",
))
_DATETIMES = ("checkin", "checkout", "createTime", "updateTime", "effectiveCheckin",
              "effectiveCheckout")
_INTS = ("channelId", "product", "totalChildren", "totalGuest", "totalInfants", "pmsProduct")
_STATUSES = ("CANCELLED", "WAITING", "CONFIRMED")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_reservation(state: SandboxState, acc: str, body: dict[str, Any], *,
                       partial: bool) -> None:
    """Raise 400 ``ApiParamsExemption`` (missing/mistyped) or ``ApiValidationFailed``."""
    strict = state.config.strict_reservations
    required = _REQUIRED if strict else ("checkin", "checkout", "product")
    if not partial:
        missing = [n for n in required if body.get(n) in (None, "")]
        if missing:
            msg = "Missing required parameters"
            raise params_error(msg, [nested_error(n, "errRequired") for n in missing],
                               element="Reservation")
    nested = []
    for name in _INTS:
        if name in body and body[name] is not None and not _is_int(body[name]):
            nested.append(nested_error(name, "errInvalidNumber"))
    if "roomGross" in body and (not isinstance(body["roomGross"], int | float)
                                or isinstance(body["roomGross"], bool)):
        nested.append(nested_error("roomGross", "errInvalidNumber"))
    for name in _DATETIMES:
        if body.get(name) is not None and parse_datetime(body[name]) is None:
            nested.append(nested_error(name, "errInvalidDate"))
    if "guests" in body and not isinstance(body["guests"], list):
        nested.append(nested_error("guests", "errInvalidArray"))
    if "status" in body and body["status"] not in _STATUSES:
        nested.append(nested_error("status", f"errInvalidEnum: one of {', '.join(_STATUSES)}"))
    if nested:
        msg = "Invalid parameters"
        raise params_error(msg, nested, element="Reservation")
    problems = []
    refer = body.get("refer")
    if refer is not None and len(str(refer)) > 25:
        problems.append(nested_error(
            "refer", f"Length is greater than allowable maximum of '25' "
            f"(You have submitted: {len(str(refer))})", "RejectLenght", "Refer"))
    product = body.get("product")
    if product is not None and (product not in state.products
                                or state.products[product]["accommodationId"] != acc):
        problems.append(nested_error("product", "errProductNotFound", "RejectNotFound",
                                     "Product"))
    checkin, checkout = parse_datetime(body.get("checkin")), parse_datetime(body.get("checkout"))
    if checkin and checkout and local_date(checkout) <= local_date(checkin):
        problems.append(nested_error("checkout", "checkout must be after checkin",
                                     "RejectDateRange", "Checkout"))
    for index, guest in enumerate(body.get("guests") or []):
        if not isinstance(guest, dict):
            problems.append(nested_error(f"guests[{index}]", "errInvalidObject",
                                         "RejectInvalid"))
            continue
        if strict:
            for name in _GUEST_REQUIRED:
                if guest.get(name) in (None, ""):
                    problems.append(nested_error(f"guests[{index}].{name}", "errRequired",
                                                 "RejectMissing"))
        if guest.get("type") not in (None, "BOOKER", "GUEST"):
            problems.append(nested_error(f"guests[{index}].type", "errInvalidEnum",
                                         "RejectInvalid"))
        if guest.get("sex") not in (None, "MALE", "FEMALE"):
            problems.append(nested_error(f"guests[{index}].sex", "errInvalidEnum",
                                         "RejectInvalid"))
    if problems:
        raise validation_error(problems)


def _render(state: SandboxState, acc_id: str, body: dict[str, Any],
            previous: dict[str, Any] | None = None) -> dict[str, Any]:
    """Build the stored ``ApiReservationRespDTO`` from writable fields."""
    res: dict[str, Any] = {k: copy.deepcopy(v) for k, v in (previous or {}).items()}
    res.update({k: copy.deepcopy(v) for k, v in body.items() if k in _WRITABLE})
    now = state.now_text()
    res.setdefault("status", "CONFIRMED")
    res.setdefault("channelId", 233)
    res.setdefault("createTime", now)
    res.setdefault("updateTime", now)
    res.setdefault("guests", [])
    res.setdefault("refer", f"SBX{state.now():.0f}"[-12:])
    for name in _DATETIMES:
        parsed = parse_datetime(res.get(name))
        if parsed is not None:
            res[name] = format_datetime(parsed)
    acc = state.accommodations[acc_id]
    product = state.products[int(res["product"])]
    nights = state.nights(res)
    if "roomGross" not in res:
        res["roomGross"] = round(sum(state.calendar_day(product["id"], n)["price"]
                                     for n in nights), 2)
    guests = [g for g in res["guests"] if isinstance(g, dict)]
    res.setdefault("totalGuest", max(1, len(guests)))
    res.setdefault("totalChildren", 0)
    res.setdefault("totalInfants", 0)
    res.setdefault("pmsProduct", 0)
    res.setdefault("currency", acc["currency"])
    for item in res.get("metaData") or []:
        if isinstance(item, dict) and item.get("id") is None:
            item["id"] = state.next_meta_id()
    booker = next((g for g in guests if g.get("type") == "BOOKER"), guests[0] if guests else {})
    gross = float(res["roomGross"])
    per_night = round(gross / len(nights), 2) if nights else gross
    res.update(
        accommodation={"id": acc_id, "name": acc["name"], "currency": acc["currency"],
                       "timeZone": acc["timeZone"]},
        channelName=CHANNELS.get(int(res["channelId"]), f"Channel {res['channelId']}"),
        roomName=product["name"],
        rooms=1,
        guestsList=", ".join(f"{g.get('givenName', '')} {g.get('familyName', '')}".strip()
                             for g in guests),
        guestMailAddress=booker.get("email", ""),
        totalGross=gross,
        freeCancellation=not product.get("notRefundable", False),
        paymentStatus=res.get("paymentStatus", "UNPAID"),
        paymentType=res.get("paymentType", "UNKNOWN"),
        payments=res.get("payments", []),
        touristTax=res.get("touristTax", 0),
        priceBreakdown=[
            *({"day": n.isoformat(), "included": True, "price": per_night,
               "reference": str(product["id"]), "type": "DAILY_ROOM_PRICE"} for n in nights),
            {"included": True, "price": gross, "type": "ROOM_NET"},
            {"included": True, "price": 0.0, "type": "VAT"},
        ],
    )
    return res


def _reservation(ctx: Context) -> dict[str, Any]:
    rid = ctx.int_param("id")
    if (rid not in ctx.state.reservations
            or ctx.state.reservation_accommodation(rid) != ctx.params["accommodation"]):
        raise not_found("Reservation", "errReservationNotFound")
    return ctx.state.reservations[rid]


def _bool_query(ctx: Context, name: str, default: bool) -> bool:
    raw = ctx.query.get(name)
    return default if raw is None else raw.lower() not in ("false", "0", "no")


@_route("POST /rest/v1/reservation/{accommodation}")
async def create_reservation(ctx: Context) -> Response:
    """Create one reservation; ``availability=false`` leaves the calendar alone."""
    acc = ctx.params["accommodation"]
    body = await ctx.json()
    if not isinstance(body, dict):
        msg = "A JSON object is expected"
        raise params_error(msg, element="Reservation")
    _check_reservation(ctx.state, acc, body, partial=False)
    reservation = _render(ctx.state, acc, body)
    ctx.state.store_reservation(acc, reservation,
                                counts=_bool_query(ctx, "availability", True))
    ctx.state.emit("RESERVATION_CREATED", str(reservation["id"]), reservation)
    return json_response(reservation)


@_route("GET /rest/v1/reservation/{accommodation}/{id}")
async def get_reservation(ctx: Context) -> Response:
    """One reservation (deprecated upstream in favour of the list with ``ids[]``)."""
    return json_response(_reservation(ctx))


async def _update(ctx: Context, *, partial: bool) -> Response:
    state = ctx.state
    acc = ctx.params["accommodation"]
    current = _reservation(ctx)
    body = await ctx.json()
    if not isinstance(body, dict):
        msg = "A JSON object is expected"
        raise params_error(msg, element="Reservation")
    _check_reservation(state, acc, body, partial=partial)
    if (partial and current.get("status") == "CONFIRMED"
            and body.get("status") == "CANCELLED"):
        # The spec: CONFIRMED -> CANCELLED is not allowed through PATCH; use DELETE.
        raise validation_error([nested_error("status", "errStatusTransition: use DELETE to "
                                             "cancel a confirmed reservation",
                                             "RejectInvalid", "Status")])
    # PATCH starts from the stored reservation; PUT replaces everything but id/createTime.
    base = current if partial else {"id": current["id"], "createTime": current["createTime"]}
    if partial and isinstance(body.get("metaData"), list):
        known = {m.get("id"): m for m in current.get("metaData") or [] if isinstance(m, dict)}
        merged = [dict(known.get(m.get("id"), {}), **m) if isinstance(m, dict) else m
                  for m in body["metaData"]]
        body = {**body, "metaData": merged}
    if partial and isinstance(body.get("roomCode"), dict):
        body = {**body, "roomCode": {**(current.get("roomCode") or {}), **body["roomCode"]}}
    updated = _render(state, acc, {**body, "updateTime": state.now_text()}, previous=base)
    updated["id"] = current["id"]
    if partial and "roomGross" not in body and ("checkin" in body or "checkout" in body
                                                 or "product" in body):
        updated.pop("roomGross", None)
        updated = _render(state, acc, {}, previous=updated)
    state.replace_reservation(current["id"], updated)
    state.emit("RESERVATION_CHANGE", str(updated["id"]), updated)
    if current.get("status") == "WAITING" and updated.get("status") == "CONFIRMED":
        state.emit("RESERVATION_CONFIRMED", str(updated["id"]), updated)
    return json_response(updated)


@_route("PATCH /rest/v1/reservation/{accommodation}/{id}")
async def patch_reservation(ctx: Context) -> Response:
    """Partial update: omitted fields stay as they are."""
    return await _update(ctx, partial=True)


@_route("PUT /rest/v1/reservation/{accommodation}/{id}")
async def put_reservation(ctx: Context) -> Response:
    """Full replacement (validated like a create)."""
    return await _update(ctx, partial=False)


@_route("DELETE /rest/v1/reservation/{accommodation}/{id}")
async def cancel_reservation(ctx: Context) -> Response:
    """Cancel: status CANCELLED, rooms back on sale; answer the reservation."""
    state = ctx.state
    current = _reservation(ctx)
    if current.get("status") == "CANCELLED":
        return json_response(current)
    now = state.now_text()
    updated = {**copy.deepcopy(current), "status": "CANCELLED", "cancelledTime": now,
               "cancelledBy": "accommodation", "updateTime": now}
    state.replace_reservation(current["id"], updated)
    state.emit("RESERVATION_CANCELLED", str(updated["id"]), updated)
    return json_response(updated)


_SORTABLE = ("id", "checkin", "checkout", "createTime", "updateTime", "refer")


def _range_filter(kind: str, start: dt.date | None, end: dt.date | None,
                  today: dt.date) -> Callable[[dict[str, Any]], bool]:
    def day(res: dict[str, Any], name: str) -> dt.date | None:
        parsed = parse_datetime(res.get(name))
        return None if parsed is None else local_date(parsed)

    def within(value: dt.date | None) -> bool:
        return value is not None and (start is None or value >= start) and (
            end is None or value <= end)

    def active(res: dict[str, Any]) -> bool:
        return res.get("status") != "CANCELLED"

    def in_house(res: dict[str, Any], when: dt.date) -> bool:
        ci, co = day(res, "checkin"), day(res, "checkout")
        return active(res) and ci is not None and co is not None and ci <= when < co

    def arrivals(res: dict[str, Any], days: int) -> bool:
        ci = day(res, "checkin")
        return active(res) and ci is not None and today <= ci < today + dt.timedelta(days=days)

    def stay(res: dict[str, Any]) -> bool:
        ci, co = day(res, "checkin"), day(res, "checkout")
        return (ci is not None and co is not None and (end is None or ci <= end)
                and (start is None or co > start))

    recent = today - dt.timedelta(days=3)
    filters: dict[str, Callable[[dict[str, Any]], bool]] = {
        "CHECKIN": lambda r: within(day(r, "checkin")),
        "CHECKOUT": lambda r: within(day(r, "checkout")),
        "CREATETIME": lambda r: within(day(r, "createTime")),
        "MODIFIED_BETWEEN": lambda r: within(day(r, "updateTime")),
        "CANCELLATION": lambda r: within(day(r, "cancelledTime")),
        "STAY": stay,
        "ACTIVE": lambda r: active(r) and (day(r, "checkout") or today) >= today,
        "TODAYARRIVALS": lambda r: arrivals(r, 1),
        "TOMORROWARRIVALS": lambda r: active(r) and day(r, "checkin") == today
        + dt.timedelta(days=1),
        "NEXT3ARRIVALS": lambda r: arrivals(r, 3),
        "NEXT7ARRIVALS": lambda r: arrivals(r, 7),
        "TODAYDEPARTURES": lambda r: active(r) and day(r, "checkout") == today,
        "IN_HOUSE": lambda r: in_house(r, today),
        "MODIFIED": lambda r: (day(r, "updateTime") or dt.date.min) >= recent,
        "NEWLY": lambda r: (day(r, "createTime") or dt.date.min) >= recent,
        "NO_CHECKOUT": lambda r: (active(r) and (day(r, "checkout") or today) <= today
                                  and not r.get("effectiveCheckout")),
    }
    return filters[kind]


_LIST_STATUSES = ("CANCELLED", "WAITING", "CONFIRMED", "ACTIVE", "NOROOM", "COMPLETED",
                  "NOCOMPLETED", "NEWMESSAGE", "EXPIREDMESSAGE", "PROPOSAL", "PROPOSAL_EXPIRED",
                  "NOT_INVOICED", "DEPOSIT_NOT_MANAGED", "DEPOSIT_IN_WAITING", "TO_REVIEW")
_TYPES = ("ACTIVE", "CHECKIN", "CHECKOUT", "CREATETIME", "TODAYARRIVALS", "TOMORROWARRIVALS",
          "NEXT3ARRIVALS", "NEXT7ARRIVALS", "TODAYDEPARTURES", "MODIFIED", "MODIFIED_BETWEEN",
          "NEWLY", "STAY", "IN_HOUSE", "NO_CHECKOUT", "CANCELLATION")


@_route("GET /rest/v1/reservation/{accommodation}")
async def list_reservations(ctx: Context) -> Response:
    """Filtered, sorted, paged ``{data, page}`` list."""
    state = ctx.state
    acc = ctx.params["accommodation"]
    nested = []
    start_raw, end_raw = ctx.query.get("startDate"), ctx.query.get("endDate")
    start, end = parse_date(start_raw), parse_date(end_raw)
    if start_raw and start is None:
        nested.append(nested_error("startDate", "errInvalidDate: expected yyyy-MM-dd"))
    if end_raw and end is None:
        nested.append(nested_error("endDate", "errInvalidDate: expected yyyy-MM-dd"))
    kind = ctx.query.get("type") or ("CHECKIN" if start or end else None)
    if kind is not None and kind not in _TYPES:
        nested.append(nested_error("type", "errInvalidEnum"))
    status = ctx.query.get("status")
    if status is not None and status not in _LIST_STATUSES:
        nested.append(nested_error("status", "errInvalidEnum"))
    sort_by = ctx.query.get("sortBy") or "checkin.asc"
    sort_field, _, direction = sort_by.partition(".")
    if sort_field not in _SORTABLE or direction not in ("", "asc", "desc"):
        nested.append(nested_error("sortBy", f"errInvalidSort: field.asc|desc, field in "
                                   f"{', '.join(_SORTABLE)}"))
    if nested:
        msg = "Invalid parameters"
        raise params_error(msg, nested)
    size, page = _page(ctx, 100, state.config.list_max_page_size)
    ids = set(ctx.query_ints("ids[]"))
    products = set(ctx.query_ints("products[]"))
    product = ctx.query_int("product")
    if product is not None:
        products.add(product)
    refer = ctx.query.get("refer")
    items = [r for rid, r in state.reservations.items()
             if state.reservation_accommodation(rid) == acc]
    if ids:
        items = [r for r in items if r["id"] in ids]
    if products:
        items = [r for r in items if r.get("product") in products]
    if refer:
        items = [r for r in items if r.get("refer") == refer]
    if status == "ACTIVE":
        items = [r for r in items if r.get("status") in ("CONFIRMED", "WAITING")]
    elif status in _STATUSES:
        items = [r for r in items if r.get("status") == status]
    elif status is not None:
        items = []  # statuses the sandbox does not model match nothing
    if kind is not None:
        keep = _range_filter(kind, start, end, state.today())
        items = [r for r in items if keep(r)]

    def sort_key(res: dict[str, Any]) -> tuple[Any, int]:
        value = res.get(sort_field)
        if sort_field in _DATETIMES:
            value = parse_datetime(value) or dt.datetime.min.replace(tzinfo=dt.UTC)
        return (value if value is not None else "", res["id"])

    items.sort(key=sort_key, reverse=direction == "desc")
    fields = ctx.query.get("fields")
    return json_response(_paged([_fields(copy.deepcopy(r), fields) for r in items], size, page))


# -- webhook subscriptions ---------------------------------------------------------------------


@_route("GET /rest/v1/subscription", auth="any")
async def list_subscriptions(ctx: Context) -> Response:
    """The API member's subscriptions (bare array; the spec gives no schema)."""
    return json_response([dict(s) for _, s in sorted(ctx.state.subscriptions.items())])


@_route("GET /rest/v1/subscription/list", auth="any")
async def list_event_types(ctx: Context) -> Response:
    """The event types one can subscribe to."""
    return json_response(list(EVENT_TYPES))


_URL_RE = re.compile(r"^https?://[^\s/]+")


@_route("POST /rest/v1/subscription/{event}", auth="any")
async def create_subscription(ctx: Context) -> Response:
    """Subscribe a URL (form field ``url``; the query string is accepted too)."""
    state = ctx.state
    event = ctx.params["event"]
    if event not in EVENT_TYPES:
        msg = "Invalid event"
        raise params_error(msg, [nested_error("event", "errInvalidEnum")], element="event")
    form = await ctx.form()
    url = form.get("url") or ctx.query.get("url")
    if not url:
        msg = "Missing parameters"
        raise params_error(msg, [nested_error("url", "errRequired")])
    if not _URL_RE.match(str(url)):
        raise validation_error([nested_error("url", "errInvalidUrl", "RejectInvalid", "Url")])
    same = [s for s in state.subscriptions.values() if s["type"] == event]
    if same:
        # What Octorate answered a member subscribing twice to one type (facts §3.7).
        raise validation_error([nested_error(
            "type", "Length is greater than allowable maximum of '1' (You have submitted: "
            f"{len(same) + 1})", "RejectLenght", "Typology")])
    return json_response(state.add_subscription(event, str(url)))


def _subscription(ctx: Context) -> dict[str, Any]:
    sub = ctx.state.subscriptions.get(ctx.int_param("id"))
    if sub is None:
        raise not_found("WebhookSubscription", "errSubscriptionNotFound")
    return sub


@_route("PUT /rest/v1/subscription/{id}", auth="any")
async def update_subscription(ctx: Context) -> Response:
    """Point a subscription at a new ``url`` (query parameter)."""
    sub = _subscription(ctx)
    url = ctx.query.get("url")
    if not url:
        msg = "Missing parameters"
        raise params_error(msg, [nested_error("url", "errRequired")])
    if not _URL_RE.match(url):
        raise validation_error([nested_error("url", "errInvalidUrl", "RejectInvalid", "Url")])
    sub["endpoint"] = url
    return json_response(dict(sub))


@_route("DELETE /rest/v1/subscription/{id}", auth="any")
async def delete_subscription(ctx: Context) -> Response:
    """Remove a subscription; answer it as it was."""
    sub = _subscription(ctx)
    del ctx.state.subscriptions[sub["id"]]
    return json_response({**sub, "enabled": False})
