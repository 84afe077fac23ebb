"""End to end: the SDK against the sandbox over real HTTP.

Every test serves ``octorate.sandbox.create_app(config)`` with uvicorn on a free
127.0.0.1 port (see ``conftest.py``) and points an ordinary ``Octorate`` client, with its
normal httpx transport, at ``http://127.0.0.1:PORT/connect``. Webhooks go to a second
uvicorn server running ``octorate.webhooks.asgi_receiver``. The sandbox is wrapped in a
``Recorder`` so each test can check what actually crossed the wire (identity calls,
403s, page numbers).

Flows: apilogin and accommodations; the OAuth consent page, redirect and code exchange;
the calendar read page by page; a month of prices pushed with calendar bulk and read back;
a reservation's whole life; webhook subscriptions and typed deliveries; an access token
expiring mid-run (by lifetime and server-side); and quota exhaustion with no limiter, a
limiter matching the server and a limiter more generous than the server.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

import anyio
import attrs
import httpx
import pytest

from octorate import (
    AuthenticationError,
    Limit,
    MemoryRateLimiter,
    Octorate,
    QuotaExceeded,
    RequestOptions,
    StateMismatchError,
    last_response,
    paginate,
)
from octorate._generated.models import (
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
from octorate._generated.models.api_reservation_resp_dto import ApiReservationRespDTO
from octorate.sandbox import SandboxConfig, SandboxState, create_app
from octorate.webhooks import CalendarNotification, EventType, WebhookDelivery, asgi_receiver

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    """asyncio only: every test here serves apps with uvicorn, which runs on asyncio alone."""
    return "asyncio"


PROPERTY = "112696"
REDIRECT_URI = "https://example.com/octorate/callback"
CONSENT_HOST = "https://admin.octorate.com"
#: Upper bound for any single test body (the whole module aims at well under a minute).
TEST_TIMEOUT = 30.0

Serve = Callable[..., AbstractAsyncContextManager[tuple[str, ...]]]
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]],
                   Awaitable[None]]


@attrs.define
class Exchange:
    """One request an app answered."""

    method: str
    path: str
    query: str
    status: int | None = None


class Recorder:
    """ASGI middleware that records ``(method, path, query, status)`` of each HTTP request."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.exchanges: list[Exchange] = []

    async def __call__(self, scope: Scope, receive: Callable[[], Awaitable[Message]],
                       send: Callable[[Message], Awaitable[None]]) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        exchange = Exchange(scope["method"], scope["path"],
                            scope.get("query_string", b"").decode("latin-1"))
        self.exchanges.append(exchange)

        async def recording_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                exchange.status = int(message["status"])
            await send(message)

        await self.app(scope, receive, recording_send)

    def calls(self, method: str, path_suffix: str) -> list[Exchange]:
        """Exchanges with ``method`` whose path ends with ``path_suffix``."""
        return [e for e in self.exchanges if e.method == method and e.path.endswith(path_suffix)]


@attrs.define
class Env:
    """A running sandbox (and optionally a webhook receiver) and what it saw."""

    state: SandboxState
    recorder: Recorder
    root: str
    hook_url: str | None
    received: list[WebhookDelivery]

    @property
    def base_url(self) -> str:
        return f"{self.root}/connect"

    def client(self, **kwargs: Any) -> Octorate:
        kwargs.setdefault("redirect_uri", REDIRECT_URI)
        return Octorate(self.state.config.client_id, self.state.config.client_secret,
                        base_url=self.base_url, **kwargs)

    def statuses(self, method: str, suffix: str) -> list[int | None]:
        return [e.status for e in self.recorder.calls(method, suffix)]


@asynccontextmanager
async def sandbox(serve: Serve, *, webhooks: bool = False,
                  **config: Any) -> AsyncIterator[Env]:
    """Serve a fresh sandbox (plus a webhook receiver when asked) for one test."""
    config.setdefault("webhook_retry_delays", (0.05, 0.1, 0.2))
    config.setdefault("webhook_max_attempts", 5)
    app = create_app(SandboxConfig(**config))
    recorder = Recorder(app)
    received: list[WebhookDelivery] = []

    async def on_delivery(delivery: WebhookDelivery) -> None:
        received.append(delivery)

    apps: list[Any] = [recorder]
    if webhooks:
        apps.append(asgi_receiver(on_delivery))
    with anyio.fail_after(TEST_TIMEOUT):
        async with serve(*apps) as urls:
            hook_url = f"{urls[1]}/hooks/octorate" if webhooks else None
            yield Env(app.state.sandbox, recorder, urls[0], hook_url, received)


