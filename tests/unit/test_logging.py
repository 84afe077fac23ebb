"""Redaction and the OCTORATE_LOG switch; an end-to-end scan for leaked secrets."""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterator

import httpx
import pytest
from pytest_httpx import HTTPXMock

from octorate import _logging
from octorate._errors import Unauthorized
from octorate._logging import (
    REDACTED,
    RedactingFilter,
    get_logger,
    redact_headers,
    redact_text,
    register_secret,
    registered_secret_count,
    setup_logging_from_env,
    unregister_secret,
)
from octorate._retry import RetryPolicy, call_with_retries

CLIENT_SECRET = "cs-9f8e7d6c5b4a"
ACCESS_TOKEN = "at-0123456789abcdef"
REFRESH_TOKEN = "rt-fedcba9876543210"
AUTH_CODE = "ac-1a2b3c4d"
API_KEY = "key-55aa66bb"
SECRETS = (CLIENT_SECRET, ACCESS_TOKEN, REFRESH_TOKEN, AUTH_CODE, API_KEY)


pytestmark = pytest.mark.anyio  # the async test runs on asyncio and trio (anyio_backend)


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """Undo what setup_logging_from_env does to the octorate and httpx loggers."""
    loggers = [logging.getLogger("octorate"), logging.getLogger("httpx")]
    saved = [(lg, lg.level, list(lg.handlers)) for lg in loggers]
    yield
    for lg, level, handlers in saved:
        lg.setLevel(level)
        lg.handlers[:] = handlers


