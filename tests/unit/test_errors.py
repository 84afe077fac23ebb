"""Error mapping: real Octorate bodies (facts §4.1) and hostile ones become typed errors."""

from __future__ import annotations

import pickle
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytest_httpx import HTTPXMock

from octorate._errors import (
    APIConnectionError,
    APIError,
    APIErrorDetail,
    APITimeoutError,
    BadRequest,
    Conflict,
    DeadlineExceeded,
    Forbidden,
    InsufficientRole,
    InvalidCredentials,
    InvalidParams,
    JsonParseError,
    LoginExpired,
    MethodNotAllowed,
    MissingCredentials,
    NotAcceptable,
    NotFound,
    OctorateError,
    PartnerServerError,
    PermissionDenied,
    PreconditionFailed,
    QuotaExceeded,
    ResourceEmpty,
    ResourceMissing,
    ServerError,
    Unauthorized,
    Unprocessable,
    ValidationFailed,
    WrongEnvironment,
    error_from_response,
    map_transport_error,
    maybe_sent,
    normalize_error_type,
)
from octorate._logging import register_secret, unregister_secret

URL = "https://api.octorate.com/connect/rest/v1/calendar/123?size=20"
REQUEST_ID = "99eba45f-3a7b-4c1e-9d55-0123456789ab"

# Real bodies recorded in public code (facts §4.1).
SECURITY_403 = {
    "message": "errNoResourcesForIdentity",
    "nested": [],
    "type": "ApiSecurityException",
}
PARAMS_400 = {
    "element": "$.networkName",
    "message": "Master account not found or invalid",
    "nested": [],
    "type": "ApiParamsExemption",
}
VALIDATION_400 = {
    "element": "WebhookSubscription",
    "message": "errValidation",
    "nested": [
        {
            "element": "endpoint",
            "machine_name": "endpoint",
            "message": "errRejectLenght",
            "nested": [],
            "type": "RejectLenght",
        }
    ],
    "type": "ApiValidationFailed",
}
PAGESIZE_400 = {"message": "errPageSize", "nested": [], "type": "ApiParamsExemption"}
EXPIRED_403 = {"message": "Expired Token", "nested": [], "type": "ApiLoginExpired"}
QUOTA_403 = {"message": "errQuotaReached", "nested": [], "type": "ApiQuotaException"}
PARTNER_550 = {
    "message": "Booking.com refused the update",
    "nested": [],
    "suggestion": "check the details",
    "type": "ApiPartnerServerError",
}
HTML_502 = """<!DOCTYPE html>
<html><head><title>502 Bad Gateway</title>
<style>body { font-family: sans-serif; }</style>
<script>var secretish = "not for users";</script></head>
<body>
  <center><h1>502     Bad Gateway</h1></center>
  <hr><center>nginx/1.18.0 (Ubuntu) &amp; friends</center>
  <!-- a comment -->
</body></html>
"""


def fetch(httpx_mock: HTTPXMock, status: int, **kwargs: Any) -> httpx.Response:
    """Serve one response through pytest-httpx and return it as a real client got it."""
    headers = {"request-id": REQUEST_ID, **kwargs.pop("headers", {})}
    httpx_mock.add_response(status_code=status, headers=headers, **kwargs)
    with httpx.Client() as client:
        return client.get(URL, headers={"Authorization": "Bearer tok-abcdef123"})


