from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_room_dto import ApiRoomDTO
from ...types import Response

METHOD = "DELETE"
PATH = "/rest/v1/roomrates/{accommodation}/{product_id}"


def _get_kwargs(
    accommodation: str,
    product_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/rest/v1/roomrates/{accommodation}/{product_id}".format(
            accommodation=quote(str(accommodation), safe=""),
            product_id=quote(str(product_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiRoomDTO | None:
    if response.status_code == 200:
        response_200 = ApiRoomDTO._from_json(response.json())

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
) -> Response[Any | ApiRoomDTO]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    accommodation: str,
    product_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ApiRoomDTO]:
    """Delete a product (room or rate)

    Args:
        accommodation (str):
        product_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiRoomDTO]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        product_id=product_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accommodation: str,
    product_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ApiRoomDTO | None:
    """Delete a product (room or rate)

    Args:
        accommodation (str):
        product_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiRoomDTO
    """

    return (
        await asyncio_detailed(
            accommodation=accommodation,
            product_id=product_id,
            client=client,
        )
    ).parsed
