"""The client's request path end to end over mocked HTTP (pytest-httpx), on asyncio and trio:
auth, typed errors, retries, quota feedback, pagination, raw responses and redaction."""

from __future__ import annotations

import json
import logging
import re
from typing import Any

import anyio
import httpx
import pytest
import sniffio
from pytest_httpx import HTTPXMock

import octorate
from octorate import (
    Limit,
    MemoryRateLimiter,
    NotFound,
    Octorate,
    PartnerServerError,
    RequestOptions,
    last_response,
    paginate,
)

BASE = "https://api.test/connect"
SECRET = "secret_0123456789abcdef0123456789abcdefXYZWVUTSRQ"
ACCESS = "access-token-7f3e9c1d2b4a"
REFRESH = "refresh-token-5d6c7b8a9e0f"


# Every test runs on asyncio and on trio (``anyio_backend``), and checks it runs on the one asked.
pytestmark = pytest.mark.anyio


def _client(**kwargs: Any) -> Octorate:
    return Octorate("public_test", SECRET, base_url=BASE, **kwargs)


def _apilogin(httpx_mock: HTTPXMock, token: str = ACCESS) -> None:
    httpx_mock.add_response(
        method="POST",
        url=f"{BASE}/rest/v1/identity/apilogin",
        json={"access_token": token, "expires_in": 3600},
        is_reusable=True,
    )


async def _grant(octo: Octorate, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="POST",
        url=f"{BASE}/rest/v1/identity/refresh",
        json={"access_token": ACCESS, "expires_in": 3600},
        is_reusable=True,
    )
    await octo.add_refresh_token(REFRESH, ["112696"])


def _reservation(i: int) -> dict[str, Any]:
    return {
        "id": i,
        "refer": f"R{i}",
        "channelId": 233,
        "product": 1,
        "roomGross": 10,
        "checkin": "2020-07-06T22:00:00Z[UTC]",
        "checkout": "2020-07-14T07:00:00Z[UTC]",
        "createTime": "2020-07-01T10:00:00Z[UTC]",
        "updateTime": "2020-07-01T10:00:00Z[UTC]",
        "guests": [],
        "totalGuest": 1,
        "totalChildren": 0,
        "totalInfants": 0,
    }


RES_URL = re.compile(rf"{re.escape(BASE)}/rest/v1/reservation/112696(\?.*)?$")


async def test_apilogin_token_is_used_for_api_member_operations(
    httpx_mock: HTTPXMock, anyio_backend: str
) -> None:
    assert sniffio.current_async_library() == anyio_backend
    _apilogin(httpx_mock)
    httpx_mock.add_response(
        url=f"{BASE}/rest/v1/accommodation",
        json=[{"id": "1", "name": "Villa", "timeZone": "Europe/Rome"}],
        headers={"X-RateLimit-Remaining": "97", "request-id": "abc"},
    )

    async with _client() as octo:
        accommodations = await octo.accommodations.retrieve_accommodations()
        assert [a.id for a in accommodations] == ["1"]
        raw = last_response()
        assert raw is not None and raw.request_id == "abc" and raw.rate_limit_remaining == 97
        assert raw.retries == 0 and raw.operation == "GET /rest/v1/accommodation"
    sent = next(r for r in httpx_mock.get_requests() if r.url.path.endswith("/accommodation"))
    assert sent.headers["Authorization"] == f"Bearer {ACCESS}"


async def test_pagination_walks_three_pages(httpx_mock: HTTPXMock, anyio_backend: str) -> None:
    assert sniffio.current_async_library() == anyio_backend
    for page in range(3):
        httpx_mock.add_response(
            url=re.compile(rf"{re.escape(BASE)}/rest/v1/reservation/112696\?.*page={page}.*"),
            json={
                "data": [_reservation(page * 2), _reservation(page * 2 + 1)],
                "page": {"page": page, "totalPages": 3},
            },
        )

    async with _client() as octo:
        await _grant(octo, httpx_mock)
        ids = [r.id async for r in paginate(octo.reservations.find_reservations, "112696")]
        assert ids == [0, 1, 2, 3, 4, 5]
    pages = [r for r in httpx_mock.get_requests() if "/reservation/" in r.url.path]
    assert [r.url.params["page"] for r in pages] == ["0", "1", "2"]
    assert all(r.url.params["size"] == "100" for r in pages)


