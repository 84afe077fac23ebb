"""Receive Octorate webhooks: parse deliveries, drop repeats, answer correctly.

No network and no client needed::

    from octorate.webhooks import Deduplicator, asgi_receiver, parse_delivery

    delivery = parse_delivery(body)          # WebhookError on any malformed body
    if delivery.type == EventType.RESERVATION_CREATED:
        reservation = delivery.content       # an ApiReservationRespDTO

See ``docs/webhooks.md`` for the delivery rules behind the status codes.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from octorate.webhooks._dedupe import DEFAULT_TTL, Deduplicator, DeduplicatorStatistics
from octorate.webhooks._errors import WebhookError
from octorate.webhooks._events import (
    RESERVATION_EVENTS,
    CalendarDay,
    CalendarDayGroup,
    CalendarNotification,
    CalendarProduct,
    ContentNotification,
    EventType,
    Subscription,
    WebhookContent,
    WebhookDelivery,
    parse_delivery,
)
from octorate.webhooks._receiver import (
    OCTORATE_SOURCE_IPS,
    SourceAllowList,
    WebhookHandler,
    WebhookReply,
    ack,
    asgi_receiver,
    reject_permanently,
)

__all__ = [
    "DEFAULT_TTL",
    "OCTORATE_SOURCE_IPS",
    "RESERVATION_EVENTS",
    "CalendarDay",
    "CalendarDayGroup",
    "CalendarNotification",
    "CalendarProduct",
    "ContentNotification",
    "Deduplicator",
    "DeduplicatorStatistics",
    "EventType",
    "SourceAllowList",
    "Subscription",
    "WebhookContent",
    "WebhookDelivery",
    "WebhookError",
    "WebhookHandler",
    "WebhookReply",
    "ack",
    "asgi_receiver",
    "parse_delivery",
    "reject_permanently",
]
