"""Answer Octorate's webhook POSTs: replies, a source allow-list and an ASGI app.

Delivery rules (spec ``createSubscription``): HTTP 200 means delivered; any other
status is retried for up to two days with growing delays, except **406**, which
stops the retries. The reply timeout is very short, so a handler should hand the
work off (a queue, a task group) and return at once.
"""

from __future__ import annotations

import ipaddress
import json
import logging
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any, Final, NamedTuple

from octorate.webhooks._dedupe import Deduplicator
from octorate.webhooks._errors import WebhookError
from octorate.webhooks._events import WebhookDelivery, parse_delivery

__all__ = [
    "OCTORATE_SOURCE_IPS",
    "SourceAllowList",
    "WebhookHandler",
    "WebhookReply",
    "ack",
    "asgi_receiver",
    "reject_permanently",
]

_log = logging.getLogger("octorate.webhooks")

#: Source addresses of Octorate's webhook calls. From a single public source (an
#: integration's ``OCTORATE_IP_WHITELIST.md``, "from documentation"), not from
#: Octorate's own documentation: confirm before relying on them alone.
OCTORATE_SOURCE_IPS: Final = ("94.177.193.204", "5.189.168.114")

_TEXT: Final = [(b"content-type", b"text/plain; charset=utf-8")]

#: Bodies above this many bytes are refused with 413 (a reservation is a few KiB).
DEFAULT_MAX_BODY: Final = 1024 * 1024


class WebhookReply(NamedTuple):
    """An HTTP answer to a delivery: ``status, headers, body = reply``.

    .. versionadded:: 0.1.0
    """

    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


def ack() -> WebhookReply:
    """Return the 200 that tells Octorate the delivery arrived.

    .. versionadded:: 0.1.0
    """
    return WebhookReply(200, list(_TEXT), b"OK")


def reject_permanently(reason: str = "Not Acceptable") -> WebhookReply:
    """Return the 406 that stops Octorate's retries for this delivery.

    Use it for deliveries that will never succeed (malformed, unknown object);
    every other non-200 status makes Octorate retry for up to two days.

    .. versionadded:: 0.1.0
    """
    return WebhookReply(406, list(_TEXT), reason.encode("utf-8", "replace"))


def _reply(status: int, body: bytes) -> WebhookReply:
    return WebhookReply(status, list(_TEXT), body)


_Address = ipaddress.IPv4Address | ipaddress.IPv6Address
_Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class SourceAllowList:
    """Allow requests only from listed addresses or networks.

    ``SourceAllowList.octorate()`` lists :data:`OCTORATE_SOURCE_IPS`, which come from
    a single public source; treat them as defence in depth next to a secret URL, not
    as authentication. Behind a proxy, make the server put the real client address in
    the ASGI scope (e.g. ``uvicorn --proxy-headers --forwarded-allow-ips=...``);
    ``X-Forwarded-For`` is never read here because anyone can send it.

    Args:
        sources: Addresses (``"94.177.193.204"``) or networks (``"10.0.0.0/8"``).

    Raises:
        ValueError: A source is not an address or network.

    .. versionadded:: 0.1.0
    """

    def __init__(self, sources: Iterable[str]) -> None:
        self._networks: tuple[_Network, ...] = tuple(
            ipaddress.ip_network(source.strip(), strict=False) for source in sources
        )

    @classmethod
    def octorate(cls) -> SourceAllowList:
        """Return the list of Octorate's published source addresses."""
        return cls(OCTORATE_SOURCE_IPS)

    def allows(self, ip: str | None) -> bool:
        """Return whether ``ip`` is listed; ``False`` for anything unparseable."""
        if not ip:
            return False
        try:
            address: _Address = ipaddress.ip_address(ip.strip())
        except ValueError:
            return False
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        return any(address in network for network in self._networks)

    def __repr__(self) -> str:
        return f"SourceAllowList({[str(n) for n in self._networks]!r})"


