from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_list_categories_item import GetListCategoriesItem
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/rest/v1/guests/{accommodation_id}/list"


def _get_kwargs(
    accommodation_id: str,
    *,
    categories: list[GetListCategoriesItem] | Unset = UNSET,
    guest_name: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_categories: list[str] | Unset = UNSET
    if not isinstance(categories, Unset):
        json_categories = []
        for categories_item_data in categories:
            categories_item = categories_item_data.value
            json_categories.append(categories_item)

    params["categories[]"] = json_categories

    params["guestName"] = guest_name

    params["fields"] = fields

    params["size"] = size

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v1/guests/{accommodation_id}/list".format(
            accommodation_id=quote(str(accommodation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 200:
        return None

    if response.status_code == 403:
        return None

    if response.status_code == 500:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    accommodation_id: str,
    *,
    client: AuthenticatedClient | Client,
    categories: list[GetListCategoriesItem] | Unset = UNSET,
    guest_name: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = UNSET,
) -> Response[Any]:
    """Retrieve the guests according to the provided filters

    Args:
        accommodation_id (str):
        categories (list[GetListCategoriesItem] | Unset):
        guest_name (str | Unset):
        fields (str | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        accommodation_id=accommodation_id,
        categories=categories,
        guest_name=guest_name,
        fields=fields,
        size=size,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
