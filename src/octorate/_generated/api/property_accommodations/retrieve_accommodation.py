from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_accommodation_dto import ApiAccommodationDTO
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/rest/v1/accommodation/{accommodation}"


def _get_kwargs(
    accommodation: str,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest/v1/accommodation/{accommodation}".format(
            accommodation=quote(str(accommodation), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiAccommodationDTO | None:
    if response.status_code == 200:
        response_200 = ApiAccommodationDTO._from_json(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiAccommodationDTO]:
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
    fields: str | Unset = UNSET,
) -> Response[ApiAccommodationDTO]:
    """
    Args:
        accommodation (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiAccommodationDTO]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accommodation: str,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = UNSET,
) -> ApiAccommodationDTO | None:
    """
    Args:
        accommodation (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiAccommodationDTO
    """

    return (
        await asyncio_detailed(
            accommodation=accommodation,
            client=client,
            fields=fields,
        )
    ).parsed
