from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_message_dto import ChatMessageDTO
from ...types import Response

METHOD = "GET"
PATH = "/rest/v1/chat/{property_}/unreadedMessagesCount"


def _get_kwargs(
    property_: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v1/chat/{property_}/unreadedMessagesCount".format(
            property_=quote(str(property_), safe=""),
        ),
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
    property_: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | list[ChatMessageDTO]]:
    """Count unreaded messages in the last 30 days of all threads of the user

    Args:
        property_ (str):

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
    property_: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | list[ChatMessageDTO] | None:
    """Count unreaded messages in the last 30 days of all threads of the user

    Args:
        property_ (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[ChatMessageDTO]
    """

    return (
        await asyncio_detailed(
            property_=property_,
            client=client,
        )
    ).parsed
