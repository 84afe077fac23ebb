"""Typed webhook deliveries: the envelope Octorate POSTs and its decoded content.

The envelope (facts §3.7, spec ``createSubscription`` examples)::

    {"id": 1, "type": "RESERVATION_CREATED", "reference": "92151096", "retry": 0,
     "createTime": "2024-01-15T14:27:44.683Z[UTC]",
     "subscription": {"id": ..., "apiMember": ..., "type": ..., ...},
     "content": "<a JSON document, encoded as a string>", "hmac": "<40 hex>"}

``content`` is JSON inside a JSON string and is decoded according to ``type``.
Every malformed input raises :class:`WebhookError`; nothing else escapes.
"""

from __future__ import annotations

import datetime
import enum
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, TypeAlias, TypeVar

import attrs

from octorate._generated.types import parse_datetime
from octorate.webhooks._errors import WebhookError

if TYPE_CHECKING:
    from octorate._generated.models.api_reservation_resp_dto import (
        ApiReservationRespDTO,
    )

__all__ = [
    "RESERVATION_EVENTS",
    "CalendarDay",
    "CalendarDayGroup",
    "CalendarNotification",
    "CalendarProduct",
    "ContentNotification",
    "EventType",
    "Subscription",
    "WebhookContent",
    "WebhookDelivery",
    "parse_delivery",
]

_T = TypeVar("_T")


class EventType(enum.StrEnum):
    """The nine event types of ``POST /rest/v1/subscription/{event}``.

    .. versionadded:: 0.1.0
    """

    RESERVATION_CREATED = "RESERVATION_CREATED"
    RESERVATION_CHANGE = "RESERVATION_CHANGE"
    RESERVATION_CANCELLED = "RESERVATION_CANCELLED"
    RESERVATION_CONFIRMED = "RESERVATION_CONFIRMED"
    CONTENT_NOTIFICATION = "CONTENT_NOTIFICATION"
    CONTENT_PUSH = "CONTENT_PUSH"
    PORTAL_SUBSCRIPTION_CALENDAR = "PORTAL_SUBSCRIPTION_CALENDAR"
    XXX_NOT_USED_PORTAL_PROCESS_FAILED = "XXX_NOT_USED_PORTAL_PROCESS_FAILED"
    CHAT_MESSAGE_RECEIVED = "CHAT_MESSAGE_RECEIVED"


#: Event types whose content is a reservation (``ApiReservationRespDTO``).
RESERVATION_EVENTS: Final = frozenset(
    {
        EventType.RESERVATION_CREATED,
        EventType.RESERVATION_CHANGE,
        EventType.RESERVATION_CANCELLED,
        EventType.RESERVATION_CONFIRMED,
    }
)


# -- field readers -------------------------------------------------------------------
# Each reader takes the containing mapping, the JSON key and a path used in messages.
# JSON booleans are Python ints, so every integer check excludes bool explicitly.


def _fail(path: str, expected: str, value: object) -> WebhookError:
    msg = f"{path}: expected {expected}, got {type(value).__name__}"
    return WebhookError(msg)


def _opt_int(data: Mapping[str, Any], key: str, path: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(f"{path}.{key}", "an integer", value)
    return value


def _opt_float(data: Mapping[str, Any], key: str, path: str) -> float | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _fail(f"{path}.{key}", "a number", value)
    return float(value)


def _opt_bool(data: Mapping[str, Any], key: str, path: str) -> bool | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, bool):
        raise _fail(f"{path}.{key}", "a boolean", value)
    return value