async def test_calendar_page_size_above_what_octorate_accepts_is_refused(
    anyio_backend: str
) -> None:
    assert sniffio.current_async_library() == anyio_backend
    async with _client() as octo:
        with pytest.raises(ValueError, match="at most 50"):
            async for _ in paginate(octo.calendar.read_calendar, "112696", page_size=100):
                pass


async def test_typed_errors_carry_octorate_fields(
    httpx_mock: HTTPXMock, anyio_backend: str
) -> None:
    assert sniffio.current_async_library() == anyio_backend
    httpx_mock.add_response(
        url=RES_URL,
        status_code=404,
        json={"type": "ApiResourceMissing", "message": "errNotFound", "nested": []},
        headers={"request-id": "rid-1"},
    )

    async with _client() as octo:
        await _grant(octo, httpx_mock)
        with pytest.raises(NotFound) as info:
            await octo.reservations.find_reservations("112696")
        assert info.value.type == "ApiResourceMissing" and info.value.request_id == "rid-1"
        assert info.value.operation == "GET /rest/v1/reservation/{accommodation}"


async def test_550_is_retried_for_get_then_raises_partner_error(
    httpx_mock: HTTPXMock, anyio_backend: str
) -> None:
    assert sniffio.current_async_library() == anyio_backend
    for _ in range(3):
        httpx_mock.add_response(
            url=RES_URL,
            status_code=550,
            json={"type": "ApiPartnerServerError", "message": "OTA down"},
        )

    async with _client() as octo:
        await _grant(octo, httpx_mock)
        with pytest.raises(PartnerServerError) as info:
            await octo.reservations.find_reservations(
                "112696", options=RequestOptions(max_retries=2)
            )
        assert info.value.retries == 2


async def test_post_is_not_retried_after_it_was_sent(
    httpx_mock: HTTPXMock, anyio_backend: str
) -> None:
    assert sniffio.current_async_library() == anyio_backend
    httpx_mock.add_exception(httpx.ReadTimeout("slow"), url=RES_URL, method="POST")

    async with _client() as octo:
        await _grant(octo, httpx_mock)
        with pytest.raises(octorate.APIConnectionError):
            await octo.request(
                "createSingleReservation",
                path_params={"accommodation": "112696"},
                json_body={"refer": "X"},
            )
    assert (
        len(
            [
                r
                for r in httpx_mock.get_requests()
                if r.method == "POST" and "reservation" in r.url.path
            ]
        )
        == 1
    )


async def test_expired_token_403_refreshes_once_and_replays(
    httpx_mock: HTTPXMock, anyio_backend: str
) -> None:
    assert sniffio.current_async_library() == anyio_backend
    httpx_mock.add_response(
        url=RES_URL,
        status_code=403,
        json={"type": "ApiLoginExpired", "message": "Expired Token", "nested": []},
    )
    httpx_mock.add_response(url=RES_URL, json={"data": [], "page": {"page": 0, "totalPages": 0}})

    async with _client() as octo:
        await _grant(octo, httpx_mock)
        result = await octo.reservations.find_reservations("112696")
        assert result.data == []
    refreshes = [r for r in httpx_mock.get_requests() if r.url.path.endswith("/identity/refresh")]
    assert len(refreshes) == 2  # the first access token, then exactly one renewal


async def test_quota_403_waits_for_quota_and_succeeds(
    httpx_mock: HTTPXMock, anyio_backend: str
) -> None:
    assert sniffio.current_async_library() == anyio_backend
    httpx_mock.add_response(
        url=RES_URL,
        status_code=403,
        json={"type": "ApiQuotaException", "message": "quota", "nested": []},
        headers={"X-RateLimit-Remaining": "0"},
    )
    httpx_mock.add_response(
        url=RES_URL,
        json={"data": [], "page": {"page": 0, "totalPages": 0}},
        headers={"X-RateLimit-Remaining": "4"},
    )
    waits: list[float] = []

    limiter = MemoryRateLimiter([Limit(5, 0.5)], on_wait=lambda k, w, e: waits.append(e))
    async with _client(rate_limiter=limiter) as octo:
        await _grant(octo, httpx_mock)
        start = anyio.current_time()
        result = await octo.reservations.find_reservations("112696")
        assert result.data == []
        assert anyio.current_time() - start >= 0.2  # it held the key instead of failing
    assert waits, "the retry after 403 ApiQuotaException must wait on the limiter"
    calls = [r for r in httpx_mock.get_requests() if "/reservation/" in r.url.path]
    assert len(calls) == 2


