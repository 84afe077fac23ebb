"""The sandbox's stateful core: identity, properties, ARI, reservations, quota."""

from __future__ import annotations

import re
import uuid
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

pytest.importorskip("starlette")

from octorate.sandbox import ManualClock, SandboxConfig, SandboxState, create_app
from octorate.sandbox._util import format_datetime, parse_datetime

pytestmark = pytest.mark.anyio

BASE = "http://sandbox/connect"
UTC_FORM = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z\[UTC\]$")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def config(clock: ManualClock) -> SandboxConfig:
    return SandboxConfig(clock=clock, access_token_lifetime=60, quota_limit=1000,
                         calendar_start=None)


@pytest.fixture
async def sandbox(config: SandboxConfig) -> AsyncIterator[tuple[httpx.AsyncClient, SandboxState]]:
    app = create_app(config)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
        yield client, app.state.sandbox


@pytest.fixture
def client(sandbox: tuple[httpx.AsyncClient, SandboxState]) -> httpx.AsyncClient:
    return sandbox[0]


@pytest.fixture
def state(sandbox: tuple[httpx.AsyncClient, SandboxState]) -> SandboxState:
    return sandbox[1]


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def oauth(state: SandboxState) -> dict[str, str]:
    return bearer(state.issue_token("oauth").value)


@pytest.fixture
def api(state: SandboxState) -> dict[str, str]:
    return bearer(state.issue_token("api").value)


def creds(state: SandboxState) -> dict[str, str]:
    return {"client_id": state.config.client_id, "client_secret": state.config.client_secret}


def reservation_body(product: int, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "status": "CONFIRMED",
        "refer": "SBX-1",
        "channelId": 233,
        "product": product,
        "checkin": "2026-03-10T14:00:00Z",
        "checkout": "2026-03-13T10:00:00Z",
        "createTime": "2026-01-01T00:00:00Z",
        "updateTime": "2026-01-01T00:00:00Z",
        "guests": [{"type": "BOOKER", "givenName": "Ada", "familyName": "Lovelace",
                    "email": "ada@example.com", "checkin": "2026-03-10",
                    "checkout": "2026-03-13", "sex": "FEMALE"}],
        "roomGross": 300.0,
        "totalGuest": 1,
        "totalChildren": 0,
        "totalInfants": 0,
    }
    body.update(overrides)
    return body


def first_product(state: SandboxState, acc: str = "112696") -> int:
    return int(state.products_of(acc)[0]["id"])


