"""The sandbox's in-memory world: identities, properties, ARI, reservations, webhooks."""

from __future__ import annotations

import copy
import datetime as dt
import random
import secrets
from collections import defaultdict
from collections.abc import Iterable
from typing import Any, Literal

import attrs

from octorate.sandbox._config import ManualClock, SandboxConfig
from octorate.sandbox._quota import Quota
from octorate.sandbox._util import format_epoch, local_date, parse_datetime
from octorate.sandbox._webhooks import WebhookDispatcher

__all__ = ["AuthCode", "Grant", "SandboxState", "Token"]

TokenKind = Literal["api", "oauth"]

#: The nine event types of ``POST /rest/v1/subscription/{event}``.
EVENT_TYPES = (
    "RESERVATION_CREATED",
    "RESERVATION_CHANGE",
    "RESERVATION_CANCELLED",
    "RESERVATION_CONFIRMED",
    "CONTENT_NOTIFICATION",
    "CONTENT_PUSH",
    "PORTAL_SUBSCRIPTION_CALENDAR",
    "XXX_NOT_USED_PORTAL_PROCESS_FAILED",
    "CHAT_MESSAGE_RECEIVED",
)

#: channelId -> channelName, from the spec examples (233 "Octorate", 142 "Booking").
CHANNELS = {233: "Octorate", 142: "Booking", 212: "BOOKING", 288: "Expedia"}

_CAL_KEYS = ("availability", "price", "minStay", "maxStay", "stopSells",
             "closeToArrival", "closeToDeparture", "cutOffDays")


@attrs.define
class Token:
    """An issued access token."""

    value: str
    kind: TokenKind
    client_id: str
    accommodations: frozenset[str]
    expires_at: float


@attrs.define
class Grant:
    """What a refresh token stands for."""

    client_id: str
    accommodations: frozenset[str]


@attrs.define
class AuthCode:
    """A one-shot authorization code from the consent page."""

    client_id: str
    redirect_uri: str
    accommodations: frozenset[str]
    expires_at: float
    used: bool = False


