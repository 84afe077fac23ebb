from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_thread_dto import ChatThreadDTO
from ...types import UNSET, Response, Unset

METHOD = "PATCH"
PATH = "/rest/v1/chat/{accommodation_id}/threads/{thread}/aiAssistant"


def _get_kwargs(
    accommodation_id: str,
    thread: int,
    *,
    enabled: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["enabled"] = enabled

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/rest/v1/chat/{accommodation_id}/threads/{thread}/aiAssistant".format(
            accommodation_id=quote(str(accommodation_id), safe=""),
            thread=quote(str(thread), safe=""),
        ),
        "params": params,
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
    accommodation_id: str,
    thread: int,
    *,
    client: AuthenticatedClient | Client,
    enabled: bool | Unset = UNSET,
) -> Response[Any | ChatThreadDTO]:
    """Enable AI Assistant for the thread

    Args:
        accommodation_id (str):
        thread (int):
        enabled (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChatThreadDTO]
    """

    kwargs = _get_kwargs(
        accommodation_id=accommodation_id,
        thread=thread,
        enabled=enabled,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accommodation_id: str,
    thread: int,
    *,
    client: AuthenticatedClient | Client,
    enabled: bool | Unset = UNSET,
) -> Any | ChatThreadDTO | None:
    """Enable AI Assistant for the thread

    Args:
        accommodation_id (str):
        thread (int):
        enabled (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChatThreadDTO
    """

    return (
        await asyncio_detailed(
            accommodation_id=accommodation_id,
            thread=thread,
            client=client,
            enabled=enabled,
        )
    ).parsed