class TestIdentity:
    async def test_apilogin_returns_token_with_utc_suffix_expiry(
        self, client: httpx.AsyncClient, state: SandboxState
    ) -> None:
        """apilogin answers access_token, expires_in and an expireDate in the [UTC] form."""
        r = await client.post("/rest/v1/identity/apilogin", data=creds(state))
        assert r.status_code == 200
        body = r.json()
        assert set(body) == {"access_token", "expires_in", "expireDate"}
        assert body["expires_in"] == 60
        assert UTC_FORM.match(body["expireDate"])
        uuid.UUID(r.headers["request-id"])
        assert r.headers["X-RateLimit-Remaining"].isdigit()

    async def test_apilogin_rejects_wrong_secret(
        self, client: httpx.AsyncClient, state: SandboxState
    ) -> None:
        """Wrong client credentials: 403 ApiSecurityException."""
        r = await client.post("/rest/v1/identity/apilogin",
                              data={"client_id": state.config.client_id, "client_secret": "x"})
        assert r.status_code == 403
        assert r.json()["type"] == "ApiSecurityException"

    async def test_oauth_code_flow_refresh_and_single_use_code(
        self, client: httpx.AsyncClient, state: SandboxState, clock: ManualClock
    ) -> None:
        """Consent page -> code -> token (+refresh) -> refresh; a code works once."""
        redirect = "https://app.example/callback"
        r = await client.get("http://sandbox/octobook/identity/oauth.xhtml",
                             params={"client_id": state.config.client_id,
                                     "redirect_uri": redirect, "state": "xyz"})
        assert r.status_code == 302
        location = urlsplit(r.headers["location"])
        assert f"{location.scheme}://{location.netloc}{location.path}" == redirect
        query = parse_qs(location.query)
        assert query["state"] == ["xyz"]
        form = {**creds(state), "grant_type": "code", "code": query["code"][0],
                "redirect_uri": redirect}
        r = await client.post("/rest/v1/identity/token", data=form)
        assert r.status_code == 200
        tokens = r.json()
        assert {"access_token", "refresh_token", "expires_in", "expireDate"} <= set(tokens)
        r = await client.post("/rest/v1/identity/token", data=form)
        assert r.status_code == 403  # single use

        r = await client.get("/rest/v1/accommodation/112696",
                             headers=bearer(tokens["access_token"]))
        assert r.status_code == 200

        clock.advance(61)
        r = await client.get("/rest/v1/accommodation/112696",
                             headers=bearer(tokens["access_token"]))
        assert r.status_code == 403
        assert r.json() == {"message": "Expired Token", "nested": [], "type": "ApiLoginExpired"}

        r = await client.post("/rest/v1/identity/refresh",
                              data={**creds(state), "refresh_token": tokens["refresh_token"]})
        assert r.status_code == 200
        refreshed = r.json()
        assert "refresh_token" not in refreshed
        assert set(refreshed) == {"access_token", "expires_in", "expireDate"}
        r = await client.get("/rest/v1/accommodation/112696",
                             headers=bearer(refreshed["access_token"]))
        assert r.status_code == 200

    async def test_code_expires_after_sixty_seconds(
        self, client: httpx.AsyncClient, state: SandboxState, clock: ManualClock
    ) -> None:
        """An authorization code older than code_lifetime is refused."""
        code = state.issue_code(state.config.client_id, "https://a.example/cb")
        clock.advance(61)
        r = await client.post("/rest/v1/identity/token",
                              data={**creds(state), "grant_type": "code", "code": code,
                                    "redirect_uri": "https://a.example/cb"})
        assert r.status_code == 403

    async def test_token_requires_fields(
        self, client: httpx.AsyncClient, state: SandboxState
    ) -> None:
        """Missing form fields: 400 ApiParamsExemption naming each in nested."""
        r = await client.post("/rest/v1/identity/token", data=creds(state))
        assert r.status_code == 400
        body = r.json()
        assert body["type"] == "ApiParamsExemption"
        names = {n["machine_name"] for n in body["nested"]}
        assert names == {"code", "grant_type", "redirect_uri"}

    async def test_missing_unknown_and_expired_tokens(
        self, client: httpx.AsyncClient, state: SandboxState, oauth: dict[str, str]
    ) -> None:
        """401 ApiKeyMissing, 401 ApiKeyInvalid, then 403 ApiLoginExpired after expiry."""
        r = await client.get("/rest/v1/accommodation/112696")
        assert (r.status_code, r.json()["type"]) == (401, "ApiKeyMissing")
        r = await client.get("/rest/v1/accommodation/112696", headers=bearer("nope"))
        assert (r.status_code, r.json()["type"]) == (401, "ApiKeyInvalid")
        state.expire_all_tokens()
        r = await client.get("/rest/v1/accommodation/112696", headers=oauth)
        assert r.status_code == 403
        assert r.json()["type"] == "ApiLoginExpired"
        assert r.json()["message"] == "Expired Token"

    async def test_apilogin_token_on_property_operation(
        self, client: httpx.AsyncClient, api: dict[str, str]
    ) -> None:
        """An ApiOperations token on a customer's property: errNoResourcesForIdentity."""
        r = await client.get("/rest/v1/reservation/112696", headers=api)
        assert r.status_code == 403
        assert r.json() == {"message": "errNoResourcesForIdentity", "nested": [],
                            "type": "ApiSecurityException"}

    async def test_oauth_token_for_another_property(
        self, client: httpx.AsyncClient, oauth: dict[str, str]
    ) -> None:
        """A property outside the grant (seeded foreign 112698, or unknown): 403."""
        for acc in ("112698", "999999"):
            r = await client.get(f"/rest/v1/reservation/{acc}", headers=oauth)
            assert r.status_code == 403
            assert r.json()["type"] == "ApiSecurityException"

    async def test_oauth_token_on_api_operations_only(
        self, client: httpx.AsyncClient, oauth: dict[str, str]
    ) -> None:
        """Creating a property needs an apilogin token."""
        r = await client.post("/rest/v2/accommodation", headers=oauth, json={})
        assert r.status_code == 403
        assert r.json()["type"] == "ApiSecurityException"

    async def test_migrate_once_per_property(
        self, client: httpx.AsyncClient, state: SandboxState
    ) -> None:
        """migrate: header key + form accommodation -> tokens; a second time fails."""
        headers = {"key": state.config.legacy_api_key}
        r = await client.post("/rest/v1/identity/migrate", headers=headers,
                              data={"accommodation": "112697"})
        assert r.status_code == 200
        assert {"access_token", "refresh_token"} <= set(r.json())
        token = state.tokens[r.json()["access_token"]]
        assert token.accommodations == frozenset({"112697"})
        r = await client.post("/rest/v1/identity/migrate", headers=headers,
                              data={"accommodation": "112697"})
        assert r.status_code == 400
        r = await client.post("/rest/v1/identity/migrate", headers={"key": "bad"},
                              data={"accommodation": "112697"})
        assert (r.status_code, r.json()["type"]) == (401, "ApiKeyInvalid")

    async def test_legacy_identity_alias(
        self, client: httpx.AsyncClient, state: SandboxState
    ) -> None:
        """The quick start's /octobook/rest/identity/apilogin answers too."""
        r = await client.post("http://sandbox/octobook/rest/identity/apilogin",
                              data=creds(state))
        assert r.status_code == 200

    async def test_authorize_page_rejects_unknown_client(self, client: httpx.AsyncClient) -> None:
        """The consent page needs the configured client_id and a redirect_uri."""
        r = await client.get("http://sandbox/octobook/identity/oauth.xhtml",
                             params={"client_id": "nobody", "redirect_uri": "https://x.example"})
        assert r.status_code == 400


