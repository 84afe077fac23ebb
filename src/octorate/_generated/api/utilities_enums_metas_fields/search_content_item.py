from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.api_list_response import ApiListResponse
from ...models.search_content_item_category import SearchContentItemCategory
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/rest/v1/meta/content"


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
    portal: str | Unset = UNSET,
    category: SearchContentItemCategory | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["portal"] = portal

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v1/meta/content",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiListResponse:
    response_default = ApiListResponse._from_json(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiListResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    portal: str | Unset = UNSET,
    category: SearchContentItemCategory | Unset = UNSET,
) -> Response[ApiListResponse]:
    """
    Args:
        name (str | Unset):
        portal (str | Unset): Name of the portal (octorate name) where retrieve information (i.e.
            amenities)
        category (SearchContentItemCategory | Unset): Type of content (i.e. amenities, benefits,
            cancel policies...)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiListResponse]
    """

    kwargs = _get_kwargs(
        name=name,
        portal=portal,
        category=category,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    name: str | Unset = UNSET,
    portal: str | Unset = UNSET,
    category: SearchContentItemCategory | Unset = UNSET,
) -> ApiListResponse | None:
    """
    Args:
        name (str | Unset):
        portal (str | Unset): Name of the portal (octorate name) where retrieve information (i.e.
            amenities)
        category (SearchContentItemCategory | Unset): Type of content (i.e. amenities, benefits,
            cancel policies...)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            portal=portal,
            category=category,
        )
    ).parsed
