from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_connection_dto import ApiConnectionDTO
from ...types import Response

METHOD = "DELETE"
PATH = "/rest/v1/connection/{accommodation}/{connection}"


def _get_kwargs(
    accommodation: str,
    connection: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/rest/v1/connection/{accommodation}/{connection}".format(
            accommodation=quote(str(accommodation), safe=""),
            connection=quote(str(connection), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiConnectionDTO | None:
    if response.status_code == 200:
        response_200 = ApiConnectionDTO._from_json(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ApiConnectionDTO]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    accommodation: str,
    connection: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ApiConnectionDTO]:
    """Delete Connection

     Delete a portal connection. Keep care: Remember that you might need to erase the mapping

    Args:
        accommodation (str):
        connection (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiConnectionDTO]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        connection=connection,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accommodation: str,
    connection: int,
    *,
    client: AuthenticatedClient,
) -> Any | ApiConnectionDTO | None:
    """Delete Connection

     Delete a portal connection. Keep care: Remember that you might need to erase the mapping

    Args:
        accommodation (str):
        connection (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiConnectionDTO
    """

    return (
        await asyncio_detailed(
            accommodation=accommodation,
            connection=connection,
            client=client,
        )
    ).parsed
