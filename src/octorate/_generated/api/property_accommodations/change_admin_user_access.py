from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response

METHOD = "PATCH"
PATH = "/rest/v2/accommodation/{accommodation}/changeAdminUserAccess"


def _get_kwargs(
    accommodation: str,
    *,
    value: bool,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["value"] = value

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/rest/v2/accommodation/{accommodation}/changeAdminUserAccess".format(
            accommodation=quote(str(accommodation), safe=""),
        ),
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
    accommodation: str,
    *,
    client: AuthenticatedClient | Client,
    value: bool,
) -> Response[Any]:
    """Authorize or revoke administrators access to the accommodation users

    Args:
        accommodation (str):
        value (bool):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        value=value,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
