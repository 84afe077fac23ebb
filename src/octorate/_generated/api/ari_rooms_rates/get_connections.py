from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_room_dto import ApiRoomDTO
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/rest/v2/roomrates/{accommodation}/connections"


def _get_kwargs(
    accommodation: str,
    *,
    ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    include_rms: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_ids: list[int] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids[]"] = json_ids

    params["page"] = page

    params["size"] = size

    params["includeRms"] = include_rms

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v2/roomrates/{accommodation}/connections".format(
            accommodation=quote(str(accommodation), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[ApiRoomDTO] | None:
    if response.status_code == 200:
        response_200 = ApiRoomDTO._from_json_list(response.json())

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
) -> Response[Any | list[ApiRoomDTO]]:
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
    ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    include_rms: bool | Unset = UNSET,
) -> Response[Any | list[ApiRoomDTO]]:
    """Retrieve rooms connections

    Args:
        accommodation (str):
        ids (list[int] | Unset):
        page (int | Unset):
        size (int | Unset):
        include_rms (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[ApiRoomDTO]]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        ids=ids,
        page=page,
        size=size,
        include_rms=include_rms,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accommodation: str,
    *,
    client: AuthenticatedClient | Client,
    ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    size: int | Unset = UNSET,
    include_rms: bool | Unset = UNSET,
) -> Any | list[ApiRoomDTO] | None:
    """Retrieve rooms connections

    Args:
        accommodation (str):
        ids (list[int] | Unset):
        page (int | Unset):
        size (int | Unset):
        include_rms (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[ApiRoomDTO]
    """

    return (
        await asyncio_detailed(
            accommodation=accommodation,
            client=client,
            ids=ids,
            page=page,
            size=size,
            include_rms=include_rms,
        )
    ).parsed