class TestAccommodations:
    async def test_list_is_a_bare_array(
        self, client: httpx.AsyncClient, oauth: dict[str, str]
    ) -> None:
        """GET /accommodation answers a bare array of the granted properties."""
        r = await client.get("/rest/v1/accommodation", headers=oauth)
        assert r.status_code == 200
        body = r.json()
        assert isinstance(body, list)
        assert [a["id"] for a in body] == ["112696", "112697"]
        assert {"currency", "id", "name", "timeZone", "contact", "location", "networkInfo",
                "propertyCategory"} <= set(body[0])

    async def test_list_filters_by_name(
        self, client: httpx.AsyncClient, oauth: dict[str, str]
    ) -> None:
        """name= is a case-insensitive contains filter."""
        r = await client.get("/rest/v1/accommodation", params={"name": "pergola"}, headers=oauth)
        assert [a["id"] for a in r.json()] == ["112696"]

    async def test_get_one_with_fields(
        self, client: httpx.AsyncClient, oauth: dict[str, str]
    ) -> None:
        """fields= keeps only the named first-level fields."""
        r = await client.get("/rest/v1/accommodation/112697", params={"fields": "id,name"},
                             headers=oauth)
        assert r.status_code == 200
        assert set(r.json()) == {"id", "name"}

    async def test_create_returns_refresh_token_for_the_new_property(
        self, client: httpx.AsyncClient, api: dict[str, str], state: SandboxState
    ) -> None:
        """POST /rest/v2/accommodation -> {status, id, refresh_token}; the token works."""
        body = {"name": "Surf House", "email": "surf@example.com", "givenName": "O",
                "familyName": "S"}
        r = await client.post("/rest/v2/accommodation", headers=api, json=body)
        assert r.status_code == 200
        created = r.json()
        assert created["status"] == "CREATED_ACCOMMODATION"
        r = await client.post("/rest/v1/identity/refresh",
                              data={**creds(state), "refresh_token": created["refresh_token"]})
        token = r.json()["access_token"]
        r = await client.get(f"/rest/v3/roomrates/{created['id']}", headers=bearer(token))
        assert r.status_code == 200
        assert len(r.json()) == 3
        r = await client.post("/rest/v2/accommodation", headers=api, json=body)
        assert r.status_code == 412
        assert r.json() == {"status": "existing", "id": created["id"]}

    async def test_create_validates(self, client: httpx.AsyncClient, api: dict[str, str]) -> None:
        """Missing required fields and an unknown network name: 400 ApiParamsExemption."""
        r = await client.post("/rest/v2/accommodation", headers=api, json={"name": "x"})
        assert r.status_code == 400
        assert {n["machine_name"] for n in r.json()["nested"]} == {
            "email", "givenName", "familyName"}
        r = await client.post("/rest/v2/accommodation", headers=api,
                              json={"name": "x", "email": "e@x", "givenName": "g",
                                    "familyName": "f", "network_name": "nope"})
        assert r.json() == {"element": "$.networkName",
                            "message": "Master account not found or invalid", "nested": [],
                            "type": "ApiParamsExemption"}


