"""Webhooks: envelope parsing, typed content, fuzzing, dedupe and the ASGI receiver.

The sample envelopes are rebuilt from facts §3.7: the S0 reservation example, the
D4 real calendar body (``reference:"77370"``, ``retry:14``, dates grouped under
``days``) and the S0 content notification.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from octorate._errors import OctorateError
from octorate._generated.models.api_reservation_resp_dto import ApiReservationRespDTO
from octorate._generated.types import UNSET
from octorate.webhooks import (
    OCTORATE_SOURCE_IPS,
    CalendarDay,
    CalendarNotification,
    ContentNotification,
    Deduplicator,
    EventType,
    SourceAllowList,
    Subscription,
    WebhookDelivery,
    WebhookError,
    ack,
    asgi_receiver,
    parse_delivery,
    reject_permanently,
)

pytestmark = pytest.mark.anyio

UTC = datetime.UTC

# S0 ``createSubscription`` "Example of Webhook for Reservation Subscription", verbatim.
RESERVATION: dict[str, Any] = {
    "channelId": 233, "channelRefer": "KW6PE8", "checkin": "2020-03-19T23:00:00Z[UTC]",
    "checkout": "2020-03-26T04:00:00Z[UTC]", "createTime": "2020-03-17T13:49:01Z[UTC]",
    "guests": [{"checkin": "2020-03-20", "checkout": "2020-03-26",
                "email": "test@test.it", "familyName": "Test", "givenName": "TEst",
                "language": "EN", "phone": "", "source": "USER", "type": "BOOKER"}],
    "pmsProduct": 0, "product": 267798, "refer": "KW6PE8", "status": "CONFIRMED",
    "totalGross": 5994.0, "totalGuest": 4, "updateTime": "2020-03-17T13:49:01Z[UTC]",
    "channelName": "Octorate", "currency": "EUR", "freeCancellation": True,
    "id": 92151096, "paymentStatus": "UNPAID", "paymentType": "UNKNOWN", "payments": [],
    "priceBreakdown": [
        *({"day": f"2020-03-{day}", "included": True, "price": 999.0,
           "reference": ref, "type": "DAILY_ROOM_PRICE"}
          for day, ref in [("20", "6216095"), ("21", "6216091"), ("22", "6216092"),
                           ("23", "6216093"), ("24", "6216096"), ("25", "6216094")]),
        {"included": True, "price": 5994.0, "type": "ROOM_NET"},
        {"included": True, "price": 0.0, "type": "VAT"},
    ],
    "roomGross": 5994.0, "totalChildren": 0, "totalInfants": 0, "touristTax": 0,
    "accommodation": {"id": "16997"},
}

CALENDAR: dict[str, Any] = {
    "data": [
        {
            "id": 253160,
            "name": "Double Room",
            "days": [
                {
                    "availability": 0,
                    "closeToArrival": False,
                    "closeToDeparture": False,
                    "cutOffDays": 0,
                    "days": ["2024-01-15", "2024-01-16", "2024-01-17"],
                    "maxStay": 99,
                    "minStay": 1,
                    "price": 9999.00,
                    "stopSells": False,
                },
                {
                    "availability": 3,
                    "closeToArrival": True,
                    "closeToDeparture": False,
                    "cutOffDays": 1,
                    "days": ["2024-01-20"],
                    "maxStay": 14,
                    "minStay": 2,
                    "price": 120.5,
                    "stopSells": False,
                },
            ],
        },
        {"id": 253161, "name": "Single Room", "days": []},
    ]
}

CONTENT: dict[str, Any] = {
    "message": "Photo rejected by portal",
    "octorateProduct": 253160,
    "success": False,
}


def subscription(event: str) -> dict[str, Any]:
    return {
        "apiMember": 4201,
        "createTime": "2024-01-10T09:00:00.000Z[UTC]",
        "enabled": True,
        "endpoint": "https://hooks.example.com/octorate/s3cr3t",
        "id": 1281,
        "priority": 0,
        "processTime": "2024-01-15T14:27:44.000Z[UTC]",
        "type": event,
    }


def envelope(
    event: str, content: Any, *, reference: str = "92151096", retry: int = 0
) -> dict[str, Any]:
    return {
        "id": 3141592,
        "type": event,
        "reference": reference,
        "retry": retry,
        "createTime": "2024-01-15T14:27:44.683Z[UTC]",
        "subscription": subscription(event),
        "content": json.dumps(content),
        "hmac": "5d41402abc4b2a76b9719d911017c592ae1f3b2c",
    }


def body(data: Any) -> bytes:
    return json.dumps(data).encode()


class TestParseEnvelope:
    def test_reservation_example(self) -> None:
        """A reservation event decodes content into ApiReservationRespDTO."""
        d = parse_delivery(body(envelope("RESERVATION_CREATED", RESERVATION)))
        assert d.id == 3141592
        assert d.type is EventType.RESERVATION_CREATED
        assert d.reference == "92151096"
        assert d.retry == 0
        assert d.create_time == datetime.datetime(2024, 1, 15, 14, 27, 44, 683000, UTC)
        assert d.create_time.tzinfo is not None
        assert d.hmac == "5d41402abc4b2a76b9719d911017c592ae1f3b2c"
        assert isinstance(d.content, ApiReservationRespDTO)
        assert d.content.refer == "KW6PE8"
        assert d.content.guests[0].given_name == "TEst"
        assert d.content.total_guest == 4
        assert json.loads(d.raw_content) == RESERVATION

    @pytest.mark.parametrize(
        "event",
        ["RESERVATION_CREATED", "RESERVATION_CHANGE", "RESERVATION_CANCELLED",
         "RESERVATION_CONFIRMED"],
    )
    def test_every_reservation_event(self, event: str) -> None:
        """All four reservation events carry a reservation."""
        d = parse_delivery(body(envelope(event, RESERVATION)))
        assert isinstance(d.content, ApiReservationRespDTO)

    def test_s0_reservation_example_verbatim(self) -> None:
        """S0's reservation example: no createTime, accommodation without name."""
        data = envelope("RESERVATION_CREATED", RESERVATION, retry=13)
        del data["createTime"], data["hmac"]
        d = parse_delivery(body(data))
        assert d.create_time is None
        assert d.hmac is None
        assert isinstance(d.content, ApiReservationRespDTO)
        assert d.content.accommodation.id == "16997"  # type: ignore[union-attr]
        # Required by the model, absent from Octorate's example: UNSET, not invented.
        assert d.content.accommodation.name is UNSET  # type: ignore[union-attr]
        assert d.content.guests[0].sex is UNSET
        assert d.content.guests[0].type_ == "BOOKER"

    def test_s0_calendar_example_without_id_is_rejected(self) -> None:
        """S0's calendar example omits ``id``; an id is required (documented)."""
        data = envelope("PORTAL_SUBSCRIPTION_CALENDAR", CALENDAR)
        del data["id"]
        with pytest.raises(WebhookError, match="missing 'id'"):
            parse_delivery(body(data))

    def test_subscription(self) -> None:
        """The subscription object is typed, with aware datetimes."""
        d = parse_delivery(body(envelope("RESERVATION_CHANGE", RESERVATION)))
        assert d.subscription == Subscription(
            id=1281,
            api_member=4201,
            type=EventType.RESERVATION_CHANGE,
            create_time=datetime.datetime(2024, 1, 10, 9, 0, tzinfo=UTC),
            process_time=datetime.datetime(2024, 1, 15, 14, 27, 44, tzinfo=UTC),
            endpoint="https://hooks.example.com/octorate/s3cr3t",
            priority=0,
            enabled=True,
        )

    def test_subscription_fields_missing_are_none(self) -> None:
        """An empty or absent subscription gives None fields or None."""
        data = envelope("CHAT_MESSAGE_RECEIVED", {})
        data["subscription"] = {}
        assert parse_delivery(body(data)).subscription == Subscription()
        del data["subscription"]
        assert parse_delivery(body(data)).subscription is None

    def test_calendar_example(self) -> None:
        """The D4 calendar body: grouped dates, reference 77370, retry 14."""
        data = envelope("PORTAL_SUBSCRIPTION_CALENDAR", CALENDAR, reference="77370",
                        retry=14)
        d = parse_delivery(body(data))
        assert d.reference == "77370"
        assert d.retry == 14
        assert isinstance(d.content, CalendarNotification)
        first = d.content.products[0]
        assert (first.id, first.name) == (253160, "Double Room")
        group = first.days[0]
        assert group.dates == [datetime.date(2024, 1, d) for d in (15, 16, 17)]
        assert (group.availability, group.price, group.min_stay, group.max_stay) == (
            0, 9999.0, 1, 99)
        assert group.stop_sells is False
        assert group.close_to_arrival is False
        assert group.cut_off_days == 0

    def test_calendar_expand(self) -> None:
        """expand() gives one entry per product and date."""
        d = parse_delivery(body(envelope("PORTAL_SUBSCRIPTION_CALENDAR", CALENDAR)))
        assert isinstance(d.content, CalendarNotification)
        days = d.content.expand()
        assert [day.date.day for day in days] == [15, 16, 17, 20]
        assert days[3] == CalendarDay(
            product_id=253160, product_name="Double Room",
            date=datetime.date(2024, 1, 20), availability=3, price=120.5, min_stay=2,
            max_stay=14, stop_sells=False, close_to_arrival=True,
            close_to_departure=False, cut_off_days=1)

    def test_content_notification(self) -> None:
        """CONTENT_NOTIFICATION decodes to ContentNotification."""
        d = parse_delivery(body(envelope("CONTENT_NOTIFICATION", CONTENT)))
        assert d.content == ContentNotification(
            message="Photo rejected by portal", octorate_product=253160, success=False)

    @pytest.mark.parametrize(
        "event", ["CONTENT_PUSH", "CHAT_MESSAGE_RECEIVED",
                  "XXX_NOT_USED_PORTAL_PROCESS_FAILED"])
    def test_other_events_keep_json(self, event: str) -> None:
        """Undocumented payloads stay decoded JSON."""
        payload = {"thread": 7, "items": [1, 2]}
        d = parse_delivery(body(envelope(event, payload)))
        assert d.type == EventType(event)
        assert d.content == payload

    def test_unknown_event_type_kept_as_string(self) -> None:
        """A new event type is a plain string, never a crash."""
        d = parse_delivery(body(envelope("SOMETHING_NEW", [1, "a"])))
        assert d.type == "SOMETHING_NEW"
        assert not isinstance(d.type, EventType)
        assert d.content == [1, "a"]

    def test_str_body_and_bytearray(self) -> None:
        """Bodies may be str, bytes or bytearray."""
        data = envelope("CONTENT_NOTIFICATION", CONTENT)
        assert parse_delivery(json.dumps(data)) == parse_delivery(
            bytearray(body(data)))  # type: ignore[arg-type]

    def test_numeric_reference_and_missing_retry(self) -> None:
        """A numeric reference becomes a string; a missing retry is 0."""
        data = envelope("CONTENT_NOTIFICATION", CONTENT)
        data["reference"] = 77370
        del data["retry"]
        d = parse_delivery(body(data))
        assert (d.reference, d.retry) == ("77370", 0)

    def test_calendar_datetime_dates_tolerated(self) -> None:
        """A full date-time where a date belongs keeps its calendar day."""
        cal = {"data": [{"id": 1, "days": [{"days": ["2024-01-15T00:00:00Z[UTC]"]}]}]}
        d = parse_delivery(body(envelope("PORTAL_SUBSCRIPTION_CALENDAR", cal)))
        assert isinstance(d.content, CalendarNotification)
        assert d.content.products[0].days[0].dates == [datetime.date(2024, 1, 15)]


