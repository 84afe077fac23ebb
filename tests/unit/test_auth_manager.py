"""TokenManager flows against pytest-httpx, on asyncio and on trio (``anyio_backend``)."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs, urlsplit

import anyio
import httpx
import pytest
from pytest_httpx import HTTPXMock

from octorate._auth import (
    AuthenticationError,
    IdentityUnavailableError,
    InvalidCredentialsError,
    MemoryTokenStore,
    NoGrantError,
    StateMismatchError,
    Token,
    TokenManager,
    TokenRefreshError,
    ValidationReason,
    WrongEnvironmentError,
    check_credentials,
)

BASE = "https://api.test.octorate.example/connect"
APILOGIN = f"{BASE}/rest/v1/identity/apilogin"
TOKEN = f"{BASE}/rest/v1/identity/token"
REFRESH = f"{BASE}/rest/v1/identity/refresh"
MIGRATE = f"{BASE}/rest/v1/identity/migrate"
ACCOMMODATIONS = f"{BASE}/rest/v1/accommodation"
REDIRECT = "https://app.example/callback"
T0 = 1_700_000_000.0

pytestmark = pytest.mark.anyio


class Clock:
    """A settable wall clock."""

    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def make_manager(clock: Clock, **kwargs: Any) -> TokenManager:
    return TokenManager(
        "public_id", "secret_value", base_url=BASE, clock=clock, redirect_uri=REDIRECT, **kwargs
    )


def form(request: httpx.Request) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(request.content.decode()).items()}


def requests_to(httpx_mock: HTTPXMock, url: str) -> list[httpx.Request]:
    return [r for r in httpx_mock.get_requests() if str(r.url).split("?")[0] == url]


async def call_like_runtime(
    manager: TokenManager,
    client: httpx.AsyncClient,
    scheme: str,
    accommodation: str | None,
    url: str,
) -> httpx.Response:
    """What the runtime pipeline does: sign, send, on expiry renew and replay once."""
    authorization = await manager.authorization(scheme, accommodation, client.send)
    response = await client.get(url, headers={"Authorization": authorization})
    expired = response.status_code == 401 or (
        response.status_code == 403 and response.json().get("type") == "ApiLoginExpired"
    )
    if expired:
        await manager.token_expired(scheme, accommodation, authorization, client.send)
        authorization = await manager.authorization(scheme, accommodation, client.send)
        response = await client.get(url, headers={"Authorization": authorization})
    return response


class TestApiLogin:
    async def test_fetched_on_first_use_then_cached(
        self, clock: Clock, httpx_mock: HTTPXMock
    ) -> None:
        """ApiOperations gets the apilogin token once; later calls reuse it."""
        httpx_mock.add_response(
            url=APILOGIN, method="POST", json={"access_token": "A1", "expires_in": 3600}
        )
        manager = make_manager(clock)

        async with httpx.AsyncClient() as client:
            first = await manager.authorization("ApiOperations", None, client.send)
            clock.now += 3000
            second = await manager.authorization("ApiOperations", None, client.send)
            assert first == second == "Bearer A1"
        (request,) = httpx_mock.get_requests()
        assert request.headers["content-type"] == "application/x-www-form-urlencoded"
        assert form(request) == {"client_id": "public_id", "client_secret": "secret_value"}
        assert "authorization" not in request.headers
        assert manager.statistics().apilogins == 1

    async def test_proactive_refresh_honours_skew(
        self, clock: Clock, httpx_mock: HTTPXMock
    ) -> None:
        """Renewal happens refresh_skew seconds before expiry, not earlier."""
        httpx_mock.add_response(url=APILOGIN, json={"access_token": "A1", "expires_in": 3600})
        httpx_mock.add_response(url=APILOGIN, json={"access_token": "A2", "expires_in": 3600})
        manager = make_manager(clock, refresh_skew=60.0)

        async def main() -> list[str]:
            async with httpx.AsyncClient() as client:
                out = [await manager.authorization("ApiOperations", None, client.send)]
                clock.now = T0 + 3600 - 61
                out.append(await manager.authorization("ApiOperations", None, client.send))
                clock.now = T0 + 3600 - 59
                out.append(await manager.authorization("ApiOperations", None, client.send))
                return out

        assert await main() == ["Bearer A1", "Bearer A1", "Bearer A2"]

    @pytest.mark.parametrize(
        ("body", "lifetime"),
        [
            ({"expireDate": "2023-11-14T23:13:20.000Z[UTC]"}, 3600),  # T0 + 3600, Java form
            ({"expireDate": "2023-11-14T23:13:20Z"}, 3600),
            ({"expires_in": 120, "expireDate": "2030-01-01T00:00:00Z"}, 120),  # expires_in wins
            ({}, 3600),  # nothing: default lifetime
        ],
    )
    async def test_lifetime_sources(
        self,
        clock: Clock,
        httpx_mock: HTTPXMock,
        body: dict[str, Any],
        lifetime: int,
    ) -> None:
        """expires_in, else expireDate (incl. [UTC]), else the default lifetime."""
        httpx_mock.add_response(url=APILOGIN, json={"access_token": "A1", **body})
        store = MemoryTokenStore()
        manager = make_manager(clock, store=store)

        async def main() -> Token | None:
            async with httpx.AsyncClient() as client:
                await manager.authorization("ApiOperations", None, client.send)
            return await store.get("public_id:apilogin")

        token = await main()
        assert token is not None
        assert token.expires_at == pytest.approx(T0 + lifetime)

    async def test_lifetime_shorter_than_skew_is_not_refreshed_on_every_call(
        self, clock: Clock, httpx_mock: HTTPXMock
    ) -> None:
        """The skew is capped at half the lifetime, so a 30 s token is reused."""
        httpx_mock.add_response(url=APILOGIN, json={"access_token": "A1", "expires_in": 30})
        manager = make_manager(clock, refresh_skew=60.0)

        async with httpx.AsyncClient() as client:
            for _ in range(3):
                await manager.authorization("ApiOperations", None, client.send)
        assert len(httpx_mock.get_requests()) == 1

    async def test_public_operation_needs_no_token(self, clock: Clock) -> None:
        """scheme None returns '' and performs no request."""
        manager = make_manager(clock)

        async def main() -> str:
            async with httpx.AsyncClient() as client:
                return await manager.authorization(None, None, client.send)

        assert await main() == ""

    async def test_unknown_scheme(self, clock: Clock) -> None:
        manager = make_manager(clock)

        async def main() -> None:
            async with httpx.AsyncClient() as client:
                await manager.authorization("Basic", None, client.send)

        with pytest.raises(ValueError, match="unknown security scheme"):
            await main()

    async def test_invalid_credentials_are_typed(
        self, clock: Clock, httpx_mock: HTTPXMock
    ) -> None:
        httpx_mock.add_response(
            url=APILOGIN,
            status_code=401,
            json={"message": "errInvalid", "type": "ApiKeyInvalid", "nested": []},
            headers={"request-id": "rid-1"},
        )
        manager = make_manager(clock)

        async def main() -> None:
            async with httpx.AsyncClient() as client:
                await manager.authorization("ApiOperations", None, client.send)

        with pytest.raises(InvalidCredentialsError) as info:
            await main()
        assert info.value.status_code == 401
        assert info.value.error_type == "ApiKeyInvalid"
        assert info.value.request_id == "rid-1"
        assert not info.value.retryable


class TestOAuthCodeFlow:
    def test_authorization_url_has_random_state(self, clock: Clock) -> None:
        manager = make_manager(clock)
        url, state = manager.authorization_url(REDIRECT)
        _, state2 = manager.authorization_url(REDIRECT)
        assert state != state2
        assert len(state) >= 40
        parts = urlsplit(url)
        assert f"{parts.scheme}://{parts.netloc}{parts.path}" == (
            "https://admin.octorate.com/octobook/identity/oauth.xhtml"
        )
        assert parse_qs(parts.query) == {
            "client_id": ["public_id"], "redirect_uri": [REDIRECT], "state": [state]
        }
        assert manager.authorization_url(REDIRECT, state="fixed")[1] == "fixed"

    def test_authorization_url_needs_redirect_uri(self, clock: Clock) -> None:
        manager = TokenManager("public_id", "secret_value", clock=clock)
        with pytest.raises(ValueError, match="redirect_uri"):
            manager.authorization_url()

    async def test_exchange_code_records_grant(
        self, clock: Clock, httpx_mock: HTTPXMock
    ) -> None:
        """Code exchange posts grant_type=code and serves the named properties."""
        httpx_mock.add_response(
            url=TOKEN,
            method="POST",
            json={"access_token": "AT1", "refresh_token": "RT1", "expires_in": 3600},
        )
        manager = make_manager(clock)

        async def main() -> list[str]:
            _, state = manager.authorization_url()
            async with httpx.AsyncClient() as client:
                token = await manager.exchange_code(
                    "the-code", state=state, expected_state=state, send=client.send,
                    accommodations=["101", 102],
                )
                assert token.accommodations == ("101", "102")
                return [
                    await manager.authorization("OAuthLogin", "101", client.send),
                    await manager.authorization("OAuthLogin", "102", client.send),
                ]

        assert await main() == ["Bearer AT1", "Bearer AT1"]
        (request,) = httpx_mock.get_requests()
        assert form(request) == {
            "client_id": "public_id",
            "client_secret": "secret_value",
            "code": "the-code",
            "redirect_uri": REDIRECT,
            "grant_type": "code",
        }

    @pytest.mark.parametrize("callback_state", ["forged", "", None])
    async def test_wrong_state_is_rejected_before_any_request(
        self, clock: Clock, httpx_mock: HTTPXMock, callback_state: str | None
    ) -> None:
        manager = make_manager(clock)

        async def main() -> None:
            _, state = manager.authorization_url()
            async with httpx.AsyncClient() as client:
                await manager.exchange_code(
                    "the-code", state=callback_state, expected_state=state, send=client.send,
                    accommodations=["101"],
                )

        with pytest.raises(StateMismatchError):
            await main()
        assert httpx_mock.get_requests() == []

    async def test_exchange_code_learns_accommodations(
        self, clock: Clock, httpx_mock: HTTPXMock
    ) -> None:
        """Without accommodations, GET /rest/v1/accommodation (all pages) tells them."""
        httpx_mock.add_response(url=TOKEN, json={"access_token": "AT1", "refresh_token": "RT1"})
        httpx_mock.add_response(
            url=f"{ACCOMMODATIONS}?page=0",
            json={"data": [{"id": 7, "name": "a"}], "page": {"page": 0, "totalPages": 2}},
        )
        httpx_mock.add_response(
            url=f"{ACCOMMODATIONS}?page=1",
            json={"data": [{"id": "8"}], "page": {"page": 1, "totalPages": 2}},
        )
        manager = make_manager(clock)

        async def main() -> Token:
            async with httpx.AsyncClient() as client:
                token = await manager.exchange_code(
                    "c", state="s", expected_state="s", send=client.send
                )
                assert await manager.authorization("OAuthLogin", "8", client.send) == "Bearer AT1"
                with pytest.raises(NoGrantError):  # not a default grant
                    await manager.authorization("OAuthLogin", None, client.send)
                return token

        token = await main()
        assert token.accommodations == ("7", "8")
        assert not token.default_grant
        discovery = requests_to(httpx_mock, ACCOMMODATIONS)
        assert [r.headers["authorization"] for r in discovery] == ["Bearer AT1"] * 2

    async def test_unknown_properties_make_a_default_grant(
        self, clock: Clock, httpx_mock: HTTPXMock
    ) -> None:
        """When discovery fails the grant serves OAuthLogin calls without a property."""
        httpx_mock.add_response(url=TOKEN, json={"access_token": "AT1", "refresh_token": "RT1"})
        httpx_mock.add_response(url=f"{ACCOMMODATIONS}?page=0", status_code=403, json={})
        manager = make_manager(clock)

        async with httpx.AsyncClient() as client:
            token = await manager.exchange_code(
                "c", state="s", expected_state="s", send=client.send
            )
            assert token.default_grant
            assert await manager.authorization("OAuthLogin", None, client.send) == "Bearer AT1"
            with pytest.raises(NoGrantError) as info:
                await manager.authorization("OAuthLogin", "999", client.send)
            assert info.value.accommodation == "999"

    async def test_no_grant_error_carries_the_authorization_url(
        self, clock: Clock
    ) -> None:
        manager = make_manager(clock)

        async def main() -> None:
            async with httpx.AsyncClient() as client:
                await manager.authorization("OAuthLogin", "555", client.send)

        with pytest.raises(NoGrantError) as info:
            await main()
        error = info.value
        query = parse_qs(urlsplit(error.authorization_url).query)
        assert query == {
            "client_id": ["public_id"], "redirect_uri": [REDIRECT], "state": [error.state]
        }
        assert error.accommodation == "555"
        assert "555" in str(error)

    async def test_bad_code_is_invalid_credentials(
        self, clock: Clock, httpx_mock: HTTPXMock
    ) -> None:
        httpx_mock.add_response(url=TOKEN, status_code=400, json={"type": "ApiParamsExemption"})
        manager = make_manager(clock)

        async def main() -> None:
            async with httpx.AsyncClient() as client:
                await manager.exchange_code(
                    "c", state="s", expected_state="s", send=client.send, accommodations="1"
                )

        with pytest.raises(InvalidCredentialsError):
            await main()


class TestRefresh:
    async def test_refresh_keeps_old_refresh_token(
        self, clock: Clock, httpx_mock: HTTPXMock
    ) -> None:
        """/identity/refresh without a refresh_token keeps the one we had."""
        httpx_mock.add_response(
            url=REFRESH, json={"access_token": "AT1", "expireDate": "2023-11-14T23:13:20Z"}
        )
        httpx_mock.add_response(url=REFRESH, json={"access_token": "AT2", "expires_in": 3600})
        store = MemoryTokenStore()
        manager = make_manager(clock, store=store)

        async def main() -> list[str]:
            async with httpx.AsyncClient() as client:
                await manager.add_refresh_token("RT-original", ["7"])
                first = await manager.authorization("OAuthLogin", "7", client.send)
                stored = await store.get("public_id:oauth:7")
                assert stored is not None
                assert stored.refresh_token == "RT-original"
                assert stored.expires_at == pytest.approx(T0 + 3600)
                clock.now += 3600
                second = await manager.authorization("OAuthLogin", "7", client.send)
                return [first, second]

        assert await main() == ["Bearer AT1", "Bearer AT2"]
        bodies = [form(r) for r in httpx_mock.get_requests()]
        assert bodies == [
            {"client_id": "public_id", "client_secret": "secret_value",
             "refresh_token": "RT-original"},
        ] * 2

    async def test_rotated_refresh_token_is_used_next_time(
        self, clock: Clock, httpx_mock: HTTPXMock
    ) -> None:
        httpx_mock.add_response(
            url=REFRESH, json={"access_token": "AT1", "refresh_token": "RT2", "expires_in": 60}
        )
        httpx_mock.add_response(url=REFRESH, json={"access_token": "AT2", "expires_in": 60})
        manager = make_manager(clock)

        async with httpx.AsyncClient() as client:
            await manager.add_refresh_token("RT1", "7")
            await manager.authorization("OAuthLogin", "7", client.send)
            clock.now += 60
            await manager.authorization("OAuthLogin", "7", client.send)
        assert [form(r)["refresh_token"] for r in httpx_mock.get_requests()] == ["RT1", "RT2"]

    async def test_network_grant_is_refreshed_once_for_all_its_properties(
        self, clock: Clock, httpx_mock: HTTPXMock
    ) -> None:
        """One refresh token covering two properties is renewed once, not per property."""
        httpx_mock.add_callback(
            lambda request: httpx.Response(200, json={"access_token": "AT", "expires_in": 600}),
            url=REFRESH,
            is_reusable=True,
        )
        manager = make_manager(clock)

        async with httpx.AsyncClient() as client:
            await manager.add_refresh_token("RT", ["1", "2"])
            async with anyio.create_task_group() as tg:
                for acc in ["1", "2"] * 50:
                    tg.start_soon(manager.authorization, "OAuthLogin", acc, client.send)
            assert await manager.authorization("OAuthLogin", "2", client.send) == "Bearer AT"
        assert len(httpx_mock.get_requests()) == 1


class TestMigration:
    async def test_migrate_api_key(self, clock: Clock, httpx_mock: HTTPXMock) -> None:
        """POST /identity/migrate with header key + form accommodation stores a grant."""
        httpx_mock.add_response(
            url=MIGRATE,
            method="POST",
            json={"access_token": "ATM", "refresh_token": "RTM", "expires_in": 3600,
                  "token_type": "Bearer"},
        )
        httpx_mock.add_response(url=REFRESH, json={"access_token": "ATM2", "expires_in": 3600})
        manager = make_manager(clock)

        async def main() -> list[str]:
            async with httpx.AsyncClient() as client:
                token = await manager.migrate_api_key("old-api-key", 4242, client.send)
                assert token.accommodations == ("4242",)
                first = await manager.authorization("OAuthLogin", "4242", client.send)
                clock.now += 3600
                second = await manager.authorization("OAuthLogin", "4242", client.send)
                # The legacy key scheme sends no bearer: the key is the operation's header.
                return [first, second, await manager.authorization("Key", "4242", client.send)]

        assert await main() == ["Bearer ATM", "Bearer ATM2", ""]
        migrate, refresh = httpx_mock.get_requests()
        assert migrate.headers["key"] == "old-api-key"
        assert form(migrate) == {"accommodation": "4242"}
        assert form(refresh)["refresh_token"] == "RTM"


class TestReactiveRefresh:
    @pytest.mark.parametrize(
        ("status", "body"),
        [
            (401, {"type": "ApiKeyInvalid", "message": "Expired Token"}),
            (403, {"type": "ApiLoginExpired", "message": "Expired Token"}),
        ],
    )
    @pytest.mark.parametrize("scheme", ["OAuthLogin", "ApiOperations"])
    async def test_expired_response_recovers_with_one_refresh(
        self,
        clock: Clock,
        httpx_mock: HTTPXMock,
        status: int,
        body: dict[str, str],
        scheme: str,
    ) -> None:
        """authorization -> 401/403 ApiLoginExpired -> token_expired -> authorization -> replay."""
        identity = REFRESH if scheme == "OAuthLogin" else APILOGIN
        httpx_mock.add_response(url=identity, json={"access_token": "OLD", "expires_in": 3600})
        httpx_mock.add_response(url=identity, json={"access_token": "NEW", "expires_in": 3600})
        api = f"{BASE}/rest/v1/reservation/7"

        def api_callback(request: httpx.Request) -> httpx.Response:
            if request.headers["authorization"] == "Bearer NEW":
                return httpx.Response(200, json={"ok": True})
            return httpx.Response(status, json=body)

        httpx_mock.add_callback(api_callback, url=api, is_reusable=True)
        manager = make_manager(clock)
        accommodation = "7" if scheme == "OAuthLogin" else None

        async def main() -> list[int]:
            async with httpx.AsyncClient() as client:
                if scheme == "OAuthLogin":
                    await manager.add_refresh_token("RT", "7")
                # Prime the token; the server then considers it expired (revoked early).
                old = await manager.authorization(scheme, accommodation, client.send)
                assert old == "Bearer OLD"
                statuses: list[int] = []

                async def one() -> None:
                    response = await call_like_runtime(manager, client, scheme, accommodation, api)
                    statuses.append(response.status_code)

                async with anyio.create_task_group() as tg:
                    for _ in range(20):
                        tg.start_soon(one)
                # A late report of the old token must not renew again.
                await manager.token_expired(scheme, accommodation, old, client.send)
                return statuses

        assert await main() == [200] * 20
        assert len(requests_to(httpx_mock, identity)) == 2  # priming + exactly one renewal

    async def test_token_expired_for_public_operation_is_a_no_op(
        self, clock: Clock
    ) -> None:
        manager = make_manager(clock)

        async with httpx.AsyncClient() as client:
            await manager.token_expired(None, None, "Bearer x", client.send)


class TestSingleFlight:
    @pytest.mark.parametrize("scheme", ["OAuthLogin", "ApiOperations"])
    async def test_10000_concurrent_calls_at_expiry_cause_one_refresh(
        self, clock: Clock, httpx_mock: HTTPXMock, scheme: str
    ) -> None:
        calls = 0

        async def slow_identity(request: httpx.Request) -> httpx.Response:
            nonlocal calls
            calls += 1
            await anyio.sleep(0.05)  # every caller piles up behind the renewal
            return httpx.Response(200, json={"access_token": f"T{calls}", "expires_in": 3600})

        identity = REFRESH if scheme == "OAuthLogin" else APILOGIN
        httpx_mock.add_callback(slow_identity, url=identity, is_reusable=True)
        manager = make_manager(clock)
        accommodation = "7" if scheme == "OAuthLogin" else None
        results: list[str] = []

        async with httpx.AsyncClient() as client:
            if scheme == "OAuthLogin":
                await manager.add_refresh_token("RT", "7")
            else:
                await manager.authorization(scheme, None, client.send)
                clock.now += 3600  # the apilogin token is now expired
                await anyio.sleep(0)

            async def one() -> None:
                results.append(await manager.authorization(scheme, accommodation, client.send))

            async with anyio.create_task_group() as tg:
                for _ in range(10_000):
                    tg.start_soon(one)
        expected_calls = 1 if scheme == "OAuthLogin" else 2  # apilogin: initial + renewal
        assert calls == expected_calls
        assert len(results) == 10_000
        assert set(results) == {f"Bearer T{expected_calls}"}
        assert manager.statistics().renewals_in_flight == 0

    async def test_failed_refresh_reaches_every_waiter_then_recovers(
        self, clock: Clock, httpx_mock: HTTPXMock
    ) -> None:
        calls = 0

        async def flaky(request: httpx.Request) -> httpx.Response:
            nonlocal calls
            calls += 1
            await anyio.sleep(0.05)
            if calls == 1:
                return httpx.Response(503, json={"type": "InternalServerError"})
            return httpx.Response(200, json={"access_token": "GOOD", "expires_in": 3600})

        httpx_mock.add_callback(flaky, url=REFRESH, is_reusable=True)
        manager = make_manager(clock)
        errors: list[BaseException] = []

        async def main() -> str:
            async with httpx.AsyncClient() as client:
                await manager.add_refresh_token("RT", "7")

                async def one() -> None:
                    try:
                        await manager.authorization("OAuthLogin", "7", client.send)
                    except TokenRefreshError as exc:
                        errors.append(exc)

                async with anyio.create_task_group() as tg:
                    for _ in range(1000):
                        tg.start_soon(one)
                assert calls == 1
                return await manager.authorization("OAuthLogin", "7", client.send)

        assert await main() == "Bearer GOOD"
        assert calls == 2
        assert len(errors) == 1000
        first = errors[0]
        assert all(e is first for e in errors)
        assert isinstance(first, TokenRefreshError)
        assert first.status_code == 503
        assert first.retryable

    async def test_transport_error_during_refresh_is_typed(
        self, clock: Clock, httpx_mock: HTTPXMock
    ) -> None:
        httpx_mock.add_exception(httpx.ConnectError("boom"), url=REFRESH)
        manager = make_manager(clock)

        async def main() -> None:
            async with httpx.AsyncClient() as client:
                await manager.add_refresh_token("RT", "7")
                await manager.authorization("OAuthLogin", "7", client.send)

        with pytest.raises(TokenRefreshError) as info:
            await main()
        assert info.value.retryable
        assert info.value.status_code is None

    async def test_cancelled_leader_does_not_strand_waiters(
        self, clock: Clock, httpx_mock: HTTPXMock
    ) -> None:
        """If the task doing the renewal is cancelled, a waiter takes over."""
        calls = 0

        async def identity(request: httpx.Request) -> httpx.Response:
            nonlocal calls
            calls += 1
            if calls == 1:
                await anyio.sleep(10)  # cancelled before it answers
            return httpx.Response(200, json={"access_token": "AT", "expires_in": 3600})

        httpx_mock.add_callback(identity, url=REFRESH, is_reusable=True)
        manager = make_manager(clock)

        async def main() -> str:
            async with httpx.AsyncClient() as client:
                await manager.add_refresh_token("RT", "7")
                result: list[str] = []

                async def waiter() -> None:
                    result.append(await manager.authorization("OAuthLogin", "7", client.send))

                leader_scope = anyio.CancelScope()
                async with anyio.create_task_group() as tg:
                    tg.start_soon(_in_scope, leader_scope, manager, client)
                    await anyio.sleep(0.05)
                    tg.start_soon(waiter)
                    await anyio.sleep(0.05)
                    leader_scope.cancel()
                return result[0]

        assert await main() == "Bearer AT"
        assert calls == 2
        assert manager.statistics().renewals_in_flight == 0


async def _in_scope(scope: anyio.CancelScope, manager: TokenManager, client: Any) -> None:
    with scope:
        await manager.authorization("OAuthLogin", "7", client.send)


class TestValidate:
    @pytest.mark.parametrize(
        ("status", "body", "reason"),
        [
            (200, {"access_token": "A"}, ValidationReason.OK),
            (401, {"type": "ApiKeyInvalid"}, ValidationReason.INVALID_CREDENTIALS),
            (401, {"type": "ApiKeyMissing"}, ValidationReason.INVALID_CREDENTIALS),
            (400, {"type": "Bad Request"}, ValidationReason.INVALID_CREDENTIALS),
            (403, {"type": "WrongEnviroment"}, ValidationReason.WRONG_ENVIRONMENT),
            (403, {"type": "ApiQuotaException"}, ValidationReason.QUOTA_EXCEEDED),
            (403, {"type": "ApiSecurityException"}, ValidationReason.FORBIDDEN),
            (404, None, ValidationReason.WRONG_BASE_URL),
            (503, None, ValidationReason.SERVER_ERROR),
            (200, {"unexpected": True}, ValidationReason.UNEXPECTED_RESPONSE),
        ],
    )
    async def test_reasons(
        self,
        clock: Clock,
        httpx_mock: HTTPXMock,
        status: int,
        body: dict[str, Any] | None,
        reason: ValidationReason,
    ) -> None:
        if body is None:
            httpx_mock.add_response(url=APILOGIN, status_code=status, text="Not Found")
        else:
            httpx_mock.add_response(url=APILOGIN, status_code=status, json=body)
        manager = make_manager(clock)

        async def main() -> Any:
            async with httpx.AsyncClient() as client:
                return await manager.validate(client.send)

        result = await main()
        assert result.reason is reason
        assert bool(result) is (reason is ValidationReason.OK)
        assert result.status_code == status
        if body and "type" in body:
            assert result.error_type == body["type"]

    async def test_network_error(self, clock: Clock, httpx_mock: HTTPXMock) -> None:
        httpx_mock.add_exception(httpx.ConnectTimeout("slow"), url=APILOGIN)
        manager = make_manager(clock)

        async def main() -> Any:
            async with httpx.AsyncClient() as client:
                return await manager.validate(client.send)

        result = await main()
        assert result.reason is ValidationReason.NETWORK_ERROR
        assert not result

    async def test_valid_credentials_token_is_reused(
        self, clock: Clock, httpx_mock: HTTPXMock
    ) -> None:
        httpx_mock.add_response(url=APILOGIN, json={"access_token": "A", "expires_in": 3600})
        manager = make_manager(clock)

        async def main() -> str:
            async with httpx.AsyncClient() as client:
                assert (await manager.validate(client.send)).ok
                return await manager.authorization("ApiOperations", None, client.send)

        assert await main() == "Bearer A"
        assert len(httpx_mock.get_requests()) == 1

    async def test_check_credentials(self, httpx_mock: HTTPXMock) -> None:
        """The CLI helper builds its own client (intercepted by pytest-httpx)."""
        httpx_mock.add_response(
            url=APILOGIN, status_code=403, json={"type": "WrongEnviroment", "message": "m"}
        )

        async def main() -> Any:
            return await check_credentials("public_id", "secret_value", BASE)

        result = await main()
        assert result.reason is ValidationReason.WRONG_ENVIRONMENT
        assert "WrongEnviroment" in result.message

    async def test_check_credentials_invalid_url(self) -> None:
        async def main() -> Any:
            return await check_credentials("public_id", "secret_value", "not a url")

        result = await main()
        assert not result
        assert result.reason in (ValidationReason.WRONG_BASE_URL, ValidationReason.NETWORK_ERROR)


class TestErrorTypes:
    async def test_wrong_environment_error(
        self, clock: Clock, httpx_mock: HTTPXMock
    ) -> None:
        httpx_mock.add_response(url=APILOGIN, status_code=403, json={"type": "WrongEnviroment"})
        manager = make_manager(clock)

        async def main() -> None:
            async with httpx.AsyncClient() as client:
                await manager.authorization("ApiOperations", None, client.send)

        with pytest.raises(WrongEnvironmentError):
            await main()

    async def test_server_error_is_retryable(
        self, clock: Clock, httpx_mock: HTTPXMock
    ) -> None:
        httpx_mock.add_response(url=APILOGIN, status_code=502, text="bad gateway")
        manager = make_manager(clock)

        async def main() -> None:
            async with httpx.AsyncClient() as client:
                await manager.authorization("ApiOperations", None, client.send)

        with pytest.raises(IdentityUnavailableError) as info:
            await main()
        assert info.value.retryable
        assert isinstance(info.value, AuthenticationError)

    async def test_data_wrapped_token_response(
        self, clock: Clock, httpx_mock: HTTPXMock
    ) -> None:
        """Some clients saw {"data": {...}}; accessToken is accepted too."""
        httpx_mock.add_response(url=APILOGIN, content=json.dumps(
            {"data": {"accessToken": "A9", "expires_in": 10}}
        ).encode())
        manager = make_manager(clock)

        async def main() -> str:
            async with httpx.AsyncClient() as client:
                return await manager.authorization("ApiOperations", None, client.send)

        assert await main() == "Bearer A9"
