"""Sandbox webhook subscriptions and delivery (envelope, retries, 406 stop, background)."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Callable
from typing import Any

import anyio
import httpx
import pytest
import sniffio

pytest.importorskip("starlette")

from octorate.sandbox import EVENT_TYPES, ManualClock, SandboxConfig, SandboxState, create_app

pytestmark = pytest.mark.anyio

BASE = "http://sandbox/connect"
UTC_FORM = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z\[UTC\]$")


class Receiver:
    """A webhook receiver behind httpx.MockTransport; answers from a script of statuses."""

    def __init__(self, statuses: list[int] | None = None, default: int = 200) -> None:
        self.statuses = list(statuses or [])
        self.default = default
        self.requests: list[dict[str, Any]] = []
        self.urls: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(json.loads(request.content))
        self.urls.append(str(request.url))
        status = self.statuses.pop(0) if self.statuses else self.default
        return httpx.Response(status, text="ok")

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


def make_app(receiver: Callable[[httpx.Request], Any], **overrides: Any) -> Any:
    options: dict[str, Any] = {
        "clock": ManualClock(),
        "quota_limit": 1000,
        "webhook_retry_delays": (0.001, 0.002, 0.004),
        "webhook_max_attempts": 5,
        "webhook_transport": httpx.MockTransport(receiver),
    }
    options.update(overrides)
    return create_app(SandboxConfig(**options))


@pytest.fixture
def receiver() -> Receiver:
    return Receiver()


@pytest.fixture
async def setup(receiver: Receiver) -> AsyncIterator[tuple[httpx.AsyncClient, SandboxState,
                                                           dict[str, str]]]:
    app = make_app(receiver)
    state: SandboxState = app.state.sandbox
    headers = {"Authorization": f"Bearer {state.issue_token('oauth').value}"}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE) as c:
        yield c, state, headers


def reservation(product: int) -> dict[str, Any]:
    return {
        "refer": "WH-1", "channelId": 233, "product": product, "status": "CONFIRMED",
        "checkin": "2026-02-10T14:00:00Z", "checkout": "2026-02-12T10:00:00Z",
        "createTime": "2026-01-01T00:00:00Z", "updateTime": "2026-01-01T00:00:00Z",
        "guests": [{"type": "BOOKER", "givenName": "G", "familyName": "F", "sex": "MALE",
                    "checkin": "2026-02-10", "checkout": "2026-02-12"}],
        "roomGross": 200, "totalGuest": 1, "totalChildren": 0, "totalInfants": 0,
    }


async def subscribe(client: httpx.AsyncClient, headers: dict[str, str], event: str,
                    url: str) -> dict[str, Any]:
    r = await client.post(f"/rest/v1/subscription/{event}", data={"url": url}, headers=headers)
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


class TestSubscriptions:
    async def test_crud(self, setup: tuple[httpx.AsyncClient, SandboxState, dict[str, str]]
                        ) -> None:
        """Create (form url), list, list types, PUT ?url=, DELETE, 404 afterwards."""
        client, _state, headers = setup
        sub = await subscribe(client, headers, "RESERVATION_CREATED", "https://h.example/a")
        assert {"apiMember", "createTime", "enabled", "endpoint", "id", "priority",
                "type"} <= set(sub)
        assert UTC_FORM.match(sub["createTime"])
        assert sub["type"] == "RESERVATION_CREATED"
        r = await client.get("/rest/v1/subscription", headers=headers)
        assert [s["id"] for s in r.json()] == [sub["id"]]
        r = await client.get("/rest/v1/subscription/list", headers=headers)
        assert r.json() == list(EVENT_TYPES)
        r = await client.put(f"/rest/v1/subscription/{sub['id']}",
                             params={"url": "https://h.example/b"}, headers=headers)
        assert r.json()["endpoint"] == "https://h.example/b"
        r = await client.delete(f"/rest/v1/subscription/{sub['id']}", headers=headers)
        assert r.status_code == 200
        r = await client.delete(f"/rest/v1/subscription/{sub['id']}", headers=headers)
        assert (r.status_code, r.json()["type"]) == (404, "ApiResourceMissing")

    async def test_validation(self, setup: tuple[httpx.AsyncClient, SandboxState,
                                                 dict[str, str]]) -> None:
        """Unknown event, missing url, a second subscription to the same type."""
        client, _state, headers = setup
        r = await client.post("/rest/v1/subscription/NOPE", data={"url": "https://x.example"},
                              headers=headers)
        assert r.status_code == 400
        r = await client.post("/rest/v1/subscription/RESERVATION_CHANGE", headers=headers)
        assert r.status_code == 400
        await subscribe(client, headers, "RESERVATION_CHANGE", "https://x.example")
        r = await client.post("/rest/v1/subscription/RESERVATION_CHANGE",
                              data={"url": "https://y.example"}, headers=headers)
        body = r.json()
        assert (r.status_code, body["type"]) == (400, "ApiValidationFailed")
        assert body["nested"][0]["type"] == "RejectLenght"

    async def test_apilogin_token_may_manage_subscriptions(
        self, setup: tuple[httpx.AsyncClient, SandboxState, dict[str, str]]
    ) -> None:
        """Subscriptions belong to the API member: an apilogin token works too."""
        client, state, _headers = setup
        api = {"Authorization": f"Bearer {state.issue_token('api').value}"}
        r = await client.get("/rest/v1/subscription", headers=api)
        assert r.status_code == 200


class TestDelivery:
    async def test_reservation_lifecycle_envelopes(
        self, setup: tuple[httpx.AsyncClient, SandboxState, dict[str, str]],
        receiver: Receiver,
    ) -> None:
        """Create, PATCH and DELETE each POST the documented envelope with JSON-string content."""
        client, state, headers = setup
        for event in ("RESERVATION_CREATED", "RESERVATION_CHANGE", "RESERVATION_CANCELLED"):
            await subscribe(client, headers, event, f"https://hooks.example/{event.lower()}")
        pid = state.products_of("112696")[0]["id"]
        r = await client.post("/rest/v1/reservation/112696", json=reservation(pid),
                              headers=headers)
        rid = r.json()["id"]
        await client.patch(f"/rest/v1/reservation/112696/{rid}", json={"privateNotes": "x"},
                           headers=headers)
        await client.delete(f"/rest/v1/reservation/112696/{rid}", headers=headers)
        with anyio.fail_after(5):
            await state.deliveries.wait_idle()
        lifecycle = ["RESERVATION_CREATED", "RESERVATION_CHANGE", "RESERVATION_CANCELLED"]
        # Notifications are queued in the order of the calls...
        assert [d.type for d in state.deliveries.deliveries] == lifecycle
        # ...and delivered concurrently: arrival order is not guaranteed (Octorate's rule, and
        # trio schedules ready tasks in no fixed order), so the requests are matched by type.
        assert sorted(e["type"] for e in receiver.requests) == sorted(lifecycle)
        received = {e["type"]: e for e in receiver.requests}
        urls = {e["type"]: url for e, url in zip(receiver.requests, receiver.urls, strict=True)}
        assert urls == {event: f"https://hooks.example/{event.lower()}" for event in lifecycle}
        created = received["RESERVATION_CREATED"]
        assert set(created) == {"id", "type", "reference", "retry", "createTime",
                                "subscription", "content"}
        assert isinstance(created["id"], int)
        assert created["reference"] == str(rid)
        assert created["retry"] == 0
        assert UTC_FORM.match(created["createTime"])
        assert created["subscription"]["type"] == "RESERVATION_CREATED"
        assert UTC_FORM.match(created["subscription"]["processTime"])
        assert isinstance(created["content"], str)
        content = json.loads(created["content"])
        assert content["id"] == rid
        assert content["accommodation"]["id"] == "112696"
        assert json.loads(received["RESERVATION_CHANGE"]["content"])["privateNotes"] == "x"
        assert json.loads(received["RESERVATION_CANCELLED"]["content"])["status"] == "CANCELLED"
        assert [d.outcome for d in state.deliveries.deliveries] == ["delivered"] * 3

    async def test_calendar_bulk_groups_dates(
        self, setup: tuple[httpx.AsyncClient, SandboxState, dict[str, str]],
        receiver: Receiver,
    ) -> None:
        """PORTAL_SUBSCRIPTION_CALENDAR content lists dates with equal values under days."""
        client, state, headers = setup
        await subscribe(client, headers, "PORTAL_SUBSCRIPTION_CALENDAR", "https://h.example/c")
        parent, _single, derived = (p["id"] for p in state.products_of("112696"))
        await client.post("/rest/v1/calendar/bulk", headers=headers, json=[
            {"room": parent, "dateFrom": "2026-07-06", "dateTo": "2026-07-08",
             "values": {"price": 150, "availability": 2}},
        ])
        with anyio.fail_after(5):
            await state.deliveries.wait_idle()
        (envelope,) = receiver.requests
        assert envelope["type"] == "PORTAL_SUBSCRIPTION_CALENDAR"
        assert envelope["reference"] == "112696"
        data = json.loads(envelope["content"])["data"]
        assert [p["id"] for p in data] == [parent, derived]
        (group,) = data[0]["days"]
        assert group["days"] == ["2026-07-06", "2026-07-07", "2026-07-08"]
        assert (group["price"], group["availability"]) == (150, 2)
        assert set(group) == {"availability", "closeToArrival", "closeToDeparture",
                              "cutOffDays", "days", "maxStay", "minStay", "price", "stopSells"}

    async def test_retries_with_growing_retry_counter(self) -> None:
        """Non-200 answers are retried; retry counts 0, 1, 2 until a 200."""
        receiver = Receiver([500, 503, 200])
        app = make_app(receiver)
        state: SandboxState = app.state.sandbox
        state.add_subscription("RESERVATION_CREATED", "https://h.example/r")
        state.emit("RESERVATION_CREATED", "1", {"id": 1})
        with anyio.fail_after(5):
            await state.deliveries.wait_idle()
        assert [e["retry"] for e in receiver.requests] == [0, 1, 2]
        (delivery,) = state.deliveries.deliveries
        assert delivery.outcome == "delivered"
        assert [a.status_code for a in delivery.attempts] == [500, 503, 200]
        assert [a.retry for _, a in state.deliveries.log] == [0, 1, 2]
        assert delivery.payload == {"id": 1}

    async def test_406_stops_retries(self) -> None:
        """A 406 answer stops the retries at once."""
        receiver = Receiver([406, 200])
        app = make_app(receiver)
        state: SandboxState = app.state.sandbox
        state.add_subscription("RESERVATION_CHANGE", "https://h.example/r")
        state.emit("RESERVATION_CHANGE", "1", {"id": 1})
        with anyio.fail_after(5):
            await state.deliveries.wait_idle()
        assert len(receiver.requests) == 1
        assert state.deliveries.deliveries[0].outcome == "stopped"

    async def test_gives_up_after_max_attempts_and_survives_transport_errors(self) -> None:
        """Connection errors count as failed attempts; after max attempts: failed."""
        calls = []

        def broken(request: httpx.Request) -> httpx.Response:
            calls.append(request)
            raise httpx.ConnectError("refused", request=request)

        app = make_app(broken, webhook_max_attempts=3)
        state: SandboxState = app.state.sandbox
        state.add_subscription("RESERVATION_CREATED", "https://h.example/r")
        state.emit("RESERVATION_CREATED", "1", {"id": 1})
        with anyio.fail_after(5):
            await state.deliveries.wait_idle()
        (delivery,) = state.deliveries.deliveries
        assert delivery.outcome == "failed"
        assert len(calls) == 3
        assert all(a.error and "ConnectError" in a.error for a in delivery.attempts)

    async def test_delivery_never_blocks_the_api_response(self) -> None:
        """The API answers while the receiver is still busy; wait_idle waits for it."""
        release = anyio.Event()

        async def slow(request: httpx.Request) -> httpx.Response:
            await release.wait()
            return httpx.Response(200)

        app = make_app(slow)
        state: SandboxState = app.state.sandbox
        headers = {"Authorization": f"Bearer {state.issue_token('oauth').value}"}
        state.add_subscription("RESERVATION_CREATED", "https://h.example/slow")
        pid = state.products_of("112696")[0]["id"]
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                     base_url=BASE) as client:
            with anyio.fail_after(5):
                r = await client.post("/rest/v1/reservation/112696", json=reservation(pid),
                                      headers=headers)
            assert r.status_code == 200
            assert state.deliveries.pending == 1
            release.set()
            with anyio.fail_after(5):
                await state.deliveries.wait_idle()
        assert state.deliveries.deliveries[0].outcome == "delivered"

    async def test_lifespan_task_group(self, receiver: Receiver) -> None:
        """Under the app lifespan (uvicorn), deliveries run in its task group."""
        app = make_app(receiver)
        state: SandboxState = app.state.sandbox
        state.add_subscription("RESERVATION_CREATED", "https://h.example/r")
        async with app.router.lifespan_context(app):
            state.emit("RESERVATION_CREATED", "7", {"id": 7})
            with anyio.fail_after(5):
                await state.deliveries.wait_idle()
        assert receiver.requests[0]["reference"] == "7"

    async def test_without_lifespan(self, receiver: Receiver, anyio_backend: str) -> None:
        """Deliveries run as system tasks when no lifespan is running (asyncio and trio)."""
        assert sniffio.current_async_library() == anyio_backend
        app = make_app(receiver)
        state: SandboxState = app.state.sandbox
        state.add_subscription("RESERVATION_CREATED", "https://h.example/r")
        state.emit("RESERVATION_CREATED", "9", {"id": 9})
        with anyio.fail_after(5):
            await state.deliveries.wait_idle()
        assert receiver.requests[0]["reference"] == "9"
