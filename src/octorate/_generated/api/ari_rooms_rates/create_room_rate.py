from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_item_response_list import ApiItemResponseList
from ...models.api_room_dto import ApiRoomDTO
from ...types import Response

METHOD = "POST"
PATH = "/rest/v1/roomrates/{accommodation}"


def _get_kwargs(
    accommodation: str,
    *,
    body: ApiRoomDTO,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/v1/roomrates/{accommodation}".format(
            accommodation=quote(str(accommodation), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiItemResponseList | None:
    if response.status_code == 200:
        response_200 = ApiItemResponseList._from_json(response.json())

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
) -> Response[Any | ApiItemResponseList]:
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
    body: ApiRoomDTO,
) -> Response[Any | ApiItemResponseList]:
    """create a room or a rate

    Args:
        accommodation (str):
        body (ApiRoomDTO):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiItemResponseList]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accommodation: str,
    *,
    client: AuthenticatedClient,
    body: ApiRoomDTO,
) -> Any | ApiItemResponseList | None:
    """create a room or a rate

    Args:
        accommodation (str):
        body (ApiRoomDTO):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiItemResponseList
    """

    return (
        await asyncio_detailed(
            accommodation=accommodation,
            client=client,
            body=body,
        )
    ).parsed