async def grant_by_consent(env: Env, octo: Octorate) -> Any:
    """Play the property owner on the sandbox's consent page and exchange the code."""
    url, state = octo.authorization_url()
    assert url.startswith(f"{CONSENT_HOST}/octobook/identity/oauth.xhtml?")
    async with httpx.AsyncClient() as browser:
        answer = await browser.get(url.replace(CONSENT_HOST, env.root))
    assert answer.status_code == 302
    redirect = httpx.URL(answer.headers["location"])
    assert str(redirect.copy_with(query=None)) == REDIRECT_URI
    assert redirect.params["state"] == state
    # default=True: operations that name no property (subscriptions, calendar bulk) use it.
    return await octo.exchange_code(redirect.params["code"], state=redirect.params["state"],
                                    expected_state=state, default=True)


def product_ids(state: SandboxState, acc: str = PROPERTY) -> list[int]:
    return [p["id"] for p in state.products_of(acc)]


def reservation_body(product: int, checkin: dt.date, nights: int, refer: str,
                     gross: float = 300.0) -> ApiReservationReqDTO:
    arrive = dt.datetime.combine(checkin, dt.time(14), dt.UTC)
    leave = dt.datetime.combine(checkin + dt.timedelta(days=nights), dt.time(10), dt.UTC)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    guest = ApiReservationGuestDTO(
        checkin=arrive.date().isoformat(), checkout=leave.date().isoformat(),
        family_name="Rossi", given_name="Anna", sex=ApiReservationGuestDTOSex.FEMALE,
        type_=ApiReservationGuestDTOType.BOOKER)
    return ApiReservationReqDTO(
        channel_id=233, checkin=arrive, checkout=leave, create_time=now, update_time=now,
        guests=[guest], product=product, refer=refer, room_gross=gross,
        total_children=0, total_guest=1, total_infants=0)


async def create_reservation(octo: Octorate, body: ApiReservationReqDTO) -> int:
    await octo.reservations.create_single_reservation(PROPERTY, body=body)
    response = last_response()
    assert response is not None
    assert response.status_code == 200
    # The document declares no response body for this call; the raw response has the id.
    return int(response.http.json()["id"])


# -- identity ------------------------------------------------------------------------------------


async def test_apilogin_and_list_accommodations(serve: Serve) -> None:
    async with sandbox(serve) as env, env.client() as octo:
        check = await octo.validate()
        assert check.ok, check
        assert check.expires_at is not None and check.expires_at > time.time()

        accommodations = await octo.accommodations.retrieve_accommodations()
        assert sorted(str(a.id) for a in accommodations) == ["112696", "112697"]
        assert all(a.name for a in accommodations)
        response = last_response()
        assert response is not None
        assert response.request_id is not None
        assert response.rate_limit_remaining is not None

        # validate() stored the apilogin token: listing reused it, no second login.
        assert octo.tokens.statistics().apilogins == 1
        assert env.statuses("POST", "/identity/apilogin") == [200]
        listing = env.recorder.calls("GET", "/connect/rest/v1/accommodation")
        assert [e.status for e in listing] == [200]


