"""Walk Octorate's paged lists: ``{data: [...], page: {page, totalPages}}`` with 0-based pages."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, Protocol, TypeVar

from ._generated._routes import ROUTES
from ._generated.types import Unset

T = TypeVar("T")
P = TypeVar("P", bound="Page[Any]")


class Page(Protocol[T]):
    """What a paged operation returns: the generated ``...List`` envelopes fit it."""

    @property
    def data(self) -> list[T] | Unset: ...

__all__ = ["PAGE_SIZES", "iter_pages", "paginate"]

#: operationId -> (default page size, largest accepted). The calendar pages by *products*
#: and rejects 100 with errPageSize while 20 and 50 work (facts §2.1); reservations were
#: read with up to 250 without errors.
PAGE_SIZES: dict[str, tuple[int, int | None]] = {
    "readCalendar": (20, 50),
    "findReservations": (100, 250),
}

_BY_PYTHON_NAME = {route.module: route for route in ROUTES.values()}


def _page_size(method: Callable[..., Any], requested: int | None) -> int | None:
    route = _BY_PYTHON_NAME.get(getattr(method, "__name__", ""))
    default, largest = PAGE_SIZES.get(route.operation_id if route else "", (None, None))
    size = requested if requested is not None else default
    if size is not None and largest is not None and size > largest:
        name = route.operation_id if route else method
        msg = f"{name} accepts at most {largest} per page, not {size}"
        raise ValueError(msg)
    return size


async def iter_pages(
    method: Callable[..., Awaitable[P]],
    *args: Any,
    page_size: int | None = None,
    start_page: int = 0,
    max_pages: int | None = None,
    **kwargs: Any,
) -> AsyncIterator[P]:
    """Yield each page (the parsed envelope) of a paged operation, from ``start_page``.

    ``method`` is a resource method such as ``octo.reservations.find_reservations``;
    other arguments are passed through. Stops after ``page.totalPages``, on an empty
    page, or after ``max_pages``. Raises ``ValueError`` for a page size the endpoint
    is known to reject.
    """
    size = _page_size(method, page_size)
    if size is not None:
        kwargs["size"] = size
    page = start_page
    fetched = 0
    while True:
        result = await method(*args, page=page, **kwargs)
        yield result
        fetched += 1
        data = getattr(result, "data", None)
        info = getattr(result, "page", None)
        total = getattr(info, "total_pages", None)
        if not isinstance(data, list) or not data or not isinstance(total, int):
            return
        if page + 1 >= total or (max_pages is not None and fetched >= max_pages):
            return
        page += 1


async def paginate(
    method: Callable[..., Awaitable[Page[T]]],
    *args: Any,
    page_size: int | None = None,
    **kwargs: Any,
) -> AsyncIterator[T]:
    """Yield every item of every page of a paged operation, in order.

    Example::

        async for reservation in paginate(octo.reservations.find_reservations, "112696",
                                          type_=FindReservationsType.STAY):
            ...
    """
    async for result in iter_pages(method, *args, page_size=page_size, **kwargs):
        if not isinstance(result.data, Unset):
            for item in result.data:
                yield item