class TestProducts:
    async def test_v3_list_envelope_and_ids_filter(
        self, client: httpx.AsyncClient, oauth: dict[str, str], state: SandboxState
    ) -> None:
        """v3 roomrates answers a bare array (as the document declares); ids[] filters."""
        r = await client.get("/rest/v3/roomrates/112696", headers=oauth)
        body = r.json()
        assert isinstance(body, list) and len(body) == 3
        derived = body[2]
        assert derived["derivedRule"]["parent"] == body[0]["id"]
        pid = body[1]["id"]
        r = await client.get("/rest/v3/roomrates/112696", params={"ids[]": pid}, headers=oauth)
        assert [p["id"] for p in r.json()] == [pid]
        r = await client.get("/rest/v3/roomrates/112696", params={"size": 2, "page": 1},
                             headers=oauth)
        assert [p["id"] for p in r.json()] == [body[2]["id"]]

    async def test_v1_single_product(
        self, client: httpx.AsyncClient, oauth: dict[str, str], state: SandboxState
    ) -> None:
        """v1 roomrates/{acc}/{id}; a product of another property is 404."""
        pid = first_product(state)
        r = await client.get(f"/rest/v1/roomrates/112696/{pid}", headers=oauth)
        assert r.status_code == 200
        assert r.json()["id"] == pid
        r = await client.get(f"/rest/v1/roomrates/112697/{pid}", headers=oauth)
        assert r.status_code == 404
        assert r.json()["type"] == "ApiResourceMissing"