async def test_oauth_consent_redirect_and_code_exchange(serve: Serve) -> None:
    async with sandbox(serve) as env, env.client() as octo:
        url, state = octo.authorization_url()
        async with httpx.AsyncClient() as browser:
            answer = await browser.get(url.replace(CONSENT_HOST, env.root))
        assert answer.status_code == 302
        redirect = httpx.URL(answer.headers["location"])
        assert redirect.host == "example.com"
        assert redirect.params["state"] == state
        code = redirect.params["code"]

        # A callback whose state is not ours is refused before anything is sent.
        sent = len(env.recorder.exchanges)
        with pytest.raises(StateMismatchError):
            await octo.exchange_code(code, state="forged", expected_state=state)
        assert len(env.recorder.exchanges) == sent

        token = await octo.exchange_code(code, state=redirect.params["state"],
                                         expected_state=state)
        assert token.refresh_token
        # The grant's properties were discovered with the new token.
        assert set(token.accommodations) == {"112696", "112697"}
        assert env.statuses("POST", "/identity/token") == [200]

        # The grant works on both properties, with no further identity call.
        for acc in ("112696", "112697"):
            found = await octo.reservations.find_reservations(acc)
            assert found.data == []
        assert octo.tokens.statistics().refreshes == 0

        # Codes are single use.
        with pytest.raises(AuthenticationError, match="errInvalidCode"):
            await octo.exchange_code(code, state=state, expected_state=state)
        assert env.statuses("POST", "/identity/token") == [200, 403]


# -- calendar ------------------------------------------------------------------------------------


async def test_calendar_read_page_by_page(serve: Serve) -> None:
    async with sandbox(serve) as env, env.client() as octo:
        # Five products (three seeded + two added) at two per page: pages 0, 1 and 2.
        env.state.add_product(PROPERTY, "Triple Room", adults=3, quantity=1)
        env.state.add_product(PROPERTY, "Suite", adults=2, quantity=1, base_price=300.0)
        expected = product_ids(env.state)
        assert len(expected) == 5
        await grant_by_consent(env, octo)

        today = env.state.today()
        seen: list[int] = []
        async for room in paginate(octo.calendar.read_calendar, PROPERTY, date_from=today,
                                   date_to=today + dt.timedelta(days=6), page_size=2):
            seen.append(room.id)
            assert len(room.days) == 7
            assert [d.date for d in room.days] == [today + dt.timedelta(days=n)
                                                   for n in range(7)]
            assert all(d.price > 0 for d in room.days)

        assert sorted(seen) == sorted(expected)
        assert len(seen) == len(set(seen))
        pages = [e.query for e in env.recorder.calls("GET", f"/calendar/{PROPERTY}")]
        assert [dict(httpx.QueryParams(q))["page"] for q in pages] == ["0", "1", "2"]
        assert all(dict(httpx.QueryParams(q))["size"] == "2" for q in pages)


async def test_calendar_bulk_month_of_prices(serve: Serve) -> None:
    limiter = MemoryRateLimiter([Limit(100, 300.0)])
    async with sandbox(serve) as env, env.client(rate_limiter=limiter) as octo:
        await grant_by_consent(env, octo)
        double, single, non_refundable = product_ids(env.state)
        today = env.state.today()
        last = today + dt.timedelta(days=29)

        async def month(product: int) -> list[Any]:
            page = await octo.calendar.read_calendar(PROPERTY, product=[product],
                                                     date_from=today, date_to=last, size=1)
            assert len(page.data) == 1
            assert page.data[0].id == product
            return list(page.data[0].days)

        before = await month(double)
        before_derived = await month(non_refundable)
        assert len(before) == 30
        assert not any(d.price == 149.0 for d in before)

        quota_key = f"accommodation:{PROPERTY}"
        used_before = env.state.quota.statistics(quota_key).used
        await octo.calendar.bulk(body=[CalendarBulkRequest(
            room=double, date_from=today, date_to=last,
            values=CalendarBulkValues(price=149.0, minstay=2))])
        response = last_response()
        assert response is not None
        assert response.http.json()["success"] is True
        # 30 room-days cost 30 // 15 = 2 extra units, reported and charged by the sandbox.
        assert response.headers["X-RateLimit-Additional-Cost"] == "2"
        assert env.state.quota.statistics(quota_key).used == used_before + 1 + 2
        assert response.rate_limit_remaining == 100 - (used_before + 3)

        after = await month(double)
        assert [d.date for d in after] == [d.date for d in before]
        assert all(d.price == 149.0 for d in after)
        assert all(d.min_stay == 2 for d in after)
        # The derived non-refundable rate follows its parent (-10 %); the single does not.
        after_derived = await month(non_refundable)
        assert [d.price for d in after_derived] != [d.price for d in before_derived]
        assert all(d.price == pytest.approx(149.0 * 0.9, abs=1) for d in after_derived)
        assert all(d.price != 149.0 for d in await month(single))