#: An async callable given each new delivery; what it returns is ignored. Raise
#: :class:`WebhookError` to answer 406 (stop retrying), anything else to answer 500
#: (Octorate retries).
WebhookHandler = Callable[[WebhookDelivery], Awaitable[object]]

_Scope = MutableMapping[str, Any]
_Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
_Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
ASGIApp = Callable[[_Scope, _Receive, _Send], Awaitable[None]]


async def _send_reply(send: _Send, reply: WebhookReply, *, head: bool = False) -> None:
    headers = [*reply.headers, (b"content-length", str(len(reply.body)).encode())]
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if head else reply.body})


async def _read_body(receive: _Receive, limit: int) -> bytes | None:
    """Return the body, or ``None`` when it exceeds ``limit`` bytes."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _is_ping(body: bytes) -> bool:
    # R6 answers "Pong" to a body with a ``ping`` key; undocumented, so only a body
    # that is otherwise not a delivery (no ``id``) counts.
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return False
    return isinstance(data, dict) and "ping" in data and "id" not in data


def asgi_receiver(
    handler: WebhookHandler,
    *,
    allow: SourceAllowList | None = None,
    dedupe: Deduplicator | None = None,
    max_body: int = DEFAULT_MAX_BODY,
) -> ASGIApp:
    """Build a small ASGI app that receives Octorate webhooks.

    Per request: refuse sources not in ``allow`` (403); answer GET/HEAD/OPTIONS with
    200 (connectivity checks); read the body (413 above ``max_body``); parse it
    (406 when malformed, so Octorate stops retrying a body that can never parse);
    skip ids ``dedupe`` has seen (200); await ``handler`` and answer 200. When the
    handler raises :class:`WebhookError` the answer is 406; any other exception
    answers 500, forgets the id and lets Octorate retry.

    The app needs no framework and runs under asyncio or trio servers. Mount it on
    a secret path: the ``hmac`` field cannot be verified (its algorithm is
    undocumented).

    Args:
        handler: Awaited with each new :class:`WebhookDelivery`; keep it short.
        allow: Source addresses allowed to post; ``None`` allows all.
        dedupe: Drops repeats by delivery id; ``None`` passes every delivery on.
        max_body: Largest accepted body in bytes.

    Returns:
        An ASGI 3 application.

    .. versionadded:: 0.1.0
    """

    async def app(scope: _Scope, receive: _Receive, send: _Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        client = scope.get("client")
        ip = client[0] if client else None
        if allow is not None and not allow.allows(ip):
            _log.warning("webhook refused from %s", ip)
            await _send_reply(send, _reply(403, b"Forbidden"))
            return
        method = scope.get("method", "GET")
        if method in {"GET", "HEAD", "OPTIONS"}:
            await _send_reply(send, ack(), head=method == "HEAD")
            return
        if method != "POST":
            reply = _reply(405, b"Method Not Allowed")
            reply.headers.append((b"allow", b"GET, HEAD, OPTIONS, POST"))
            await _send_reply(send, reply)
            return
        body = await _read_body(receive, max_body)
        if body is None:
            await _send_reply(send, _reply(413, b"Payload Too Large"))
            return
        try:
            delivery = parse_delivery(body)
        except WebhookError as exc:
            if _is_ping(body):
                await _send_reply(send, _reply(200, b"Pong"))
                return
            _log.warning("malformed webhook refused with 406: %s", exc)
            await _send_reply(send, reject_permanently(str(exc)))
            return
        if dedupe is not None and dedupe.check_and_remember(delivery):
            _log.debug("duplicate webhook %s skipped", delivery.id)
            await _send_reply(send, ack())
            return
        try:
            await handler(delivery)
        except WebhookError as exc:
            _log.warning("webhook %s rejected by handler: %s", delivery.id, exc)
            await _send_reply(send, reject_permanently(str(exc)))
            return
        except Exception:
            if dedupe is not None:
                dedupe.forget(delivery)
            _log.exception("webhook handler failed for delivery %s", delivery.id)
            await _send_reply(send, _reply(500, b"Internal Server Error"))
            return
        await _send_reply(send, ack())

    return app
