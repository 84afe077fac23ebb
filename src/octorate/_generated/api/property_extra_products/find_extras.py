from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_extra_product_list import ApiExtraProductList
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/rest/v1/extra/{accommodation}"


def _get_kwargs(
    accommodation: str,
    *,
    id: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    extra_category_id: int | Unset = UNSET,
    include_generated_extra: bool | Unset = True,
    include_master_accommodation_extras: bool | Unset = True,
    accommodations: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["sortBy"] = sort_by

    params["enabled"] = enabled

    params["name"] = name

    params["extraCategoryId"] = extra_category_id

    params["includeGeneratedExtra"] = include_generated_extra

    params["includeMasterAccommodationExtras"] = include_master_accommodation_extras

    json_accommodations: list[str] | Unset = UNSET
    if not isinstance(accommodations, Unset):
        json_accommodations = accommodations

    params["accommodations[]"] = json_accommodations

    params["fields"] = fields

    params["size"] = size

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v1/extra/{accommodation}".format(
            accommodation=quote(str(accommodation), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiExtraProductList | None:
    if response.status_code == 200:
        response_200 = ApiExtraProductList._from_json(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiExtraProductList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    accommodation: str,
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    extra_category_id: int | Unset = UNSET,
    include_generated_extra: bool | Unset = True,
    include_master_accommodation_extras: bool | Unset = True,
    accommodations: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = UNSET,
) -> Response[ApiExtraProductList]:
    """Retrieve all the existing extras products

    Args:
        accommodation (str):
        id (int | Unset):
        sort_by (str | Unset):
        enabled (bool | Unset):
        name (str | Unset):
        extra_category_id (int | Unset):
        include_generated_extra (bool | Unset):  Default: True.
        include_master_accommodation_extras (bool | Unset):  Default: True.
        accommodations (list[str] | Unset):
        fields (str | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiExtraProductList]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        id=id,
        sort_by=sort_by,
        enabled=enabled,
        name=name,
        extra_category_id=extra_category_id,
        include_generated_extra=include_generated_extra,
        include_master_accommodation_extras=include_master_accommodation_extras,
        accommodations=accommodations,
        fields=fields,
        size=size,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accommodation: str,
    *,
    client: AuthenticatedClient | Client,
    id: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    extra_category_id: int | Unset = UNSET,
    include_generated_extra: bool | Unset = True,
    include_master_accommodation_extras: bool | Unset = True,
    accommodations: list[str] | Unset = UNSET,
    fields: str | Unset = UNSET,
    size: int | Unset = 20,
    page: int | Unset = UNSET,
) -> ApiExtraProductList | None:
    """Retrieve all the existing extras products

    Args:
        accommodation (str):
        id (int | Unset):
        sort_by (str | Unset):
        enabled (bool | Unset):
        name (str | Unset):
        extra_category_id (int | Unset):
        include_generated_extra (bool | Unset):  Default: True.
        include_master_accommodation_extras (bool | Unset):  Default: True.
        accommodations (list[str] | Unset):
        fields (str | Unset):
        size (int | Unset):  Default: 20.
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiExtraProductList
    """

    return (
        await asyncio_detailed(
            accommodation=accommodation,
            client=client,
            id=id,
            sort_by=sort_by,
            enabled=enabled,
            name=name,
            extra_category_id=extra_category_id,
            include_generated_extra=include_generated_extra,
            include_master_accommodation_extras=include_master_accommodation_extras,
            accommodations=accommodations,
            fields=fields,
            size=size,
            page=page,
        )
    ).parsed