class TestGlossaryMapping:
    """Each glossary row and each recorded body maps to the documented class."""

    @pytest.mark.parametrize(
        ("status", "body", "cls"),
        [
            (403, SECURITY_403, PermissionDenied),
            (400, PARAMS_400, InvalidParams),
            (400, VALIDATION_400, ValidationFailed),
            (400, PAGESIZE_400, InvalidParams),
            (400, {"message": "bad", "type": "JsonParseExemption"}, JsonParseError),
            (400, {"message": "bad", "type": "Bad Request"}, BadRequest),
            (401, {"message": "no key", "type": "ApiKeyMissing"}, MissingCredentials),
            (401, {"message": "wrong key", "type": "ApiKeyInvalid"}, InvalidCredentials),
            (403, QUOTA_403, QuotaExceeded),
            (403, EXPIRED_403, LoginExpired),
            (403, {"message": "sandbox vs prod", "type": "WrongEnviroment"}, WrongEnvironment),
            (404, {"message": "errMissing", "type": "ApiResourceMissing"}, ResourceMissing),
            (404, {"message": "errEmpty", "type": "ApiResourceEmpty"}, ResourceEmpty),
            (422, {"message": "semantic", "type": "ApiResourceMissing"}, Unprocessable),
            (500, {"message": "boom", "type": "InternalServerError"}, ServerError),
            (550, PARTNER_550, PartnerServerError),
        ],
    )
    def test_json_bodies(
        self, httpx_mock: HTTPXMock, status: int, body: dict[str, Any], cls: type[APIError]
    ) -> None:
        """The exact class is chosen, with the body's fields on the exception."""
        err = error_from_response(fetch(httpx_mock, status, json=body))
        assert type(err) is cls
        assert err.status_code == status
        assert err.type == body["type"]
        assert err.message == body["message"]
        assert err.request_id == REQUEST_ID
        assert err.response is not None

    def test_hierarchy(self) -> None:
        """The parents that callers catch are the documented ones."""
        assert issubclass(QuotaExceeded, Forbidden)
        assert issubclass(LoginExpired, Forbidden)
        assert issubclass(PartnerServerError, ServerError)
        assert issubclass(PreconditionFailed, Conflict)
        assert issubclass(ValidationFailed, BadRequest)
        assert issubclass(ResourceMissing, NotFound)
        assert issubclass(InvalidCredentials, Unauthorized)
        assert issubclass(APITimeoutError, APIConnectionError)
        assert issubclass(APITimeoutError, TimeoutError)
        assert issubclass(DeadlineExceeded, TimeoutError)
        for cls in (APIError, APIConnectionError, DeadlineExceeded):
            assert issubclass(cls, OctorateError)

    @pytest.mark.parametrize(
        ("documented", "variant", "status", "cls"),
        [
            ("ApiParamsExemption", "ApiParamsException", 400, InvalidParams),
            ("JsonParseExemption", "JsonParseException", 400, JsonParseError),
            ("WrongEnviroment", "WrongEnvironment", 403, WrongEnvironment),
            ("ApiQuotaException", "ApiQuotaExemption", 403, QuotaExceeded),
            ("ApiSecurityException", "apisecurityexception", 403, PermissionDenied),
        ],
    )
    def test_spelling_variants(
        self, httpx_mock: HTTPXMock, documented: str, variant: str, status: int,
        cls: type[APIError],
    ) -> None:
        """`...Exemption` and `...Exception` (and case) select the same class."""
        assert normalize_error_type(documented) == normalize_error_type(variant)
        err = error_from_response(fetch(httpx_mock, status, json={"type": variant, "message": "m"}))
        assert type(err) is cls
        assert err.type == variant  # the raw value is kept for logs and support

    def test_status_first(self, httpx_mock: HTTPXMock) -> None:
        """A type listed under another status does not override the status."""
        err = error_from_response(fetch(httpx_mock, 400, json=QUOTA_403))
        assert type(err) is BadRequest

    def test_validation_nested_details(self, httpx_mock: HTTPXMock) -> None:
        """`nested` becomes APIErrorDetail objects with the offending field."""
        err = error_from_response(fetch(httpx_mock, 400, json=VALIDATION_400))
        assert err.element == "WebhookSubscription"
        assert err.nested == [
            APIErrorDetail(
                type="RejectLenght",
                message="errRejectLenght",
                element="endpoint",
                machine_name="endpoint",
            )
        ]

    def test_partner_error_suggestion(self, httpx_mock: HTTPXMock) -> None:
        """550 keeps Octorate's suggestion."""
        err = error_from_response(fetch(httpx_mock, 550, json=PARTNER_550))
        assert err.suggestion == "check the details"