async def test_calendar_bulk_cost_charged_to_the_property_key(serve: Serve) -> None:
    """A bulk, and its additional cost, count on ``acc:<id>``, as the server counts them.

    The bulk request names only room ids. With a grant for one property the client keys
    it on that property by itself; with a network grant the caller names the property
    (``RequestOptions(accommodation=...)``). The extra cost is counted once.
    """
    limiter = MemoryRateLimiter([Limit(100, 300.0)])
    async with sandbox(serve) as env, env.client(rate_limiter=limiter) as octo:
        token = env.state.issue_refresh_token((PROPERTY,))
        await octo.add_refresh_token(token, [PROPERTY], default=True)
        double = product_ids(env.state)[0]
        today = env.state.today()
        month = [CalendarBulkRequest(
            room=double, date_from=today, date_to=today + dt.timedelta(days=29),
            values=CalendarBulkValues(price=149.0))]
        await octo.calendar.bulk(body=month)
        assert env.state.quota.statistics(f"accommodation:{PROPERTY}").used == 1 + 2
        assert (await limiter.usage(f"acc:{PROPERTY}")).used == (3,)
        assert (await limiter.usage("member")).used == (0,)

    limiter = MemoryRateLimiter([Limit(100, 300.0)])
    async with sandbox(serve) as env, env.client(rate_limiter=limiter) as octo:
        await _grant_directly(env, octo)  # a grant for both properties
        double = product_ids(env.state)[0]
        today = env.state.today()
        await octo.calendar.bulk(body=[CalendarBulkRequest(
            room=double, date_from=today, date_to=today + dt.timedelta(days=29),
            values=CalendarBulkValues(price=149.0))],
            options=RequestOptions(accommodation=PROPERTY))
        assert (await limiter.usage(f"acc:{PROPERTY}")).used == (3,)
        assert (await limiter.usage("member")).used == (0,)


# -- reservations --------------------------------------------------------------------------------


async def test_reservation_lifecycle(serve: Serve) -> None:
    async with sandbox(serve) as env, env.client() as octo:
        await grant_by_consent(env, octo)
        double = product_ids(env.state)[0]
        base = env.state.today() + dt.timedelta(days=20)

        def availability(day: dt.date) -> int:
            return int(env.state.calendar_day(double, day)["availability"])

        free_before = availability(base)
        # Five reservations arriving on consecutive days, plus one far away.
        ids = [await create_reservation(octo, reservation_body(
            double, base + dt.timedelta(days=n), 2, f"E2E-{n}")) for n in range(5)]
        far = await create_reservation(octo, reservation_body(
            double, base + dt.timedelta(days=60), 1, "E2E-FAR"))
        assert len(set(ids)) == 5
        assert availability(base) == free_before - 1

        got = await octo.reservations.find_reservation(PROPERTY, ids[0])
        assert isinstance(got, ApiReservationRespDTO)
        assert got.id == ids[0]
        assert got.refer == "E2E-0"
        assert got.status == "CONFIRMED"
        assert got.checkin.tzinfo is not None
        assert got.checkin == dt.datetime.combine(base, dt.time(14), dt.UTC)

        # Filtered by check-in window, two per page: 0-based pages 0, 1, 2.
        listed: list[int] = []
        async for item in paginate(octo.reservations.find_reservations, PROPERTY,
                                   type_=FindReservationsType.CHECKIN, start_date=base,
                                   end_date=base + dt.timedelta(days=4), page_size=2):
            listed.append(item.id)
        assert sorted(listed) == sorted(ids)
        assert far not in listed
        queries = [dict(httpx.QueryParams(e.query)) for e in
                   env.recorder.calls("GET", f"/reservation/{PROPERTY}")]
        assert [q["page"] for q in queries] == ["0", "1", "2"]
        assert {(q["type"], q["startDate"], q["endDate"], q["size"]) for q in queries} == {
            ("CHECKIN", base.isoformat(), (base + dt.timedelta(days=4)).isoformat(), "2")}

        narrow = await octo.reservations.find_reservations(
            PROPERTY, type_=FindReservationsType.CHECKIN, start_date=base + dt.timedelta(days=60),
            end_date=base + dt.timedelta(days=60))
        assert [r.id for r in narrow.data] == [far]

        # PATCH with the typed body (the model requires the schema's required fields).
        patch = reservation_body(double, base, 2, "E2E-0-PATCHED", gross=320.0)
        patch.private_notes = "late arrival"
        await octo.reservations.patch_reservation(PROPERTY, ids[0], body=patch)
        patched_response = last_response()
        assert patched_response is not None
        assert patched_response.status_code == 200
        patched = await octo.reservations.find_reservation(PROPERTY, ids[0])
        assert patched.refer == "E2E-0-PATCHED"
        assert patched.private_notes == "late arrival"
        assert patched.room_gross == 320.0
        assert patched.status == "CONFIRMED"
        assert patched.update_time >= got.update_time
        # A truly partial PATCH through the raw escape hatch keeps every field not sent.
        partial = await octo.request("patchReservation",
                                     path_params={"accommodation": PROPERTY, "id": ids[0]},
                                     json_body={"privateNotes": "early arrival"})
        assert partial.status_code == 200
        assert partial.parsed["privateNotes"] == "early arrival"
        again = await octo.reservations.find_reservation(PROPERTY, ids[0])
        assert (again.refer, again.room_gross, again.private_notes) == (
            "E2E-0-PATCHED", 320.0, "early arrival")

        # DELETE cancels: the answer is the reservation, CANCELLED, and the room is free.
        cancelled = await octo.reservations.delete_reservation(PROPERTY, ids[0])
        assert cancelled.id == ids[0]
        assert cancelled.status == "CANCELLED"
        assert availability(base) == free_before
        assert (await octo.reservations.find_reservation(PROPERTY, ids[0])).status == "CANCELLED"
        only_cancelled = await octo.reservations.find_reservations(
            PROPERTY, status=FindReservationsStatus.CANCELLED)
        assert [r.id for r in only_cancelled.data] == [ids[0]]


