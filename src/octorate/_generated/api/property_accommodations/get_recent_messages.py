from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_message_dto import ChatMessageDTO
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/rest/v1/accommodation/recentMessages"


def _get_kwargs(
    *,
    property_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["property"] = property_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v1/accommodation/recentMessages",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[ChatMessageDTO] | None:
    if response.status_code == 200:
        response_200 = ChatMessageDTO._from_json_list(response.json())

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
) -> Response[Any | list[ChatMessageDTO]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    property_: str | Unset = UNSET,
) -> Response[Any | list[ChatMessageDTO]]:
    """Recent messages

     Gets all message created in the last 24 hours for the provided accommodation.

    Args:
        property_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[ChatMessageDTO]]
    """

    kwargs = _get_kwargs(
        property_=property_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    property_: str | Unset = UNSET,
) -> Any | list[ChatMessageDTO] | None:
    """Recent messages

     Gets all message created in the last 24 hours for the provided accommodation.

    Args:
        property_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[ChatMessageDTO]
    """

    return (
        await asyncio_detailed(
            client=client,
            property_=property_,
        )
    ).parsed
