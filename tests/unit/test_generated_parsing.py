"""The generated models parse what Octorate really sends: [UTC] date-times, unknown enum
values, the {data, page} envelope, and non-IANA statuses such as 550."""

from __future__ import annotations

import datetime as dt

import httpx

from octorate._generated.api.ari_calendar import read_calendar
from octorate._generated.api.property_accommodations import retrieve_accommodations
from octorate._generated.api.property_reservations import find_reservations
from octorate._generated.models import ApiReservationRespDTOStatus
from octorate._generated.types import parse_datetime


class _Client:
    raise_on_unexpected_status = False


def _resp(status: int, json: object) -> httpx.Response:
    return httpx.Response(status, json=json, request=httpx.Request("GET", "http://x"))


RESERVATION = {
    "id": 9,
    "refer": "A2DD123_AA2211",
    "channelId": 142,
    "product": 1,
    "roomGross": 120.5,
    "checkin": "2020-07-06T22:00:00Z[UTC]",
    "checkout": "2020-07-14T07:00:00Z[UTC]",
    "createTime": "2023-11-24T00:54:07.922Z[UTC]",
    "updateTime": "2023-11-24T00:54:07Z",
    "guests": [],
    "totalGuest": 2,
    "totalChildren": 0,
    "totalInfants": 0,
    "status": "SOMETHING_OCTORATE_ADDED_LATER",
}


def test_parse_datetime_forms() -> None:
    utc = dt.UTC
    assert parse_datetime("2020-07-06T22:00:00Z[UTC]") == dt.datetime(2020, 7, 6, 22, tzinfo=utc)
    assert parse_datetime("2023-11-24T00:54:07.922Z[UTC]").microsecond == 922000
    assert parse_datetime("2026-01-01T14:00:00Z").tzinfo is not None
    assert parse_datetime("2026-01-01T14:00:00").tzinfo == utc
    assert parse_datetime("2026-01-01T14:00:00+02:00[Europe/Rome]").utcoffset() == dt.timedelta(
        hours=2
    )


def test_reservation_list_envelope_with_utc_suffix_and_unknown_enum() -> None:
    body = {"data": [RESERVATION], "page": {"page": 0, "totalPages": 3}}
    parsed = find_reservations._parse_response(client=_Client(), response=_resp(200, body))
    assert parsed.page.total_pages == 3
    reservation = parsed.data[0]
    assert reservation.checkin == dt.datetime(2020, 7, 6, 22, tzinfo=dt.UTC)
    assert reservation.status == "SOMETHING_OCTORATE_ADDED_LATER"
    assert not reservation.status.is_known()
    assert ApiReservationRespDTOStatus("CONFIRMED").is_known()
    # The raw value survives a round trip.
    assert reservation.to_dict()["status"] == "SOMETHING_OCTORATE_ADDED_LATER"


def test_calendar_page() -> None:
    body = {
        "data": [
            {
                "id": 253166,
                "name": "Camera",
                "days": [
                    {
                        "date": "2026-08-26",
                        "availability": 1,
                        "bookable": True,
                        "closeToArrival": False,
                        "closeToDeparture": False,
                        "cutOffDays": 0,
                        "maxStay": 99,
                        "minStay": 1,
                        "price": 1500.0,
                        "stopSells": False,
                    }
                ],
            }
        ],
        "page": {"page": 0, "totalPages": 49},
    }
    parsed = read_calendar._parse_response(client=_Client(), response=_resp(200, body))
    assert parsed.data[0].days[0].date == dt.date(2026, 8, 26)
    assert parsed.data[0].days[0].max_stay == 99
    assert parsed.page.total_pages == 49


def test_accommodation_list_with_zone_id_string() -> None:
    body = [
        {
            "id": "112696",
            "name": "Villa",
            "currency": "EUR",
            "timeZone": "Europe/Rome",
            "propertyCategory": "A_NEW_CATEGORY",
        }
    ]
    parsed = retrieve_accommodations._parse_response(client=_Client(), response=_resp(200, body))
    assert parsed[0].time_zone == "Europe/Rome"
    assert parsed[0].property_category == "A_NEW_CATEGORY"


def test_550_reaches_the_caller_without_a_crash() -> None:
    response = _resp(
        550, {"type": "ApiPartnerServerError", "message": "partner down", "nested": []}
    )
    built = find_reservations._build_response(client=_Client(), response=response)
    assert built.status_code == 550 and built.parsed is None
