import datetime
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.search_room_result import SearchRoomResult
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/rest/v1/reservation/{accommodation}/search"


def _get_kwargs(
    accommodation: str,
    *,
    ids: list[int] | Unset = UNSET,
    checkin: datetime.date | Unset = UNSET,
    checkout: datetime.date | Unset = UNSET,
    currency: str | Unset = UNSET,
    availcheck: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_ids: list[int] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids[]"] = json_ids

    json_checkin: str | Unset = UNSET
    if not isinstance(checkin, Unset):
        json_checkin = checkin.isoformat()
    params["checkin"] = json_checkin

    json_checkout: str | Unset = UNSET
    if not isinstance(checkout, Unset):
        json_checkout = checkout.isoformat()
    params["checkout"] = json_checkout

    params["currency"] = currency

    params["availcheck"] = availcheck

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v1/reservation/{accommodation}/search".format(
            accommodation=quote(str(accommodation), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | SearchRoomResult | None:
    if response.status_code == 200:
        response_200 = SearchRoomResult._from_json(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | SearchRoomResult]:
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
    ids: list[int] | Unset = UNSET,
    checkin: datetime.date | Unset = UNSET,
    checkout: datetime.date | Unset = UNSET,
    currency: str | Unset = UNSET,
    availcheck: bool | Unset = UNSET,
) -> Response[Any | SearchRoomResult]:
    """Booking Engine Search

     Perform an API search in the Booking Engine like the user would do

    Args:
        accommodation (str):
        ids (list[int] | Unset):
        checkin (datetime.date | Unset): yyyy-MM-dd Example: 2021-01-01.
        checkout (datetime.date | Unset):  Example: 2021-01-01.
        currency (str | Unset):
        availcheck (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SearchRoomResult]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        ids=ids,
        checkin=checkin,
        checkout=checkout,
        currency=currency,
        availcheck=availcheck,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accommodation: str,
    *,
    client: AuthenticatedClient | Client,
    ids: list[int] | Unset = UNSET,
    checkin: datetime.date | Unset = UNSET,
    checkout: datetime.date | Unset = UNSET,
    currency: str | Unset = UNSET,
    availcheck: bool | Unset = UNSET,
) -> Any | SearchRoomResult | None:
    """Booking Engine Search

     Perform an API search in the Booking Engine like the user would do

    Args:
        accommodation (str):
        ids (list[int] | Unset):
        checkin (datetime.date | Unset): yyyy-MM-dd Example: 2021-01-01.
        checkout (datetime.date | Unset):  Example: 2021-01-01.
        currency (str | Unset):
        availcheck (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SearchRoomResult
    """

    return (
        await asyncio_detailed(
            accommodation=accommodation,
            client=client,
            ids=ids,
            checkin=checkin,
            checkout=checkout,
            currency=currency,
            availcheck=availcheck,
        )
    ).parsed