class TestRedactText:
    """redact_text on the shapes secrets travel in."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Authorization: Bearer abc.def-ghi", "Authorization: [REDACTED]"),
            ("authorization:Basic dXNlcjpwYXNz", "authorization:[REDACTED]"),
            (
                "{'Authorization': 'Bearer abc', 'Accept': 'json'}",
                "{'Authorization': '[REDACTED]', 'Accept': 'json'}",
            ),
            ("sent Bearer eyJhbGciOi.J9x", "sent Bearer [REDACTED]"),
            (
                '{"access_token": "xyz", "expires_in": 3600, "refresh_token":"r1"}',
                '{"access_token": "[REDACTED]", "expires_in": 3600, "refresh_token":"[REDACTED]"}',
            ),
            ('{"accessToken":"abc\\"def"}', '{"accessToken":"[REDACTED]"}'),
            (
                "grant_type=authorization_code&code=AbC&client_secret=s%2Bh&redirect_uri=x",
                "grant_type=authorization_code&code=[REDACTED]&client_secret=[REDACTED]"
                "&redirect_uri=x",
            ),
            ("GET /x?key=123&page=1&apikey=9", "GET /x?key=[REDACTED]&page=1&apikey=[REDACTED]"),
            ("Cookie: session=abc; other=1", "Cookie: [REDACTED]"),
            # Look-alikes that are not secrets stay readable.
            ("ordinary code review of monkey=1", "ordinary code review of monkey=1"),
            ("errorcode=12 barcode=3", "errorcode=12 barcode=3"),
            ("", ""),
        ],
    )
    def test_shapes(self, text: str, expected: str) -> None:
        """Names stay, values go."""
        assert redact_text(text) == expected

    def test_registered_secret_anywhere(self) -> None:
        """A registered literal is removed wherever it appears."""
        register_secret("lit-secret-8899")
        try:
            assert redact_text("x lit-secret-8899y") == f"x {REDACTED}y"
        finally:
            unregister_secret("lit-secret-8899")
        assert redact_text("x lit-secret-8899y") == "x lit-secret-8899y"

    def test_longest_secret_wins(self) -> None:
        """A secret containing another is replaced whole."""
        register_secret("abcd1234")
        register_secret("abcd1234-long-tail")
        try:
            assert redact_text("abcd1234-long-tail") == REDACTED
        finally:
            unregister_secret("abcd1234")
            unregister_secret("abcd1234-long-tail")

    def test_short_and_empty_secrets_ignored(self) -> None:
        """Tiny values would redact half of every line: refused."""
        before = registered_secret_count()
        register_secret("abc")
        register_secret("")
        register_secret(None)
        assert registered_secret_count() == before
        assert redact_text("abc") == "abc"


class TestRegistry:
    """The secret registry is bounded and weakly tied to owners."""

    def test_owner_lifetime(self) -> None:
        """A secret registered with an owner disappears with it."""

        class Owner:
            pass

        owner = Owner()
        before = registered_secret_count()
        register_secret("owned-secret-4242", owner=owner)
        assert registered_secret_count() == before + 1
        assert redact_text("owned-secret-4242") == REDACTED
        del owner
        gc.collect()
        assert registered_secret_count() == before
        assert redact_text("owned-secret-4242") == "owned-secret-4242"

    def test_owner_collected_while_the_registry_lock_is_held(self) -> None:
        """The garbage collector can run a finalizer in the middle of any registry call
        (it starts on an allocation, e.g. while the pattern compiles): the finalizer must
        not wait for the lock this thread already holds. Before the fix this deadlocked."""

        class Owner:
            pass

        owner = Owner()
        before = registered_secret_count()
        register_secret("gc-held-lock-5150", owner=owner)
        with _logging._registry._lock:
            del owner
            gc.collect()  # runs the finalizer here, lock held
        assert registered_secret_count() == before
        assert redact_text("gc-held-lock-5150") == "gc-held-lock-5150"

    def test_refcounted(self) -> None:
        """Two registrations of one value need two unregistrations."""
        register_secret("shared-secret-77")
        register_secret("shared-secret-77")
        unregister_secret("shared-secret-77")
        assert redact_text("shared-secret-77") == REDACTED
        unregister_secret("shared-secret-77")
        assert redact_text("shared-secret-77") == "shared-secret-77"
        unregister_secret("never-registered")  # no error

    def test_bounded(self) -> None:
        """The oldest values are evicted past the limit (rotating tokens)."""
        reg = _logging._SecretRegistry(limit=3)
        for i in range(5):
            reg.add(f"token-{i:04d}")
        assert len(reg) == 3
        pattern = reg.pattern()
        assert pattern is not None
        assert pattern.search("token-0000") is None
        assert pattern.search("token-0004") is not None


class TestRedactHeaders:
    """redact_headers for reprs and debug dumps."""

    def test_mapping(self) -> None:
        """Credential headers are hidden, others kept."""
        out = redact_headers(
            {
                "Authorization": f"Bearer {ACCESS_TOKEN}",
                "X-Api-Key": API_KEY,
                "Accept": "application/json",
                "request-id": "r1",
            }
        )
        assert out == {
            "Authorization": REDACTED,
            "X-Api-Key": REDACTED,
            "Accept": "application/json",
            "request-id": "r1",
        }

    def test_httpx_headers_multi(self) -> None:
        """Repeated headers are joined; registered secrets in other headers go too."""
        register_secret(REFRESH_TOKEN)
        try:
            headers = httpx.Headers(
                [("Set-Cookie", "a=1"), ("Set-Cookie", "b=2"), ("Via", "1.1 x"),
                 ("Via", f"leak {REFRESH_TOKEN}")]
            )
            out = redact_headers(headers)
        finally:
            unregister_secret(REFRESH_TOKEN)
        assert out == {"set-cookie": f"{REDACTED}, {REDACTED}", "via": f"1.1 x, leak {REDACTED}"}


class TestFilter:
    """The RedactingFilter on the octorate loggers."""

    def test_args_and_message(self, caplog: pytest.LogCaptureFixture) -> None:
        """%-args are formatted, then redacted; handlers get safe text."""
        log = get_logger()
        with caplog.at_level(logging.DEBUG, logger="octorate"):
            log.debug("token response %s", {"access_token": ACCESS_TOKEN, "expires_in": 60})
            log.info("headers %r", {"authorization": f"Bearer {ACCESS_TOKEN}"})
        assert ACCESS_TOKEN not in caplog.text
        assert caplog.text.count(REDACTED) == 2
        assert all(r.args is None for r in caplog.records)

    def test_child_logger(self, caplog: pytest.LogCaptureFixture) -> None:
        """Children from get_logger are redacted too (logger filters do not inherit)."""
        with caplog.at_level(logging.DEBUG, logger="octorate"):
            get_logger("auth").warning("refresh with refresh_token=%s", REFRESH_TOKEN)
        assert REFRESH_TOKEN not in caplog.text
        assert "octorate.auth" in caplog.text

    def test_exception_text(self, caplog: pytest.LogCaptureFixture) -> None:
        """Tracebacks logged with exc_info are redacted as well."""
        register_secret(CLIENT_SECRET)
        try:
            with caplog.at_level(logging.DEBUG, logger="octorate"):
                try:
                    raise RuntimeError(f"exchange failed for client_secret {CLIENT_SECRET}")
                except RuntimeError:
                    get_logger().exception("token exchange failed")
        finally:
            unregister_secret(CLIENT_SECRET)
        assert CLIENT_SECRET not in caplog.text
        assert "RuntimeError" in caplog.text

    def test_bad_format_string_kept(self) -> None:
        """A broken %-format does not drop the record."""
        record = logging.LogRecord("octorate", logging.INFO, __file__, 1, "x %d", ("y",), None)
        assert RedactingFilter().filter(record) is True
        assert "x %d" in record.getMessage()

    def test_idempotent(self) -> None:
        """Running the filter twice does not double-process."""
        record = logging.LogRecord(
            "octorate", logging.INFO, __file__, 1, "code=%s", ("abc",), None
        )
        flt = RedactingFilter()
        flt.filter(record)
        flt.filter(record)
        assert record.getMessage() == f"code={REDACTED}"


class TestSetupFromEnv:
    """OCTORATE_LOG turns on one stderr handler."""

    @pytest.mark.usefixtures("restore_logging")
    def test_debug(self, capsys: pytest.CaptureFixture[str]) -> None:
        """debug: one handler, repeated calls do not add more, output is redacted."""
        handler = setup_logging_from_env({"OCTORATE_LOG": "DEBUG"})
        again = setup_logging_from_env({"OCTORATE_LOG": "debug"})
        assert handler is not None
        assert again is handler
        octo = logging.getLogger("octorate")
        assert octo.handlers.count(handler) == 1
        assert octo.level == logging.DEBUG
        assert handler in logging.getLogger("httpx").handlers
        octo.debug("Authorization: Bearer %s", ACCESS_TOKEN)
        # A record from a logger without the logger-level filter is still redacted by
        # the handler's filter (httpx logs request lines with URLs).
        logging.getLogger("httpx").debug("GET https://x/?code=%s", AUTH_CODE)
        err = capsys.readouterr().err
        assert "DEBUG octorate: Authorization: [REDACTED]" in err
        assert f"code={REDACTED}" in err
        assert ACCESS_TOKEN not in err
        assert AUTH_CODE not in err

    @pytest.mark.usefixtures("restore_logging")
    def test_info_then_warning(self) -> None:
        """A later call changes the level of the same handler."""
        handler = setup_logging_from_env({"OCTORATE_LOG": "info"})
        assert handler is not None
        assert handler.level == logging.INFO
        assert setup_logging_from_env({"OCTORATE_LOG": "warning"}) is handler
        assert handler.level == logging.WARNING
        assert handler not in logging.getLogger("httpx").handlers

    @pytest.mark.parametrize("value", [None, "", "verbose", "1"])
    @pytest.mark.usefixtures("restore_logging")
    def test_off(self, value: str | None) -> None:
        """Unset, empty or unknown: nothing is installed."""
        env = {} if value is None else {"OCTORATE_LOG": value}
        before = list(logging.getLogger("octorate").handlers)
        assert setup_logging_from_env(env) is None
        assert logging.getLogger("octorate").handlers == before

    @pytest.mark.usefixtures("restore_logging")
    def test_reads_os_environ(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """By default the process environment is read."""
        monkeypatch.setenv("OCTORATE_LOG", "info")
        assert setup_logging_from_env() is not None


class TestNoSecretLeaks:
    """End to end: run a failing authenticated call and scan everything produced."""

    async def test_scan_logs_and_errors(
        self,
        httpx_mock: HTTPXMock,
        caplog: pytest.LogCaptureFixture,
    ) -> None:
        """No secret used by the test appears in captured logs or exception texts."""
        register_secret(CLIENT_SECRET)
        register_secret(ACCESS_TOKEN)
        register_secret(REFRESH_TOKEN)
        # The server misbehaves: 503 twice, then a 401 that echoes the token and key.
        httpx_mock.add_response(status_code=503, text=f"<html>busy {ACCESS_TOKEN}</html>")
        httpx_mock.add_exception(httpx.ConnectError(f"refused key={API_KEY}"))
        httpx_mock.add_response(
            status_code=401,
            json={"type": "ApiKeyInvalid", "message": f"token {ACCESS_TOKEN} invalid"},
            headers={"request-id": "rid-9"},
        )
        log = get_logger("client")

        async def send(attempt: int) -> httpx.Response:
            async with httpx.AsyncClient() as client:
                request = client.build_request(
                    "PUT",
                    f"https://api.octorate.com/connect/rest/v1/x?code={AUTH_CODE}&key={API_KEY}",
                    headers={"Authorization": f"Bearer {ACCESS_TOKEN}"},
                    data={"client_secret": CLIENT_SECRET, "refresh_token": REFRESH_TOKEN},
                )
                log.debug("sending %s %s headers=%s", request.method, request.url,
                          dict(request.headers))
                return await client.send(request)

        async def body() -> None:
            await call_with_retries(
                send,
                method="PUT",
                policy=RetryPolicy(uniform=lambda lo, hi: 0.0),
                operation="PUT /rest/v1/x",
            )

        texts: list[str] = []
        try:
            with caplog.at_level(logging.DEBUG, logger="octorate"):
                with pytest.raises(Unauthorized) as info:
                    await body()
                log.error("call failed", exc_info=info.value)
        finally:
            for s in (CLIENT_SECRET, ACCESS_TOKEN, REFRESH_TOKEN):
                unregister_secret(s)
        exc = info.value
        assert exc.retries == 2
        texts += [str(exc), repr(exc), exc.message]
        texts.append(caplog.text)
        texts += [r.getMessage() for r in caplog.records]
        texts += [r.exc_text or "" for r in caplog.records]
        joined = "\n".join(texts)
        assert "retrying PUT /rest/v1/x" in joined  # we did capture the interesting lines
        assert "sending PUT" in joined
        for secret in SECRETS:
            assert secret not in joined, secret


def test_secret_names_share_one_vocabulary() -> None:
    """Log redaction and model reprs decide what is secret by the same rule."""
    for name in ("accessToken", "refresh_token", "X-Api-Key", "client_secret", "password",
                 "code", "cvv", "PAN", "newPaymentToken"):
        assert _logging.is_secret_name(name), name
    for name in ("familyName", "currency", "checkin", "panorama", "status"):
        assert not _logging.is_secret_name(name), name
