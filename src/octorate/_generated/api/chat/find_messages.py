from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_thread_dto import ChatThreadDTO
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/rest/v1/chat/{property_}/messages"


def _get_kwargs(
    property_: str,
    *,
    query_string: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["queryString"] = query_string

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v1/chat/{property_}/messages".format(
            property_=quote(str(property_), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[ChatThreadDTO] | None:
    if response.status_code == 200:
        response_200 = ChatThreadDTO._from_json_list(response.json())

        return response_200

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
) -> Response[Any | list[ChatThreadDTO]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    property_: str,
    *,
    client: AuthenticatedClient | Client,
    query_string: str | Unset = UNSET,
) -> Response[Any | list[ChatThreadDTO]]:
    """Search inside all chat messages for the queryString param. The search is performed on REFER (portal
    reservation ID) or Guest name.

    Args:
        property_ (str):
        query_string (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[ChatThreadDTO]]
    """

    kwargs = _get_kwargs(
        property_=property_,
        query_string=query_string,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    property_: str,
    *,
    client: AuthenticatedClient | Client,
    query_string: str | Unset = UNSET,
) -> Any | list[ChatThreadDTO] | None:
    """Search inside all chat messages for the queryString param. The search is performed on REFER (portal
    reservation ID) or Guest name.

    Args:
        property_ (str):
        query_string (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[ChatThreadDTO]
    """

    return (
        await asyncio_detailed(
            property_=property_,
            client=client,
            query_string=query_string,
        )
    ).parsed