async def test_deadline_bounds_the_wait_for_quota(
    httpx_mock: HTTPXMock, anyio_backend: str
) -> None:
    assert sniffio.current_async_library() == anyio_backend
    httpx_mock.add_response(
        url=RES_URL,
        status_code=403,
        is_optional=True,
        is_reusable=True,
        json={"type": "ApiQuotaException", "message": "quota", "nested": []},
    )

    limiter = MemoryRateLimiter([Limit(5, 60.0)])
    async with _client(rate_limiter=limiter) as octo:
        await _grant(octo, httpx_mock)
        start = anyio.current_time()
        # The server keeps answering 403 ApiQuotaException; the client holds the key for
        # a 60 s window, which cannot fit the 0.5 s deadline: it fails fast and typed.
        with pytest.raises(octorate.DeadlineExceeded):
            await octo.reservations.find_reservations(
                "112696", options=RequestOptions(deadline=0.5)
            )
        assert anyio.current_time() - start < 0.5


async def test_additional_cost_is_charged_to_the_accommodation(
    httpx_mock: HTTPXMock, anyio_backend: str
) -> None:
    assert sniffio.current_async_library() == anyio_backend
    httpx_mock.add_response(
        url=RES_URL,
        json={"data": [], "page": {"page": 0, "totalPages": 0}},
        headers={"X-RateLimit-Additional-Cost": "7"},
    )

    limiter = MemoryRateLimiter([Limit(100, 300.0)])
    async with _client(rate_limiter=limiter) as octo:
        await _grant(octo, httpx_mock)
        await octo.reservations.find_reservations("112696")
        usage = await limiter.usage("acc:112696")
        assert usage.used == (8,)


async def test_bare_list_is_accepted_where_an_envelope_is_declared(
    httpx_mock: HTTPXMock, anyio_backend: str
) -> None:
    assert sniffio.current_async_library() == anyio_backend
    httpx_mock.add_response(url=RES_URL, json=[_reservation(1)])

    async with _client() as octo:
        await _grant(octo, httpx_mock)
        result = await octo.reservations.find_reservations("112696")
        assert [r.id for r in result.data] == [1]


async def test_secrets_never_reach_logs_reprs_or_errors(
    httpx_mock: HTTPXMock, anyio_backend: str, caplog: pytest.LogCaptureFixture
) -> None:
    assert sniffio.current_async_library() == anyio_backend
    caplog.set_level(logging.DEBUG)
    httpx_mock.add_response(
        url=RES_URL, status_code=500, text=f"<html>boom {ACCESS}</html>", is_reusable=True
    )
    texts: list[str] = []

    async with _client() as octo:
        await _grant(octo, httpx_mock)
        texts.append(repr(octo) + repr(octo.tokens))
        with pytest.raises(octorate.ServerError) as info:
            await octo.reservations.find_reservations(
                "112696", options=RequestOptions(max_retries=1)
            )
        texts.append(str(info.value) + repr(info.value))
    everything = "\n".join(
        [*texts, caplog.text, json.dumps([r.getMessage() for r in caplog.records])]
    )
    for secret in (SECRET, ACCESS, REFRESH):
        assert secret not in everything


async def test_body_that_breaks_the_model_gives_a_typed_error_and_keeps_the_response(
    httpx_mock: HTTPXMock, anyio_backend: str
) -> None:
    assert sniffio.current_async_library() == anyio_backend
    broken = {"data": [{"id": 1, "refer": "X"}], "page": {"page": 0, "totalPages": 1}}
    httpx_mock.add_response(url=RES_URL, json=broken)

    async with _client() as octo:
        await _grant(octo, httpx_mock)
        with pytest.raises(octorate.ResponseValidationError) as info:
            await octo.reservations.find_reservations("112696")
        assert info.value.response.json() == broken
        assert "GET /rest/v1/reservation/{accommodation}" in str(info.value)