class SandboxState:
    """Everything the sandbox knows; ``app.state.sandbox`` in a running app.

    Tests read and change it directly: ``issue_token()`` skips the OAuth dance,
    ``expire_all_tokens()`` and ``advance()`` move time, ``deliveries`` holds the
    webhook log.
    """

    def __init__(self, config: SandboxConfig | None = None) -> None:
        self.config = config or SandboxConfig()
        self.clock = self.config.clock
        self.quota = Quota(self.config.quota_limit, self.config.quota_window, self.clock)
        self.deliveries = WebhookDispatcher(self.config, self.clock)
        self.tokens: dict[str, Token] = {}
        self.refresh_tokens: dict[str, Grant] = {}
        self.codes: dict[str, AuthCode] = {}
        self.migrated: set[tuple[str, str]] = set()
        self.accommodations: dict[str, dict[str, Any]] = {}
        #: Properties the API member owns (seeded user properties + created ones).
        self.member_accommodations: set[str] = set()
        self.products: dict[int, dict[str, Any]] = {}
        self.reservations: dict[int, dict[str, Any]] = {}
        self._reservation_meta: dict[int, dict[str, Any]] = {}
        self.subscriptions: dict[int, dict[str, Any]] = {}
        self.processes: list[dict[str, Any]] = []
        # Calendar: explicit values per (product, day); capacity overrides count sold rooms.
        self._calendar: dict[tuple[int, dt.date], dict[str, Any]] = {}
        self._sold: dict[tuple[int, dt.date], int] = defaultdict(int)
        self._rng = random.Random(self.config.seed)
        self._ids = {"product": 253160, "reservation": 92151096, "subscription": 1281,
                     "process": 483635224, "accommodation": 450020, "meta": 7001}
        self.calendar_start = self.config.calendar_start or dt.datetime.fromtimestamp(
            self.clock(), tz=dt.UTC
        ).date()
        self._seed()

    # -- time -----------------------------------------------------------------------

    def now(self) -> float:
        """The sandbox clock, in UNIX seconds."""
        return self.clock()

    def now_text(self) -> str:
        """The current time in Octorate's ``...Z[UTC]`` form."""
        return format_epoch(self.clock())

    def today(self) -> dt.date:
        """Today in Rome time."""
        return local_date(dt.datetime.fromtimestamp(self.clock(), tz=dt.UTC))

    def advance(self, seconds: float) -> None:
        """Move a ``ManualClock`` forward; raise if the clock is not one."""
        if not isinstance(self.clock, ManualClock):
            msg = "advance() needs SandboxConfig(clock=ManualClock())"
            raise TypeError(msg)
        self.clock.advance(seconds)

    def _next(self, kind: str) -> int:
        self._ids[kind] += 1
        return self._ids[kind]

    # -- seed -------------------------------------------------------------------------

    def _seed(self) -> None:
        cfg = self.config
        network_root = cfg.accommodation_ids[0] if cfg.accommodation_ids else ""
        names = ["La Pergola di Venezia", "Villa Sandbox Roma", "Casa Foresta",
                 "Hotel Collina", "Borgo Marino"]
        all_ids = list(cfg.accommodation_ids) + list(cfg.foreign_accommodation_ids)
        for index, acc_id in enumerate(all_ids):
            own = acc_id in cfg.accommodation_ids
            self._add_accommodation(
                acc_id,
                name=names[index % len(names)] + ("" if index < len(names) else f" {index}"),
                email="owner@sandbox.octorate.test" if own else f"other{index}@example.test",
                network=network_root if own else acc_id,
                root=acc_id == network_root or not own,
            )
            if own:
                self.member_accommodations.add(acc_id)
            self._seed_products(acc_id)

    def _add_accommodation(
        self, acc_id: str, *, name: str, email: str, network: str, root: bool,
        given: str = "Sandra", family: str = "Box", city: str = "Roma",
        currency: str = "EUR",
    ) -> dict[str, Any]:
        accommodation = {
            "id": acc_id,
            "name": name,
            "currency": currency,
            "timeZone": "Europe/Rome",
            "contact": {"email": email, "familyName": family, "givenName": given,
                        "mobileNumber": "", "mobilePrefix": "+39"},
            "location": {"city": city, "country": "IT", "districtName": "",
                         "latitude": 41.9028, "longitude": 12.4964, "zipCode": "00184",
                         "zoom": 13},
            "networkActive": True,
            "networkInfo": {"accessEnabled": True, "accessNetwork": network,
                            "accessRoot": root},
            "propertyCategory": "HOTEL",
            "checkinStart": 14,
            "checkinEnd": 22,
            "checkout": 10,
            "language": "EN",
            "country": "IT",
            "sandboxProperty": True,
            "insertTime": self.calendar_start.isoformat(),
        }
        self.accommodations[acc_id] = accommodation
        return accommodation

    def _seed_products(self, acc_id: str) -> None:
        rng = self._rng
        double = self.add_product(acc_id, "Double Room", adults=2, quantity=4,
                                  base_price=float(rng.randrange(90, 150, 5)),
                                  category="STANDARD")
        self.add_product(acc_id, "Single Room", adults=1, quantity=2,
                         base_price=float(rng.randrange(50, 90, 5)), category="SINGLE")
        self.add_product(acc_id, "Double Room Non Refundable", adults=2, quantity=4,
                         base_price=0.0, category="STANDARD", parent=double["id"],
                         not_refundable=True)

    def add_product(
        self, acc_id: str, name: str, *, adults: int = 2, quantity: int = 1,
        base_price: float = 100.0, category: str = "STANDARD", parent: int | None = None,
        not_refundable: bool = False,
    ) -> dict[str, Any]:
        """Add a product (room type or derived rate) to ``acc_id``; return it."""
        pid = self._next("product")
        derived = None
        if parent is not None:
            derived = {"parent": parent, "availability": True, "stay": True,
                       "restrictions": True, "stopSell": True, "price": "PERCENT",
                       "priceValue": -10.0, "priceRound": True}
        product: dict[str, Any] = {
            "id": pid,
            "name": name,
            "accommodationId": acc_id,
            "adults": adults,
            "children": 0,
            "infants": 0,
            "quantity": quantity,
            "bookingEngine": True,
            "breakfastIncluded": False,
            "calendar": True,
            "closeNextDays": 0,
            "openNextDays": 0,
            "manualReservations": True,
            "notRefundable": not_refundable,
            "rateName": {"EN": "Non refundable" if not_refundable else "Standard rate"},
            "headline": {"EN": name},
            "rmsDerived": False,
            "statistic": True,
            "website": True,
            "tripeThePrice": False,
            "tripleThePrice": False,
            "roomCategory": category,
        }
        if derived is not None:
            product["derivedRule"] = derived
        self.products[pid] = product
        product["_basePrice"] = base_price
        return product

    def public_product(self, product: dict[str, Any]) -> dict[str, Any]:
        """The product without internal keys."""
        return {k: copy.deepcopy(v) for k, v in product.items() if not k.startswith("_")}

    def products_of(self, acc_id: str) -> list[dict[str, Any]]:
        """Products of ``acc_id`` ordered by id."""
        return [p for _, p in sorted(self.products.items()) if p["accommodationId"] == acc_id]

    # -- identity -----------------------------------------------------------------------

    def issue_token(
        self, kind: TokenKind = "oauth", accommodations: Iterable[str] | None = None,
        *, client_id: str | None = None, lifetime: float | None = None,
    ) -> Token:
        """Mint an access token directly (what the identity endpoints do).

        ``kind="oauth"`` defaults to the user's properties; ``kind="api"`` is an
        apilogin (``ApiOperations``) token.
        """
        if accommodations is None:
            accommodations = self.config.accommodation_ids if kind == "oauth" else ()
        token = Token(
            value=f"{secrets.token_hex(16)}-sandbox-{secrets.token_hex(8)}",
            kind=kind,
            client_id=client_id or self.config.client_id,
            accommodations=frozenset(accommodations),
            expires_at=self.clock() + (lifetime if lifetime is not None
                                       else self.config.access_token_lifetime),
        )
        self.tokens[token.value] = token
        return token

    def issue_refresh_token(self, accommodations: Iterable[str],
                            client_id: str | None = None) -> str:
        """Mint a refresh token for ``accommodations``."""
        value = secrets.token_hex(16) + "SB"
        self.refresh_tokens[value] = Grant(client_id or self.config.client_id,
                                           frozenset(accommodations))
        return value

    def issue_code(self, client_id: str, redirect_uri: str) -> str:
        """Mint a one-shot authorization code for the configured user."""
        value = secrets.token_urlsafe(18)
        self.codes[value] = AuthCode(client_id, redirect_uri,
                                     frozenset(self.config.accommodation_ids),
                                     self.clock() + self.config.code_lifetime)
        return value

    def expire_all_tokens(self) -> None:
        """Make every issued access token expired (refresh tokens stay valid)."""
        now = self.clock()
        for token in self.tokens.values():
            token.expires_at = min(token.expires_at, now)

    def token_payload(self, token: Token, refresh_token: str | None = None) -> dict[str, Any]:
        """``OAuthToken2`` body for ``token``."""
        body: dict[str, Any] = {
            "access_token": token.value,
            "expires_in": max(0, round(token.expires_at - self.clock())),
            "expireDate": format_epoch(token.expires_at),
        }
        if refresh_token is not None:
            body["refresh_token"] = refresh_token
        return body

    # -- accommodations -------------------------------------------------------------------

    def create_accommodation(self, body: dict[str, Any]) -> dict[str, Any]:
        """Create a property for the API member (``POST /rest/v2/accommodation``)."""
        acc_id = str(self._next("accommodation"))
        acc = self._add_accommodation(
            acc_id, name=str(body.get("name")), email=str(body.get("email")),
            network=acc_id, root=True, given=str(body.get("givenName")),
            family=str(body.get("familyName")), city=str(body.get("city") or "Roma"),
            currency=str(body.get("currency") or "EUR"),
        )
        for key in ("latitude", "longitude"):
            if isinstance(body.get(key), int | float):
                acc["location"][key] = body[key]
        if body.get("timeZone"):
            acc["timeZone"] = body["timeZone"]
        self.member_accommodations.add(acc_id)
        self._seed_products(acc_id)
        return acc

    # -- calendar ---------------------------------------------------------------------------

    def _default_day(self, pid: int, day: dt.date) -> dict[str, Any]:
        product = self.products[pid]
        base = float(product.get("_basePrice", 100.0))
        weekend = day.weekday() >= 4  # Friday and Saturday nights cost more
        in_range = 0 <= (day - self.calendar_start).days < self.config.calendar_days
        return {
            "availability": int(product.get("quantity", 1)) if in_range else 0,
            "price": round(base * (1.2 if weekend else 1.0), 2),
            "minStay": 1, "maxStay": 99, "stopSells": False, "closeToArrival": False,
            "closeToDeparture": False, "cutOffDays": 0,
        }

    def _root(self, pid: int) -> int:
        seen = set()
        while True:
            rule = self.products[pid].get("derivedRule") or {}
            parent = rule.get("parent")
            if not rule.get("availability") or parent not in self.products or pid in seen:
                return pid
            seen.add(pid)
            pid = int(parent)

    def calendar_day(self, pid: int, day: dt.date) -> dict[str, Any]:
        """One ``ApiCalendarDay`` as the read API returns it."""
        product = self.products[pid]
        rule = product.get("derivedRule") or {}
        parent = rule.get("parent")
        explicit = self._calendar.get((pid, day), {})
        values = {**self._default_day(pid, day), **explicit}
        if parent in self.products:
            parent_day = self.calendar_day(int(parent), day)
            if "price" not in explicit and rule.get("price") in ("PERCENT", "INCREMENT"):
                delta = float(rule.get("priceValue") or 0)
                price = (parent_day["price"] * (1 + delta / 100) if rule["price"] == "PERCENT"
                         else parent_day["price"] + delta)
                values["price"] = round(price) if rule.get("priceRound") else round(price, 2)
            if rule.get("restrictions"):
                for key in ("minStay", "maxStay", "closeToArrival", "closeToDeparture",
                            "cutOffDays"):
                    if key not in explicit:
                        values[key] = parent_day[key]
            if rule.get("stopSell") and "stopSells" not in explicit:
                values["stopSells"] = parent_day["stopSells"]
        root = self._root(pid)
        if root != pid:
            availability = self.calendar_day(root, day)["availability"]
        else:
            availability = max(0, int(values["availability"]) - self._sold[(pid, day)])
        values["availability"] = availability
        values["bookable"] = availability > 0 and not values["stopSells"]
        out = {"date": day.isoformat(), "bookable": values["bookable"],
               **{k: values[k] for k in _CAL_KEYS}}
        return dict(sorted(out.items()))  # Octorate serializes the keys alphabetically

    def apply_bulk_values(self, pid: int, day: dt.date, values: dict[str, Any]) -> None:
        """Apply one day of ``CalendarBulkValues`` (lower-case ``minstay``/``maxstay``)."""
        mapping = {"availability": "availability", "price": "price", "minstay": "minStay",
                   "maxstay": "maxStay", "stopSells": "stopSells",
                   "closeToArrival": "closeToArrival", "closeToDeparture": "closeToDeparture",
                   "cutOffDays": "cutOffDays"}
        for key, value in values.items():
            target = mapping.get(key)
            if target is None or value is None:
                continue
            if target == "availability":
                root = self._root(pid)
                # Store capacity so that what is read back equals what was written.
                self._calendar.setdefault((root, day), {})["availability"] = (
                    int(value) + self._sold[(root, day)]
                )
            else:
                self._calendar.setdefault((pid, day), {})[target] = value

    # -- reservations ------------------------------------------------------------------------

    def nights(self, reservation: dict[str, Any]) -> list[dt.date]:
        """The nights (Rome dates) a reservation occupies."""
        checkin = parse_datetime(reservation.get("checkin"))
        checkout = parse_datetime(reservation.get("checkout"))
        if checkin is None or checkout is None:
            return []
        first, last = local_date(checkin), local_date(checkout)
        return [first + dt.timedelta(days=n) for n in range((last - first).days)]

    def _book(self, rid: int, sign: int) -> None:
        meta = self._reservation_meta.get(rid, {})
        reservation = self.reservations[rid]
        if not meta.get("counts") or reservation.get("status") == "CANCELLED":
            return
        pid = reservation.get("product")
        if pid not in self.products:
            return
        root = self._root(int(pid))
        for night in self.nights(reservation):
            self._sold[(root, night)] += sign

    def store_reservation(self, acc_id: str, reservation: dict[str, Any], *,
                          counts: bool) -> dict[str, Any]:
        """Assign an id, store, and take the rooms out of availability."""
        rid = self._next("reservation")
        reservation["id"] = rid
        self.reservations[rid] = reservation
        self._reservation_meta[rid] = {"accommodation": acc_id, "counts": counts}
        self._book(rid, +1)
        return reservation

    def replace_reservation(self, rid: int, new: dict[str, Any]) -> None:
        """Swap in an updated reservation, moving availability accordingly."""
        self._book(rid, -1)
        self.reservations[rid] = new
        self._book(rid, +1)

    def reservation_accommodation(self, rid: int) -> str | None:
        """The property a reservation belongs to."""
        meta = self._reservation_meta.get(rid)
        return None if meta is None else str(meta["accommodation"])

    def next_meta_id(self) -> int:
        """A fresh id for a reservation ``metaData`` item."""
        return self._next("meta")

    def next_process_id(self) -> int:
        """A fresh id for an asynchronous process (calendar bulk)."""
        return self._next("process")

    # -- webhooks ----------------------------------------------------------------------------

    def add_subscription(self, event: str, url: str) -> dict[str, Any]:
        """Register ``url`` for ``event`` (what ``POST /subscription/{event}`` does)."""
        sid = self._next("subscription")
        subscription = {"apiMember": self.config.api_member_id, "createTime": self.now_text(),
                        "enabled": True, "endpoint": url, "id": sid, "priority": 1,
                        "type": event}
        self.subscriptions[sid] = subscription
        return subscription

    def emit(self, event: str, reference: str, content: dict[str, Any]) -> int:
        """Queue ``event`` for every enabled subscription to it; return how many."""
        count = 0
        for subscription in list(self.subscriptions.values()):
            if subscription["type"] == event and subscription.get("enabled", True):
                self.deliveries.enqueue(type=event, reference=reference,
                                        subscription=subscription, content=content)
                count += 1
        return count