def _opt_str(data: Mapping[str, Any], key: str, path: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _fail(f"{path}.{key}", "a string", value)
    return value


def _opt_datetime(data: Mapping[str, Any], key: str, path: str) -> datetime.datetime | None:
    value = _opt_str(data, key, path)
    if value is None:
        return None
    return _datetime(value, f"{path}.{key}")


def _datetime(value: str, path: str) -> datetime.datetime:
    try:
        return parse_datetime(value)
    except (ValueError, OverflowError):
        msg = f"{path}: not a date-time: {value[:40]!r}"
        raise WebhookError(msg) from None


def _require(data: Mapping[str, Any], key: str, path: str = "envelope") -> Any:
    if key not in data or data[key] is None:
        msg = f"{path}: missing {key!r}"
        raise WebhookError(msg)
    return data[key]


def _object(value: object, path: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise _fail(path, "a JSON object", value)
    return value


def _array(value: object, path: str) -> list[Any]:
    if not isinstance(value, list):
        raise _fail(path, "a JSON array", value)
    return value


def _date(value: object, path: str) -> datetime.date:
    if not isinstance(value, str):
        raise _fail(path, "a date string", value)
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        pass
    # Tolerate a full date-time where a date is expected: keep its calendar day.
    return _datetime(value, path).date()


# -- subscription --------------------------------------------------------------------


@attrs.frozen
class Subscription:
    """The subscription a delivery was made for (``WebhookSubscription``).

    Every field is ``None`` when the delivery omits it.

    .. versionadded:: 0.1.0
    """

    id: int | None = None
    api_member: int | None = None
    type: EventType | str | None = None
    create_time: datetime.datetime | None = None
    process_time: datetime.datetime | None = None
    endpoint: str | None = None
    priority: int | None = None
    enabled: bool | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Subscription:
        """Build from the envelope's ``subscription`` object.

        Raises:
            WebhookError: A field has the wrong JSON type.
        """
        path = "subscription"
        kind = _opt_str(data, "type", path)
        return cls(
            id=_opt_int(data, "id", path),
            api_member=_opt_int(data, "apiMember", path),
            type=None if kind is None else _event_type(kind),
            create_time=_opt_datetime(data, "createTime", path),
            process_time=_opt_datetime(data, "processTime", path),
            endpoint=_opt_str(data, "endpoint", path),
            priority=_opt_int(data, "priority", path),
            enabled=_opt_bool(data, "enabled", path),
        )


# -- calendar ------------------------------------------------------------------------


@attrs.frozen
class CalendarDay:
    """One product on one date: a :class:`CalendarDayGroup` expanded.

    .. versionadded:: 0.1.0
    """

    product_id: int | None
    product_name: str | None
    date: datetime.date
    availability: int | None = None
    price: float | None = None
    min_stay: int | None = None
    max_stay: int | None = None
    stop_sells: bool | None = None
    close_to_arrival: bool | None = None
    close_to_departure: bool | None = None
    cut_off_days: int | None = None


@attrs.frozen
class CalendarDayGroup:
    """Dates of one product that share identical values.

    Unlike the read API's one object per ``date``, the calendar notification
    groups every date with the same values under one ``days`` list.

    .. versionadded:: 0.1.0
    """

    dates: list[datetime.date]
    availability: int | None = None
    price: float | None = None
    min_stay: int | None = None
    max_stay: int | None = None
    stop_sells: bool | None = None
    close_to_arrival: bool | None = None
    close_to_departure: bool | None = None
    cut_off_days: int | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], path: str) -> CalendarDayGroup:
        """Build from one entry of a product's ``days`` list."""
        raw_dates = _array(data.get("days", []), f"{path}.days")
        return cls(
            dates=[_date(v, f"{path}.days[{i}]") for i, v in enumerate(raw_dates)],
            availability=_opt_int(data, "availability", path),
            price=_opt_float(data, "price", path),
            min_stay=_opt_int(data, "minStay", path),
            max_stay=_opt_int(data, "maxStay", path),
            stop_sells=_opt_bool(data, "stopSells", path),
            close_to_arrival=_opt_bool(data, "closeToArrival", path),
            close_to_departure=_opt_bool(data, "closeToDeparture", path),
            cut_off_days=_opt_int(data, "cutOffDays", path),
        )