class TestMessageRules:
    """403s that Octorate signals by message rather than type."""

    def test_expired_token_message_with_generic_type(self, httpx_mock: HTTPXMock) -> None:
        """"Expired Token" in the message means LoginExpired even with another type."""
        body = {"message": "Expired Token for user", "type": "ApiSecurityException"}
        assert type(error_from_response(fetch(httpx_mock, 403, json=body))) is LoginExpired

    def test_caller_not_in_role_plain_text(self, httpx_mock: HTTPXMock) -> None:
        """The READONLY-permission 403 arrives as plain text."""
        err = error_from_response(fetch(httpx_mock, 403, text="Caller not in requested role"))
        assert type(err) is InsufficientRole
        assert err.type is None
        assert err.message == "Caller not in requested role"

    def test_caller_not_in_role_json(self, httpx_mock: HTTPXMock) -> None:
        """... and sometimes as a JSON message."""
        body = {"message": "Caller not in requested role"}
        assert type(error_from_response(fetch(httpx_mock, 403, json=body))) is InsufficientRole

    def test_expired_message_only_counts_on_403(self, httpx_mock: HTTPXMock) -> None:
        """A 401 saying "Expired Token" stays Unauthorized (status first)."""
        body = {"message": "Expired Token"}
        assert type(error_from_response(fetch(httpx_mock, 401, json=body))) is Unauthorized


class TestHostileBodies:
    """Bodies that are not Octorate JSON never crash the mapping."""

    def test_html_502(self, httpx_mock: HTTPXMock) -> None:
        """A gateway HTML page gives ServerError with a short, clean excerpt."""
        err = error_from_response(
            fetch(httpx_mock, 502, text=HTML_502, headers={"content-type": "text/html"})
        )
        assert type(err) is ServerError
        assert err.type is None
        assert len(err.message) <= 200
        assert "<" not in err.message
        assert "  " not in err.message
        assert "secretish" not in err.message  # script contents dropped
        assert "font-family" not in err.message
        assert err.message.startswith("502 Bad Gateway")
        assert "& friends" in err.message

    def test_long_html_is_truncated(self, httpx_mock: HTTPXMock) -> None:
        """Huge pages are cut to 200 characters."""
        page = "<html><body>" + "<p>word</p>\n" * 500 + "</body></html>"
        err = error_from_response(fetch(httpx_mock, 503, text=page))
        assert len(err.message) <= 200
        assert err.message.endswith("…")

    def test_empty_404(self, httpx_mock: HTTPXMock) -> None:
        """Plain 404 with no body: NotFound carrying the reason phrase."""
        err = error_from_response(fetch(httpx_mock, 404, content=b""))
        assert type(err) is NotFound
        assert err.message == "Not Found"
        assert err.type is None

    def test_plain_text_404(self, httpx_mock: HTTPXMock) -> None:
        """Plain-text 404 (wrong URL or sandbox unreachable)."""
        err = error_from_response(fetch(httpx_mock, 404, text="Not Found\n\n"))
        assert type(err) is NotFound
        assert err.message == "Not Found"

    @pytest.mark.parametrize(
        "content",
        [b"[1, 2, 3]", b'"just a string"', b"null", b"{not json", b"\xff\xfe\x00garbage", b"{}"],
    )
    def test_non_object_json_and_garbage(self, httpx_mock: HTTPXMock, content: bytes) -> None:
        """Arrays, scalars, broken JSON and undecodable bytes give a typed error."""
        err = error_from_response(fetch(httpx_mock, 400, content=content))
        assert type(err) is BadRequest
        assert err.type is None
        assert err.nested == []
        assert err.message

    def test_junk_fields_tolerated(self, httpx_mock: HTTPXMock) -> None:
        """Non-string fields and non-object nested items do not crash."""
        body = {"type": "ApiParamsExemption", "message": 42, "nested": [1, None, {"type": "X"}]}
        err = error_from_response(fetch(httpx_mock, 400, json=body))
        assert type(err) is InvalidParams
        assert err.message == "42"
        assert err.nested == [APIErrorDetail(type="X")]

    def test_unread_stream_does_not_crash(self) -> None:
        """A streamed response nobody read maps by status alone."""

        async def stream() -> Any:
            yield b'{"type": "ApiQuotaException"}'

        response = httpx.Response(403, content=stream(), request=httpx.Request("GET", URL))
        err = error_from_response(response)
        assert type(err) is Forbidden
        assert err.message == "Forbidden"

    def test_405_allow_header(self, httpx_mock: HTTPXMock) -> None:
        """MethodNotAllowed lists the Allow header's methods."""
        response = fetch(httpx_mock, 405, content=b"", headers={"Allow": "get, POST ,"})
        err = error_from_response(response)
        assert isinstance(err, MethodNotAllowed)
        assert err.allow == ["GET", "POST"]

    @pytest.mark.parametrize(
        ("status", "cls"),
        [(406, NotAcceptable), (409, Conflict), (412, PreconditionFailed), (418, APIError),
         (501, ServerError), (599, ServerError)],
    )
    def test_other_statuses(self, httpx_mock: HTTPXMock, status: int, cls: type[APIError]) -> None:
        """Statuses outside the glossary still get a sensible class."""
        assert type(error_from_response(fetch(httpx_mock, status, text="x"))) is cls

    @settings(max_examples=200, deadline=None)
    @given(
        status=st.integers(min_value=400, max_value=599),
        body=st.one_of(
            st.binary(max_size=2000),
            st.text(max_size=2000).map(str.encode),
            st.recursive(
                st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                lambda children: st.lists(children, max_size=3)
                | st.dictionaries(
                    st.sampled_from(["type", "message", "nested", "element", "x"]), children,
                    max_size=4,
                ),
                max_leaves=10,
            ).map(lambda v: __import__("json").dumps(v).encode()),
        ),
    )
    def test_never_crashes(self, status: int, body: bytes) -> None:
        """Any status and any body give an APIError with a bounded message."""
        response = httpx.Response(status, content=body, request=httpx.Request("GET", URL))
        err = error_from_response(response)
        assert isinstance(err, APIError)
        assert err.status_code == status
        assert len(err.message) <= 300
        assert str(err).startswith(str(status))