async def test_fields_trimmed_read_gives_typed_objects_missing_fields_raise_when_read(
    httpx_mock: HTTPXMock, anyio_backend: str
) -> None:
    """`fields=` trims required fields too: the call succeeds, what came back reads, and a
    field left out raises ResponseFieldError where it is read (the same body without
    `fields=` is a ResponseValidationError at the call)."""
    assert sniffio.current_async_library() == anyio_backend
    trimmed = {"data": [{"id": 1, "refer": "X", "status": "CONFIRMED"},
                        {"id": 2, "refer": "Y", "status": "CANCELLED"}],
               "page": {"page": 0, "totalPages": 1}}
    httpx_mock.add_response(url=RES_URL, json=trimmed, is_reusable=True)

    async with _client() as octo:
        await _grant(octo, httpx_mock)
        page = await octo.reservations.find_reservations("112696", fields="id,refer,status")
        assert [(r.id, r.refer, r.status.value) for r in page.data] == [
            (1, "X", "CONFIRMED"), (2, "Y", "CANCELLED")]
        with pytest.raises(octorate.ResponseFieldError, match="missing key 'checkin'"):
            page.data[0].checkin  # noqa: B018
        assert "fields=id%2Crefer%2Cstatus" in str(httpx_mock.get_requests()[-1].url)
        with pytest.raises(octorate.ResponseValidationError, match=r"data.*missing key 'channelId'"):
            await octo.reservations.find_reservations("112696")


async def test_legacy_key_operation_sends_the_key_header_and_no_bearer(
    httpx_mock: HTTPXMock, anyio_backend: str
) -> None:
    assert sniffio.current_async_library() == anyio_backend
    httpx_mock.add_response(method="POST", url=f"{BASE}/rest/v1/identity/migrate",
                            json={"access_token": "a", "refresh_token": "b"})

    async with _client() as octo:
        await octo.identity.migrate_api_key(key="legacy-key-123")
    sent = next(r for r in httpx_mock.get_requests() if r.url.path.endswith("/migrate"))
    assert sent.headers["key"] == "legacy-key-123"
    assert "Authorization" not in sent.headers


async def test_calls_without_a_property_can_name_the_quota_they_spend(
    httpx_mock: HTTPXMock, anyio_backend: str
) -> None:
    assert sniffio.current_async_library() == anyio_backend
    httpx_mock.add_response(method="POST", url=f"{BASE}/rest/v1/calendar/bulk",
                            json={"process": [1], "success": True},
                            headers={"X-RateLimit-Additional-Cost": "2"})

    limiter = MemoryRateLimiter([Limit(100, 300.0)])
    async with _client(rate_limiter=limiter) as octo:
        await octo.add_refresh_token(REFRESH, ["112696"], default=True)
        httpx_mock.add_response(method="POST", url=f"{BASE}/rest/v1/identity/refresh",
                                json={"access_token": ACCESS, "expires_in": 3600})
        await octo.calendar.bulk(body=[], options=RequestOptions(accommodation="112696"))
        assert (await limiter.usage("acc:112696")).used == (3,)
        assert (await limiter.usage("member")).used == (0,)


async def test_request_by_operation_id_keys_quota_on_camel_case_path_params(
    httpx_mock: HTTPXMock, anyio_backend: str
) -> None:
    assert sniffio.current_async_library() == anyio_backend
    _apilogin(httpx_mock)  # getIcsLink is an ApiOperations operation
    httpx_mock.add_response(url=f"{BASE}/rest/v1/accommodation/112696/icsLink", json={"url": "x"})

    limiter = MemoryRateLimiter([Limit(100, 300.0)])
    async with _client(rate_limiter=limiter) as octo:
        raw = await octo.request("getIcsLink", path_params={"accommodationId": "112696"})
        assert raw.parsed == {"url": "x"}
        assert (await limiter.usage("acc:112696")).used == (1,)
        with pytest.raises(ValueError, match="did you mean"):
            await octo.request("getIcsLinks")