@attrs.frozen
class CalendarProduct:
    """One product (room type) of a calendar notification.

    .. versionadded:: 0.1.0
    """

    id: int | None
    name: str | None
    days: list[CalendarDayGroup]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], path: str) -> CalendarProduct:
        """Build from one entry of the notification's ``data`` list."""
        groups = _array(data.get("days", []), f"{path}.days")
        return cls(
            id=_opt_int(data, "id", path),
            name=_opt_str(data, "name", path),
            days=[
                CalendarDayGroup.from_dict(_object(g, f"{path}.days[{i}]"), f"{path}.days[{i}]")
                for i, g in enumerate(groups)
            ],
        )

    def expand(self) -> list[CalendarDay]:
        """Return one :class:`CalendarDay` per date, in notification order."""
        return [
            CalendarDay(
                product_id=self.id,
                product_name=self.name,
                date=date,
                availability=group.availability,
                price=group.price,
                min_stay=group.min_stay,
                max_stay=group.max_stay,
                stop_sells=group.stop_sells,
                close_to_arrival=group.close_to_arrival,
                close_to_departure=group.close_to_departure,
                cut_off_days=group.cut_off_days,
            )
            for group in self.days
            for date in group.dates
        ]


@attrs.frozen
class CalendarNotification:
    """Content of ``PORTAL_SUBSCRIPTION_CALENDAR``: ARI changes per product.

    .. versionadded:: 0.1.0
    """

    products: list[CalendarProduct]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CalendarNotification:
        """Build from the decoded content ``{"data": [...]}``.

        Raises:
            WebhookError: The content does not have the calendar shape.
        """
        items = _array(data.get("data", []), "content.data")
        return cls(
            products=[
                CalendarProduct.from_dict(_object(p, f"content.data[{i}]"), f"content.data[{i}]")
                for i, p in enumerate(items)
            ]
        )

    def expand(self) -> list[CalendarDay]:
        """Return one :class:`CalendarDay` per product and date."""
        return [day for product in self.products for day in product.expand()]


# -- content notification ------------------------------------------------------------


@attrs.frozen
class ContentNotification:
    """Content of ``CONTENT_NOTIFICATION``: the outcome of a content push.

    .. versionadded:: 0.1.0
    """

    message: str | None = None
    octorate_product: int | None = None
    success: bool | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ContentNotification:
        """Build from the decoded content.

        Raises:
            WebhookError: A field has the wrong JSON type.
        """
        return cls(
            message=_opt_str(data, "message", "content"),
            octorate_product=_opt_int(data, "octorateProduct", "content"),
            success=_opt_bool(data, "success", "content"),
        )


# -- the delivery --------------------------------------------------------------------

#: What :attr:`WebhookDelivery.content` holds, by event type.
WebhookContent: TypeAlias = (
    "ApiReservationRespDTO | CalendarNotification | ContentNotification"
    " | dict[str, Any] | list[Any] | str | int | float | bool | None"
)


@attrs.frozen
class WebhookDelivery:
    """One parsed webhook delivery.

    Attributes:
        id: Delivery id; retries of one notification share it (use it to dedupe).
        type: The event type; an unknown value is kept as the raw string.
        reference: Id of the object concerned (e.g. the reservation id).
        retry: Attempt counter, 0 on the first attempt.
        create_time: When Octorate created the notification (aware), or ``None``
            when the envelope omits it (as S0's reservation example does).
        subscription: The subscription, or ``None`` when the envelope has none.
        content: ``content`` decoded for ``type``: an ``ApiReservationRespDTO``
            for reservation events, :class:`CalendarNotification`,
            :class:`ContentNotification`, else the decoded JSON as is.
        raw_content: ``content`` exactly as received (a JSON string).
        hmac: The ``hmac`` field, unverified: its algorithm and key are not
            documented anywhere (facts §3.7).

    .. versionadded:: 0.1.0
    """

    id: int
    type: EventType | str
    reference: str
    retry: int
    create_time: datetime.datetime | None
    subscription: Subscription | None
    content: WebhookContent
    raw_content: str
    hmac: str | None = None


def _event_type(value: str) -> EventType | str:
    try:
        return EventType(value)
    except ValueError:
        return value