class TestPresentation:
    """str(), repr() and pickling."""

    def test_str_format(self, httpx_mock: HTTPXMock) -> None:
        """`"<status> <type>: <message> (<operation>; request-id …)"`, short."""
        err = error_from_response(
            fetch(httpx_mock, 403, json=QUOTA_403),
            operation="GET /rest/v1/calendar/{accommodation}",
            retries=2,
        )
        assert str(err) == (
            "403 ApiQuotaException: errQuotaReached (GET /rest/v1/calendar/{accommodation}; "
            f"request-id {REQUEST_ID}; after 2 retries)"
        )
        assert err.retries == 2

    def test_str_mentions_element(self, httpx_mock: HTTPXMock) -> None:
        """The offending field is named."""
        err = error_from_response(fetch(httpx_mock, 400, json=PARAMS_400))
        assert str(err).startswith(
            "400 ApiParamsExemption: Master account not found or invalid [$.networkName]"
        )

    def test_operation_set_later_shows_in_str(self, httpx_mock: HTTPXMock) -> None:
        """The runtime may set operation after construction."""
        err = error_from_response(fetch(httpx_mock, 404, content=b""))
        err.operation = "GET /rest/v1/x"
        assert "GET /rest/v1/x" in str(err)

    def test_repr_excludes_response(self, httpx_mock: HTTPXMock) -> None:
        """repr is compact and does not embed the response."""
        err = error_from_response(fetch(httpx_mock, 403, json=SECURITY_403))
        text = repr(err)
        assert text.startswith("PermissionDenied(status_code=403, type='ApiSecurityException'")
        assert "Response" not in text

    def test_pickle_roundtrip(self, httpx_mock: HTTPXMock) -> None:
        """Errors survive pickling (the response is dropped)."""
        err = error_from_response(fetch(httpx_mock, 405, content=b"", headers={"Allow": "GET"}))
        clone = pickle.loads(pickle.dumps(err))  # noqa: S301 - our own object
        assert type(clone) is MethodNotAllowed
        assert clone.allow == ["GET"]
        assert clone.response is None
        assert str(clone) == str(err)
        conn = pickle.loads(pickle.dumps(APITimeoutError("t", sent=False)))  # noqa: S301
        assert type(conn) is APITimeoutError
        assert conn.sent is False

    def test_deadline_exceeded_plain_constructor(self) -> None:
        """Other layers may still raise DeadlineExceeded("...") positionally."""
        err = DeadlineExceeded("quota wait too long")
        assert str(err) == "quota wait too long"
        assert err.retries == 0


