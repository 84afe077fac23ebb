from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset

METHOD = "POST"
PATH = "/rest/v1/accommodation/network"


def _get_kwargs(
    *,
    accommodation: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_accommodation: list[str] | Unset = UNSET
    if not isinstance(accommodation, Unset):
        json_accommodation = accommodation

    params["accommodation"] = json_accommodation

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/v1/accommodation/network",
        "params": params,
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
    *,
    client: AuthenticatedClient,
    accommodation: list[str] | Unset = UNSET,
) -> Response[Any]:
    """Create a new network of accommodations

    Args:
        accommodation (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
