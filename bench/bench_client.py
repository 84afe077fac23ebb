"""Client-side overhead per call: octorate against raw httpx and the raw generated client.

    .venv/bin/python bench/bench_client.py [--calls 2000] [--rounds 40] [--profile 2000]

One local HTTP/1.1 server runs in a separate process (a minimal asyncio protocol that
answers with precomputed bytes, so its own CPU stays small and off the client's core):

* ``GET /connect/rest/v1/reservation/112696?...`` -> ``{"data": [50 reservations],
  "page": {...}}`` with ``X-RateLimit-Remaining: 95``;
* ``POST /connect/rest/v1/identity/refresh`` -> an access token (used once, in warm-up).

Candidates, each with its own ``httpx.AsyncClient`` built with octorate's settings
(HTTP/1.1 keep-alive, same timeout, limits and default headers), all on one asyncio loop:

a. raw httpx: ``client.get(...)`` + ``json.loads(response.content)``;
b. raw generated client: ``find_reservations._get_kwargs`` + ``client.request`` +
   ``find_reservations._parse_response`` (parses into the attrs models);
c. ``Octorate(...)`` with ``MemoryRateLimiter([Limit(10**9, 1.0, server_quota=False)])``
   and a refresh-token grant: ``octo.reservations.find_reservations("112696")``; returns
   the typed page, its 50 reservations created and their required keys checked (fields
   convert on first read: ``octorate._hooks``);
e. ``octo.request("findReservations", ...)`` (the raw escape hatch: whole runtime, body
   through ``response.json()``, no models), default-style limiter as in (c).

And what a caller then does with the result, so the cost that lazy parsing defers is
measured too:

a5. (a), then reads 5 values of every reservation from the dicts (``id``, ``refer``,
   ``checkin``, ``status``, the first guest's ``familyName``), unconverted;
c5. (c), then reads the same 5 as typed values (``checkin`` becomes an aware datetime,
   ``status`` an enum member, the guest a model);
cA. (c), then converts every field of every reservation, nested models included
   (``octorate._hooks.materialize(..., deep=True)``): the whole price of parsing.

The limiter in (c)/(e) never waits: the limit is huge, and ``server_quota=False`` keeps the
realistic ``X-RateLimit-Remaining: 95`` header (still parsed and fed to
``observe_remaining``) from shrinking it. Calls are sequential; candidates are interleaved
in rounds, in a new (seeded) random order each round, so machine noise and whatever the
previous candidate left behind (garbage, cold caches) hit all alike. Wall time per call is
``time.perf_counter`` around one awaited call, response body read and parsed.

``--profile N`` also runs N calls of (c) under cProfile and prints the top 10 functions
by self time.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import io
import json
import platform
import pstats
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Coroutine
from typing import Any

import httpx

ACCOMMODATION = "112696"
TOKEN = "bench-access-token"
RESERVATIONS = 50
QUERY: dict[str, str | int] = {"type": "STAY", "size": RESERVATIONS}

# -- the server (separate process) ---------------------------------------------------------


def _reservation(rng: random.Random, i: int) -> dict[str, Any]:
    nights = rng.randint(1, 7)
    day = 6 + i % 20
    checkin = f"2020-07-{day:02d}"
    checkout = f"2020-07-{day + nights:02d}"
    given = ["Mario", "Giulia", "Luca", "Anna", "Marco", "Sofia", "John", "Emma"]
    family = ["Rossi", "Bianchi", "Verdi", "Russo", "Smith", "Müller", "Ferrari", "Costa"]
    guests = [
        {
            "givenName": rng.choice(given),
            "familyName": rng.choice(family),
            "checkin": checkin,
            "checkout": checkout,
            "sex": rng.choice(["MALE", "FEMALE"]),
            "type": "BOOKER" if g == 0 else "GUEST",
        }
        for g in range(rng.randint(1, 2))
    ]
    nightly = round(rng.uniform(60, 220), 2)
    breakdown = [
        {
            "type": "DAILY_ROOM_PRICE",
            "day": f"2020-07-{day + n:02d}",
            "price": nightly,
            "quantity": 1,
            "name": "Room",
            "included": True,
        }
        for n in range(min(nights, 3))
    ]
    breakdown.append(
        {
            "type": "TOURIST_TAX",
            "price": 2.5 * nights * len(guests),
            "quantity": len(guests),
            "name": "City tax",
            "included": False,
        }
    )
    return {
        "id": 5_000_000 + i,
        "refer": f"BK{rng.randrange(10**9):09d}",
        "channelId": rng.choice([1, 212, 19]),
        "channelName": rng.choice(["DIRECT", "BOOKING", "EXPEDIA"]),
        "product": rng.choice([502431, 502432, 502433]),
        "roomName": "Double Room",
        "rooms": 1,
        "roomGross": round(nightly * nights, 2),
        "checkin": f"2020-07-{day - 1:02d}T22:00:00Z[UTC]",
        "checkout": f"2020-07-{day + nights - 1:02d}T22:00:00Z[UTC]",
        "createTime": "2020-06-01T09:12:44.123Z[UTC]",
        "updateTime": "2020-06-02T10:01:02.456Z[UTC]",
        "guests": guests,
        "totalGuest": len(guests),
        "totalChildren": 0,
        "totalInfants": 0,
        "status": rng.choice(["CONFIRMED", "CONFIRMED", "CONFIRMED", "CANCELLED"]),
        "currency": "EUR",
        "paymentStatus": rng.choice(["PAID", "UNPAID"]),
        "priceBreakdown": breakdown,
    }


def _http_response(body: bytes, extra: str = "") -> bytes:
    head = (
        "HTTP/1.1 200 OK\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n"
        f"{extra}"
        "\r\n"
    )
    return head.encode() + body


def reservation_body() -> bytes:
    rng = random.Random(112696)
    data = [_reservation(rng, i) for i in range(RESERVATIONS)]
    return json.dumps({"data": data, "page": {"page": 0, "totalPages": 1}}).encode()


class _Server(asyncio.Protocol):
    """Just enough HTTP/1.1: keep-alive, Content-Length request bodies, two routes."""

    LIST = _http_response(reservation_body(), "X-RateLimit-Remaining: 95\r\n")
    TOKEN = _http_response(json.dumps({"access_token": TOKEN, "expires_in": 86400}).encode())
    MISSING = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport: asyncio.Transport = transport  # type: ignore[assignment]
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].decode("latin-1")
            length = 0
            for line in head.split("\r\n")[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            line = head.split("\r\n", 1)[0]
            if line.startswith("GET /connect/rest/v1/reservation/112696"):
                self.transport.write(self.LIST)
            elif line.startswith("POST /connect/rest/v1/identity/refresh"):
                self.transport.write(self.TOKEN)
            else:
                self.transport.write(self.MISSING)


async def _serve() -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Server, "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


# -- candidates ----------------------------------------------------------------------------

Call = Callable[[], Coroutine[Any, Any, Any]]


def _http_client(base_url: str) -> httpx.AsyncClient:
    # The same settings Octorate uses for the client it builds.
    from octorate._client import DEFAULT_LIMITS, DEFAULT_TIMEOUT

    return httpx.AsyncClient(
        base_url=base_url,
        timeout=DEFAULT_TIMEOUT,
        limits=DEFAULT_LIMITS,
        headers={"User-Agent": "octorate-python", "Accept": "application/json"},
    )


async def build_candidates(base_url: str) -> tuple[dict[str, Call], list[Any]]:
    from octorate import Octorate
    from octorate._generated.api.property_reservations import find_reservations as op
    from octorate._generated.client import Client
    from octorate._hooks import materialize
    from octorate._ratelimit import Limit, MemoryRateLimiter

    auth = {"Authorization": f"Bearer {TOKEN}"}
    raw = _http_client(base_url)
    gen_http = _http_client(base_url)
    gen_client = Client(base_url=base_url, raise_on_unexpected_status=True)
    path = f"/rest/v1/reservation/{ACCOMMODATION}"

    async def raw_httpx() -> Any:
        response = await raw.get(path, params=QUERY, headers=auth)
        return json.loads(response.content)["data"]

    async def raw_generated() -> Any:
        kwargs = op._get_kwargs(ACCOMMODATION, size=RESERVATIONS)
        response = await gen_http.request(**kwargs, headers=auth)
        parsed = op._parse_response(client=gen_client, response=response)
        assert parsed is not None
        return parsed.data

    def octo(limited: bool) -> Octorate:
        limiter = MemoryRateLimiter([Limit(10**9, 1.0, server_quota=False)])
        return Octorate(
            "public_bench",
            "bench-secret",
            base_url=base_url,
            **({"rate_limiter": limiter} if limited else {"rate_limiter": None}),
        )

    limited = octo(True)
    await limited.add_refresh_token("r", [ACCOMMODATION])

    async def octorate_limited() -> Any:
        return (await limited.reservations.find_reservations(ACCOMMODATION, size=RESERVATIONS)).data

    async def octorate_request() -> Any:
        result = await limited.request(
            "findReservations", path_params={"accommodation": ACCOMMODATION}, params=QUERY
        )
        return result.parsed["data"]

    def read_five_raw(data: Any) -> Any:
        for r in data:
            _ = (r["id"], r["refer"], r["checkin"], r["status"], r["guests"][0]["familyName"])
        return data

    def read_five_typed(data: Any) -> Any:
        for r in data:
            _ = (r.id, r.refer, r.checkin, r.status, r.guests[0].family_name)
        return data

    async def raw_httpx_read_five() -> Any:
        return read_five_raw(await raw_httpx())

    async def octorate_read_five() -> Any:
        return read_five_typed(await octorate_limited())

    async def octorate_read_all() -> Any:
        data = await octorate_limited()
        materialize(data, deep=True)
        return data

    candidates = {
        "(a) raw httpx get + json.loads": raw_httpx,
        "(b) raw generated client (_get_kwargs + request + _parse_response)": raw_generated,
        "(c) Octorate find_reservations, limiter on": octorate_limited,
        "(e) Octorate.request (escape hatch, no models), limiter on": octorate_request,
        "(a5) = (a), then 5 values of each reservation read from the dicts": raw_httpx_read_five,
        "(c5) = (c), then the same 5 values read as typed attributes": octorate_read_five,
        "(cA) = (c), then every field of every reservation converted (deep)": octorate_read_all,
    }
    return candidates, [raw, gen_http, limited]


class _GcClock:
    """Seconds spent in the cyclic garbage collector, charged to the running candidate."""

    def __init__(self) -> None:
        self.current = ""
        self.spent: dict[str, float] = {}
        self._start = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            elapsed = time.perf_counter() - self._start
            self.spent[self.current] = self.spent.get(self.current, 0.0) + elapsed


async def _measure(
    args: argparse.Namespace, base_url: str, gc_clock: _GcClock
) -> tuple[dict[str, list[float]], dict[str, list[float]], str]:
    candidates, closers = await build_candidates(base_url)
    try:
        for name, call in candidates.items():  # warm-up: connection, token, imports, caches
            for _ in range(args.warmup):
                result = await call()
            if len(result) != RESERVATIONS:
                raise RuntimeError(f"{name}: got {len(result)} reservations")
        samples: dict[str, list[float]] = {name: [] for name in candidates}
        round_medians: dict[str, list[float]] = {name: [] for name in candidates}
        names = list(candidates)
        per_round = args.calls // args.rounds
        perf = time.perf_counter
        shuffle = random.Random(20261123)
        for _ in range(args.rounds):
            order = shuffle.sample(names, len(names))
            for name in order:
                call = candidates[name]
                times = samples[name]
                gc_clock.current = name
                for _ in range(per_round):
                    start = perf()
                    await call()
                    times.append(perf() - start)
                round_medians[name].append(statistics.median(times[-per_round:]))
        gc_clock.current = ""
        report = ""
        if args.profile:
            call = candidates["(c) Octorate find_reservations, limiter on"]
            profiler = cProfile.Profile()
            profiler.enable()
            for _ in range(args.profile):
                await call()
            profiler.disable()
            out = io.StringIO()
            stats = pstats.Stats(profiler, stream=out)
            stats.sort_stats("tottime").print_stats(10)
            report = (
                f"cProfile, {args.profile} calls of (c), top 10 by self time:\n" + out.getvalue()
            )
        return samples, round_medians, report
    finally:
        for closer in closers:
            await closer.aclose()


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--calls", type=int, default=2000, help="timed calls per candidate")
    parser.add_argument("--rounds", type=int, default=40, help="interleaved rounds")
    parser.add_argument("--warmup", type=int, default=100, help="untimed calls per candidate")
    parser.add_argument("--profile", type=int, default=0, help="cProfile N calls of (c)")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        asyncio.run(_serve())
        return 0

    server = subprocess.Popen(
        [sys.executable, __file__, "--serve"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline())
        base_url = f"http://127.0.0.1:{port}/connect"
        gc.collect()
        gc_clock = _GcClock()
        gc.callbacks.append(gc_clock)
        samples, round_medians, report = asyncio.run(_measure(args, base_url, gc_clock))
        gc.callbacks.remove(gc_clock)
    finally:
        server.terminate()
        server.wait()

    mean = {n: statistics.fmean(v) * 1e6 for n, v in samples.items()}
    median = {n: statistics.median(v) * 1e6 for n, v in samples.items()}
    a, b, c, e, a5, c5, c_all = (
        next(n for n in samples if n.startswith(k + " "))
        for k in ("(a)", "(b)", "(c)", "(e)", "(a5)", "(c5)", "(cA)")
    )
    print(
        f"Python {platform.python_version()}, httpx {httpx.__version__}, asyncio; "
        f"{len(reservation_body()):,} B body ({RESERVATIONS} reservations); "
        f"{len(samples[a])} sequential calls per candidate in {args.rounds} interleaved rounds, "
        f"{args.warmup} warm-up"
    )
    print()
    print(
        "| candidate | mean (µs) | median (µs) | median vs (a) | median minus (a) (µs) "
        "| in cyclic GC, mean (µs) |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    for name in samples:
        in_gc = gc_clock.spent.get(name, 0.0) / len(samples[name]) * 1e6
        print(
            f"| {name} | {mean[name]:,.0f} | {median[name]:,.0f} | "
            f"{median[name] / median[a]:.2f}x | {median[name] - median[a]:+,.0f} | {in_gc:,.0f} |"
        )
    print()
    target = median[c] / median[a]
    print(
        f"target, a typed call vs raw httpx + json.loads: (c)/(a) = {target:.2f}x by median, "
        f"{mean[c] / mean[a]:.2f}x by mean (at most 1.2x: {'met' if target <= 1.2 else 'NOT met'})"
    )
    paired = sorted(
        cm / am for cm, am in zip(round_medians[c], round_medians[a], strict=True)
    )
    q1, q2, q3 = statistics.quantiles(paired, n=4)
    print(
        f"(c)/(a) per round (median of each round's calls, same round): median {q2:.2f}x, "
        f"quartiles {q1:.2f}x-{q3:.2f}x, worst {paired[-1]:.2f}x over {len(paired)} rounds"
    )
    print(
        f"runtime vs the raw generated client: (c)/(b) = {median[c] / median[b]:.2f}x; "
        f"escape hatch (e)/(a) = {median[e] / median[a]:.2f}x; "
        f"reading 5 values (c5)/(a5) = {median[c5] / median[a5]:.2f}x; "
        f"every field converted (cA)/(a) = {median[c_all] / median[a]:.2f}x"
    )
    if report:
        print()
        print(report.rstrip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
