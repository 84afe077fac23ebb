from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_message_dto import ChatMessageDTO
from ...types import Response

METHOD = "POST"
PATH = "/rest/v1/chat/{property_}/messages"


def _get_kwargs(
    property_: str,
    *,
    body: ChatMessageDTO,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rest/v1/chat/{property_}/messages".format(
            property_=quote(str(property_), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    *,
    client: AuthenticatedClient | Client,
    body: ChatMessageDTO,
) -> Response[Any | ChatMessageDTO]:
    """Create a new chat message

    Args:
        property_ (str):
        body (ChatMessageDTO):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChatMessageDTO]
    """

    kwargs = _get_kwargs(
        property_=property_,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    property_: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChatMessageDTO,
) -> Any | ChatMessageDTO | None:
    """Create a new chat message

    Args:
        property_ (str):
        body (ChatMessageDTO):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChatMessageDTO
    """

    return (
        await asyncio_detailed(
            property_=property_,
            client=client,
            body=body,
        )
    ).parsed