def _decode_json(text: str | bytes, what: str) -> Any:
    try:
        return json.loads(text)
    except UnicodeDecodeError:
        msg = f"{what} is not UTF-8 text"
        raise WebhookError(msg) from None
    except RecursionError:
        msg = f"{what} is nested too deeply"
        raise WebhookError(msg) from None
    except ValueError as exc:  # JSONDecodeError, and int digits over the limit
        msg = f"{what} is not valid JSON: {exc}"
        raise WebhookError(msg) from None


def _parse_reservation(data: Mapping[str, Any]) -> ApiReservationRespDTO:
    """Parse reservation content with the generated model.

    Octorate's own reservation webhook example omits ``accommodation.name``, guest
    ``sex`` and ``createTime``; the spec patches in ``overrides/patches`` make those
    optional (with that evidence), so the documented payload parses as sent.
    """

    from octorate._generated.models.api_reservation_resp_dto import (
        ApiReservationRespDTO,
    )

    # from_dict converts everything now (responses parse lazily, deliveries do not): a
    # bad payload is rejected here, and can be redelivered, instead of failing later in
    # a handler.
    return ApiReservationRespDTO.from_dict(data)


def _decode_content(kind: EventType | str, decoded: Any) -> WebhookContent:
    if kind in RESERVATION_EVENTS:
        data = _object(decoded, "content")
        try:
            return _parse_reservation(data)
        except WebhookError:
            raise
        except KeyError as exc:
            msg = f"content: reservation is missing {exc.args[0]!r}"
            raise WebhookError(msg) from None
        except Exception as exc:  # the generated parser raises anything on bad data
            msg = f"content: not a reservation: {type(exc).__name__}: {exc}"[:200]
            raise WebhookError(msg) from exc
    if kind == EventType.PORTAL_SUBSCRIPTION_CALENDAR:
        return CalendarNotification.from_dict(_object(decoded, "content"))
    if kind == EventType.CONTENT_NOTIFICATION:
        return ContentNotification.from_dict(_object(decoded, "content"))
    result: WebhookContent = decoded
    return result


def parse_delivery(body: bytes | str) -> WebhookDelivery:
    """Parse the body of a webhook POST.

    Args:
        body: The raw request body.

    Returns:
        The delivery, with ``content`` decoded for its event type.

    Raises:
        WebhookError: The body is malformed in any way (never another exception).

    .. versionadded:: 0.1.0
    """
    if not isinstance(body, bytes | bytearray | memoryview | str):
        raise _fail("body", "bytes or str", body)
    if not isinstance(body, str):
        body = bytes(body)
    envelope = _object(_decode_json(body, "body"), "body")

    raw_id = _require(envelope, "id")
    if isinstance(raw_id, bool) or not isinstance(raw_id, int):
        raise _fail("envelope.id", "an integer", raw_id)
    raw_type = _require(envelope, "type")
    if not isinstance(raw_type, str):
        raise _fail("envelope.type", "a string", raw_type)
    kind = _event_type(raw_type)

    # ``reference`` is a string id in every sample; tolerate a bare number.
    reference = _require(envelope, "reference")
    if isinstance(reference, int) and not isinstance(reference, bool):
        reference = str(reference)
    if not isinstance(reference, str):
        raise _fail("envelope.reference", "a string", reference)

    retry = _opt_int(envelope, "retry", "envelope")
    # S0's reservation example has no ``createTime``; the calendar example has one.
    create_time = _opt_datetime(envelope, "createTime", "envelope")
    raw_subscription = envelope.get("subscription")
    subscription = (
        None
        if raw_subscription is None
        else Subscription.from_dict(_object(raw_subscription, "envelope.subscription"))
    )
    hmac = _opt_str(envelope, "hmac", "envelope")

    raw_content = _require(envelope, "content")
    if not isinstance(raw_content, str):
        raise _fail("envelope.content", "a JSON-encoded string", raw_content)
    content = _decode_content(kind, _decode_json(raw_content, "content"))

    return WebhookDelivery(
        id=raw_id,
        type=kind,
        reference=reference,
        retry=0 if retry is None else retry,
        create_time=create_time,
        subscription=subscription,
        content=content,
        raw_content=raw_content,
        hmac=hmac,
    )
