from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_message_reader_dto import ChatMessageReaderDTO
from ...types import Response

METHOD = "PATCH"
PATH = "/rest/v1/chat/{property_id}/threads/{thread_id}/read"


def _get_kwargs(
    property_id: str,
    thread_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/rest/v1/chat/{property_id}/threads/{thread_id}/read".format(
            property_id=quote(str(property_id), safe=""),
            thread_id=quote(str(thread_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ChatMessageReaderDTO | None:
    if response.status_code == 200:
        response_200 = ChatMessageReaderDTO._from_json(response.json())

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
) -> Response[Any | ChatMessageReaderDTO]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    property_id: str,
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ChatMessageReaderDTO]:
    """Add the user in the list of readers of all the messages of the thread

    Args:
        property_id (str):
        thread_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChatMessageReaderDTO]
    """

    kwargs = _get_kwargs(
        property_id=property_id,
        thread_id=thread_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    property_id: str,
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ChatMessageReaderDTO | None:
    """Add the user in the list of readers of all the messages of the thread

    Args:
        property_id (str):
        thread_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChatMessageReaderDTO
    """

    return (
        await asyncio_detailed(
            property_id=property_id,
            thread_id=thread_id,
            client=client,
        )
    ).parsed