class TestCalendar:
    async def test_read_shape_and_paging_by_products(
        self, client: httpx.AsyncClient, oauth: dict[str, str]
    ) -> None:
        """size counts products; pages are 0-based; one day object per date."""
        params = {"dateFrom": "2026-02-01", "dateTo": "2026-02-07", "size": 2}
        r = await client.get("/rest/v1/calendar/112696", params=params, headers=oauth)
        assert r.status_code == 200
        body = r.json()
        assert body["page"] == {"page": 0, "totalPages": 2}
        assert len(body["data"]) == 2
        days = body["data"][0]["days"]
        assert len(days) == 7
        assert set(days[0]) == {"date", "availability", "bookable", "closeToArrival",
                                "closeToDeparture", "cutOffDays", "maxStay", "minStay",
                                "price", "stopSells"}
        r = await client.get("/rest/v1/calendar/112696", params={**params, "page": 1},
                             headers=oauth)
        assert len(r.json()["data"]) == 1
        assert r.json()["page"] == {"page": 1, "totalPages": 2}

    async def test_product_filter(
        self, client: httpx.AsyncClient, oauth: dict[str, str], state: SandboxState
    ) -> None:
        """product[] restricts the products returned."""
        pid = first_product(state)
        r = await client.get("/rest/v1/calendar/112696",
                             params={"dateFrom": "2026-02-01", "dateTo": "2026-02-01",
                                     "product[]": pid}, headers=oauth)
        assert [p["id"] for p in r.json()["data"]] == [pid]

    async def test_page_size_above_fifty(
        self, client: httpx.AsyncClient, oauth: dict[str, str]
    ) -> None:
        """size=100 answers 400 ApiParamsExemption errPageSize (as observed)."""
        r = await client.get("/rest/v1/calendar/112696",
                             params={"dateFrom": "2026-02-01", "dateTo": "2026-02-02",
                                     "size": 100}, headers=oauth)
        assert r.status_code == 400
        assert r.json()["type"] == "ApiParamsExemption"
        assert r.json()["message"] == "errPageSize"

    async def test_missing_dates(self, client: httpx.AsyncClient, oauth: dict[str, str]) -> None:
        """dateFrom/dateTo are needed, as yyyy-MM-dd."""
        r = await client.get("/rest/v1/calendar/112696", params={"dateFrom": "02/01/2026"},
                             headers=oauth)
        assert r.status_code == 400
        assert {n["machine_name"] for n in r.json()["nested"]} == {"dateFrom", "dateTo"}

    async def test_bulk_writes_and_charges_additional_cost(
        self, client: httpx.AsyncClient, oauth: dict[str, str], state: SandboxState
    ) -> None:
        """Bulk: lower-case minstay/maxstay; 31 room-days -> additional cost 2."""
        pid = first_product(state)
        before = state.quota.remaining("accommodation:112696")
        payload = [{"room": pid, "dateFrom": "2026-05-01", "dateTo": "2026-05-31",
                    "values": {"availability": 1, "price": 99.5, "minstay": 2, "maxstay": 7,
                               "stopSells": True, "closeToArrival": True}}]
        r = await client.post("/rest/v1/calendar/bulk", json=payload, headers=oauth)
        assert r.status_code == 200
        body = r.json()
        assert body["success"] is True
        assert isinstance(body["process"][0], int)
        assert r.headers["X-RateLimit-Additional-Cost"] == "2"
        assert int(r.headers["X-RateLimit-Remaining"]) == before - 3
        r = await client.get("/rest/v1/calendar/112696",
                             params={"dateFrom": "2026-05-10", "dateTo": "2026-05-10",
                                     "product[]": pid}, headers=oauth)
        day = r.json()["data"][0]["days"][0]
        assert day == {"date": "2026-05-10", "availability": 1, "bookable": False,
                       "closeToArrival": True, "closeToDeparture": False, "cutOffDays": 0,
                       "maxStay": 7, "minStay": 2, "price": 99.5, "stopSells": True}

    async def test_derived_product_follows_parent(
        self, client: httpx.AsyncClient, oauth: dict[str, str], state: SandboxState
    ) -> None:
        """The seeded derived rate: parent availability, price -10 %."""
        parent, _single, derived = (p["id"] for p in state.products_of("112696"))
        await client.post("/rest/v1/calendar/bulk", headers=oauth,
                          json=[{"room": parent, "dateFrom": "2026-06-01",
                                 "dateTo": "2026-06-01",
                                 "values": {"availability": 3, "price": 200}}])
        r = await client.get("/rest/v1/calendar/112696",
                             params={"dateFrom": "2026-06-01", "dateTo": "2026-06-01",
                                     "product[]": derived}, headers=oauth)
        day = r.json()["data"][0]["days"][0]
        assert (day["availability"], day["price"]) == (3, 180)

    async def test_bulk_validation(
        self, client: httpx.AsyncClient, oauth: dict[str, str], state: SandboxState
    ) -> None:
        """Unknown room, bad dates and camel-case minStay are rejected with nested errors."""
        r = await client.post("/rest/v1/calendar/bulk", headers=oauth,
                              json=[{"room": 1, "dateFrom": "x", "dateTo": "2026-01-01",
                                     "values": {"minStay": 2}}])
        assert r.status_code == 400
        names = {n["machine_name"] for n in r.json()["nested"]}
        assert names == {"$[0].room", "$[0].dateFrom", "$[0].values.minStay"}

    async def test_bulk_on_foreign_product(
        self, client: httpx.AsyncClient, oauth: dict[str, str], state: SandboxState
    ) -> None:
        """Writing another property's product: 403."""
        pid = first_product(state, "112698")
        r = await client.post("/rest/v1/calendar/bulk", headers=oauth,
                              json=[{"room": pid, "dateFrom": "2026-01-01",
                                     "dateTo": "2026-01-01", "values": {"price": 1}}])
        assert r.status_code == 403


