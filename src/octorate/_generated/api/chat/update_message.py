from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_message_dto import ChatMessageDTO
from ...types import UNSET, Response, Unset

METHOD = "PUT"
PATH = "/rest/v1/chat/{property_}/messages/{message_id}"


def _get_kwargs(
    property_: str,
    message_id: int,
    *,
    body: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/rest/v1/chat/{property_}/messages/{message_id}".format(
            property_=quote(str(property_), safe=""),
            message_id=quote(str(message_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body

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
    message_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: str | Unset = UNSET,
) -> Response[Any | ChatMessageDTO]:
    """Update the message status

    Args:
        property_ (str):
        message_id (int):
        body (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChatMessageDTO]
    """

    kwargs = _get_kwargs(
        property_=property_,
        message_id=message_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    property_: str,
    message_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: str | Unset = UNSET,
) -> Any | ChatMessageDTO | None:
    """Update the message status

    Args:
        property_ (str):
        message_id (int):
        body (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChatMessageDTO
    """

    return (
        await asyncio_detailed(
            property_=property_,
            message_id=message_id,
            client=client,
            body=body,
        )
    ).parsed
