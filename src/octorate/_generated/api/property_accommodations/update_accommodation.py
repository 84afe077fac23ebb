from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_accommodation_dto import ApiAccommodationDTO
from ...types import UNSET, Response, Unset

METHOD = "PATCH"
PATH = "/rest/v2/accommodation/{accommodation}"


def _get_kwargs(
    accommodation: str,
    *,
    body: ApiAccommodationDTO | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/rest/v2/accommodation/{accommodation}".format(
            accommodation=quote(str(accommodation), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiAccommodationDTO | None:
    if response.status_code == 200:
        response_200 = ApiAccommodationDTO._from_json(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ApiAccommodationDTO]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    accommodation: str,
    *,
    client: AuthenticatedClient,
    body: ApiAccommodationDTO | Unset = UNSET,
) -> Response[Any | ApiAccommodationDTO]:
    """Update an existing accommodation

    Args:
        accommodation (str):
        body (ApiAccommodationDTO | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiAccommodationDTO]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accommodation: str,
    *,
    client: AuthenticatedClient,
    body: ApiAccommodationDTO | Unset = UNSET,
) -> Any | ApiAccommodationDTO | None:
    """Update an existing accommodation

    Args:
        accommodation (str):
        body (ApiAccommodationDTO | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiAccommodationDTO
    """

    return (
        await asyncio_detailed(
            accommodation=accommodation,
            client=client,
            body=body,
        )
    ).parsed