# -- webhooks ------------------------------------------------------------------------------------


async def test_webhook_subscriptions_and_deliveries(serve: Serve) -> None:
    async with sandbox(serve, webhooks=True) as env, env.client() as octo:
        assert env.hook_url is not None
        await grant_by_consent(env, octo)
        events = ("RESERVATION_CREATED", "RESERVATION_CANCELLED", "PORTAL_SUBSCRIPTION_CALENDAR")
        for event in events:
            subscription = await octo.subscriptions.create_subscription(
                CreateSubscriptionEvent(event), body=CreateSubscriptionBody(url=env.hook_url))
            assert subscription.endpoint == env.hook_url
        # The document gives the list no schema: the raw response has it.
        assert await octo.subscriptions.retrieve_subscriptions() is None
        listing = last_response()
        assert listing is not None
        listed = listing.http.json()
        assert sorted(s["type"] for s in listed) == sorted(events)
        assert {s["endpoint"] for s in listed} == {env.hook_url}

        double, _single, non_refundable = product_ids(env.state)
        checkin = env.state.today() + dt.timedelta(days=15)
        rid = await create_reservation(octo, reservation_body(double, checkin, 3, "E2E-HOOK"))
        await octo.reservations.delete_reservation(PROPERTY, rid)
        await octo.calendar.bulk(body=[CalendarBulkRequest(
            room=double, date_from=checkin, date_to=checkin + dt.timedelta(days=4),
            values=CalendarBulkValues(price=175.0))])

        with anyio.fail_after(10):
            await env.state.deliveries.wait_idle()
        assert [d.outcome for d in env.state.deliveries.deliveries] == ["delivered"] * 3
        assert all(len(d.attempts) == 1 for d in env.state.deliveries.deliveries)

        by_type = {d.type: d for d in env.received}
        assert len(env.received) == 3
        assert set(by_type) == {EventType.RESERVATION_CREATED, EventType.RESERVATION_CANCELLED,
                                EventType.PORTAL_SUBSCRIPTION_CALENDAR}

        created = by_type[EventType.RESERVATION_CREATED]
        assert created.reference == str(rid)
        assert created.retry == 0
        assert created.subscription is not None
        assert created.subscription.endpoint == env.hook_url
        assert isinstance(created.content, ApiReservationRespDTO)
        assert created.content.id == rid
        assert created.content.refer == "E2E-HOOK"
        assert created.content.status == "CONFIRMED"

        cancelled = by_type[EventType.RESERVATION_CANCELLED]
        assert isinstance(cancelled.content, ApiReservationRespDTO)
        assert cancelled.content.id == rid
        assert cancelled.content.status == "CANCELLED"

        calendar = by_type[EventType.PORTAL_SUBSCRIPTION_CALENDAR]
        assert calendar.reference == PROPERTY
        assert isinstance(calendar.content, CalendarNotification)
        days = calendar.content.expand()
        assert {d.product_id for d in days} == {double, non_refundable}
        written = [d for d in days if d.product_id == double]
        assert sorted(d.date for d in written) == [checkin + dt.timedelta(days=n)
                                                  for n in range(5)]
        assert all(d.price == 175.0 for d in written)


