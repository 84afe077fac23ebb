"""Checked by `make type` (mypy --strict), never run: the public API is typed end to end.

Each `type: ignore[code]` marks an error mypy must report; with warn_unused_ignores (part of
--strict) a missing error fails the check, so these lines cannot pass by accident.
"""

from __future__ import annotations

from octorate import Octorate, RequestOptions, last_response, paginate
from octorate._generated.models import ApiCalendarRoom, ApiReservationRespDTOList


async def typed_usage(octo: Octorate) -> None:
    page: ApiReservationRespDTOList = await octo.reservations.find_reservations(
        "112696", options=RequestOptions(deadline=5.0)
    )
    assert page is not None
    async for room in paginate(octo.calendar.read_calendar, "112696"):
        _: ApiCalendarRoom = room
        bad: str = room  # type: ignore[assignment]
        assert bad
    raw = last_response()
    if raw is not None:
        status: int = raw.status_code
        assert status


async def misuse_is_reported(octo: Octorate) -> None:
    await octo.reservations.find_reservations("112696", options=5)  # type: ignore[arg-type]
    await octo.reservations.no_such_operation()  # type: ignore[attr-defined]
    wrong: str = await octo.reservations.find_reservations("112696")  # type: ignore[assignment]
    assert wrong


def lazy_models_keep_attribute_typos_visible(page: ApiReservationRespDTOList) -> None:
    # Models parse lazily through __getattr__ (octorate._hooks), which is hidden from type
    # checkers: a misspelt field must still be an error, and a field keeps its type.
    assert page.data
    reservation = page.data[0]
    reservation.chekin  # type: ignore[attr-defined]  # noqa: B018
    refer: int = reservation.refer  # type: ignore[assignment]
    assert refer
    again = ApiReservationRespDTOList.from_dict({})
    same: ApiReservationRespDTOList = again
    assert same
