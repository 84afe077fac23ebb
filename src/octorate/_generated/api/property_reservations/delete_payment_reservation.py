from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response

METHOD = "DELETE"
PATH = "/rest/v1/reservation/{accommodation}/{id}/payment/{payment_id}"


def _get_kwargs(
    accommodation: str,
    id: int,
    payment_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/rest/v1/reservation/{accommodation}/{id}/payment/{payment_id}".format(
            accommodation=quote(str(accommodation), safe=""),
            id=quote(str(id), safe=""),
            payment_id=quote(str(payment_id), safe=""),
        ),
    }

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
    id: int,
    payment_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Update a payment in the reservation

    Args:
        accommodation (str):
        id (int):
        payment_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        id=id,
        payment_id=payment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
