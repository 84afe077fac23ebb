from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_message_dto import ChatMessageDTO
from ...models.translate_message_language import TranslateMessageLanguage
from ...types import Response

METHOD = "PATCH"
PATH = "/rest/v1/chat/{property_}/threads/{thread_id}/messages/{message_id}/translate/{language}"


def _get_kwargs(
    property_: str,
    thread_id: int,
    message_id: int,
    language: TranslateMessageLanguage,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/rest/v1/chat/{property_}/threads/{thread_id}/messages/{message_id}/translate/{language}".format(
            property_=quote(str(property_), safe=""),
            thread_id=quote(str(thread_id), safe=""),
            message_id=quote(str(message_id), safe=""),
            language=quote(str(language), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ChatMessageDTO | None:
    if response.status_code == 200:
        response_200 = ChatMessageDTO._from_json(response.json())

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
) -> Response[Any | ChatMessageDTO]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    property_: str,
    thread_id: int,
    message_id: int,
    language: TranslateMessageLanguage,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ChatMessageDTO]:
    """Translate the message to the requested language

    Args:
        property_ (str):
        thread_id (int):
        message_id (int):
        language (TranslateMessageLanguage):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChatMessageDTO]
    """

    kwargs = _get_kwargs(
        property_=property_,
        thread_id=thread_id,
        message_id=message_id,
        language=language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    property_: str,
    thread_id: int,
    message_id: int,
    language: TranslateMessageLanguage,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ChatMessageDTO | None:
    """Translate the message to the requested language

    Args:
        property_ (str):
        thread_id (int):
        message_id (int):
        language (TranslateMessageLanguage):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChatMessageDTO
    """

    return (
        await asyncio_detailed(
            property_=property_,
            thread_id=thread_id,
            message_id=message_id,
            language=language,
            client=client,
        )
    ).parsed