class TestSecretsStayOut:
    """Request credentials and bodies never reach an error's text."""

    def test_request_headers_and_body_absent(self, httpx_mock: HTTPXMock) -> None:
        """Authorization and a form body with client_secret are not in str/repr."""
        httpx_mock.add_response(status_code=401, json={"type": "ApiKeyInvalid", "message": "bad"})
        with httpx.Client() as client:
            response = client.post(
                "https://api.octorate.com/connect/rest/v1/identity/token",
                headers={"Authorization": "Bearer tok-SECRET-1234"},
                data={"client_secret": "cs-SECRET-5678", "code": "code-SECRET-9"},
            )
        err = error_from_response(response, operation="POST /rest/v1/identity/token")
        for text in (str(err), repr(err)):
            assert "SECRET" not in text

    def test_echoed_registered_secret_is_redacted(self, httpx_mock: HTTPXMock) -> None:
        """A server echoing a registered token in its message gets it redacted."""
        register_secret("tok-echoed-7f3a9c")
        try:
            body = {"type": "ApiKeyInvalid", "message": "token tok-echoed-7f3a9c is invalid"}
            err = error_from_response(fetch(httpx_mock, 401, json=body))
        finally:
            unregister_secret("tok-echoed-7f3a9c")
        assert "tok-echoed-7f3a9c" not in str(err)
        assert "[REDACTED]" in err.message


class TestTransportErrors:
    """map_transport_error: timeouts, and whether the request may have been sent."""

    @pytest.mark.parametrize(
        ("exc_cls", "cls", "sent"),
        [
            (httpx.ConnectError, APIConnectionError, False),
            (httpx.ConnectTimeout, APITimeoutError, False),
            (httpx.PoolTimeout, APITimeoutError, False),
            (httpx.ReadTimeout, APITimeoutError, True),
            (httpx.WriteTimeout, APITimeoutError, True),
            (httpx.ReadError, APIConnectionError, True),
            (httpx.WriteError, APIConnectionError, True),
            (httpx.RemoteProtocolError, APIConnectionError, True),
            (httpx.ProxyError, APIConnectionError, True),
        ],
    )
    def test_mapping(
        self, httpx_mock: HTTPXMock, exc_cls: type[httpx.TransportError],
        cls: type[APIConnectionError], sent: bool,
    ) -> None:
        """Each httpx failure maps to the right class and `sent` flag."""
        httpx_mock.add_exception(exc_cls("boom"))
        with httpx.Client() as client, pytest.raises(exc_cls) as info:
            client.get(URL + "&key=k-SECRET-1")
        mapped = map_transport_error(info.value, operation="GET /rest/v1/calendar/{accommodation}")
        assert type(mapped) is cls
        assert mapped.sent is sent
        assert maybe_sent(info.value) is sent
        assert maybe_sent(mapped) is sent
        assert mapped.request is not None
        assert mapped.request.method == "GET"
        assert exc_cls.__name__ in str(mapped)
        assert "GET /rest/v1/calendar/{accommodation}" in str(mapped)
        assert "SECRET" not in str(mapped)  # the query string is dropped

    def test_without_request(self) -> None:
        """An httpx error with no request attached still maps."""
        mapped = map_transport_error(httpx.ConnectError(""))
        assert mapped.request is None
        assert str(mapped) == "connection failed: ConnectError"
