"""A tour of the SDK against any Octorate endpoint (the demo points it at the local sandbox).

Logs in, lists accommodations, reads a calendar page by page, pushes a month of prices with
calendar bulk, creates and cancels a reservation, and carries 300 concurrent requests to one
accommodation through the quota without a single ApiQuotaException reaching the caller.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from collections.abc import Callable
from typing import Any

import anyio
import httpx

from octorate import (
    Limit,
    MemoryRateLimiter,
    Octorate,
    QuotaExceeded,
    RequestOptions,
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
)

PROPERTY = "112696"


class _QuotaAnswers(logging.Handler):
    """Counts the 403 ApiQuotaException answers the client absorbed (it logs each one)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("quota exhausted"):
            self.count += 1


async def quickstart(
    *,
    base_url: str,
    client_id: str,
    client_secret: str,
    webhook_url: str,
    quota: Limit,
    consent: Callable[[str], Any],
    say: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Run the tour; ``consent(url)`` plays the property owner and returns the redirect URL."""
    report: dict[str, Any] = {}
    waits: list[float] = []
    absorbed = _QuotaAnswers()
    sdk_log = logging.getLogger("octorate")
    sdk_log.addHandler(absorbed)
    if sdk_log.getEffectiveLevel() > logging.INFO:
        sdk_log.setLevel(logging.INFO)  # the handler's records; nothing else prints them
    limiter = MemoryRateLimiter([quota], on_wait=lambda key, weight, wait: waits.append(wait))
    async with Octorate(
        client_id, client_secret, base_url=base_url, rate_limiter=limiter,
        redirect_uri="https://example.com/octorate/callback",
    ) as octo:
        check = await octo.validate()
        say(f"credentials: {check.reason.value} ({check.message})")

        accommodations = await octo.accommodations.retrieve_accommodations()
        say(f"accommodations: {', '.join(f'{a.id} {a.name}' for a in accommodations)}")

        # The property owner grants access; we exchange the code (state checked).
        url, state = octo.authorization_url()
        redirect = httpx.URL(await consent(url))
        await octo.exchange_code(
            redirect.params["code"], state=redirect.params["state"], expected_state=state,
            redirect_uri="https://example.com/octorate/callback", default=True,
        )
        say("OAuth grant recorded for the property")

        for event in ("RESERVATION_CREATED", "RESERVATION_CANCELLED", "PORTAL_SUBSCRIPTION_CALENDAR"):
            await octo.subscriptions.create_subscription(
                CreateSubscriptionEvent(event), body=CreateSubscriptionBody(url=webhook_url))

        today = dt.date.today()
        days = 0
        pages = 0
        products: list[int] = []
        async for room in paginate(octo.calendar.read_calendar, PROPERTY, date_from=today,
                                   date_to=today + dt.timedelta(days=6), page_size=2):
            products.append(room.id)
            days += len(room.days)
            pages = (len(products) + 1) // 2
        say(f"calendar: {len(products)} products over {pages} pages, {days} room-days read")

        month = [CalendarBulkRequest(room=products[0], date_from=today,
                                     date_to=today + dt.timedelta(days=29),
                                     values=CalendarBulkValues(price=149.0, minstay=2))]
        # Bulk names only room ids: say which property's quota it spends.
        await octo.calendar.bulk(body=month, options=RequestOptions(accommodation=PROPERTY))
        cost = last_response().headers.get("X-RateLimit-Additional-Cost", "0")
        say(f"calendar bulk: 30 days of prices pushed (additional quota cost {cost})")

        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        checkin = dt.datetime.combine(today + dt.timedelta(days=10), dt.time(14), dt.UTC)
        checkout = checkin + dt.timedelta(days=3, hours=-4)
        guest = ApiReservationGuestDTO(
            checkin=checkin.date().isoformat(), checkout=checkout.date().isoformat(), family_name="Rossi",
            given_name="Anna", sex=ApiReservationGuestDTOSex.FEMALE,
            type_=ApiReservationGuestDTOType.BOOKER)
        body = ApiReservationReqDTO(
            channel_id=233, checkin=checkin, checkout=checkout, create_time=now, update_time=now,
            guests=[guest], product=products[0], refer=f"DEMO{now:%H%M%S}", room_gross=447.0,
            total_children=0, total_guest=1, total_infants=0)
        created = await octo.reservations.create_single_reservation(PROPERTY, body=body)
        reservation_id = created.id
        cancelled = await octo.reservations.delete_reservation(PROPERTY, reservation_id)
        say(f"reservation {reservation_id} created and cancelled (status {cancelled.status})")
        report["reservation"] = reservation_id

        # 300 concurrent reads of one property through the scaled-down quota.
        done = 0
        quota_errors = 0

        async def one() -> None:
            nonlocal done, quota_errors
            try:
                await octo.calendar.read_calendar(PROPERTY, date_from=today, date_to=today, size=1)
            except QuotaExceeded:
                quota_errors += 1
            done += 1

        started = anyio.current_time()

        async def progress() -> None:
            # One line redrawn in a terminal; a line every 2 s in a log.
            tty = sys.stdout.isatty()
            tick = 0
            while done < 300:
                tick += 1
                if tty or tick % 8 == 1:
                    usage = await limiter.usage(f"acc:{PROPERTY}")
                    line = (f"  {done:3d}/300 done, {usage.waiters:3d} waiting for quota, "
                            f"next slot in {usage.wait:4.1f}s")
                    sys.stdout.write(f"\r{line} " if tty else f"{line}\n")
                    sys.stdout.flush()
                await anyio.sleep(0.25)
            if tty:
                sys.stdout.write("\r" + " " * 70 + "\r")

        async with anyio.create_task_group() as tg:
            tg.start_soon(progress)
            for _ in range(300):
                tg.start_soon(one)
        elapsed = anyio.current_time() - started
        say(f"300 concurrent requests done in {elapsed:.1f}s under a quota of {quota.units} per "
            f"{quota.seconds:g}s; {len(waits)} waited for quota, {quota_errors} ApiQuotaException "
            "reached the caller")
        report.update(elapsed=elapsed, quota_errors=quota_errors, waited=len(waits),
                      server_quota_answers=absorbed.count)
    logging.getLogger("octorate").removeHandler(absorbed)
    return report
