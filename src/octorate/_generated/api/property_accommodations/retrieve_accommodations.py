from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_accommodation_dto import ApiAccommodationDTO
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/rest/v1/accommodation"


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    name: str | Unset = UNSET,
    mail: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["name"] = name

    params["mail"] = mail

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v1/accommodation",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[ApiAccommodationDTO] | None:
    if response.status_code == 200:
        response_200 = ApiAccommodationDTO._from_json_list(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[ApiAccommodationDTO]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    name: str | Unset = UNSET,
    mail: str | Unset = UNSET,
) -> Response[list[ApiAccommodationDTO]]:
    """Find accommodations created or attached. Response will vary according to the security provided (All
    the properties with ApiOperations, Only token properties with OAuthLogin)

    Args:
        page (int | Unset):
        name (str | Unset):
        mail (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[ApiAccommodationDTO]]
    """

    kwargs = _get_kwargs(
        page=page,
        name=name,
        mail=mail,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    name: str | Unset = UNSET,
    mail: str | Unset = UNSET,
) -> list[ApiAccommodationDTO] | None:
    """Find accommodations created or attached. Response will vary according to the security provided (All
    the properties with ApiOperations, Only token properties with OAuthLogin)

    Args:
        page (int | Unset):
        name (str | Unset):
        mail (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ApiAccommodationDTO]
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            name=name,
            mail=mail,
        )
    ).parsed