class TestReservations:
    async def test_create_get_and_shape(
        self, client: httpx.AsyncClient, oauth: dict[str, str], state: SandboxState
    ) -> None:
        """Create answers the reservation with id and [UTC] date-times; GET finds it."""
        pid = first_product(state)
        r = await client.post("/rest/v1/reservation/112696", json=reservation_body(pid),
                              headers=oauth)
        assert r.status_code == 200
        res = r.json()
        assert isinstance(res["id"], int)
        for name in ("checkin", "checkout", "createTime", "updateTime"):
            assert UTC_FORM.match(res[name]), res[name]
        assert res["status"] == "CONFIRMED"
        assert res["accommodation"]["id"] == "112696"
        assert res["channelName"] == "Octorate"
        assert res["guestsList"] == "Ada Lovelace"
        assert [c["day"] for c in res["priceBreakdown"] if c["type"] == "DAILY_ROOM_PRICE"] == [
            "2026-03-10", "2026-03-11", "2026-03-12"]
        r = await client.get(f"/rest/v1/reservation/112696/{res['id']}", headers=oauth)
        assert r.json() == res
        r = await client.get(f"/rest/v1/reservation/112697/{res['id']}", headers=oauth)
        assert r.status_code == 404

    async def test_create_takes_availability_and_cancel_returns_it(
        self, client: httpx.AsyncClient, oauth: dict[str, str], state: SandboxState
    ) -> None:
        """A confirmed booking lowers availability of its nights; DELETE restores it."""
        pid = first_product(state)
        qty = state.products[pid]["quantity"]

        async def availability() -> list[int]:
            r = await client.get("/rest/v1/calendar/112696", headers=oauth,
                                 params={"dateFrom": "2026-03-09", "dateTo": "2026-03-13",
                                         "product[]": pid})
            return [d["availability"] for d in r.json()["data"][0]["days"]]

        assert await availability() == [qty] * 5
        r = await client.post("/rest/v1/reservation/112696", json=reservation_body(pid),
                              headers=oauth)
        rid = r.json()["id"]
        assert await availability() == [qty, qty - 1, qty - 1, qty - 1, qty]
        r = await client.delete(f"/rest/v1/reservation/112696/{rid}", headers=oauth)
        assert r.status_code == 200
        cancelled = r.json()
        assert cancelled["status"] == "CANCELLED"
        assert UTC_FORM.match(cancelled["cancelledTime"])
        assert await availability() == [qty] * 5

    async def test_availability_false_leaves_calendar(
        self, client: httpx.AsyncClient, oauth: dict[str, str], state: SandboxState
    ) -> None:
        """?availability=false stores the booking without touching availability."""
        pid = first_product(state)
        await client.post("/rest/v1/reservation/112696", params={"availability": "false"},
                          json=reservation_body(pid), headers=oauth)
        day = state.calendar_day(pid, parse_datetime("2026-03-10T00:00:00Z").date())
        assert day["availability"] == state.products[pid]["quantity"]

    async def test_create_missing_required_fields(
        self, client: httpx.AsyncClient, oauth: dict[str, str]
    ) -> None:
        """Each missing schema-required field is one nested ApiParamsExemption."""
        r = await client.post("/rest/v1/reservation/112696", json={"refer": "x"}, headers=oauth)
        assert r.status_code == 400
        body = r.json()
        assert body["type"] == "ApiParamsExemption"
        assert {n["machine_name"] for n in body["nested"]} == {
            "channelId", "checkin", "checkout", "createTime", "guests", "product", "roomGross",
            "totalChildren", "totalGuest", "totalInfants", "updateTime"}

    async def test_create_semantic_validation(
        self, client: httpx.AsyncClient, oauth: dict[str, str], state: SandboxState
    ) -> None:
        """Wrong product, reversed dates, long refer: 400 ApiValidationFailed with nested."""
        body = reservation_body(first_product(state, "112697"), refer="R" * 30,
                                checkout="2026-03-09T10:00:00Z")
        r = await client.post("/rest/v1/reservation/112696", json=body, headers=oauth)
        assert r.status_code == 400
        error = r.json()
        assert error["type"] == "ApiValidationFailed"
        assert {n["machine_name"] for n in error["nested"]} == {"refer", "product", "checkout"}
        refer = next(n for n in error["nested"] if n["machine_name"] == "refer")
        assert refer["type"] == "RejectLenght"

    async def test_malformed_json(self, client: httpx.AsyncClient, oauth: dict[str, str]) -> None:
        """A body that is not JSON: 400 JsonParseExemption."""
        r = await client.post("/rest/v1/reservation/112696", content=b"{nope",
                              headers={**oauth, "Content-Type": "application/json"})
        assert (r.status_code, r.json()["type"]) == (400, "JsonParseExemption")

    async def test_lenient_mode(
        self, client: httpx.AsyncClient, oauth: dict[str, str], state: SandboxState
    ) -> None:
        """strict_reservations=False accepts the reduced body seen in the wild."""
        app = create_app(SandboxConfig(clock=state.clock, strict_reservations=False))
        token = app.state.sandbox.issue_token("oauth").value
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                     base_url=BASE) as lenient:
            pid = first_product(app.state.sandbox)
            r = await lenient.post("/rest/v1/reservation/112696", headers=bearer(token),
                                   json={"product": pid, "checkin": "2026-03-10",
                                         "checkout": "2026-03-12",
                                         "guests": [{"type": "BOOKER", "givenName": "A",
                                                     "familyName": "B"}]})
        assert r.status_code == 200
        assert r.json()["roomGross"] > 0

    async def test_patch_partial_and_rules(
        self, client: httpx.AsyncClient, oauth: dict[str, str], state: SandboxState,
        clock: ManualClock,
    ) -> None:
        """PATCH keeps omitted fields, sets updateTime, assigns metaData ids; no cancel."""
        pid = first_product(state)
        r = await client.post("/rest/v1/reservation/112696", json=reservation_body(pid),
                              headers=oauth)
        res = r.json()
        clock.advance(30)
        r = await client.patch(
            f"/rest/v1/reservation/112696/{res['id']}", headers=oauth,
            json={"privateNotes": "late arrival", "roomCode": {"code": "1234"},
                  "metaData": [{"labelText": "DigitalKey", "metaKey": "PadwordKey",
                                "metaDataType": "LINK", "value": "https://k.example"}]})
        assert r.status_code == 200
        patched = r.json()
        assert patched["privateNotes"] == "late arrival"
        assert patched["refer"] == res["refer"]
        assert patched["roomCode"] == {"code": "1234"}
        assert isinstance(patched["metaData"][0]["id"], int)
        assert parse_datetime(patched["updateTime"]) > parse_datetime(res["updateTime"])
        r = await client.patch(f"/rest/v1/reservation/112696/{res['id']}", headers=oauth,
                               json={"status": "CANCELLED"})
        assert (r.status_code, r.json()["type"]) == (400, "ApiValidationFailed")

    async def test_list_filters_and_paging(
        self, client: httpx.AsyncClient, oauth: dict[str, str], state: SandboxState
    ) -> None:
        """type CHECKIN/CHECKOUT/STAY/CREATETIME, status, ids[], size/page."""
        pid = first_product(state)
        ids = []
        for day, created in ((10, "2026-01-05"), (15, "2026-01-06"), (20, "2026-01-07")):
            body = reservation_body(pid, refer=f"R{day}",
                                    checkin=f"2026-04-{day}T14:00:00Z",
                                    checkout=f"2026-04-{day + 2}T10:00:00Z",
                                    createTime=f"{created}T09:00:00Z")
            r = await client.post("/rest/v1/reservation/112696", json=body, headers=oauth)
            ids.append(r.json()["id"])
        await client.delete(f"/rest/v1/reservation/112696/{ids[2]}", headers=oauth)

        async def listed(**params: Any) -> list[int]:
            r = await client.get("/rest/v1/reservation/112696", params=params, headers=oauth)
            assert r.status_code == 200, r.text
            return [x["id"] for x in r.json()["data"]]

        assert await listed() == ids
        assert await listed(type="CHECKIN", startDate="2026-04-14",
                            endDate="2026-04-30") == ids[1:]
        assert await listed(type="CHECKOUT", startDate="2026-04-12",
                            endDate="2026-04-12") == ids[:1]
        assert await listed(type="STAY", startDate="2026-04-16",
                            endDate="2026-04-16") == ids[1:2]
        assert await listed(type="CREATETIME", startDate="2026-01-06",
                            endDate="2026-01-07") == ids[1:]
        assert await listed(status="CANCELLED") == ids[2:]
        assert await listed(status="CONFIRMED") == ids[:2]
        assert await listed(**{"ids[]": [ids[0], ids[2]]}) == [ids[0], ids[2]]
        assert await listed(sortBy="checkin.desc") == ids[::-1]
        r = await client.get("/rest/v1/reservation/112696", params={"size": 2, "page": 1},
                             headers=oauth)
        assert r.json()["page"] == {"page": 1, "totalPages": 2}
        assert [x["id"] for x in r.json()["data"]] == ids[2:]
        r = await client.get("/rest/v1/reservation/112696",
                             params={"startDate": "2026/04/01"}, headers=oauth)
        assert r.status_code == 400


