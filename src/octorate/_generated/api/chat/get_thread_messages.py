import datetime
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_list_response import ApiListResponse
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/rest/v1/chat/{property_}/threads/{thread}/messages"


def _get_kwargs(
    property_: str,
    thread: int,
    *,
    created_after: datetime.datetime | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["createdAfter"] = json_created_after

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v1/chat/{property_}/threads/{thread}/messages".format(
            property_=quote(str(property_), safe=""),
            thread=quote(str(thread), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiListResponse | None:
    if response.status_code == 200:
        response_200 = ApiListResponse._from_json(response.json())

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
) -> Response[Any | ApiListResponse]:
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
    created_after: datetime.datetime | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[Any | ApiListResponse]:
    """Retrieve all recent chat messages of the specified thread

    Args:
        property_ (str):
        thread (int):
        created_after (datetime.datetime | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiListResponse]
    """

    kwargs = _get_kwargs(
        property_=property_,
        thread=thread,
        created_after=created_after,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    property_: str,
    thread: int,
    *,
    client: AuthenticatedClient | Client,
    created_after: datetime.datetime | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Any | ApiListResponse | None:
    """Retrieve all recent chat messages of the specified thread

    Args:
        property_ (str):
        thread (int):
        created_after (datetime.datetime | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiListResponse
    """

    return (
        await asyncio_detailed(
            property_=property_,
            thread=thread,
            client=client,
            created_after=created_after,
            fields=fields,
        )
    ).parsed
