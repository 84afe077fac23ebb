from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_reservation_resp_dto import ApiReservationRespDTO
from ...types import Response

METHOD = "GET"
PATH = "/rest/v1/reservation/{accommodation}/{id}"


def _get_kwargs(
    accommodation: str,
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v1/reservation/{accommodation}/{id}".format(
            accommodation=quote(str(accommodation), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiReservationRespDTO | None:
    if response.status_code == 200:
        response_200 = ApiReservationRespDTO._from_json(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiReservationRespDTO]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    accommodation: str,
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiReservationRespDTO]:
    """Retrieve an existing reservation. Deprecated. Use the GET of many reservations with ID param

    Args:
        accommodation (str):
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiReservationRespDTO]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accommodation: str,
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ApiReservationRespDTO | None:
    """Retrieve an existing reservation. Deprecated. Use the GET of many reservations with ID param

    Args:
        accommodation (str):
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiReservationRespDTO
    """

    return (
        await asyncio_detailed(
            accommodation=accommodation,
            id=id,
            client=client,
        )
    ).parsed