class TestQuota:
    async def test_remaining_counts_down_then_quota_exception(
        self, clock: ManualClock
    ) -> None:
        """X-RateLimit-Remaining counts down per accommodation; then 403 ApiQuotaException."""
        app = create_app(SandboxConfig(clock=clock, quota_limit=5, quota_window=300))
        state: SandboxState = app.state.sandbox
        headers = bearer(state.issue_token("oauth").value)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app),
                                     base_url=BASE) as client:
            seen = []
            for _ in range(5):
                r = await client.get("/rest/v1/accommodation/112696", headers=headers)
                assert r.status_code == 200
                seen.append(int(r.headers["X-RateLimit-Remaining"]))
            assert seen == [4, 3, 2, 1, 0]
            r = await client.get("/rest/v1/accommodation/112696", headers=headers)
            assert r.status_code == 403
            assert r.json()["type"] == "ApiQuotaException"
            assert r.json()["nested"] == []
            assert r.headers["X-RateLimit-Remaining"] == "0"
            # Another property has its own window.
            r = await client.get("/rest/v1/accommodation/112697", headers=headers)
            assert (r.status_code, r.headers["X-RateLimit-Remaining"]) == (200, "4")
            # The sliding window frees units as they age out.
            clock.advance(301)
            r = await client.get("/rest/v1/accommodation/112696", headers=headers)
            assert (r.status_code, r.headers["X-RateLimit-Remaining"]) == (200, "4")

    async def test_calls_without_accommodation_count_for_the_member(
        self, client: httpx.AsyncClient, oauth: dict[str, str], state: SandboxState
    ) -> None:
        """GET /subscription has no property: it spends the API member's quota."""
        key = f"member:{state.config.client_id}"
        before = state.quota.remaining(key)
        r = await client.get("/rest/v1/subscription", headers=oauth)
        assert int(r.headers["X-RateLimit-Remaining"]) == before - 1

    async def test_statistics(self, state: SandboxState) -> None:
        """statistics() snapshots one key."""
        state.quota.try_acquire("accommodation:112696", 3)
        stats = state.quota.statistics("accommodation:112696")
        assert (stats.used, stats.remaining, stats.limit) == (3, 997, 1000)