def _without(key: str) -> Callable[[dict[str, Any]], None]:
    def apply(data: dict[str, Any]) -> None:
        del data[key]

    return apply


def _set(key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def apply(data: dict[str, Any]) -> None:
        data[key] = value

    return apply


class TestMalformed:
    def test_error_type(self) -> None:
        """WebhookError is an OctorateError and a ValueError."""
        assert issubclass(WebhookError, OctorateError)
        assert issubclass(WebhookError, ValueError)

    @pytest.mark.parametrize(
        ("raw", "fragment"),
        [
            (b"", "not valid JSON"),
            (b"\xff{", "not UTF-8"),
            (b"{", "not valid JSON"),
            (b"[]", "JSON object"),
            (b"42", "JSON object"),
            (b"null", "JSON object"),
            (b"[" * 100_000, "body"),
            (b'{"id": 1' + b"0" * 5000 + b"}", "body"),
        ],
    )
    def test_bad_bodies(self, raw: bytes, fragment: str) -> None:
        """Non-JSON and non-object bodies raise WebhookError."""
        with pytest.raises(WebhookError, match=fragment):
            parse_delivery(raw)

    @pytest.mark.parametrize(
        ("mutate", "fragment"),
        [
            (_without("id"), "missing 'id'"),
            (_without("type"), "missing 'type'"),
            (_without("content"), "missing 'content'"),
            (_without("reference"), "missing 'reference'"),
            (_set("id", "12"), "envelope.id"),
            (_set("id", True), "envelope.id"),
            (_set("type", 3), "envelope.type"),
            (_set("retry", "1"), "envelope.retry"),
            (_set("reference", [1]), "envelope.reference"),
            (_set("createTime", "yesterday"), "createTime"),
            (_set("createTime", 1705328864), "createTime"),
            (_set("subscription", []), "subscription"),
            (_set("subscription", {"id": "x"}), r"subscription\.id"),
            (_set("subscription", {"createTime": "soon"}), "subscription.createTime"),
            (_set("hmac", 5), "hmac"),
            (_set("content", RESERVATION), "JSON-encoded string"),
            (_set("content", "{not json"), "content is not valid JSON"),
            (_set("content", "[]"), "content: expected a JSON object"),
            (_set("content", json.dumps({"refer": "x"})), "reservation"),
            (_set("content", json.dumps({**RESERVATION, "checkin": "nope"})), "reserv"),
            (_set("content", json.dumps({**RESERVATION, "guests": 3})), "reservation"),
        ],
    )
    def test_bad_envelopes(
        self, mutate: Callable[[dict[str, Any]], None], fragment: str
    ) -> None:
        """Every malformed envelope raises WebhookError with a clear message."""
        data = envelope("RESERVATION_CREATED", RESERVATION)
        mutate(data)
        with pytest.raises(WebhookError, match=fragment):
            parse_delivery(body(data))

    @pytest.mark.parametrize(
        ("content", "fragment"),
        [
            ([], "JSON object"),
            ({"data": {}}, "content.data"),
            ({"data": [1]}, r"content.data\[0\]"),
            ({"data": [{"id": "x"}]}, r"content.data\[0\].id"),
            ({"data": [{"days": [{"days": ["2024-13-01"]}]}]}, "date"),
            ({"data": [{"days": [{"days": [20240101]}]}]}, "date string"),
            ({"data": [{"days": [{"price": "9"}]}]}, "price"),
            ({"data": [{"days": [{"stopSells": 0}]}]}, "stopSells"),
            ({"data": [{"days": [{"availability": 1.5}]}]}, "availability"),
        ],
    )
    def test_bad_calendar(self, content: Any, fragment: str) -> None:
        """Calendar content that does not fit raises WebhookError."""
        data = envelope("PORTAL_SUBSCRIPTION_CALENDAR", content)
        with pytest.raises(WebhookError, match=fragment):
            parse_delivery(body(data))

    @pytest.mark.parametrize(
        "content", [[], "x", {"success": "no"}, {"octorateProduct": "1"},
                    {"message": 1}])
    def test_bad_content_notification(self, content: Any) -> None:
        """Content notifications with wrong types raise WebhookError."""
        with pytest.raises(WebhookError):
            parse_delivery(body(envelope("CONTENT_NOTIFICATION", content)))

    def test_non_body_type(self) -> None:
        """A body that is not bytes or str raises WebhookError too."""
        with pytest.raises(WebhookError):
            parse_delivery(123)  # type: ignore[arg-type]


# -- fuzzing -------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False,
                                                          allow_infinity=False)
    | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20,
)
ENVELOPE_KEYS = ["id", "type", "reference", "retry", "createTime", "subscription",
                 "content", "hmac"]
