from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_room_dto import ApiRoomDTO
from ...types import UNSET, Response, Unset

METHOD = "POST"
PATH = "/rest/v1/roomrates/{accommodation}/{product}/suite"


def _get_kwargs(
    accommodation: str,
    product: int,
    *,
    children: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_children: list[int] | Unset = UNSET
    if not isinstance(children, Unset):
        json_children = children

    params["children[]"] = json_children

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/v1/roomrates/{accommodation}/{product}/suite".format(
            accommodation=quote(str(accommodation), safe=""),
            product=quote(str(product), safe=""),
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
    product: int,
    *,
    client: AuthenticatedClient | Client,
    children: list[int] | Unset = UNSET,
) -> Response[Any | list[ApiRoomDTO]]:
    """Aggregate rooms in order to create a suite: Let the availability be the same between many rooms. You
    could have for instance the Single App. + Single App.. that may be booked together in the Suite
    Appar.

    Args:
        accommodation (str):
        product (int):
        children (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[ApiRoomDTO]]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        product=product,
        children=children,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accommodation: str,
    product: int,
    *,
    client: AuthenticatedClient | Client,
    children: list[int] | Unset = UNSET,
) -> Any | list[ApiRoomDTO] | None:
    """Aggregate rooms in order to create a suite: Let the availability be the same between many rooms. You
    could have for instance the Single App. + Single App.. that may be booked together in the Suite
    Appar.

    Args:
        accommodation (str):
        product (int):
        children (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[ApiRoomDTO]
    """

    return (
        await asyncio_detailed(
            accommodation=accommodation,
            product=product,
            client=client,
            children=children,
        )
    ).parsed