class TestHelpers:
    def test_format_datetime_like_java(self) -> None:
        """Seconds always; milliseconds without trailing zeros; [UTC] suffix."""
        import datetime as dt

        base = dt.datetime(2023, 10, 9, 10, 32, 18, tzinfo=dt.UTC)
        assert format_datetime(base) == "2023-10-09T10:32:18Z[UTC]"
        assert format_datetime(base.replace(microsecond=360000)) == "2023-10-09T10:32:18.36Z[UTC]"
        assert parse_datetime("2023-10-09T10:32:18.36Z[UTC]") == base.replace(microsecond=360000)

    def test_advance_needs_manual_clock(self) -> None:
        """advance() only works with a ManualClock."""
        state = SandboxState(SandboxConfig())
        with pytest.raises(TypeError):
            state.advance(1)

    async def test_unknown_url_and_wrong_method(
        self, client: httpx.AsyncClient, oauth: dict[str, str]
    ) -> None:
        """Unknown URL: bare 404; known path, wrong method: 405 with Allow."""
        r = await client.get("/rest/v1/definitely/not/here", headers=oauth)
        assert r.status_code == 404
        assert r.headers["content-type"].startswith("text/plain")
        assert "request-id" in r.headers
        r = await client.delete("/rest/v1/user/info", headers=oauth)
        assert r.status_code == 405
        assert r.headers["allow"] == "GET"
