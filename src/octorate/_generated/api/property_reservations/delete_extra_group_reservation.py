from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_extra_detail_dto import ApiExtraDetailDTO
from ...types import Response

METHOD = "DELETE"
PATH = "/rest/v1/reservation/{accommodation}/{id}/extra/group/{external_id}"


def _get_kwargs(
    accommodation: str,
    id: int,
    external_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/rest/v1/reservation/{accommodation}/{id}/extra/group/{external_id}".format(
            accommodation=quote(str(accommodation), safe=""),
            id=quote(str(id), safe=""),
            external_id=quote(str(external_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiExtraDetailDTO | None:
    if response.status_code == 200:
        response_200 = ApiExtraDetailDTO._from_json(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiExtraDetailDTO]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    accommodation: str,
    id: int,
    external_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ApiExtraDetailDTO]:
    """Delete an extra of reservation given

    Args:
        accommodation (str):
        id (int):
        external_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiExtraDetailDTO]
    """

    kwargs = _get_kwargs(
        accommodation=accommodation,
        id=id,
        external_id=external_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accommodation: str,
    id: int,
    external_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ApiExtraDetailDTO | None:
    """Delete an extra of reservation given

    Args:
        accommodation (str):
        id (int):
        external_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiExtraDetailDTO
    """

    return (
        await asyncio_detailed(
            accommodation=accommodation,
            id=id,
            external_id=external_id,
            client=client,
        )
    ).parsed
