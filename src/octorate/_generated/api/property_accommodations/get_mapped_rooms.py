from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_external_room_dto_list import ApiExternalRoomDTOList
from ...types import Response

METHOD = "GET"
PATH = "/rest/v2/accommodation/{accommodation}/mappedRooms"


def _get_kwargs(
    accommodation: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v2/accommodation/{accommodation}/mappedRooms".format(
            accommodation=quote(str(accommodation), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiExternalRoomDTOList | None:
    if response.status_code == 200:
        response_200 = ApiExternalRoomDTOList._from_json(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiExternalRoomDTOList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    accommodation: str,
    *,
    client: AuthenticatedClient,
) -> Response[ApiExternalRoomDTOList]:
    """Return true if the accommodation has mapped rooms

     Return true if the accommodation has mapped room

    Args:
        accommodation (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiExternalRoomDTOList]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accommodation: str,
    *,
    client: AuthenticatedClient,
) -> ApiExternalRoomDTOList | None:
    """Return true if the accommodation has mapped rooms

     Return true if the accommodation has mapped room

    Args:
        accommodation (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiExternalRoomDTOList
    """

    return (
        await asyncio_detailed(
            accommodation=accommodation,
            client=client,
        )
    ).parsed
