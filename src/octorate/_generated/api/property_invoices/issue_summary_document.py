from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response

METHOD = "POST"
PATH = "/rest/v2/invoice/{accommodation_id}/summary/{refer}"


def _get_kwargs(
    accommodation_id: str,
    refer: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/v2/invoice/{accommodation_id}/summary/{refer}".format(
            accommodation_id=quote(str(accommodation_id), safe=""),
            refer=quote(str(refer), safe=""),
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
    accommodation_id: str,
    refer: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Create and persist a summary document for a reservation, return download URL

    Args:
        accommodation_id (str):
        refer (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        accommodation_id=accommodation_id,
        refer=refer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
