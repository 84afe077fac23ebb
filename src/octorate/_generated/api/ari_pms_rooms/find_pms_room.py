from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_pms_room_list import ApiPmsRoomList
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/rest/v1/pms/{accommodation}"


def _get_kwargs(
    accommodation: str,
    *,
    name: str | Unset = UNSET,
    id: int | Unset = UNSET,
    include_rooms_without_parent: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["id"] = id

    params["includeRoomsWithoutParent"] = include_rooms_without_parent

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v1/pms/{accommodation}".format(
            accommodation=quote(str(accommodation), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiPmsRoomList | None:
    if response.status_code == 200:
        response_200 = ApiPmsRoomList._from_json(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiPmsRoomList]:
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
    name: str | Unset = UNSET,
    id: int | Unset = UNSET,
    include_rooms_without_parent: bool | Unset = UNSET,
) -> Response[ApiPmsRoomList]:
    """Retrieve all the existing pms rooms

    Args:
        accommodation (str):
        name (str | Unset):
        id (int | Unset):
        include_rooms_without_parent (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiPmsRoomList]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        name=name,
        id=id,
        include_rooms_without_parent=include_rooms_without_parent,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accommodation: str,
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    id: int | Unset = UNSET,
    include_rooms_without_parent: bool | Unset = UNSET,
) -> ApiPmsRoomList | None:
    """Retrieve all the existing pms rooms

    Args:
        accommodation (str):
        name (str | Unset):
        id (int | Unset):
        include_rooms_without_parent (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiPmsRoomList
    """

    return (
        await asyncio_detailed(
            accommodation=accommodation,
            client=client,
            name=name,
            id=id,
            include_rooms_without_parent=include_rooms_without_parent,
        )
    ).parsed
