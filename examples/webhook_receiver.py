"""Receive Octorate webhooks with the framework-free ASGI app.

Run: ``uvicorn examples.webhook_receiver:app --port 8080 --proxy-headers``
and register ``https://<your host>/<secret path>`` with ``POST /rest/v1/subscription/{event}``.
The handler must return quickly (Octorate's reply timeout is very short): it only
queues the delivery; a background worker does the real work.
"""

from __future__ import annotations

import logging

from octorate.webhooks import (
    CalendarNotification,
    ContentNotification,
    Deduplicator,
    EventType,
    SourceAllowList,
    WebhookDelivery,
    asgi_receiver,
)

log = logging.getLogger("webhook_receiver")


async def handle(delivery: WebhookDelivery) -> None:
    """Log what arrived; a real receiver would put it on a queue."""
    if delivery.type in {EventType.RESERVATION_CREATED, EventType.RESERVATION_CHANGE}:
        log.info("reservation %s (%s)", delivery.reference, delivery.type)
    elif isinstance(delivery.content, CalendarNotification):
        for day in delivery.content.expand():
            log.info("%s %s: %s left at %s", day.product_id, day.date,
                     day.availability, day.price)
    elif isinstance(delivery.content, ContentNotification):
        log.info("content push for %s: %s", delivery.content.octorate_product,
                 delivery.content.message)
    else:
        log.info("event %s: %r", delivery.type, delivery.content)


app = asgi_receiver(
    handle,
    # Optional: the two source IPs come from a single public source (facts §3.7).
    allow=SourceAllowList.octorate(),
    dedupe=Deduplicator(),  # retries of one delivery share its id for up to 2 days
)
