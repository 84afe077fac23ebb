from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_thread_dto import ChatThreadDTO
from ...types import Response

METHOD = "PATCH"
PATH = "/rest/v1/chat/{property_}/threads/{thread}/archive"


def _get_kwargs(
    property_: str,
    thread: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/rest/v1/chat/{property_}/threads/{thread}/archive".format(
            property_=quote(str(property_), safe=""),
            thread=quote(str(thread), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ChatThreadDTO | None:
    if response.status_code == 200:
        response_200 = ChatThreadDTO._from_json(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

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
) -> Response[Any | ChatThreadDTO]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    property_: str,
    thread: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ChatThreadDTO]:
    """Archive the thread

    Args:
        property_ (str):
        thread (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChatThreadDTO]
    """

    kwargs = _get_kwargs(
        property_=property_,
        thread=thread,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    property_: str,
    thread: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ChatThreadDTO | None:
    """Archive the thread

    Args:
        property_ (str):
        thread (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChatThreadDTO
    """

    return (
        await asyncio_detailed(
            property_=property_,
            thread=thread,
            client=client,
        )
    ).parsed
