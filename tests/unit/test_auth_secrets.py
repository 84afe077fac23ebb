"""No secret ever reaches logs, reprs or exception texts, even at DEBUG level."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from octorate._auth import (
    FileTokenStore,
    IdentityUnavailableError,
    NoGrantError,
    StateMismatchError,
    TokenManager,
    TokenRefreshError,
)

BASE = "https://api.test.octorate.example/connect"
T0 = 1_700_000_000.0

CLIENT_SECRET = "secret_0123456789abcdef0123456789abcdefQWERTYUIOP"
API_ACCESS = "apiaccess-1111-2222-3333-444455556666"
API_ACCESS_2 = "apiaccess-7777-8888-9999-000011112222"
OAUTH_ACCESS = "oauthaccess-aaaa-bbbb-cccc-ddddeeeeffff"
OAUTH_ACCESS_2 = "oauthaccess-2222-bbbb-cccc-ddddeeeeffff"
REFRESH_TOKEN = "refreshtoken-zzzz-yyyy-xxxx-wwwwvvvvuuuu"
MIGRATED_ACCESS = "migratedaccess-1234-5678-9abc-def012345678"
MIGRATED_REFRESH = "migratedrefresh-1234-5678-9abc-def012345678"
OLD_API_KEY = "oldapikey-abcdefabcdefabcdefabcdef"
CODE = "oneshotcode-5555-6666-7777"
SECRETS = [
    CLIENT_SECRET, API_ACCESS, API_ACCESS_2, OAUTH_ACCESS, OAUTH_ACCESS_2, REFRESH_TOKEN,
    MIGRATED_ACCESS, MIGRATED_REFRESH, OLD_API_KEY, CODE,
]

pytestmark = pytest.mark.anyio


async def test_full_flow_leaks_no_secret(
    httpx_mock: HTTPXMock,
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
) -> None:
    caplog.set_level(logging.DEBUG)  # root: octorate.auth, httpx, httpcore, everything
    now = [T0]
    # apilogin (validate), apilogin again after a 403 ApiLoginExpired
    httpx_mock.add_response(url=f"{BASE}/rest/v1/identity/apilogin",
                            json={"access_token": API_ACCESS, "expires_in": 3600})
    httpx_mock.add_response(url=f"{BASE}/rest/v1/identity/apilogin",
                            json={"access_token": API_ACCESS_2, "expires_in": 3600})
    httpx_mock.add_response(
        url=f"{BASE}/rest/v1/identity/token",
        json={"access_token": OAUTH_ACCESS, "refresh_token": REFRESH_TOKEN,
              "expireDate": "2023-11-15T00:00:00.000Z[UTC]", "token_type": "Bearer"},
    )
    httpx_mock.add_response(
        url=f"{BASE}/rest/v1/accommodation?page=0", json=[{"id": "77"}, {"id": "78"}]
    )
    # A refresh that fails with a body echoing the secrets back, then one that works.
    httpx_mock.add_response(
        url=f"{BASE}/rest/v1/identity/refresh", status_code=400,
        json={"type": "ApiParamsExemption",
              "message": f"bad refresh_token {REFRESH_TOKEN} for secret {CLIENT_SECRET}"},
    )
    httpx_mock.add_response(url=f"{BASE}/rest/v1/identity/refresh",
                            json={"access_token": OAUTH_ACCESS_2, "expires_in": 3600})
    httpx_mock.add_response(
        url=f"{BASE}/rest/v1/identity/migrate",
        json={"access_token": MIGRATED_ACCESS, "refresh_token": MIGRATED_REFRESH},
    )
    texts: list[str] = []

    store = FileTokenStore(tmp_path / "tokens.json")
    manager = TokenManager(
        "public_client", CLIENT_SECRET, base_url=BASE, store=store,
        clock=lambda: now[0], redirect_uri="https://app.example/cb",
    )
    texts.append(repr(manager))
    texts.append(str(manager))
    async with httpx.AsyncClient() as client:
        result = await manager.validate(client.send)
        assert result.ok
        texts.append(repr(result))
        auth = await manager.authorization("ApiOperations", None, client.send)
        await manager.token_expired("ApiOperations", None, auth, client.send)
        assert await manager.authorization("ApiOperations", None, client.send) == (
            f"Bearer {API_ACCESS_2}"
        )

        _, state = manager.authorization_url()
        try:
            await manager.exchange_code(CODE, state="wrong", expected_state=state,
                                        send=client.send)
        except StateMismatchError as exc:
            texts.extend([str(exc), repr(exc)])
        grant = await manager.exchange_code(CODE, state=state, expected_state=state,
                                            send=client.send)
        texts.extend([repr(grant), str(grant)])
        assert await manager.authorization("OAuthLogin", "77", client.send) == (
            f"Bearer {OAUTH_ACCESS}"
        )
        now[0] += 86_400  # expired
        try:
            await manager.authorization("OAuthLogin", "78", client.send)
        except TokenRefreshError as exc:
            texts.extend([str(exc), repr(exc), repr(exc.args)])
        assert await manager.authorization("OAuthLogin", "78", client.send) == (
            f"Bearer {OAUTH_ACCESS_2}"
        )
        stored = await store.get("public_client:oauth:77")
        texts.append(repr(stored))
        migrated = await manager.migrate_api_key(OLD_API_KEY, "99", client.send)
        texts.append(repr(migrated))
        try:
            await manager.authorization("OAuthLogin", "100", client.send)
        except NoGrantError as exc:
            texts.extend([str(exc), repr(exc)])
        texts.append(repr(store))
        texts.append(repr(manager.statistics()))
    texts.append(caplog.text)
    texts.extend(repr(record.args) for record in caplog.records)
    assert any("refreshing OAuth grant" in record.getMessage() for record in caplog.records)
    assert any("ApiParamsExemption" in text for text in texts)  # the failure was captured
    assert len(texts) > 15
    leaks = [(secret, text) for text in texts for secret in SECRETS if secret in text]
    assert leaks == []


def test_token_repr_is_redacted() -> None:
    from octorate._auth import Token

    token = Token(access_token=OAUTH_ACCESS, refresh_token=REFRESH_TOKEN, expires_at=1.0,
                  obtained_at=0.0, accommodations=("1",))
    for text in (repr(token), str(token), f"{token}", repr([token])):
        assert OAUTH_ACCESS not in text
        assert REFRESH_TOKEN not in text
        assert "<redacted>" in text


async def test_exception_from_transport_does_not_carry_form_body(httpx_mock: HTTPXMock) -> None:
    """A transport failure message names the host, not the request body."""
    httpx_mock.add_exception(httpx.ConnectError(f"failed {CLIENT_SECRET}"))

    async def main() -> Any:
        manager = TokenManager("public_client", CLIENT_SECRET, base_url=BASE)
        async with httpx.AsyncClient() as client:
            return await manager.authorization("ApiOperations", None, client.send)

    with pytest.raises(IdentityUnavailableError) as info:
        await main()
    assert CLIENT_SECRET not in str(info.value)
    assert CLIENT_SECRET not in repr(info.value)
    assert info.value.__cause__ is None  # chained cause (holding the request) suppressed