CONTENT_KEYS = [*RESERVATION, "data", "days", "message", "success",
                                    "octorateProduct", "price", "minStay"]
SAMPLES = [
    envelope("RESERVATION_CREATED", RESERVATION),
    envelope("PORTAL_SUBSCRIPTION_CALENDAR", CALENDAR, reference="77370", retry=14),
    envelope("CONTENT_NOTIFICATION", CONTENT),
    envelope("CHAT_MESSAGE_RECEIVED", {"thread": 1}),
]
FUZZ = settings(max_examples=300, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


def _parse_or_webhook_error(raw: bytes | str) -> WebhookDelivery | None:
    try:
        return parse_delivery(raw)
    except WebhookError as exc:
        message = str(exc)
    assert 0 < len(message) < 300  # short and clear
    return None


class TestFuzz:
    @FUZZ
    @given(st.binary(max_size=200))
    def test_arbitrary_bytes(self, raw: bytes) -> None:
        """Arbitrary bytes parse or raise WebhookError, nothing else."""
        _parse_or_webhook_error(raw)

    @FUZZ
    @given(st.text(max_size=200))
    def test_arbitrary_text(self, raw: str) -> None:
        """Arbitrary text parses or raises WebhookError, nothing else."""
        _parse_or_webhook_error(raw)

    @FUZZ
    @given(st.dictionaries(st.sampled_from(ENVELOPE_KEYS) | st.text(max_size=8),
                           json_values, max_size=8))
    def test_arbitrary_objects(self, data: dict[str, Any]) -> None:
        """Arbitrary JSON objects parse or raise WebhookError."""
        _parse_or_webhook_error(json.dumps(data))

    @FUZZ
    @given(
        st.sampled_from(SAMPLES),
        st.lists(st.tuples(st.sampled_from(ENVELOPE_KEYS), json_values | st.just(...)),
                 min_size=1, max_size=3),
    )
    def test_envelope_mutations(
        self, sample: dict[str, Any], edits: list[tuple[str, Any]]
    ) -> None:
        """A valid envelope with fields replaced or removed never escapes."""
        data = dict(sample)
        for key, value in edits:
            if value is ...:
                data.pop(key, None)
            else:
                data[key] = value
        _parse_or_webhook_error(json.dumps(data))

    @FUZZ
    @given(
        st.sampled_from(SAMPLES),
        st.lists(st.tuples(st.sampled_from(CONTENT_KEYS), json_values | st.just(...)),
                 min_size=1, max_size=3),
        st.booleans(),
    )
    def test_content_mutations(
        self, sample: dict[str, Any], edits: list[tuple[str, Any]], nested: bool
    ) -> None:
        """Valid content with fields replaced or removed never escapes."""
        data = dict(sample)
        content = json.loads(data["content"])
        target = content
        if nested and isinstance(content.get("data"), list):
            target = content["data"][0]["days"][0]
        for key, value in edits:
            if value is ...:
                target.pop(key, None)
            else:
                target[key] = value
        data["content"] = json.dumps(content)
        _parse_or_webhook_error(json.dumps(data))

    @FUZZ
    @given(st.sampled_from(SAMPLES), st.data())
    def test_byte_mutations(self, sample: dict[str, Any], data: st.DataObject) -> None:
        """Flipping, dropping or inserting bytes never escapes."""
        raw = bytearray(body(sample))
        for _ in range(data.draw(st.integers(1, 4))):
            i = data.draw(st.integers(0, len(raw) - 1))
            op = data.draw(st.sampled_from(["flip", "drop", "insert"]))
            if op == "flip":
                raw[i] ^= data.draw(st.integers(1, 255))
            elif op == "drop":
                del raw[i]
            else:
                raw.insert(i, data.draw(st.integers(0, 255)))
        _parse_or_webhook_error(bytes(raw))

    @FUZZ
    @given(
        id_=st.integers(min_value=-(2**63), max_value=2**63),
        event=st.sampled_from(list(EventType)) | st.text(min_size=1, max_size=30),
        reference=st.text(max_size=30),
        retry=st.integers(0, 10_000),
        created=st.datetimes(timezones=st.just(UTC)),
        hmac=st.none() | st.text(alphabet="0123456789abcdef", min_size=40,
                                 max_size=40),
        dates=st.lists(st.dates(), max_size=5),
        price=st.floats(0, 1e6),
        stop=st.booleans(),
        avail=st.integers(0, 999),
    )
    def test_valid_round_trip(
        self, id_: int, event: str, reference: str, retry: int,
        created: datetime.datetime, hmac: str | None, dates: list[datetime.date],
        price: float, stop: bool, avail: int,
    ) -> None:
        """Valid envelopes parse back to the values they were built from."""
        kind = event
        if event in set(EventType) - {EventType.PORTAL_SUBSCRIPTION_CALENDAR}:
            kind = EventType.PORTAL_SUBSCRIPTION_CALENDAR
        calendar = {"data": [{"id": 9, "name": "R", "days": [{
            "days": [d.isoformat() for d in dates], "price": price, "stopSells": stop,
            "availability": avail}]}]}
        naive = created.replace(tzinfo=None)
        stamp = naive.isoformat(timespec="milliseconds") + "Z[UTC]"
        data = {"id": id_, "type": kind, "reference": reference, "retry": retry,
                "createTime": stamp, "content": json.dumps(calendar), "hmac": hmac}
        d = parse_delivery(json.dumps(data))
        assert (d.id, d.type, d.reference, d.retry, d.hmac) == (
            id_, kind, reference, retry, hmac)
        assert d.create_time == created.replace(
            microsecond=created.microsecond // 1000 * 1000)
        assert d.raw_content == data["content"]
        if kind == EventType.PORTAL_SUBSCRIPTION_CALENDAR:
            assert isinstance(d.content, CalendarNotification)
            expanded = d.content.expand()
            assert [e.date for e in expanded] == dates
            assert all((e.price, e.stop_sells, e.availability) == (price, stop, avail)
                       for e in expanded)
        else:
            assert d.content == calendar


# -- dedupe --------------------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class TestDeduplicator:
    def test_default_ttl_is_two_days(self) -> None:
        """The default covers Octorate's two-day retry window."""
        assert Deduplicator().statistics().ttl == 2 * 24 * 3600

    def test_check_and_remember(self) -> None:
        """The first sighting is new; a retry with the same id is a duplicate."""
        dedupe = Deduplicator()
        first = parse_delivery(body(envelope("CONTENT_NOTIFICATION", CONTENT)))
        retry = parse_delivery(body({**envelope("CONTENT_NOTIFICATION", CONTENT),
                                     "retry": 3}))
        assert not dedupe.seen(first)
        assert dedupe.check_and_remember(first) is False
        assert dedupe.seen(retry)
        assert dedupe.check_and_remember(retry) is True
        stats = dedupe.statistics()
        assert (stats.size, stats.first_seen, stats.duplicates) == (1, 1, 1)

    def test_ttl_expiry(self) -> None:
        """Ids are forgotten after ttl seconds."""
        clock = FakeClock()
        dedupe = Deduplicator(ttl=60, clock=clock)
        dedupe.remember(1)
        clock.now += 59
        assert dedupe.seen(1)
        clock.now += 1
        assert not dedupe.seen(1)
        assert len(dedupe) == 0

    def test_lru_bound(self) -> None:
        """At most max_size ids are kept; the least recently seen goes first."""
        dedupe = Deduplicator(max_size=2)
        dedupe.check_and_remember(1)
        dedupe.check_and_remember(2)
        dedupe.check_and_remember(1)  # refresh 1
        dedupe.check_and_remember(3)  # evicts 2
        assert dedupe.seen(1)
        assert not dedupe.seen(2)
        assert dedupe.seen(3)
        assert dedupe.statistics().evicted == 1

    def test_forget(self) -> None:
        """forget() lets a retry through again."""
        dedupe = Deduplicator()
        dedupe.remember(7)
        dedupe.forget(7)
        dedupe.forget(8)
        assert not dedupe.seen(7)

    @pytest.mark.parametrize("kwargs", [{"ttl": 0}, {"max_size": 0}])
    def test_bad_arguments(self, kwargs: dict[str, Any]) -> None:
        """Nonsense bounds are refused."""
        with pytest.raises(ValueError, match="must be"):
            Deduplicator(**kwargs)

    @given(st.lists(st.tuples(st.integers(0, 20), st.floats(0, 50)), max_size=60))
    def test_matches_model(self, ops: list[tuple[int, float]]) -> None:
        """Against a dict model: duplicate iff seen within ttl (no eviction)."""
        clock = FakeClock()
        dedupe = Deduplicator(ttl=30, clock=clock)
        model: dict[int, float] = {}
        for key, step in ops:
            clock.now += step
            expected = key in model and model[key] > clock.now
            assert dedupe.check_and_remember(key) is expected
            model[key] = clock.now + 30


# -- replies and allow-list ----------------------------------------------------------


class TestReplies:
    def test_ack_and_reject(self) -> None:
        """ack() is 200; reject_permanently() is 406, which stops retries."""
        status, headers, content = ack()
        assert (status, content) == (200, b"OK")
        assert (b"content-type", b"text/plain; charset=utf-8") in headers
        assert reject_permanently("bad").status == 406
        assert reject_permanently("bad").body == b"bad"

    def test_allow_list(self) -> None:
        """Listed addresses, networks and IPv4-mapped IPv6 pass; the rest do not."""
        allow = SourceAllowList.octorate()
        assert OCTORATE_SOURCE_IPS == ("94.177.193.204", "5.189.168.114")
        assert allow.allows("94.177.193.204")
        assert allow.allows("5.189.168.114")
        assert allow.allows("::ffff:94.177.193.204")
        assert not allow.allows("94.177.193.205")
        assert not allow.allows("not an ip")
        assert not allow.allows(None)
        assert not allow.allows("")
        nets = SourceAllowList(["10.0.0.0/8", "2001:db8::/32"])
        assert nets.allows("10.1.2.3")
        assert nets.allows("2001:db8::1")
        assert "10.0.0.0/8" in repr(nets)
        with pytest.raises(ValueError, match="nope"):
            SourceAllowList(["nope"])


# -- ASGI receiver -------------------------------------------------------------------


class Recorder:
    def __init__(self, error: BaseException | None = None) -> None:
        self.deliveries: list[WebhookDelivery] = []
        self.error = error

    async def __call__(self, delivery: WebhookDelivery) -> None:
        self.deliveries.append(delivery)
        if self.error is not None:
            raise self.error


def client_for(app: Any, ip: str = "94.177.193.204") -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, client=(ip, 40000))
    return httpx.AsyncClient(transport=transport, base_url="http://hooks")


class TestReceiver:
    async def test_delivers_and_acks(self) -> None:
        """A valid delivery reaches the handler and gets 200."""
        handler = Recorder()
        async with client_for(asgi_receiver(handler)) as http:
            r = await http.post("/", content=body(envelope("CONTENT_NOTIFICATION",
                                                           CONTENT)))
        assert (r.status_code, r.text) == (200, "OK")
        assert handler.deliveries[0].content == ContentNotification(
            "Photo rejected by portal", 253160, False)

    async def test_malformed_is_406(self) -> None:
        """Malformed bodies answer 406 so Octorate stops retrying."""
        handler = Recorder()
        async with client_for(asgi_receiver(handler)) as http:
            r = await http.post("/", content=b"{nope")
        assert r.status_code == 406
        assert "not valid JSON" in r.text
        assert handler.deliveries == []

    async def test_disallowed_ip_is_403(self) -> None:
        """Sources outside the allow-list get 403 and never reach the handler."""
        handler = Recorder()
        app = asgi_receiver(handler, allow=SourceAllowList.octorate())
        async with client_for(app, ip="203.0.113.9") as http:
            r = await http.post("/", content=body(envelope("CONTENT_NOTIFICATION",
                                                           CONTENT)))
        assert r.status_code == 403
        assert handler.deliveries == []
        async with client_for(app) as http:
            r = await http.post("/", content=body(envelope("CONTENT_NOTIFICATION",
                                                           CONTENT)))
        assert r.status_code == 200

    async def test_duplicates_are_acked_once(self) -> None:
        """A retried delivery is acknowledged without calling the handler again."""
        handler = Recorder()
        app = asgi_receiver(handler, dedupe=Deduplicator())
        data = envelope("CONTENT_NOTIFICATION", CONTENT)
        async with client_for(app) as http:
            r1 = await http.post("/", content=body(data))
            r2 = await http.post("/", content=body({**data, "retry": 1}))
        assert (r1.status_code, r2.status_code) == (200, 200)
        assert len(handler.deliveries) == 1

    async def test_handler_failure_is_500_and_retry_allowed(self) -> None:
        """A failing handler answers 500 and the retry is processed again."""
        handler = Recorder(RuntimeError("db down"))
        dedupe = Deduplicator()
        app = asgi_receiver(handler, dedupe=dedupe)
        data = body(envelope("CONTENT_NOTIFICATION", CONTENT))
        async with client_for(app) as http:
            r1 = await http.post("/", content=data)
            handler.error = None
            r2 = await http.post("/", content=data)
        assert (r1.status_code, r2.status_code) == (500, 200)
        assert len(handler.deliveries) == 2

    async def test_handler_webhook_error_is_406(self) -> None:
        """A handler raising WebhookError rejects permanently."""
        handler = Recorder(WebhookError("unknown property"))
        async with client_for(asgi_receiver(handler)) as http:
            r = await http.post("/", content=body(envelope("CONTENT_NOTIFICATION",
                                                           CONTENT)))
        assert (r.status_code, r.text) == (406, "unknown property")

    async def test_probes_and_methods(self) -> None:
        """GET/HEAD/OPTIONS answer 200; other methods 405; ping bodies get Pong."""
        async with client_for(asgi_receiver(Recorder())) as http:
            assert (await http.get("/")).status_code == 200
            head = await http.head("/")
            assert (head.status_code, head.content) == (200, b"")
            assert (await http.options("/")).status_code == 200
            put = await http.put("/", content=b"x")
            assert put.status_code == 405
            assert "POST" in put.headers["allow"]
            ping = await http.post("/", json={"ping": 1})
            assert (ping.status_code, ping.text) == (200, "Pong")

    async def test_body_limit(self) -> None:
        """Bodies over max_body answer 413."""
        app = asgi_receiver(Recorder(), max_body=10)
        async with client_for(app) as http:
            r = await http.post("/", content=b"x" * 11)
        assert r.status_code == 413

    async def test_lifespan(self) -> None:
        """The app completes the ASGI lifespan protocol."""
        app = asgi_receiver(Recorder())
        incoming = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
        sent: list[Any] = []

        async def receive() -> Any:
            return incoming.pop(0)

        async def send(message: Any) -> None:
            sent.append(message["type"])

        await app({"type": "lifespan"}, receive, send)
        await app({"type": "websocket"}, receive, send)
        assert sent == ["lifespan.startup.complete", "lifespan.shutdown.complete"]