# -- tokens expiring mid-run ---------------------------------------------------------------------


async def test_access_token_lifetime_runs_out_mid_run(serve: Serve) -> None:
    async with sandbox(serve, access_token_lifetime=2.0) as env, env.client() as octo:
        await grant_by_consent(env, octo)
        assert (await octo.validate()).ok
        today = env.state.today()

        first = await octo.calendar.read_calendar(PROPERTY, date_from=today, date_to=today)
        assert first.data
        await octo.accommodations.retrieve_accommodations()
        before = octo.tokens.statistics()
        mark = len(env.recorder.exchanges)

        await anyio.sleep(2.2)  # both access tokens are now expired on the sandbox's clock

        again = await octo.calendar.read_calendar(PROPERTY, date_from=today, date_to=today)
        assert [r.id for r in again.data] == [r.id for r in first.data]
        assert len(await octo.accommodations.retrieve_accommodations()) == 2

        after = octo.tokens.statistics()
        assert after.refreshes == before.refreshes + 1
        assert after.apilogins == before.apilogins + 1
        # Each token was renewed before its call was sent (proactively, inside the
        # refresh skew), so the sandbox saw the renewals and never refused a call.
        seen = [(e.method, e.path, e.status) for e in env.recorder.exchanges[mark:]]
        assert seen == [
            ("POST", "/connect/rest/v1/identity/refresh", 200),
            ("GET", f"/connect/rest/v1/calendar/{PROPERTY}", 200),
            ("POST", "/connect/rest/v1/identity/apilogin", 200),
            ("GET", "/connect/rest/v1/accommodation", 200),
        ]


async def test_tokens_expired_by_the_server_are_renewed_transparently(serve: Serve) -> None:
    async with sandbox(serve) as env, env.client() as octo:
        await grant_by_consent(env, octo)
        assert (await octo.validate()).ok
        today = env.state.today()
        await octo.calendar.read_calendar(PROPERTY, date_from=today, date_to=today)
        before = octo.tokens.statistics()

        env.state.expire_all_tokens()

        # Ten concurrent calls hit the expired token; one refresh serves them all.
        results: list[Any] = []

        async def read() -> None:
            results.append(await octo.calendar.read_calendar(PROPERTY, date_from=today,
                                                             date_to=today))

        async with anyio.create_task_group() as group:
            for _ in range(10):
                group.start_soon(read)
        assert len(results) == 10
        assert all(r.data for r in results)
        accommodations = await octo.accommodations.retrieve_accommodations()
        assert len(accommodations) == 2

        after = octo.tokens.statistics()
        assert after.refreshes == before.refreshes + 1
        assert after.apilogins == before.apilogins + 1
        assert env.statuses("POST", "/identity/refresh") == [200]
        calendar = env.statuses("GET", f"/calendar/{PROPERTY}")
        # One call before the expiry; then the calls sent with the expired token were
        # refused with 403 ApiLoginExpired and replayed once with the renewed one.
        assert calendar.count(403) >= 1
        assert calendar.count(200) == 11
        assert env.statuses("GET", "/connect/rest/v1/accommodation")[-2:] == [403, 200]


# -- quota ---------------------------------------------------------------------------------------


#: The server's quota in these tests: 10 calls per property per second (Octorate: 100 per
#: 300 s), so that 40 calls need three full windows of waiting and still take seconds.
QUOTA_UNITS = 10
QUOTA_WINDOW = 1.0


