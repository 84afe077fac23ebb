from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_reservation_split import ApiReservationSplit
from ...types import Response

METHOD = "POST"
PATH = "/rest/v1/reservation/{accommodation}/{reservation_id}/split"


def _get_kwargs(
    accommodation: str,
    reservation_id: int,
    *,
    body: ApiReservationSplit,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/v1/reservation/{accommodation}/{reservation_id}/split".format(
            accommodation=quote(str(accommodation), safe=""),
            reservation_id=quote(str(reservation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any:
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    accommodation: str,
    reservation_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ApiReservationSplit,
) -> Response[Any]:
    """Split the reservation in two parts

    Args:
        accommodation (str):
        reservation_id (int):
        body (ApiReservationSplit): Split of this reservation. The object contained here contains
            the original reference of this reservation (i.e. portal id, room and accommodation)Applied
            When some PM choose to move the reservation. <br/>Keep care! Moving the reservation on
            another room will affect only the visualization. <br/>All the Octorate process will stay
            on the original accommodation/room (i.e. police send, voucher, invoicing, etc...)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        reservation_id=reservation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
