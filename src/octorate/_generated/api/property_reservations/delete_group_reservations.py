from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_reservation_resp_dto import ApiReservationRespDTO
from ...types import Response

METHOD = "DELETE"
PATH = "/rest/v1/reservation/{accommodation}/group/{refer}"


def _get_kwargs(
    accommodation: str,
    refer: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/rest/v1/reservation/{accommodation}/group/{refer}".format(
            accommodation=quote(str(accommodation), safe=""),
            refer=quote(str(refer), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[ApiReservationRespDTO]:
    response_default = ApiReservationRespDTO._from_json_list(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[ApiReservationRespDTO]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    accommodation: str,
    refer: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[ApiReservationRespDTO]]:
    """Delete a group of reservations, sharing the same refer. (Multiroom reservations) (This method can be
    used as alternative of update reservation to create a cancellation)

    Args:
        accommodation (str):
        refer (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[ApiReservationRespDTO]]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        refer=refer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accommodation: str,
    refer: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[ApiReservationRespDTO] | None:
    """Delete a group of reservations, sharing the same refer. (Multiroom reservations) (This method can be
    used as alternative of update reservation to create a cancellation)

    Args:
        accommodation (str):
        refer (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ApiReservationRespDTO]
    """

    return (
        await asyncio_detailed(
            accommodation=accommodation,
            refer=refer,
            client=client,
        )
    ).parsed