def quota_config() -> dict[str, Any]:
    return {"quota_limit": QUOTA_UNITS, "quota_window": QUOTA_WINDOW}


async def _grant_directly(env: Env, octo: Octorate) -> None:
    """Skip the consent page (its calls would count against the member quota)."""
    token = env.state.issue_refresh_token(env.state.config.accommodation_ids)
    await octo.add_refresh_token(token, list(env.state.config.accommodation_ids), default=True)


async def _burst(octo: Octorate, env: Env, calls: int) -> tuple[int, list[BaseException]]:
    today = env.state.today()
    ok = 0
    errors: list[BaseException] = []

    async def one() -> None:
        nonlocal ok
        try:
            await octo.calendar.read_calendar(PROPERTY, date_from=today, date_to=today, size=1)
        except QuotaExceeded as exc:
            errors.append(exc)
        else:
            ok += 1

    async with anyio.create_task_group() as group:
        for _ in range(calls):
            group.start_soon(one)
    return ok, errors


async def test_quota_exhaustion_without_limiter_raises_quota_exceeded(serve: Serve) -> None:
    # A long window: the burst must not outlive it, however slow the machine.
    config = {**quota_config(), "quota_window": 60.0}
    async with sandbox(serve, **config) as env, env.client(rate_limiter=None) as octo:
        await _grant_directly(env, octo)
        ok, errors = await _burst(octo, env, 15)
        assert ok == 10
        assert len(errors) == 5
        error = errors[0]
        assert isinstance(error, QuotaExceeded)
        assert error.status_code == 403
        assert error.type == "ApiQuotaException"
        assert error.request_id is not None
        assert env.statuses("GET", f"/calendar/{PROPERTY}").count(403) == 5


async def test_quota_matching_limiter_never_surfaces_quota_exceeded(serve: Serve) -> None:
    waits: list[float] = []
    limiter = MemoryRateLimiter([Limit(QUOTA_UNITS, QUOTA_WINDOW)],
                                on_wait=lambda key, w, wait: waits.append(wait))
    async with sandbox(serve, **quota_config()) as env, env.client(rate_limiter=limiter) as octo:
        await _grant_directly(env, octo)
        started = anyio.current_time()
        ok, errors = await _burst(octo, env, 40)
        elapsed = anyio.current_time() - started
        assert errors == []
        assert ok == 40
        assert waits  # the limiter made calls wait instead of sending them
        # 40 calls at 10 per window need three more windows after the first.
        assert elapsed >= 3 * QUOTA_WINDOW - 0.1
        assert env.statuses("GET", f"/calendar/{PROPERTY}").count(200) == 40
        # A window exactly as long as the server's lets a call reach the server a few ms
        # before the matching call of the previous window expires there (the client stamps
        # a call before the token refresh and the send): such 403s are absorbed, and cost
        # time (see the next test for the remedy), but never reach the caller.


async def test_quota_limiter_with_slack_never_gets_a_server_403(serve: Serve) -> None:
    """docs/ratelimit.md: a slightly longer window than the server's avoids the 403s."""
    limiter = MemoryRateLimiter([Limit(QUOTA_UNITS, QUOTA_WINDOW + 0.25)])
    async with sandbox(serve, **quota_config()) as env, env.client(rate_limiter=limiter) as octo:
        await _grant_directly(env, octo)
        ok, errors = await _burst(octo, env, 40)
        assert (ok, errors) == (40, [])
        assert env.statuses("GET", f"/calendar/{PROPERTY}") == [200] * 40


async def test_quota_generous_limiter_recovers_from_server_403(serve: Serve) -> None:
    limiter = MemoryRateLimiter([Limit(10 * QUOTA_UNITS, QUOTA_WINDOW)])
    async with sandbox(serve, **quota_config()) as env, env.client(rate_limiter=limiter) as octo:
        await _grant_directly(env, octo)
        ok, errors = await _burst(octo, env, 40)
        assert errors == []
        assert ok == 40
        calendar = env.statuses("GET", f"/calendar/{PROPERTY}")
        assert calendar.count(200) == 40
        # The client believed it had 100 units: the server refused, the client held the
        # key after 403 ApiQuotaException and tried again within the deadline.
        assert calendar.count(403) >= 1
