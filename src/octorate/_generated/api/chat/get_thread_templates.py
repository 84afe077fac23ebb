from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mail_template_dto import MailTemplateDTO
from ...types import Response

METHOD = "GET"
PATH = "/rest/v1/chat/{property_}/threads/{thread}/templates"


def _get_kwargs(
    property_: str,
    thread: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v1/chat/{property_}/threads/{thread}/templates".format(
            property_=quote(str(property_), safe=""),
            thread=quote(str(thread), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[MailTemplateDTO] | None:
    if response.status_code == 200:
        response_200 = MailTemplateDTO._from_json_list(response.json())

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
) -> Response[Any | list[MailTemplateDTO]]:
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
) -> Response[Any | list[MailTemplateDTO]]:
    """Retrieve all chat messages of the specified thread

    Args:
        property_ (str):
        thread (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[MailTemplateDTO]]
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
) -> Any | list[MailTemplateDTO] | None:
    """Retrieve all chat messages of the specified thread

    Args:
        property_ (str):
        thread (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[MailTemplateDTO]
    """

    return (
        await asyncio_detailed(
            property_=property_,
            thread=thread,
            client=client,
        )
    ).parsed
