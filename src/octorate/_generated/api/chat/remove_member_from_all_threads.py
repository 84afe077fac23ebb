from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_thread_dto import ChatThreadDTO
from ...types import Response

METHOD = "DELETE"
PATH = "/rest/v1/chat/{property_}/threads/members/{person_id}"


def _get_kwargs(
    property_: str,
    person_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/rest/v1/chat/{property_}/threads/members/{person_id}".format(
            property_=quote(str(property_), safe=""),
            person_id=quote(str(person_id), safe=""),
        ),
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
    person_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | list[ChatThreadDTO]]:
    """Remove the given person from all threads of the accommodation network

    Args:
        property_ (str):
        person_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[ChatThreadDTO]]
    """

    kwargs = _get_kwargs(
        property_=property_,
        person_id=person_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    property_: str,
    person_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | list[ChatThreadDTO] | None:
    """Remove the given person from all threads of the accommodation network

    Args:
        property_ (str):
        person_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[ChatThreadDTO]
    """

    return (
        await asyncio_detailed(
            property_=property_,
            person_id=person_id,
            client=client,
        )
    ).parsed
