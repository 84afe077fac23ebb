import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_calendar_room_list import ApiCalendarRoomList
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/rest/v1/calendar/{accommodation}"


def _get_kwargs(
    accommodation: str,
    *,
    product: list[int] | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    size: int | Unset = 5,
    page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_product: list[int] | Unset = UNSET
    if not isinstance(product, Unset):
        json_product = product

    params["product[]"] = json_product

    json_date_from: str | Unset = UNSET
    if not isinstance(date_from, Unset):
        json_date_from = date_from.isoformat()
    params["dateFrom"] = json_date_from

    json_date_to: str | Unset = UNSET
    if not isinstance(date_to, Unset):
        json_date_to = date_to.isoformat()
    params["dateTo"] = json_date_to

    params["size"] = size

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v1/calendar/{accommodation}".format(
            accommodation=quote(str(accommodation), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiCalendarRoomList | None:
    if response.status_code == 200:
        response_200 = ApiCalendarRoomList._from_json(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiCalendarRoomList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    accommodation: str,
    *,
    client: AuthenticatedClient | Client,
    product: list[int] | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    size: int | Unset = 5,
    page: int | Unset = UNSET,
) -> Response[ApiCalendarRoomList]:
    """Read the calendar data

    Args:
        accommodation (str):
        product (list[int] | Unset):
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):
        size (int | Unset):  Default: 5.
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiCalendarRoomList]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        product=product,
        date_from=date_from,
        date_to=date_to,
        size=size,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accommodation: str,
    *,
    client: AuthenticatedClient | Client,
    product: list[int] | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    size: int | Unset = 5,
    page: int | Unset = UNSET,
) -> ApiCalendarRoomList | None:
    """Read the calendar data

    Args:
        accommodation (str):
        product (list[int] | Unset):
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):
        size (int | Unset):  Default: 5.
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiCalendarRoomList
    """

    return (
        await asyncio_detailed(
            accommodation=accommodation,
            client=client,
            product=product,
            date_from=date_from,
            date_to=date_to,
            size=size,
            page=page,
        )
    ).parsed
